import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { Ownership, ownershipTags } from './ownership';
import { Stage } from './stage';

/**
 * The only region CloudFront's standard logging (v2) can be set up from: CloudWatch Logs' vended-log delivery for a
 * distribution (delivery source, destination and delivery) is created in US East (N. Virginia), and a log group
 * destination must be in the same region. https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logging.html
 */
export const EDGE_LOGS_REGION = 'us-east-1';

/**
 * The fields each edge log record keeps (CloudFront's standard log field names), and nothing else. None of them
 * holds personal data or anything an applicant typed:
 * - when and where: `date`, `time` (UTC, to the second), `x-edge-location` (the edge, e.g. LHR61-P1), `x-edge-request-id`
 *   (CloudFront's random id of the request, which a viewer sees in the `x-amz-cf-id` response header: lets support
 *   find one request without knowing who made it);
 * - what: `cs-method`, and `cache-behavior-path-pattern` (`/assets/*` or `*`) instead of the path: a casework path
 *   holds an application reference (`/casework/applications/{reference}`), which the API's access logs leave out
 *   for the same reason (lib/api.ts);
 * - how it went: `sc-status`, `sc-bytes`, `time-taken`, `time-to-first-byte`, `x-edge-result-type`,
 *   `x-edge-response-result-type`, `x-edge-detailed-result-type` (e.g. an origin error or a WAF-style 403);
 * - the connection's kind, not its ends: `cs-protocol`, `cs-protocol-version`, `ssl-protocol`.
 */
export const EDGE_LOG_FIELDS = [
  'date',
  'time',
  'x-edge-location',
  'x-edge-request-id',
  'cs-method',
  'cache-behavior-path-pattern',
  'sc-status',
  'sc-bytes',
  'time-taken',
  'time-to-first-byte',
  'x-edge-result-type',
  'x-edge-response-result-type',
  'x-edge-detailed-result-type',
  'cs-protocol',
  'cs-protocol-version',
  'ssl-protocol',
] as const;

/**
 * Fields that must never be delivered: who the viewer is or could be told apart by (`c-ip`, `c-port`,
 * `x-forwarded-for`, `asn`, `c-country`, and `cs(User-Agent)`: not personal data alone, but with the time a device
 * fingerprint, and this service is used by people hiding from someone), what they sent (`cs-uri-query`: a
 * caseworker's sign-in `code`; `cs(Cookie)`: session cookies; `cs(Referer)`: another page's URL, query string
 * included; `cs-uri-stem`: application references), and CloudFront Functions' own log data.
 */
export const FORBIDDEN_EDGE_LOG_FIELDS = [
  'c-ip',
  'c-port',
  'x-forwarded-for',
  'asn',
  'c-country',
  'cs(User-Agent)',
  'cs-uri-query',
  'cs(Cookie)',
  'cs(Referer)',
  'cs-uri-stem',
  'cs-headers',
  'viewer-request-log-data',
  'viewer-response-log-data',
] as const;

/** A CloudFront distribution id, as CloudFront writes them (e.g. E2QWRUHAPOMQZL). */
const DISTRIBUTION_ID = /^[A-Z0-9]{8,20}$/;

export interface EdgeLogsStackProps extends cdk.StackProps {
  readonly stage: Stage;
  /**
   * The distribution of the stage's main stack (its output `DistributionId`): `-c distributionId=…`, which
   * `make deploy` and `make diff` read from that stack (infra/README.md).
   */
  readonly distributionId: string;
  readonly ownership: Ownership;
}

/**
 * CloudFront's edge logs for one stage, in us-east-1 (the only region they can be set up from): standard logging
 * v2 through CloudWatch Logs' vended-log delivery, with only the fields of `EDGE_LOG_FIELDS`, into a log group
 * encrypted with its own KMS key and kept 90 days in prod (an incident or complaint raised weeks later can still
 * be looked into, as with every other log of the service), 14 in dev.
 *
 * Holds no personal data by construction: the delivery can only write the listed fields, and none of them says who
 * a viewer is or what they sent. So the London-only rule (lib/region.ts), which is about applicants' data, is not
 * broken by this stack; it has its own rule, us-east-1 only. Nothing else of the service lives here.
 */
