/** The alarms (a nested stack) and the encrypted topic they notify. */
import { Match } from 'aws-cdk-lib/assertions';
import { URGENT_THRESHOLD_MINUTES } from '../lib/alarms';
import { API_STAGE_NAME } from '../lib/api';
import urgentRequests from '../urgent-requests.json';
import { STAGES } from '../lib/stage';
import { synth } from './support/synth';
import { one, resources } from './support/template';

describe.each(STAGES)('the alarms of the %s stack', (stage) => {
  const { template, alarms } = synth(stage);
  const [topicId, topic] = one(alarms, 'AWS::SNS::Topic', 'Topic');
  const [keyId, key] = one(alarms, 'AWS::KMS::Key', 'TopicKey');
  const all = resources(alarms, 'AWS::CloudWatch::Alarm');
  const alarm = (prefix: string) => one(alarms, 'AWS::CloudWatch::Alarm', prefix)[1].Properties;
  /** The parameter of the nested stack that carries a main-stack resource into it. */
  const parameterFor = (mainLogicalId: string): string => {
    const [, nested] = one(template, 'AWS::CloudFormation::Stack', 'AlarmsNestedStack');
    const entry = Object.entries(nested.Properties.Parameters).find(([, v]) => (v as { Ref?: string }).Ref === mainLogicalId);
    if (!entry) throw new Error(`${mainLogicalId} is not passed to the alarms stack`);
    return entry[0];
  };

  test('the topic is encrypted with a key of its own that CloudWatch may use, rotated, and TLS-only', () => {
    expect(topic.Properties.KmsMasterKeyId).toEqual({ 'Fn::GetAtt': [keyId, 'Arn'] });
    expect(key.Properties.EnableKeyRotation).toBe(true);
    expect(key.Properties.KeyPolicy.Statement).toContainEqual(
      expect.objectContaining({
        Principal: { Service: 'cloudwatch.amazonaws.com' },
        Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
      }),
    );
    alarms.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  test('every alarm notifies the topic when it fires and when it clears', () => {
    // The API, errors and throttles of three functions, DynamoDB, urgent requests waiting, the monitor silent, the
    // site unreachable from outside (the canary).
    expect(all.length).toBe(11);
    for (const [, a] of all) {
      expect(a.Properties.AlarmActions).toEqual([{ Ref: topicId }]);
      expect(a.Properties.OKActions).toEqual([{ Ref: topicId }]);
      expect(a.Properties.AlarmName).toMatch(new RegExp(`^cms-intake-${stage}-`));
      expect(a.Properties.AlarmDescription).toBeTruthy();
    }
  });

  test('the API 5xx rate: over 5% of at least 20 requests in 5 minutes, on this stage', () => {
    const props = alarm('Api5xxRate');
    expect(props).toMatchObject({
      Threshold: 5,
      ComparisonOperator: 'GreaterThanThreshold',
      EvaluationPeriods: 1,
      TreatMissingData: 'notBreaching',
    });
    const expression = props.Metrics.find((m: any) => m.Expression);
    expect(expression.Expression).toBe('IF(requests >= 20, 100 * errors / requests, 0)');
    for (const [id, metricName] of [
      ['errors', '5XXError'],
      ['requests', 'Count'],
    ]) {
      const metric = props.Metrics.find((m: any) => m.Id === id).MetricStat;
      expect(metric.Metric).toEqual({
        Namespace: 'AWS/ApiGateway',
        MetricName: metricName,
        Dimensions: [
          { Name: 'ApiName', Value: `cms-intake-${stage}` },
          // By name: CodeDeploy rolls releases back on this alarm (lib/alarms.ts).
          { Name: 'Stage', Value: API_STAGE_NAME },
        ],
      });
      expect(metric).toMatchObject({ Period: 300, Stat: 'Sum' });
    }
  });

  test.each([
    ['Apply', 'FunctionsApply'],
    ['Casework', 'FunctionsCasework'],
    ['Monitor', 'FunctionsMonitor'],
  ])('%s: errors and throttles, each at the first occurrence', (name, prefix) => {
    const [functionId] = one(template, 'AWS::Lambda::Function', prefix);
    for (const [suffix, metricName] of [
      ['Errors', 'Errors'],
      ['Throttles', 'Throttles'],
    ]) {
      expect(alarm(`${name}${suffix}`)).toMatchObject({
        Namespace: 'AWS/Lambda',
        MetricName: metricName,
        Dimensions: [{ Name: 'FunctionName', Value: { Ref: parameterFor(functionId) } }],
        Statistic: 'Sum',
        Period: 300,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        TreatMissingData: 'notBreaching',
      });
    }
  });

  test('DynamoDB throttles of the table and both indexes, reads and writes', () => {
    const props = alarm('DynamoDbThrottles');
    const [tableId] = one(template, 'AWS::DynamoDB::Table', 'DataTable');
    const metrics = props.Metrics.filter((m: any) => m.MetricStat).map((m: any) => m.MetricStat.Metric);
    expect(metrics).toHaveLength(6);
    const dimension = (m: any, name: string) => m.Dimensions.find((d: any) => d.Name === name)?.Value;
    for (const m of metrics) {
      expect(m.Namespace).toBe('AWS/DynamoDB');
      expect(dimension(m, 'TableName')).toEqual({ Ref: parameterFor(tableId) });
    }
    const seen = metrics.map((m: any) => `${m.MetricName}:${dimension(m, 'GlobalSecondaryIndexName') ?? 'table'}`).sort();
    expect(seen).toEqual([
      'ReadThrottleEvents:gsi1',
      'ReadThrottleEvents:gsi2',
      'ReadThrottleEvents:table',
      'WriteThrottleEvents:gsi1',
      'WriteThrottleEvents:gsi2',
      'WriteThrottleEvents:table',
    ]);
    expect(props.Metrics.find((m: any) => m.Expression).Expression).toBe(
      'r_table + w_table + r_gsi1 + w_gsi1 + r_gsi2 + w_gsi2',
    );
    expect(props).toMatchObject({ Threshold: 1, TreatMissingData: 'notBreaching' });
  });

  test('the threshold for an unclaimed urgent request is the one in urgent-requests.json: 15 minutes', () => {
    expect(URGENT_THRESHOLD_MINUTES).toBe(urgentRequests.unclaimedAlarmMinutes);
    expect(URGENT_THRESHOLD_MINUTES).toBe(15);
  });

  test('an urgent request unclaimed for 15 minutes or more alarms within the minute; silence is not its job', () => {
    const props = alarm('UrgentRequestWaiting');
    expect(props).toMatchObject({
      AlarmName: `cms-intake-${stage}-urgent-request-unclaimed`,
      Namespace: 'CmsIntake',
      MetricName: 'OldestUnclaimedUrgentMinutes',
      Dimensions: [{ Name: 'Stage', Value: stage }],
      Statistic: 'Maximum',
      Period: 60,
      Threshold: urgentRequests.unclaimedAlarmMinutes,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      EvaluationPeriods: 1,
      DatapointsToAlarm: 1,
      TreatMissingData: 'notBreaching',
    });
    expect(props.AlarmDescription).toContain(`${urgentRequests.unclaimedAlarmMinutes} minutes or more`);
  });

  test('the monitor silent for 10 minutes (no data point in two 5-minute periods) alarms', () => {
    expect(alarm('UrgentMonitorSilent')).toMatchObject({
      AlarmName: `cms-intake-${stage}-urgent-monitor-silent`,
      Namespace: 'CmsIntake',
      MetricName: 'OldestUnclaimedUrgentMinutes',
      Dimensions: [{ Name: 'Stage', Value: stage }],
      Statistic: 'SampleCount',
      Period: 300,
      Threshold: 1,
      ComparisonOperator: 'LessThanThreshold',
      EvaluationPeriods: 2,
      DatapointsToAlarm: 2,
      TreatMissingData: 'breaching',
    });
  });

  test('no alarm is on urgent applications any more, and no alarm is high resolution', () => {
    expect(all.map(([id]) => id).filter((id) => id.startsWith('UrgentApplication'))).toEqual([]);
    for (const [, a] of all) {
      const periods = a.Properties.Period !== undefined
        ? [a.Properties.Period]
        : a.Properties.Metrics.filter((m: any) => m.MetricStat).map((m: any) => m.MetricStat.Period);
      for (const period of periods) expect(period).toBeGreaterThanOrEqual(60);
    }
  });

  test('the main template keeps a single KMS key (the table’s); the topic’s is in the nested stack', () => {
    template.resourceCountIs('AWS::KMS::Key', 1);
    alarms.resourceCountIs('AWS::KMS::Key', 1);
  });
});

test('an alarm email address, if given, is subscribed to the topic', () => {
  const { alarms } = synth('prod', { alarmEmail: 'cms-intake-alerts@example.gov.uk' });
  alarms.hasResourceProperties('AWS::SNS::Subscription', {
    Protocol: 'email',
    Endpoint: 'cms-intake-alerts@example.gov.uk',
  });
  synth('prod').alarms.resourceCountIs('AWS::SNS::Subscription', 0);
});
