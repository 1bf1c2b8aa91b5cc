/**
 * Outside-in monitoring, logs and cost (issue 15), on the synthesised templates: the Synthetics canary and its alarm,
 * the dashboard, WAF's logs, the urgent alarms held back until the monitor's first report, the budget, and the
 * origin-verify rotation that accepts the old and the new value while CloudFront changes over.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { BUDGET_ALERTS_PERCENT, MONTHLY_BUDGET_USD } from '../lib/alarms';
import { CANARY_SCRIPT } from '../lib/canary';
import { WAF_RULE_METRICS } from '../lib/dashboard';
import { FIRST_REPORT_HANDLER } from '../lib/first-report';
import { EXAMPLE_SITE } from '../lib/site';
import { STAGES } from '../lib/stage';
import { synth } from './support/synth';
import { asArray, one, resources, text } from './support/template';

describe.each(STAGES)('monitoring the %s stack', (stage) => {
  const { template, alarms } = synth(stage);
  const [canaryId, canary] = one(template, 'AWS::Synthetics::Canary', 'SiteCanary');
  const [topicId] = one(alarms, 'AWS::SNS::Topic', 'Topic');

  describe('the canary', () => {
    test('visits the public start page and the casework page every 5 minutes, from this (London) stack', () => {
      expect(canary.Properties).toMatchObject({
        Name: `cms-intake-${stage}-site`,
        Schedule: { Expression: 'rate(5 minutes)' },
        StartCanaryAfterCreation: true,
        RunConfig: {
          TimeoutInSeconds: 60,
          EnvironmentVariables: {
            PUBLIC_URL: `https://${EXAMPLE_SITE.domainName}/`,
            CASEWORK_URL: `https://${EXAMPLE_SITE.domainName}/casework`,
          },
        },
      });
      expect(canary.Properties.RuntimeVersion).toMatch(/^syn-nodejs-/);
    });

    test('its script fails unless both answer 200 with a GOV.UK page, and takes no screenshots', () => {
      expect(canary.Properties.Code.Script).toBe(CANARY_SCRIPT);
      expect(() => new vm.Script(CANARY_SCRIPT)).not.toThrow();
      expect(CANARY_SCRIPT).toContain("if (status !== 200) throw new Error(url + ' answered ' + status + ', not 200')");
      expect(CANARY_SCRIPT).toContain("govukPage('start page', process.env.PUBLIC_URL)");
      expect(CANARY_SCRIPT).toContain("govukPage('casework sign-in page', process.env.CASEWORK_URL)");
      expect(CANARY_SCRIPT).toMatch(/screenshotOnStepFailure: false/);
    });

    test('its artifacts go to a private, encrypted bucket of its own that expires them', () => {
      const bucketId = JSON.stringify(canary.Properties.ArtifactS3Location);
      const [artifactsId, artifacts] = one(template, 'AWS::S3::Bucket', 'SiteCanaryArtifacts');
      expect(bucketId).toContain(artifactsId);
      expect(artifacts.Properties.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(artifacts.Properties.LifecycleConfiguration.Rules[0].ExpirationInDays).toBe(stage === 'prod' ? 30 : 14);
    });

    test('two failed runs running (10 minutes) raise site-unreachable, which notifies the topic', () => {
      const [, alarm] = one(alarms, 'AWS::CloudWatch::Alarm', 'SiteUnreachable');
      expect(alarm.Properties).toMatchObject({
        AlarmName: `cms-intake-${stage}-site-unreachable`,
        Namespace: 'CloudWatchSynthetics',
        MetricName: 'SuccessPercent',
        Statistic: 'Average',
        Period: 300,
        Threshold: 100,
        ComparisonOperator: 'LessThanThreshold',
        EvaluationPeriods: 2,
        DatapointsToAlarm: 2,
        AlarmActions: [{ Ref: topicId }],
      });
      expect(alarm.Properties.Dimensions).toEqual([{ Name: 'CanaryName', Value: expect.anything() }]);
      expect(canaryId).toBeTruthy();
    });
  });

  describe('the dashboard', () => {
    const [, dashboard] = one(template, 'AWS::CloudWatch::Dashboard', 'Dashboard');
    // The body is a Fn::Join of strings and references; the references are written as ${...}.
    const body = (dashboard.Properties.DashboardBody['Fn::Join'][1] as unknown[])
      .map((part) => (typeof part === 'string' ? part : JSON.stringify(part)))
      .join('');

    test('is named for the stage and shows every alarm', () => {
      expect(dashboard.Properties.DashboardName).toBe(`cms-intake-${stage}`);
      const alarmCount = resources(alarms, 'AWS::CloudWatch::Alarm').length + 3; // + the three rollback alarms
      expect(body.match(/"type":"alarm"/g)?.length ?? 0).toBeGreaterThanOrEqual(1);
      expect((body.match(/"annotations":\{"alarms"/g) ?? []).length).toBe(alarmCount);
    });

    test('shows WAF blocks by rule, and the API and CloudFront 4xx and 5xx', () => {
      for (const rule of WAF_RULE_METRICS) expect(body).toContain(`"Rule","${rule}"`);
      expect(body).toContain('"AWS/WAFV2","BlockedRequests"');
      expect(body).toContain('"AWS/ApiGateway","4XXError"');
      expect(body).toContain('"AWS/ApiGateway","5XXError"');
      expect(body).toContain('"AWS/CloudFront","4xxErrorRate"');
      expect(body).toContain('"AWS/CloudFront","5xxErrorRate"');
    });
  });

  describe('WAF logs', () => {
    const [, logging] = one(template, 'AWS::WAFv2::LoggingConfiguration', 'FirewallLogging');
    const [groupId, group] = one(template, 'AWS::Logs::LogGroup', 'FirewallLogs');

    test('go to a CloudWatch log group named aws-waf-logs-…, kept 90 days in prod and 14 in dev', () => {
      expect(group.Properties.LogGroupName).toBe(`aws-waf-logs-cms-intake-${stage}`);
      expect(group.Properties.RetentionInDays).toBe(stage === 'prod' ? 90 : 14);
      expect(text(logging.Properties.LogDestinationConfigs[0])).toBe(
        `arn:\${AWS::Partition}:logs:\${AWS::Region}:\${AWS::AccountId}:log-group:\${${groupId}}`,
      );
    });

    test('redact the origin-verify header, cookies, bearer tokens and the query string', () => {
      expect(logging.Properties.RedactedFields).toEqual([
        { SingleHeader: { Name: 'x-origin-verify' } },
        { SingleHeader: { Name: 'cookie' } },
        { SingleHeader: { Name: 'authorization' } },
        { QueryString: {} },
      ]);
    });

    test('keep blocked and counted requests only', () => {
      expect(logging.Properties.LoggingFilter).toEqual({
        DefaultBehavior: 'DROP',
        Filters: [
          {
            Behavior: 'KEEP',
            Requirement: 'MEETS_ANY',
            Conditions: [{ ActionCondition: { Action: 'BLOCK' } }, { ActionCondition: { Action: 'COUNT' } }],
          },
        ],
      });
    });
  });

  describe('a fresh deployment', () => {
    test('creates the urgent alarms only after the monitor has reported (no false alarm before its first run)', () => {
      const [reportId, report] = one(alarms, 'Custom::MonitorFirstReport', 'MonitorFirstReport');
      for (const prefix of ['UrgentRequestWaiting', 'UrgentMonitorSilent']) {
        const [, alarm] = one(alarms, 'AWS::CloudWatch::Alarm', prefix);
        expect(asArray(alarm.DependsOn)).toContain(reportId);
      }
      // It waits for the schedule that runs the monitor (passed in as a parameter of the nested stack).
      expect(JSON.stringify(report.Properties.MonitorSchedule)).toMatch(/Ref/);
      const [, handler] = one(alarms, 'AWS::Lambda::Function', 'MonitorFirstReportHandler');
      expect(handler.Properties.Code.ZipFile).toBe(FIRST_REPORT_HANDLER);
      expect(() => new vm.Script(FIRST_REPORT_HANDLER)).not.toThrow();
      expect(handler.Properties.Environment.Variables).toMatchObject({
        METRIC_NAMESPACE: 'CmsIntake',
        METRIC_NAME: 'OldestUnclaimedUrgentMinutes',
        STAGE: stage,
        WAIT_SECONDS: '720',
      });
      // Only on Create: later deployments do not wait.
      expect(FIRST_REPORT_HANDLER).toContain("if (event.RequestType === 'Create') await waitForFirstReport();");
    });
  });

  describe('the budget', () => {
    test(`alerts the alarm topic at ${BUDGET_ALERTS_PERCENT.join('% and ')}% of the month's actual cost`, () => {
      const [, budget] = one(alarms, 'AWS::Budgets::Budget', 'Budget');
      expect(budget.Properties.Budget).toEqual({
        BudgetName: `cms-intake-${stage}`,
        BudgetType: 'COST',
        TimeUnit: 'MONTHLY',
        BudgetLimit: { Amount: MONTHLY_BUDGET_USD[stage], Unit: 'USD' },
      });
      expect(budget.Properties.NotificationsWithSubscribers).toEqual(
        [80, 100].map((threshold) => ({
          Notification: {
            NotificationType: 'ACTUAL',
            ComparisonOperator: 'GREATER_THAN',
            Threshold: threshold,
            ThresholdType: 'PERCENTAGE',
          },
          Subscribers: [{ SubscriptionType: 'SNS', Address: { Ref: topicId } }],
        })),
      );
    });

    test('AWS Budgets may publish to the topic and use its key, for this account only', () => {
      const [, policy] = one(alarms, 'AWS::SNS::TopicPolicy', 'TopicPolicy');
      const condition = { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } };
      expect(policy.Properties.PolicyDocument.Statement).toContainEqual(
        expect.objectContaining({ Sid: 'BudgetsPublish', Principal: { Service: 'budgets.amazonaws.com' }, Action: 'sns:Publish', Condition: condition }),
      );
      const [, key] = one(alarms, 'AWS::KMS::Key', 'TopicKey');
      expect(key.Properties.KeyPolicy.Statement).toContainEqual(
        expect.objectContaining({ Sid: 'BudgetsPublish', Principal: { Service: 'budgets.amazonaws.com' }, Condition: condition }),
      );
    });
  });
});

test('the stated budget covers the estimated bill (infra/README.md, "Monthly cost") with room for the 80% alert', () => {
  const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8').replace(/\s+/g, ' ');
  const estimate = {
    prod: Number(/bring it to about \*\*\$(\d+)\*\*/.exec(readme)?.[1]),
    dev: Number(/A dev stage costs about \$(\d+) a month idle/.exec(readme)?.[1]),
  };
  for (const stage of ['dev', 'prod'] as const) {
    expect(estimate[stage]).toBeGreaterThan(0);
    expect(estimate[stage]).toBeLessThan((MONTHLY_BUDGET_USD[stage] * Math.min(...BUDGET_ALERTS_PERCENT)) / 100);
  }
  expect(readme).toContain(`The budgets (\`lib/alarms.ts\`) are $${MONTHLY_BUDGET_USD.prod} for prod and $${MONTHLY_BUDGET_USD.dev} for dev`);
  expect(synth('prod', { monthlyBudgetUsd: 90 }).alarms.toJSON().Resources).toBeDefined();
  expect(() => synth('dev', { monthlyBudgetUsd: 0 })).toThrow(/positive number/);
});

