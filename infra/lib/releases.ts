import * as cdk from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as codedeploy from 'aws-cdk-lib/aws-codedeploy';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { API_STAGE_NAME } from './api';
import { acknowledgeNag, skipCfnLint, skipCheckov } from './compliance';
import { Stage } from './stage';

/** How each stage moves a function's `live` alias to a new version. */
export const DEPLOYMENT_CONFIG: Record<Stage, codedeploy.ILambdaDeploymentConfig> = {
  // 10% of requests to the new version for 5 minutes, then all of them, unless an alarm fires first.
  prod: codedeploy.LambdaDeploymentConfig.CANARY_10PERCENT_5MINUTES,
  // dev is for trying things out: all at once (after the same smoke test).
  dev: codedeploy.LambdaDeploymentConfig.ALL_AT_ONCE,
};

/**
 * The pre-traffic smoke test (Node.js, inline: Lambda writes it to index.js). CodeDeploy runs it before it moves any
 * traffic to a new version; it reports the outcome itself (PutLifecycleEventHookExecutionStatus), and Failed stops
 * the deployment, which CloudFormation then rolls back.
 *
 * How it reaches "the new version": the `live` alias still points at the old one until the hook succeeds, and API
 * Gateway and CloudFront only ever call the alias. So the hook invokes the new versions directly, by their
 * version-qualified ARNs (the stack passes them in its environment, so each deployment's hook knows its own
 * versions), with the event API Gateway would send for `GET /` and `GET /casework` on the `live` stage. Both must
 * answer 200 with a GOV.UK page (the start page; the casework sign-in page, which needs no session). The monitor's
 * new version is run once as the schedule would and must not fail. Every deployment group uses this one hook, and it
 * checks all three new versions each time: a release is one commit.
 *
 * What it does not see, the canary does (lib/canary.ts): DNS, the certificate, CloudFront and WAF.
 * Exported for the tests, which check that it compiles and that the template carries it unchanged.
 */
export const SMOKE_TEST_HANDLER = `
const { LambdaClient, InvokeCommand } = require('@aws-sdk/client-lambda');
const { CodeDeployClient, PutLifecycleEventHookExecutionStatusCommand } = require('@aws-sdk/client-codedeploy');
const lambda = new LambdaClient({});
const codedeploy = new CodeDeployClient({});

// What API Gateway sends a Lambda proxy integration (REST API, payload 1.0) for a GET on the live stage.
function restApiEvent(path) {
  const host = process.env.SITE_HOST;
  const headers = { accept: 'text/html', host, 'user-agent': 'cms-intake-smoke-test', 'x-forwarded-proto': 'https' };
  return {
    resource: path === '/' ? '/' : '/casework',
    path,
    httpMethod: 'GET',
    headers,
    multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, [value]])),
    queryStringParameters: null,
    multiValueQueryStringParameters: null,
    pathParameters: null,
    stageVariables: null,
    requestContext: {
      accountId: '000000000000',
      apiId: 'smoketest',
      domainName: host,
      httpMethod: 'GET',
      path: '/' + process.env.API_STAGE + path,
      protocol: 'HTTP/1.1',
      requestId: 'smoke-test-' + Date.now(),
      requestTimeEpoch: Date.now(),
      resourceId: 'smoketest',
      resourcePath: path === '/' ? '/' : '/casework',
      stage: process.env.API_STAGE,
      identity: { sourceIp: '127.0.0.1', userAgent: 'cms-intake-smoke-test' },
    },
    body: null,
    isBase64Encoded: false,
  };
}

async function invoke(functionArn, payload) {
  const answer = await lambda.send(new InvokeCommand({ FunctionName: functionArn, Payload: JSON.stringify(payload) }));
  if (answer.FunctionError) throw new Error(functionArn + ' failed (' + answer.FunctionError + ')');
  return answer.Payload ? JSON.parse(Buffer.from(answer.Payload).toString('utf8') || 'null') : null;
}

async function govukPage(functionArn, path) {
  const response = await invoke(functionArn, restApiEvent(path));
  const status = response && response.statusCode;
  if (status !== 200) throw new Error('GET ' + path + ' on ' + functionArn + ' answered ' + status + ', not 200');
  const body = response.isBase64Encoded ? Buffer.from(response.body, 'base64').toString('utf8') : String(response.body);
  if (!body.includes('govuk-template') || !body.includes('GOV.UK')) {
    throw new Error('GET ' + path + ' on ' + functionArn + ' is not a GOV.UK page');
  }
}

async function scheduledRun(functionArn) {
  await invoke(functionArn, { version: '0', source: 'aws.events', 'detail-type': 'Scheduled Event', detail: {} });
}

exports.handler = async (event) => {
  const checks = [
    govukPage(process.env.APPLY_VERSION, '/'),
    govukPage(process.env.CASEWORK_VERSION, '/casework'),
    scheduledRun(process.env.MONITOR_VERSION),
  ];
  const failures = (await Promise.allSettled(checks)).filter((r) => r.status === 'rejected').map((r) => String(r.reason && r.reason.message || r.reason));
  const status = failures.length === 0 ? 'Succeeded' : 'Failed';
  console.log(JSON.stringify({ deploymentId: event.DeploymentId, status, failures }));
  await codedeploy.send(new PutLifecycleEventHookExecutionStatusCommand({
    deploymentId: event.DeploymentId,
    lifecycleEventHookExecutionId: event.LifecycleEventHookExecutionId,
    status,
  }));
  return status;
};
`;

