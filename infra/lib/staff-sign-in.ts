import * as fs from 'fs';
import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { CaseworkSignIn } from './functions';
import { Stage } from './stage';

/**
 * The teams, exactly as the casework function reads them from the ID token's `cognito:groups` claim
 * (`intake::routing::Team`): a caseworker sees only the queues of the groups they are in.
 */
export const CASEWORK_GROUPS = {
  general: 'Caseworkers in the general team: applications without a disclosure of abuse.',
  'domestic-abuse':
    "Caseworkers in the domestic-abuse team: applications with a disclosure, and the disclosure itself.",
} as const;

/** A team: each has a group of caseworkers and a destination for the handover feed. */
export type Team = keyof typeof CASEWORK_GROUPS;

/**
 * The handover feed's resource server and scopes, and the casework function's variables naming each destination's
 * client: `infra/handover-feed.json`, which the casework function's tests (`casework::feed`) and the loopback OIDC
 * provider (tests/support/oidc-provider.mjs) read too, so the three never disagree.
 */
export const HANDOVER_FEED: {
  readonly resourceServer: string;
  readonly scopes: { readonly read: string; readonly acknowledge: string };
  readonly clientIdVariables: Record<Team, string>;
} = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'handover-feed.json'), 'utf8'));

export interface StaffSignInProps {
  readonly stage: Stage;
  /** `https://<domainName>`: the callback and sign-out URLs registered with the app client hang off it. */
  readonly publicUrl: string;
  /**
   * The hosted UI's domain prefix: `<prefix>.auth.<region>.amazoncognito.com` must be unique in the region across
   * all AWS accounts. Default `cms-intake-<stage>-<account id>`.
   */
  readonly domainPrefix?: string;
}

/**
 * Caseworkers' sign-in: a Cognito user pool used as an OpenID Connect provider by the casework function
 * (authorization code flow with PKCE, ID token verified by the function).
 *
 * Staff accounts only: nobody can sign themselves up, an administrator creates each account and puts it in a team
 * group (infra/README.md), and every sign-in needs a TOTP code from an authenticator app.
 */
export class StaffSignIn extends Construct {
  public readonly userPool: cognito.UserPool;
  public readonly client: cognito.UserPoolClient;
  public readonly domain: cognito.UserPoolDomain;
  /** The settings the casework function is deployed with. */
  public readonly casework: CaseworkSignIn;
  /** The handover feed's resource server (its scopes) and each team's destination: an app client of its own. */
  public readonly handoverFeed: cognito.UserPoolResourceServer;
  public readonly handoverClients: Record<Team, cognito.UserPoolClient>;