export class EdgeLogsStack extends cdk.Stack {
  public readonly logGroup: logs.LogGroup;
  public readonly key: kms.Key;
  public readonly delivery: logs.CfnDelivery;

  constructor(scope: Construct, id: string, props: EdgeLogsStackProps) {
    const tags = ownershipTags(props.stage, props.ownership);
    super(scope, id, {
      ...props,
      // The region is fixed, the account stays the deploying credentials' (no account needed to synthesise).
      env: { region: EDGE_LOGS_REGION, account: props.env?.account },
      tags: { ...tags, ...props.tags },
    });
    for (const [key, value] of Object.entries(tags)) cdk.Tags.of(this).add(key, value);
    if (!DISTRIBUTION_ID.test(props.distributionId)) {
      throw new Error(
        `distributionId must be a CloudFront distribution id such as E2QWRUHAPOMQZL (the main stack's output ` +
          `DistributionId), got ${JSON.stringify(props.distributionId)}`,
      );
    }
    new cdk.CfnRule(this, 'NorthVirginiaOnly', {
      assertions: [
        {
          assert: cdk.Fn.conditionEquals(cdk.Aws.REGION, EDGE_LOGS_REGION),
          assertDescription: `CloudFront's edge logs can only be set up from ${EDGE_LOGS_REGION}.`,
        },
      ],
    });

    const { stage } = props;
    const isProd = stage === 'prod';
    const removalPolicy = isProd ? cdk.RemovalPolicy.RETAIN : cdk.RemovalPolicy.DESTROY;
    const logGroupName = `/aws/vendedlogs/cms-intake-${stage}/cloudfront`;
    const logGroupArn = this.formatArn({
      service: 'logs',
      resource: 'log-group',
      resourceName: logGroupName,
      arnFormat: cdk.ArnFormat.COLON_RESOURCE_NAME,
    });

    // Its own key: CloudWatch Logs may use it for this log group only (the encryption context names it).
    this.key = new kms.Key(this, 'Key', {
      description: `cms-intake ${stage}: CloudFront edge logs`,
      enableKeyRotation: true,
      removalPolicy,
      pendingWindow: cdk.Duration.days(isProd ? 30 : 7),
    });
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'CloudWatchLogsForTheEdgeLogGroupOnly',
        principals: [new iam.ServicePrincipal(`logs.${EDGE_LOGS_REGION}.amazonaws.com`)],
        actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
        resources: ['*'],
        conditions: { ArnEquals: { 'kms:EncryptionContext:aws:logs:arn': logGroupArn } },
      }),
    );

    this.logGroup = new logs.LogGroup(this, 'Logs', {
      logGroupName,
      encryptionKey: this.key,
      retention: isProd ? logs.RetentionDays.THREE_MONTHS : logs.RetentionDays.TWO_WEEKS,
      removalPolicy,
    });

    const source = new logs.CfnDeliverySource(this, 'Source', {
      name: `cms-intake-${stage}-cloudfront`,
      logType: 'ACCESS_LOGS',
      resourceArn: this.formatArn({
        service: 'cloudfront',
        region: '',
        resource: 'distribution',
        resourceName: props.distributionId,
      }),
    });
    const destination = new logs.CfnDeliveryDestination(this, 'Destination', {
      name: `cms-intake-${stage}-cloudfront-logs`,
      destinationResourceArn: this.logGroup.logGroupArn,
      outputFormat: 'json',
    });
    // After both: the source by its name (`Ref` returns it), the destination by its ARN.
    this.delivery = new logs.CfnDelivery(this, 'Delivery', {
      deliverySourceName: source.ref,
      deliveryDestinationArn: destination.attrArn,
      recordFields: [...EDGE_LOG_FIELDS],
    });

    new cdk.CfnOutput(this, 'EdgeLogGroup', {
      description: 'CloudFront edge logs (no personal data): CloudWatch Logs Insights, in us-east-1',
      value: this.logGroup.logGroupName,
    });
  }
}
