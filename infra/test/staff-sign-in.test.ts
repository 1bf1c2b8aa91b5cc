/** Caseworkers' sign-in: the Cognito user pool, its groups, the casework app client and the hosted UI domain. */
import { EXAMPLE_SITE } from '../lib/site';
import { STAGES } from '../lib/stage';
import { synth } from './support/synth';
import { one, resources, text } from './support/template';

describe.each(STAGES)('staff sign-in in the %s stack', (stage) => {
  const { template } = synth(stage);
  const [poolId, pool] = one(template, 'AWS::Cognito::UserPool', 'StaffSignInUserPool');
  const props = pool.Properties;

  test('no self sign-up: administrators create every account', () => {
    expect(props.AdminCreateUserConfig.AllowAdminCreateUserOnly).toBe(true);
  });

  test('MFA is required, by authenticator app (TOTP) only', () => {
    expect(props.MfaConfiguration).toBe('ON');
    expect(props.EnabledMfas).toEqual(['SOFTWARE_TOKEN_MFA']);
  });

  test('passwords are long and of every character class', () => {
    expect(props.Policies.PasswordPolicy).toEqual({
      MinimumLength: 14,
      RequireLowercase: true,
      RequireUppercase: true,
      RequireNumbers: true,
      RequireSymbols: true,
      TemporaryPasswordValidityDays: 3,
    });
  });

  test('threat protection is enforced (Plus feature plan)', () => {
    expect(props.UserPoolTier).toBe('PLUS');
    expect(props.UserPoolAddOns).toEqual({ AdvancedSecurityMode: 'ENFORCED' });
  });

  test('accounts sign in with their email address, case-insensitively; a name is required', () => {
    expect(props.UsernameAttributes).toEqual(['email']);
    expect(props.UsernameConfiguration).toEqual({ CaseSensitive: false });
    expect(props.Schema).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Name: 'email', Required: true }),
        expect.objectContaining({ Name: 'name', Required: true }),
      ]),
    );
  });

  if (stage === 'prod') {
    test('prod: deletion-protected and retained', () => {
      expect(props.DeletionProtection).toBe('ACTIVE');
      expect(pool.DeletionPolicy).toBe('Retain');
      expect(pool.UpdateReplacePolicy).toBe('Retain');
    });
  } else {
    test('dev: deleted with the stack', () => {
      expect(props.DeletionProtection).toBe('INACTIVE');
      expect(pool.DeletionPolicy).toBe('Delete');
    });
  }

  test('has exactly the groups the casework function maps to teams', () => {
    const groups = resources(template, 'AWS::Cognito::UserPoolGroup').map(([, g]) => {
      expect(g.Properties.UserPoolId).toEqual({ Ref: poolId });
      return g.Properties.GroupName;
    });
    expect(groups.sort()).toEqual(['domestic-abuse', 'general']);
  });

  test('has three app clients: the casework function’s and one per destination of the handover feed', () => {
    const names = resources(template, 'AWS::Cognito::UserPoolClient').map(([, c]) => c.Properties.ClientName);
    expect(names.sort()).toEqual([
      `cms-intake-${stage}-casework`,
      `cms-intake-${stage}-handover-domestic-abuse`,
      `cms-intake-${stage}-handover-general`,
    ]);
  });

  test('the casework client: public (no secret), authorization code only, the service’s callback and sign-out', () => {
    const [, casework] = one(template, 'AWS::Cognito::UserPoolClient', 'StaffSignInUserPoolCasework');
    const client = casework.Properties;
    expect(client).toMatchObject({
      UserPoolId: { Ref: poolId },
      GenerateSecret: false,
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      SupportedIdentityProviders: ['COGNITO'],
      CallbackURLs: [`https://${EXAMPLE_SITE.domainName}/casework/callback`],
      LogoutURLs: [`https://${EXAMPLE_SITE.domainName}/casework/signed-out`],
      PreventUserExistenceErrors: 'ENABLED',
      EnableTokenRevocation: true,
      // Leavers: the casework function checks each session with a refresh every 5 minutes, so the refresh token
      // lasts a session's 8 hours (STAFF_SESSION_LIFETIME); in minutes, as the template states it.
      RefreshTokenValidity: 8 * 60,
      TokenValidityUnits: expect.objectContaining({ RefreshToken: 'minutes' }),
    });
    expect([...client.AllowedOAuthScopes].sort()).toEqual(['email', 'openid', 'profile']);
    // No password, SRP or custom flows through the API: the hosted UI (with MFA) is the only way in.
    expect(client.ExplicitAuthFlows).toEqual(['ALLOW_REFRESH_TOKEN_AUTH']);
  });

  test('the handover feed is a resource server with a scope to collect and one to acknowledge', () => {
    const [, server] = one(template, 'AWS::Cognito::UserPoolResourceServer', 'StaffSignInUserPoolHandoverFeed');
    expect(server.Properties).toEqual({
      UserPoolId: { Ref: poolId },
      Identifier: 'cms-intake',
      Name: `cms-intake-${stage}-handover-feed`,
      Scopes: [
        { ScopeName: 'handover.read', ScopeDescription: expect.any(String) },
        { ScopeName: 'handover.acknowledge', ScopeDescription: expect.any(String) },
      ],
    });
  });

  test.each(['general', 'domesticabuse'])(
    'the %s destination: a confidential client, client credentials only, the feed’s two scopes only',
    (team) => {
      const [, handover] = one(template, 'AWS::Cognito::UserPoolClient', `StaffSignInUserPoolHandover${team}`);
      const client = handover.Properties;
      expect(client).toMatchObject({
        UserPoolId: { Ref: poolId },
        GenerateSecret: true,
        AllowedOAuthFlowsUserPoolClient: true,
        AllowedOAuthFlows: ['client_credentials'],
        SupportedIdentityProviders: ['COGNITO'],
        PreventUserExistenceErrors: 'ENABLED',
        EnableTokenRevocation: true,
        AccessTokenValidity: 60,
      });
      // `<the resource server's identifier>/<scope>`; the identifier by reference (the server is made first).
      const [serverId] = one(template, 'AWS::Cognito::UserPoolResourceServer', 'StaffSignInUserPoolHandoverFeed');
      expect(client.AllowedOAuthScopes.map(text).sort()).toEqual([
        `\${${serverId}}/handover.acknowledge`,
        `\${${serverId}}/handover.read`,
      ]);
      expect(client.CallbackURLs).toBeUndefined();
      expect(client.ExplicitAuthFlows).toEqual(['ALLOW_REFRESH_TOKEN_AUTH']);
    },
  );

  test('has a Cognito-prefix hosted UI domain, unique per stage and account', () => {
    const [, domain] = one(template, 'AWS::Cognito::UserPoolDomain', 'StaffSignInUserPoolHostedUi');
    expect(text(domain.Properties.Domain)).toBe(`cms-intake-${stage}-\${AWS::AccountId}`);
    expect(domain.Properties.CustomDomainConfig).toBeUndefined();
  });
});

test('the hosted UI prefix can be chosen', () => {
  const { template } = synth('dev', { cognitoDomainPrefix: 'cms-intake-dev-team-a' });
  const [, domain] = one(template, 'AWS::Cognito::UserPoolDomain', 'StaffSignInUserPoolHostedUi');
  expect(domain.Properties.Domain).toBe('cms-intake-dev-team-a');
});
