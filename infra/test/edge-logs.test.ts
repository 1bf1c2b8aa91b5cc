/**
 * CloudFront's edge logs (issue 15, point 3): standard logging v2 with chosen fields, in us-east-1, on the
 * synthesised template of the stack `CmsIntakeEdgeLogs-<stage>` (lib/edge-logs.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { EDGE_LOG_FIELDS, EDGE_LOGS_REGION, EdgeLogsStack, FORBIDDEN_EDGE_LOG_FIELDS } from '../lib/edge-logs';
import { parseOwnership } from '../lib/ownership';
import { STAGES } from '../lib/stage';
import { one, text } from './support/template';

const CDK_JSON_CONTEXT = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'cdk.json'), 'utf8')).context ?? {};
const DISTRIBUTION_ID = 'E2QWRUHAPOMQZL';

describe.each(STAGES)('the edge logs of the %s stage', (stage) => {
  const app = new cdk.App({ context: CDK_JSON_CONTEXT });
  const stack = new EdgeLogsStack(app, `CmsIntakeEdgeLogs-${stage}`, {
    stackName: `CmsIntakeEdgeLogs-${stage}`,
    stage,
    distributionId: DISTRIBUTION_ID,
    ownership: parseOwnership('team', 'CC-1'),
  });
  const template = Template.fromStack(stack);
  const [sourceId, source] = one(template, 'AWS::Logs::DeliverySource', 'Source');
  const [destinationId, destination] = one(template, 'AWS::Logs::DeliveryDestination', 'Destination');
  const [, delivery] = one(template, 'AWS::Logs::Delivery', 'Delivery');
  const [logGroupId, logGroup] = one(template, 'AWS::Logs::LogGroup', 'Logs');
  const [keyId, key] = one(template, 'AWS::KMS::Key', 'Key');

  test('are in us-east-1, the only region they can be set up from, whatever the credentials say', () => {
    expect(stack.region).toBe(EDGE_LOGS_REGION);
    expect(cdk.Token.isUnresolved(stack.account)).toBe(true);
    expect(app.synth().getStackByName(`CmsIntakeEdgeLogs-${stage}`).environment.region).toBe('us-east-1');
    expect(template.toJSON().Rules.NorthVirginiaOnly.Assertions[0].Assert).toEqual({
      'Fn::Equals': [{ Ref: 'AWS::Region' }, 'us-east-1'],
    });
  });

  test("come from this stage's distribution, as CloudFront access logs", () => {
    expect(source.Properties.LogType).toBe('ACCESS_LOGS');
    expect(text(source.Properties.ResourceArn)).toBe(
      `arn:aws:cloudfront::\${AWS::AccountId}:distribution/${DISTRIBUTION_ID}`,
    );
    expect(delivery.Properties.DeliverySourceName).toEqual({ Ref: sourceId });
    expect(delivery.Properties.DeliveryDestinationArn).toEqual({ 'Fn::GetAtt': [destinationId, 'Arn'] });
  });

  test('keep exactly the chosen fields, none of which holds personal data', () => {
    expect(delivery.Properties.RecordFields).toEqual([...EDGE_LOG_FIELDS]);
    for (const field of ['c-ip', 'cs-uri-query', 'cs(Cookie)', 'x-forwarded-for', 'cs(Referer)', 'cs(User-Agent)']) {
      expect(delivery.Properties.RecordFields).not.toContain(field);
      expect(FORBIDDEN_EDGE_LOG_FIELDS).toContain(field);
    }
    // Nor the path: a casework path holds an application reference. The cache behaviour's pattern says enough.
    expect(delivery.Properties.RecordFields).not.toContain('cs-uri-stem');
    expect(delivery.Properties.RecordFields).toContain('cache-behavior-path-pattern');
    for (const field of FORBIDDEN_EDGE_LOG_FIELDS) expect(EDGE_LOG_FIELDS).not.toContain(field);
  });

  test('go to a log group encrypted with its own rotated key, kept 90 days in prod and 14 in dev', () => {
    expect(destination.Properties.DestinationResourceArn).toEqual({ 'Fn::GetAtt': [logGroupId, 'Arn'] });
    expect(destination.Properties.OutputFormat).toBe('json');
    expect(logGroup.Properties.LogGroupName).toBe(`/aws/vendedlogs/cms-intake-${stage}/cloudfront`);
    expect(logGroup.Properties.KmsKeyId).toEqual({ 'Fn::GetAtt': [keyId, 'Arn'] });
    expect(logGroup.Properties.RetentionInDays).toBe(stage === 'prod' ? 90 : 14);
    expect(key.Properties.EnableKeyRotation).toBe(true);
    // CloudWatch Logs may use the key for this log group only.
    const logsStatement = key.Properties.KeyPolicy.Statement.find(
      (s: any) => s.Principal?.Service === 'logs.us-east-1.amazonaws.com',
    );
    expect(text(logsStatement.Condition.ArnEquals['kms:EncryptionContext:aws:logs:arn'])).toBe(
      `arn:aws:logs:us-east-1:\${AWS::AccountId}:log-group:/aws/vendedlogs/cms-intake-${stage}/cloudfront`,
    );
    const retained = stage === 'prod' ? 'Retain' : 'Delete';
    expect([logGroup.DeletionPolicy, key.DeletionPolicy]).toEqual([retained, retained]);
  });

  test('hold nothing else: no function, role, bucket or table', () => {
    const types = new Set(Object.values(template.toJSON().Resources).map((r: any) => r.Type));
    expect([...types].sort()).toEqual([
      'AWS::KMS::Key',
      'AWS::Logs::Delivery',
      'AWS::Logs::DeliveryDestination',
      'AWS::Logs::DeliverySource',
      'AWS::Logs::LogGroup',
    ]);
    expect(stack.tags.tagValues()).toMatchObject({ service: 'cms-intake', stage });
  });

  test('refuse anything but a distribution id', () => {
    expect(
      () =>
        new EdgeLogsStack(new cdk.App(), 'Bad', {
          stage,
          distributionId: 'd111111abcdef8.cloudfront.net',
          ownership: parseOwnership('team', 'CC-1'),
        }),
    ).toThrow(/distributionId must be a CloudFront distribution id/);
  });
});
