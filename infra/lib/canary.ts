import * as cdk from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as synthetics from 'aws-cdk-lib/aws-synthetics';
import { Construct } from 'constructs';
import { acknowledgeNag, skipCheckov } from './compliance';
import { Stage } from './stage';

/** How often the canary looks at the service from outside. */
export const CANARY_EVERY = cdk.Duration.minutes(5);

/**
 * The canary's script (the Synthetics Node.js runtime runs `exports.handler`). It asks for the start page and the
 * casework landing page by their public URLs, as a browser would: DNS, the certificate (Node checks it), CloudFront,
 * the origin-verify header WAF requires, the API and the function. Each must answer 200 with a GOV.UK page; no
 * redirect is followed. Any other answer (a 403 from a broken origin-verify header, a certificate error, a DNS
 * failure, a timeout) fails the step and so the run.
 *
 * Plain HTTPS requests in `executeStep`, no browser page: the checks need none, and no screenshot is taken.
 * Exported for the tests, which check that it compiles and that the template carries it unchanged.
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Synthetics_Canaries_Library_Nodejs.html
 */
export const CANARY_SCRIPT = `
const https = require('https');
const synthetics = require('Synthetics');
const log = require('SyntheticsLogger');

function get(url) {
  return new Promise((resolve, reject) => {
    const request = https.get(
      url,
      { headers: { 'user-agent': 'cms-intake-canary', accept: 'text/html' }, timeout: 10000 },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    request.on('timeout', () => request.destroy(new Error(url + ' did not answer within 10 s')));
    request.on('error', reject);
  });
}

async function govukPage(name, url) {
  await synthetics.executeStep(name, async () => {
    const { status, body } = await get(url);
    if (status !== 200) throw new Error(url + ' answered ' + status + ', not 200');
    if (!body.includes('govuk-template') || !body.includes('GOV.UK')) throw new Error(url + ' is not a GOV.UK page');
    log.info(url + ': 200, a GOV.UK page');
  });
}

exports.handler = async () => {
  synthetics.getConfiguration().setConfig({
    screenshotOnStepStart: false,
    screenshotOnStepSuccess: false,
    screenshotOnStepFailure: false,
  });
  await govukPage('start page', process.env.PUBLIC_URL);
  await govukPage('casework sign-in page', process.env.CASEWORK_URL);
};
`;

export interface SiteCanaryProps {
  readonly stage: Stage;
  /** `https://<domainName>` */
  readonly publicUrl: string;
  /** Where the artifacts bucket writes its S3 access logs (lib/front.ts). */
  readonly logBucket: s3.IBucket;
}

/**
 * Outside-in monitoring: a CloudWatch Synthetics canary in the stack's region (London, lib/region.ts) that visits
 * the public and casework URLs every 5 minutes. It sees what the alarms on the API's metrics cannot: a certificate
 * that expired, a DNS record that points elsewhere, a CloudFront or WAF change that answers 403 to everyone.
 * Its alarm (`site-unreachable`) is in lib/alarms.ts.
 */
export class SiteCanary extends Construct {
  public readonly canary: synthetics.Canary;

  constructor(scope: Construct, id: string, props: SiteCanaryProps) {
    super(scope, id);
    const isProd = props.stage === 'prod';

    // The runs' artifacts (logs and step reports of two public pages; no screenshots). Private, encrypted,
    // TLS-only, access logged; kept when the stack is deleted like the log bucket, and emptied by its lifecycle.
    const artifacts = new s3.Bucket(this, 'Artifacts', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: props.logBucket,
      serverAccessLogsPrefix: 'canary-artifacts/',
      lifecycleRules: [
        { expiration: cdk.Duration.days(isProd ? 30 : 14), abortIncompleteMultipartUploadAfter: cdk.Duration.days(1) },
      ],
      removalPolicy: cdk.RemovalPolicy.RETAIN,
    });
    skipCheckov(artifacts, {
      id: 'CKV_AWS_21',
      reason: 'Run reports are written once and expire by lifecycle; versions would only keep them longer.',
    });

    this.canary = new synthetics.Canary(this, 'Canary', {
      // At most 255 characters of lower-case letters, digits, hyphens and underscores; also the metric dimension.
      canaryName: `cms-intake-${props.stage}-site`,
      runtime: synthetics.Runtime.SYNTHETICS_NODEJS_PUPPETEER_13_0,
      test: synthetics.Test.custom({
        code: synthetics.Code.fromInline(CANARY_SCRIPT),
        handler: 'index.handler',
      }),
      schedule: synthetics.Schedule.rate(CANARY_EVERY),
      timeout: cdk.Duration.seconds(60),
      environmentVariables: { PUBLIC_URL: `${props.publicUrl}/`, CASEWORK_URL: `${props.publicUrl}/casework` },
      artifactsBucketLocation: { bucket: artifacts, prefix: 'runs' },
      artifactS3EncryptionMode: synthetics.ArtifactsEncryptionMode.S3_MANAGED,
      successRetentionPeriod: cdk.Duration.days(7),
      failureRetentionPeriod: cdk.Duration.days(isProd ? 30 : 14),
      // The canary's Lambda function and layers go with it when it is deleted.
      provisionedResourceCleanup: true,
      startAfterCreation: true,
    });
    acknowledgeNag(
      this.canary,
      {
        id: 'Serverless-LambdaStarPermissions',
        reason:
          "The role CDK gives the canary's function: s3:ListAllMyBuckets and cloudwatch:PutMetricData have no " +
          'resource-level permissions, and its log group is known only by the prefix /aws/lambda/cwsyn-*.',
      },
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          "The Synthetics runtime's own calls: s3:ListAllMyBuckets and cloudwatch:PutMetricData have no " +
          'resource-level permissions (the metric data is limited to the CloudWatchSynthetics namespace).',
      },
      {
        id: 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:logs:<AWS::Region>:<AWS::AccountId>:log-group:/aws/lambda/cwsyn-*]',
        reason:
          "The canary's Lambda function is created by Synthetics with a generated name (cwsyn-<canary>-<id>), so " +
          'its log group is known only by that prefix.',
      },
      {
        id: `AwsSolutions-IAM5[Resource::<${logicalId(artifacts)}.Arn>/runs/*]`,
        reason: 'Each run writes its reports under a new key below the canary’s own prefix of its own bucket.',
      },
    );
  }
}

function logicalId(construct: Construct): string {
  const stack = cdk.Stack.of(construct);
  return stack.resolve((construct.node.defaultChild as cdk.CfnElement).logicalId) as string;
}