export interface ReleasedFunction {
  readonly fn: lambda.Function;
  readonly live: lambda.Alias;
}

export interface ReleasesProps {
  readonly stage: Stage;
  readonly functions: Record<'apply' | 'casework' | 'monitor', ReleasedFunction>;
  /** The API's 5xx-rate alarm (lib/alarms.ts): a release of apply or casework rolls back on it too. */
  readonly api5xxRate: cloudwatch.IAlarm;
  /** The public host name, sent as the Host header of the smoke test's requests. */
  readonly domainName: string;
}

/**
 * Safe releases: CodeDeploy moves each function's `live` alias to the version a deployment published.
 *
 * - prod: 10% of traffic for 5 minutes, then all ({@link DEPLOYMENT_CONFIG}); dev: all at once.
 * - Before any traffic moves, the smoke test ({@link SMOKE_TEST_HANDLER}) must pass.
 * - While traffic moves, the alias's errors (`<fn>-live-errors`, one a minute) and, for apply and casework, the API's
 *   5xx rate roll the release back; so does a failed or stopped deployment. CloudFormation then rolls the whole stack
 *   back to the versions before.
 *
 * On a stack's first deployment the aliases are created directly (CodeDeploy only handles updates).
 */
export class Releases extends Construct {
  public readonly application: codedeploy.LambdaApplication;
  public readonly groups: Record<'apply' | 'casework' | 'monitor', codedeploy.LambdaDeploymentGroup>;
  public readonly smokeTest: lambda.Function;
  /** The alarms CodeDeploy watches on each alias (not notified: the function's own errors alarm pages). */
  public readonly rollbackAlarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: ReleasesProps) {
    super(scope, id);
    const stack = cdk.Stack.of(this);
    const { stage } = props;
    const applicationName = `cms-intake-${stage}`;
    const groupName = (name: string) => `cms-intake-${stage}-${name}`;
    const names = Object.keys(props.functions) as (keyof ReleasesProps['functions'])[];

    this.application = new codedeploy.LambdaApplication(this, 'Application', { applicationName });

    // ---- The smoke test ------------------------------------------------------------------------------------
    const logGroup = new logs.LogGroup(this, 'SmokeTestLogs', {
      retention: stage === 'prod' ? logs.RetentionDays.THREE_MONTHS : logs.RetentionDays.TWO_WEEKS,
      removalPolicy: cdk.RemovalPolicy.DESTROY,
    });
    skipCheckov(logGroup, {
      id: 'CKV_AWS_158',
      reason: 'CloudWatch Logs encrypts log groups at rest already; these logs hold the checks’ outcomes only.',
    });
    const smokeRole = new iam.Role(this, 'SmokeTestRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `cms-intake ${stage}: the pre-traffic smoke test`,
    });
    logGroup.grantWrite(smokeRole);
    // Only the versions this deployment published: never the alias, never another function.
    smokeRole.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'InvokeTheNewVersions',
        actions: ['lambda:InvokeFunction'],
        resources: names.map((name) => props.functions[name].fn.currentVersion.functionArn),
      }),
    );
    // Only this application's three deployment groups. By name, not by reference: the aliases depend on the
    // deployment groups, and the deployment groups must not depend back on the hook's policy.
    smokeRole.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'ReportToCodeDeploy',
        actions: ['codedeploy:PutLifecycleEventHookExecutionStatus'],
        resources: names.map((name) =>
          stack.formatArn({
            service: 'codedeploy',
            resource: 'deploymentgroup',
            resourceName: `${applicationName}/${groupName(name)}`,
            arnFormat: cdk.ArnFormat.COLON_RESOURCE_NAME,
          }),
        ),
      }),
    );
    this.smokeTest = new lambda.Function(this, 'SmokeTest', {
      description: `cms-intake ${stage}: before traffic moves, the new versions must serve their GOV.UK pages`,
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      handler: 'index.handler',
      code: lambda.Code.fromInline(SMOKE_TEST_HANDLER),
      memorySize: 256,
      timeout: cdk.Duration.seconds(60),
      role: smokeRole,
      logGroup,
      environment: {
        APPLY_VERSION: props.functions.apply.fn.currentVersion.functionArn,
        CASEWORK_VERSION: props.functions.casework.fn.currentVersion.functionArn,
        MONITOR_VERSION: props.functions.monitor.fn.currentVersion.functionArn,
        SITE_HOST: props.domainName,
        API_STAGE: API_STAGE_NAME,
      },
    });
    // The hook as CodeDeploy's constructs see it: CDK would grant it PutLifecycleEventHookExecutionStatus on each
    // deployment group by reference (granted by name above instead) and grant the CodeDeploy role invoke on it
    // (granted below, in the role's own policy).
    const hook = lambda.Function.fromFunctionAttributes(this, 'SmokeTestHook', {
      functionArn: this.smokeTest.functionArn,
      role: smokeRole.withoutPolicyUpdates(),
      sameEnvironment: true,
    });

    // ---- CodeDeploy's role: its own least-privilege policy, no AWS managed policy ---------------------------
    // (AWSCodeDeployRoleForLambdaLimited, which CDK would attach, allows UpdateAlias on every function.)
    const codeDeployRole = new iam.Role(this, 'CodeDeployRole', {
      assumedBy: new iam.ServicePrincipal('codedeploy.amazonaws.com'),
      description: `cms-intake ${stage}: moves the functions' live aliases to new versions`,
    });
    const aliasArns = names.map((name) => `${props.functions[name].fn.functionArn}:${props.functions[name].live.aliasName}`);
    codeDeployRole.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'MoveTheLiveAliases',
        actions: ['lambda:GetAlias', 'lambda:UpdateAlias', 'lambda:GetProvisionedConcurrencyConfig'],
        resources: aliasArns,
      }),
    );
    codeDeployRole.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'RunTheSmokeTest',
        actions: ['lambda:InvokeFunction'],
        resources: [this.smokeTest.functionArn],
      }),
    );
    codeDeployRole.addToPrincipalPolicy(
      new iam.PolicyStatement({ sid: 'WatchTheAlarms', actions: ['cloudwatch:DescribeAlarms'], resources: ['*'] }),
    );
    acknowledgeNag(codeDeployRole, {
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        "cloudwatch:DescribeAlarms, which CodeDeploy calls to watch the deployment group's alarms: it reads " +
        'alarm states only.',
    });

    // ---- One deployment group per function ---------------------------------------------------------------------
    const groups: Partial<Record<keyof ReleasesProps['functions'], codedeploy.LambdaDeploymentGroup>> = {};
    for (const name of names) {
      const { live } = props.functions[name];
      const title = name.charAt(0).toUpperCase() + name.slice(1);
      // A minute's errors on the alias: quick enough to stop a 5-minute canary.
      const liveErrors = new cloudwatch.Alarm(this, `${title}LiveErrors`, {
        alarmName: `cms-intake-${stage}-${name}-live-errors`,
        alarmDescription:
          `The ${name} function's live alias failed in the last minute. CodeDeploy rolls a release back on it; ` +
          `the ${name}-errors alarm is the one that notifies.`,
        metric: live.metricErrors({ period: cdk.Duration.minutes(1), statistic: 'Sum' }),
        threshold: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
      this.rollbackAlarms.push(liveErrors);
      const group = new codedeploy.LambdaDeploymentGroup(this, `${title}Release`, {
        application: this.application,
        deploymentGroupName: groupName(name),
        alias: live,
        deploymentConfig: DEPLOYMENT_CONFIG[stage],
        // The monitor serves no page, so the API's 5xx rate says nothing about it.
        alarms: name === 'monitor' ? [liveErrors] : [liveErrors, props.api5xxRate],
        autoRollback: { failedDeployment: true, stoppedDeployment: true, deploymentInAlarm: true },
        role: codeDeployRole.withoutPolicyUpdates(),
        preHook: hook,
      });
      // The hook's environment names this deployment's versions: it is updated before the alias moves.
      live.node.addDependency(this.smokeTest);
      groups[name] = group;
    }
    this.groups = groups as Record<keyof ReleasesProps['functions'], codedeploy.LambdaDeploymentGroup>;

    const why = {
      dlq:
        'Invoked by CodeDeploy once per deployment; it reports its own outcome, and CodeDeploy fails the ' +
        'deployment if no report comes within an hour. A dead-letter queue would hold nothing to act on.',
      tracing: 'A deployment-time check of three invocations; X-Ray is off service-wide and would add nothing here.',
    };
    acknowledgeNag(
      this.smokeTest,
      { id: 'Serverless-LambdaDLQ', reason: why.dlq },
      { id: 'Serverless-LambdaTracing', reason: why.tracing },
    );
    skipCfnLint(
      this.smokeTest,
      { id: 'WS1000', reason: why.tracing },
      {
        id: 'WS1004',
        reason:
          'It logs to a log group of its own with a retention period (LoggingConfig.LogGroup); the rule looks only ' +
          'for /aws/lambda/<function name>.',
      },
    );
    skipCheckov(
      this.smokeTest,
      { id: 'CKV_AWS_115', reason: 'Runs only during deployments, once per deployment group.' },
      { id: 'CKV_AWS_116', reason: why.dlq },
      { id: 'CKV_AWS_117', reason: 'Calls only the Lambda and CodeDeploy APIs, over TLS with IAM: no VPC resources.' },
      { id: 'CKV_AWS_173', reason: 'The environment names function versions, the host name and the stage: nothing secret.' },
    );
  }
}
