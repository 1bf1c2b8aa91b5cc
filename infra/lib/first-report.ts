import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { acknowledgeNag, skipCfnLint, skipCheckov } from './compliance';
import { Stage } from './stage';

/** How long a first deployment waits for the monitor's first data point before it fails. */
export const FIRST_REPORT_WAIT = cdk.Duration.minutes(12);

/**
 * The custom resource's handler (Node.js, inline: CloudFormation writes it to index.js). On Create it asks
 * CloudWatch every 20 seconds whether the monitor's metric has a data point for this stage in the last 15 minutes,
 * and answers SUCCESS as soon as it has, or FAILED after WAIT_SECONDS. On Update and Delete it answers SUCCESS at
 * once. The answer is a PUT of the response document to CloudFormation's presigned URL, as cfn-response does.
 * Exported for the tests, which check that it compiles and that the template carries it unchanged.
 */
export const FIRST_REPORT_HANDLER = `
const https = require('https');
const { CloudWatchClient, GetMetricStatisticsCommand } = require('@aws-sdk/client-cloudwatch');
const cloudwatch = new CloudWatchClient({});
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function hasReported() {
  const now = Date.now();
  const answer = await cloudwatch.send(new GetMetricStatisticsCommand({
    Namespace: process.env.METRIC_NAMESPACE,
    MetricName: process.env.METRIC_NAME,
    Dimensions: [{ Name: 'Stage', Value: process.env.STAGE }],
    StartTime: new Date(now - 15 * 60 * 1000),
    EndTime: new Date(now + 60 * 1000),
    Period: 60,
    Statistics: ['SampleCount'],
  }));
  return (answer.Datapoints || []).some((point) => point.SampleCount > 0);
}

async function waitForFirstReport() {
  const deadline = Date.now() + Number(process.env.WAIT_SECONDS) * 1000;
  for (;;) {
    if (await hasReported()) return;
    if (Date.now() >= deadline) {
      throw new Error('The monitor has not reported ' + process.env.METRIC_NAME + ' for stage ' + process.env.STAGE +
        ' within ' + process.env.WAIT_SECONDS + ' s of its first deployment: read its log group, then deploy again.');
    }
    await sleep(20000);
  }
}

function respond(event, status, reason) {
  const body = JSON.stringify({
    Status: status,
    Reason: reason,
    PhysicalResourceId: event.PhysicalResourceId || 'monitor-first-report-' + process.env.STAGE,
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId,
  });
  return new Promise((resolve, reject) => {
    const request = https.request(event.ResponseURL, {
      method: 'PUT',
      headers: { 'content-type': '', 'content-length': Buffer.byteLength(body) },
    }, (response) => { response.resume(); response.on('end', resolve); });
    request.on('error', reject);
    request.end(body);
  });
}

exports.handler = async (event) => {
  let status = 'SUCCESS';
  let reason = 'The monitor has reported';
  try {
    if (event.RequestType === 'Create') await waitForFirstReport();
  } catch (error) {
    status = 'FAILED';
    reason = error.message;
  }
  console.log(JSON.stringify({ requestType: event.RequestType, status, reason }));
  await respond(event, status, reason);
};
`;

export interface MonitorFirstReportProps {
  readonly stage: Stage;
  readonly namespace: string;
  readonly metricName: string;
  /** The schedule that runs the monitor: the resource waits for it to exist (it is passed as a property). */
  readonly monitorScheduleArn: string;
}

/**
 * Holds back the urgent-request alarms on a fresh deployment until the monitor has reported once.
 *
 * `urgent-monitor-silent` treats missing data as breaching (silence must alarm). Created in the same deployment as
 * the monitor, it would look back over the minutes before the monitor existed, find nothing and fire at once: a
 * false "nobody is watching the urgent queue" on every first deployment. So both urgent alarms depend on this
 * custom resource, which on Create waits until the metric has a data point for the stage (normally within two
 * minutes: the schedule runs every minute). If none comes within {@link FIRST_REPORT_WAIT}, the deployment fails,
 * which is what should happen to a monitor that does not report. Later deployments do not wait: the alarms exist.
 */
export class MonitorFirstReport extends Construct {
  public readonly resource: cdk.CustomResource;

  constructor(scope: Construct, id: string, props: MonitorFirstReportProps) {
    super(scope, id);

    const logGroup = new logs.LogGroup(this, 'Logs', {
      retention: logs.RetentionDays.TWO_WEEKS,
      removalPolicy: cdk.RemovalPolicy.DESTROY,
    });
    skipCheckov(logGroup, {
      id: 'CKV_AWS_158',
      reason: 'CloudWatch Logs encrypts log groups at rest already; these logs say only whether a metric exists.',
    });
    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `cms-intake ${props.stage}: waits for the monitor's first data point on first deployment`,
    });
    logGroup.grantWrite(role);
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'ReadMetrics',
        actions: ['cloudwatch:GetMetricStatistics'],
        resources: ['*'],
      }),
    );

    const handler = new lambda.Function(this, 'Handler', {
      description: `cms-intake ${props.stage}: on first deployment, waits until the monitor has reported`,
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      handler: 'index.handler',
      code: lambda.Code.fromInline(FIRST_REPORT_HANDLER),
      memorySize: 128,
      timeout: FIRST_REPORT_WAIT.plus(cdk.Duration.minutes(1)),
      role,
      logGroup,
      environment: {
        METRIC_NAMESPACE: props.namespace,
        METRIC_NAME: props.metricName,
        STAGE: props.stage,
        WAIT_SECONDS: String(FIRST_REPORT_WAIT.toSeconds()),
      },
    });

    this.resource = new cdk.CustomResource(this, 'Resource', {
      resourceType: 'Custom::MonitorFirstReport',
      serviceToken: handler.functionArn,
      // CloudFormation gives up after this rather than its default hour, should the handler never answer.
      serviceTimeout: FIRST_REPORT_WAIT.plus(cdk.Duration.minutes(3)),
      properties: { MonitorSchedule: props.monitorScheduleArn },
    });

    const why = {
      dlq:
        'Invoked by CloudFormation, once per deployment that creates, updates or deletes the resource; it answers ' +
        'CloudFormation itself, which fails the deployment if no answer comes.',
      tracing: 'A deployment-time check of one metric; X-Ray is off service-wide and would add nothing here.',
    };
    acknowledgeNag(
      role,
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: 'cloudwatch:GetMetricStatistics has no resource-level permissions; it only reads metric values.',
      },
    );
    acknowledgeNag(
      handler,
      { id: 'Serverless-LambdaDLQ', reason: why.dlq },
      { id: 'Serverless-LambdaTracing', reason: why.tracing },
    );
    skipCfnLint(
      handler,
      { id: 'WS1000', reason: why.tracing },
      {
        id: 'WS1004',
        reason:
          'It logs to a log group of its own with a retention period (LoggingConfig.LogGroup); the rule looks only ' +
          'for /aws/lambda/<function name>.',
      },
    );
    skipCheckov(
      handler,
      { id: 'CKV_AWS_115', reason: 'Runs only during deployments, one invocation at a time.' },
      { id: 'CKV_AWS_116', reason: why.dlq },
      { id: 'CKV_AWS_117', reason: 'Calls only the CloudWatch API and CloudFormation’s presigned URL: no VPC resources.' },
      { id: 'CKV_AWS_173', reason: 'The environment names a metric and the stage: nothing secret.' },
    );
  }
}
