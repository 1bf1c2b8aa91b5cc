/** The three Rust functions: runtime, architecture, memory, environment, logs, tracing and the monitor's schedule. */
import { Match } from 'aws-cdk-lib/assertions';
import { EXAMPLE_SITE } from '../lib/site';
import { STAGES } from '../lib/stage';
import { synth } from './support/synth';
import { one, resources, text } from './support/template';

describe.each(STAGES)('the functions of the %s stack', (stage) => {
  const { template } = synth(stage);
  const [tableId] = one(template, 'AWS::DynamoDB::Table', 'DataTable');
  const [poolId] = one(template, 'AWS::Cognito::UserPool', 'StaffSignInUserPool');
  const [clientId] = one(template, 'AWS::Cognito::UserPoolClient', 'StaffSignInUserPoolCasework');
  const [domainId] = one(template, 'AWS::Cognito::UserPoolDomain', 'StaffSignInUserPoolHostedUi');
  const [generalClientId] = one(template, 'AWS::Cognito::UserPoolClient', 'StaffSignInUserPoolHandovergeneral');
  const [abuseClientId] = one(template, 'AWS::Cognito::UserPoolClient', 'StaffSignInUserPoolHandoverdomesticabuse');
  const fn = (prefix: string) => one(template, 'AWS::Lambda::Function', prefix)[1].Properties;
  const env = (prefix: string) =>
    Object.fromEntries(Object.entries(fn(prefix).Environment.Variables).map(([k, v]) => [k, text(v)]));

  test('are exactly three, plus the asset deployment handler CDK brings and the pre-traffic smoke test', () => {
    const ids = resources(template, 'AWS::Lambda::Function').map(([id]) => id);
    expect(ids.filter((id) => id.startsWith('Functions'))).toHaveLength(3);
    expect(ids.filter((id) => !id.startsWith('Functions')).sort()).toEqual([
      expect.stringMatching(/^CustomCDKBucketDeployment/),
      expect.stringMatching(/^ReleasesSmokeTest/),
    ]);
  });

  test.each(['FunctionsApply', 'FunctionsCasework', 'FunctionsMonitor'])(
    '%s: arm64, provided.al2023, 128 MB, bootstrap, no X-Ray',
    (prefix) => {
      const props = fn(prefix);
      expect(props.Runtime).toBe('provided.al2023');
      expect(props.Architectures).toEqual(['arm64']);
      expect(props.MemorySize).toBe(128);
      expect(props.Handler).toBe('bootstrap');
      expect(props.TracingConfig).toBeUndefined();
    },
  );

  test('the HTTP functions answer within API Gateway’s 29 s limit', () => {
    expect(fn('FunctionsApply').Timeout).toBeLessThanOrEqual(29);
    expect(fn('FunctionsCasework').Timeout).toBeLessThanOrEqual(29);
  });

  test('apply: the table, and the REST API stage stripped from the path', () => {
    expect(env('FunctionsApply')).toEqual({
      TABLE_NAME: `\${${tableId}}`,
      AWS_LAMBDA_HTTP_IGNORE_STAGE_IN_PATH: 'true',
    });
  });

  test('casework: the table, Cognito as its OpenID provider (public client, no secret), its public URL, and which app client is which destination of the handover feed', () => {
    expect(env('FunctionsCasework')).toEqual({
      TABLE_NAME: `\${${tableId}}`,
      OIDC_ISSUER: `https://cognito-idp.\${AWS::Region}.amazonaws.com/\${${poolId}}`,
      OIDC_CLIENT_ID: `\${${clientId}}`,
      OIDC_SIGN_IN_ORIGIN: `https://\${${domainId}}.auth.\${AWS::Region}.amazoncognito.com`,
      OIDC_LOGOUT_URL: `https://\${${domainId}}.auth.\${AWS::Region}.amazoncognito.com/logout`,
      CASEWORK_BASE_URL: `https://${EXAMPLE_SITE.domainName}`,
      HANDOVER_CLIENT_ID_GENERAL: `\${${generalClientId}}`,
      HANDOVER_CLIENT_ID_DOMESTIC_ABUSE: `\${${abuseClientId}}`,
      AWS_LAMBDA_HTTP_IGNORE_STAGE_IN_PATH: 'true',
    });
  });

  test('monitor: the table and the stage (its metric dimension)', () => {
    expect(env('FunctionsMonitor')).toEqual({ TABLE_NAME: `\${${tableId}}`, STAGE: stage });
  });

  test.each(['FunctionsApply', 'FunctionsCasework', 'FunctionsMonitor'])(
    '%s logs to a log group of its own, with a retention period',
    (prefix) => {
      const logGroupId = fn(prefix).LoggingConfig.LogGroup.Ref;
      const logGroup = template.findResources('AWS::Logs::LogGroup')[logGroupId];
      expect(logGroup.Properties.RetentionInDays).toBe(stage === 'prod' ? 90 : 14);
      expect(logGroup.DeletionPolicy).toBe(stage === 'prod' ? 'Retain' : 'Delete');
    },
  );

  test('the monitor runs every minute through its live alias, without retries', () => {
    const [liveId] = one(template, 'AWS::Lambda::Alias', 'FunctionsMonitorLive');
    expect(fn('FunctionsMonitor').Description).toBe(
      `cms-intake ${stage}: publishes OldestUnclaimedUrgentMinutes every minute`,
    );
    template.resourceCountIs('AWS::Events::Rule', 1);
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(1 minute)',
      State: 'ENABLED',
      Targets: [
        Match.objectLike({
          Arn: { Ref: liveId },
          RetryPolicy: { MaximumRetryAttempts: 0 },
        }),
      ],
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: { Ref: liveId },
      Principal: 'events.amazonaws.com',
    });
    // Asynchronous runs of the alias: none retried, none kept waiting past the next run.
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      Qualifier: { 'Fn::Select': [7, { 'Fn::Split': [':', { Ref: liveId }] }] },
      MaximumRetryAttempts: 0,
      MaximumEventAgeInSeconds: 60,
    });
  });

  test('only API Gateway and the schedule may invoke the functions', () => {
    const principals = resources(template, 'AWS::Lambda::Permission').map(([, p]) => p.Properties.Principal);
    expect(new Set(principals)).toEqual(new Set(['apigateway.amazonaws.com', 'events.amazonaws.com']));
  });

  test('no function URL', () => {
    template.resourceCountIs('AWS::Lambda::Url', 0);
  });
});