describe('rotating the origin-verify value without a 403', () => {
  const webAclRule = (t: ReturnType<typeof synth>['template']) =>
    one(t, 'AWS::WAFv2::WebACL', 'FirewallWebAcl')[1].Properties.Rules.find((r: any) => r.Name === 'OriginVerify');
  const secretRef = (id: string) => `{{resolve:secretsmanager:\${${id}}:SecretString:::}}`;
  const searchStrings = (rule: any): string[] => {
    const inner = rule.Statement.NotStatement.Statement;
    const matches = inner.OrStatement ? inner.OrStatement.Statements : [inner];
    return matches.map((m: any) => text(m.ByteMatchStatement.SearchString));
  };
  const origin = (t: ReturnType<typeof synth>['template']) =>
    one(t, 'AWS::CloudFront::Distribution', 'FrontDistribution')[1].Properties.DistributionConfig.Origins.flatMap(
      (o: any) => (o.OriginCustomHeaders ?? []).filter((h: any) => h.HeaderName === 'x-origin-verify').map((h: any) => text(h.HeaderValue)),
    );

  test('step 1 (generation 2, previous 1): WAF accepts both values, CloudFront sends the new one, updated after WAF', () => {
    const { template } = synth('prod', { originVerifyGeneration: 2, originVerifyPrevious: 1 });
    const secrets = resources(template, 'AWS::SecretsManager::Secret').map(([id]) => id);
    const first = secrets.find((id) => /^FirewallOriginVerify[0-9A-F]{8}$/.test(id))!;
    const second = secrets.find((id) => id.startsWith('FirewallOriginVerify2'))!;
    expect(secrets).toHaveLength(2);
    expect(searchStrings(webAclRule(template))).toEqual([secretRef(second), secretRef(first)]);
    expect(origin(template)).toEqual([secretRef(second)]);
    const [webAclId] = one(template, 'AWS::WAFv2::WebACL', 'FirewallWebAcl');
    expect(asArray(one(template, 'AWS::CloudFront::Distribution', 'FrontDistribution')[1].DependsOn)).toContain(webAclId);
  });

  test('step 2 (generation 2 alone): only the new value is accepted, and the old secret is deleted', () => {
    const { template } = synth('prod', { originVerifyGeneration: 2 });
    const secrets = resources(template, 'AWS::SecretsManager::Secret').map(([id]) => id);
    expect(secrets).toHaveLength(1);
    expect(secrets[0]).toMatch(/^FirewallOriginVerify2/);
    expect(searchStrings(webAclRule(template))).toEqual([secretRef(secrets[0])]);
    expect(origin(template)).toEqual([secretRef(secrets[0])]);
  });

  test('a previous generation must be an earlier one', () => {
    expect(() => synth('dev', { originVerifyGeneration: 2, originVerifyPrevious: 2 })).toThrow(/earlier generation/);
    expect(() => synth('dev', { originVerifyPrevious: 1 })).toThrow(/earlier generation/);
  });
});