  constructor(scope: Construct, id: string, props: StaffSignInProps) {
    super(scope, id);
    const isProd = props.stage === 'prod';

    this.userPool = new cognito.UserPool(this, 'UserPool', {
      userPoolName: `cms-intake-${props.stage}-caseworkers`,
      selfSignUpEnabled: false,
      // Administrators create accounts (admin-create-user); the invitation goes to the work email address.
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      standardAttributes: {
        email: { required: true, mutable: true },
        // The casework pages show who claimed an application: the ID token's `name`.
        fullname: { required: true, mutable: true },
      },
      // TOTP from an authenticator app, required on every account; no SMS (SIM swapping, and a text can be read
      // from a locked phone). https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html
      mfa: cognito.Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      // Long passwords of every character class (cdk-nag AwsSolutions-COG1 asks for the classes; NCSC guidance
      // values length most); the MFA above does most of the work.
      passwordPolicy: {
        minLength: 14,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: cdk.Duration.days(3),
      },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      // Threat protection (compromised-credential checks, adaptive authentication that blocks risky sign-ins),
      // enforced: these accounts can read disclosures of abuse. It needs the Plus feature plan.
      // https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-threat-protection.html
      featurePlan: cognito.FeaturePlan.PLUS,
      standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      // prod: the pool (every caseworker's account and MFA enrolment) survives a stack deletion, and cannot be
      // deleted by any API call while this is on. dev is disposable.
      deletionProtection: isProd,
      removalPolicy: isProd ? cdk.RemovalPolicy.RETAIN : cdk.RemovalPolicy.DESTROY,
    });

    for (const [groupName, description] of Object.entries(CASEWORK_GROUPS)) {
      this.userPool.addGroup(`Group-${groupName}`, { groupName, description });
    }

    // The hosted sign-in pages. A Cognito prefix domain needs no certificate or DNS of our own; the prefix must be
    // unique in the region, hence the account id.
    // https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-assign-domain-prefix.html
    this.domain = this.userPool.addDomain('HostedUi', {
      cognitoDomain: { domainPrefix: props.domainPrefix ?? `cms-intake-${props.stage}-${cdk.Aws.ACCOUNT_ID}` },
    });

    // The casework function's client: public (no secret to keep in the function or to rotate), authorization code
    // flow only, protected by PKCE, which the function always uses. No username/password API flows: the only way
    // to sign in is the hosted UI with MFA.
    // https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-client-apps.html
    this.client = this.userPool.addClient('Casework', {
      userPoolClientName: `cms-intake-${props.stage}-casework`,
      generateSecret: false,
      authFlows: { userPassword: false, userSrp: false, custom: false, adminUserPassword: false, user: false },
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false, clientCredentials: false },
        scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
        callbackUrls: [`${props.publicUrl}/casework/callback`],
        logoutUrls: [`${props.publicUrl}/casework/signed-out`],
      },
      supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      // The function reads the ID token at sign-in, then keeps its own session, which it checks with Cognito every
      // 5 minutes by the refresh token grant (STAFF_SESSION_RECHECK_INTERVAL, docs/design.md "Leavers"): a disabled
      // or signed-out-everywhere caseworker's refresh is refused and their session ends. So the refresh token must
      // last as long as a session (STAFF_SESSION_LIFETIME, 8 hours) and no longer: a session then never outlives
      // it, and a refresh token that leaked anyway is good for a working day at most. Without rotation, Cognito's
      // refresh token lasts from sign-in (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-refresh-token.html).
      // Token revocation (above) is what lets AdminUserGlobalSignOut and /oauth2/revoke invalidate it.
      idTokenValidity: cdk.Duration.minutes(60),
      accessTokenValidity: cdk.Duration.minutes(60),
      refreshTokenValidity: cdk.Duration.hours(8),
      authSessionValidity: cdk.Duration.minutes(3),
    });

    // The handover feed (docs/handover.md): case management's systems collect handed-over applications from the
    // casework function with access tokens of this pool, by the client credentials grant (machine to machine, no
    // user). A resource server names the two scopes; each team's case management is an app client of its own, with
    // a secret (generated by Cognito, never in a template: infra/README.md says how it is handed over), allowed only
    // that grant and those scopes. The function tells the destinations apart by client id (its environment, below).
    // https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-define-resource-servers.html
    const read = new cognito.ResourceServerScope({
      scopeName: HANDOVER_FEED.scopes.read,
      scopeDescription: "Collect the destination's records handed over and not yet acknowledged",
    });
    const acknowledge = new cognito.ResourceServerScope({
      scopeName: HANDOVER_FEED.scopes.acknowledge,
      scopeDescription: "Acknowledge each of the destination's records by its id",
    });
    this.handoverFeed = this.userPool.addResourceServer('HandoverFeed', {
      identifier: HANDOVER_FEED.resourceServer,
      userPoolResourceServerName: `cms-intake-${props.stage}-handover-feed`,
      scopes: [read, acknowledge],
    });
    const teams = Object.keys(CASEWORK_GROUPS) as Team[];
    this.handoverClients = Object.fromEntries(
      teams.map((team) => [
        team,
        this.userPool.addClient(`Handover-${team}`, {
          userPoolClientName: `cms-intake-${props.stage}-handover-${team}`,
          generateSecret: true,
          authFlows: { userPassword: false, userSrp: false, custom: false, adminUserPassword: false, user: false },
          oAuth: {
            flows: { authorizationCodeGrant: false, implicitCodeGrant: false, clientCredentials: true },
            scopes: [
              cognito.OAuthScope.resourceServer(this.handoverFeed, read),
              cognito.OAuthScope.resourceServer(this.handoverFeed, acknowledge),
            ],
          },
          supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
          preventUserExistenceErrors: true,
          enableTokenRevocation: true,
          // An hour, as the function's: the client asks for another when it expires (no refresh token is issued).
          accessTokenValidity: cdk.Duration.minutes(60),
        }),
      ]),
    ) as Record<Team, cognito.UserPoolClient>;

    const signInOrigin = this.domain.baseUrl();
    this.casework = {
      // Exactly the `iss` claim of the pool's ID tokens, which the function compares byte for byte.
      // https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-id-token.html
      issuer: `https://cognito-idp.${cdk.Stack.of(this).region}.amazonaws.com/${this.userPool.userPoolId}`,
      clientId: this.client.userPoolClientId,
      signInOrigin,
      logoutUrl: `${signInOrigin}/logout`,
      handoverClientIds: Object.fromEntries(
        teams.map((team) => [team, this.handoverClients[team].userPoolClientId]),
      ) as Record<Team, string>,
    };
  }
}
