import * as cdk from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { Construct } from 'constructs';
import { API_STAGE_NAME } from './api';
import { Stage } from './stage';

/** The WAF rules (lib/firewall.ts), by the metric name each reports under. */
export const WAF_RULE_METRICS = [
  'OriginVerify',
  'RatePerViewer',
  'AWSManagedRulesCommonRuleSet',
  'AWSManagedRulesKnownBadInputsRuleSet',
] as const;

export interface DashboardProps {
  readonly stage: Stage;
  /** Every alarm, in the order they should appear: notifying ones first, then the release (rollback) alarms. */
  readonly alarms: cloudwatch.IAlarm[];
  readonly apiName: string;
  readonly webAclName: string;
  readonly distributionId: string;
}

/**
 * One CloudWatch dashboard per stage, `cms-intake-<stage>`: what on-call opens first.
 *
 * 1. Every alarm's state, then each alarm's metric against its threshold.
 * 2. WAF: requests blocked, by rule (and those let through, for scale).
 * 3. Answers: the API's 4xx and 5xx (this region), and CloudFront's 4xx and 5xx error rates. CloudFront publishes
 *    its metrics in us-east-1 only: an alarm in London cannot use them, but a dashboard widget can read them there.
 */
export class Dashboard extends Construct {
  public readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: DashboardProps) {
    super(scope, id);
    const period = cdk.Duration.minutes(5);
    const region = cdk.Stack.of(this).region;

    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      dashboardName: `cms-intake-${props.stage}`,
      defaultInterval: cdk.Duration.hours(24),
    });

    this.dashboard.addWidgets(
      new cloudwatch.TextWidget({
        markdown:
          `# cms-intake ${props.stage}\n` +
          'Alarms notify the SNS topic (`AlarmTopicArn`); `*-live-errors` only roll releases back. ' +
          'What each alarm means and what to do: infra/README.md, "Alarms".',
        width: 24,
        height: 2,
      }),
    );
    this.dashboard.addWidgets(
      new cloudwatch.AlarmStatusWidget({
        title: 'Alarms',
        alarms: props.alarms,
        width: 24,
        height: Math.max(3, Math.ceil(props.alarms.length / 4) + 1),
      }),
    );
    this.dashboard.addWidgets(
      ...props.alarms.map(
        (alarm) =>
          new cloudwatch.AlarmWidget({
            title: cdk.Token.isUnresolved(alarm.alarmName) ? undefined : alarm.alarmName,
            alarm,
            width: 8,
            height: 6,
          }),
      ),
    );

    const waf = (metricName: string, rule: string, label: string) =>
      new cloudwatch.Metric({
        namespace: 'AWS/WAFV2',
        metricName,
        dimensionsMap: { WebACL: props.webAclName, Region: region, Rule: rule },
        statistic: 'Sum',
        period,
        label,
      });
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: 'Firewall: requests blocked, by rule',
        left: WAF_RULE_METRICS.map((rule) => waf('BlockedRequests', rule, rule)),
        right: [waf('AllowedRequests', 'ALL', 'allowed (all rules)')],
        stacked: true,
        width: 12,
        height: 6,
      }),
      new cloudwatch.GraphWidget({
        title: 'Firewall: requests counted, by rule',
        left: WAF_RULE_METRICS.map((rule) => waf('CountedRequests', rule, rule)),
        width: 12,
        height: 6,
      }),
    );

    const api = (metricName: string, label: string) =>
      new cloudwatch.Metric({
        namespace: 'AWS/ApiGateway',
        metricName,
        dimensionsMap: { ApiName: props.apiName, Stage: API_STAGE_NAME },
        statistic: 'Sum',
        period,
        label,
      });
    const edge = (metricName: string, label: string) =>
      new cloudwatch.Metric({
        namespace: 'AWS/CloudFront',
        metricName,
        dimensionsMap: { DistributionId: props.distributionId, Region: 'Global' },
        statistic: 'Average',
        period,
        region: 'us-east-1',
        label,
      });
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: 'API: 4xx and 5xx answers',
        left: [api('4XXError', '4xx'), api('5XXError', '5xx')],
        right: [api('Count', 'requests')],
        width: 12,
        height: 6,
      }),
      new cloudwatch.GraphWidget({
        title: 'CloudFront: 4xx and 5xx error rate (%), all paths',
        left: [edge('4xxErrorRate', '4xx %'), edge('5xxErrorRate', '5xx %')],
        right: [
          new cloudwatch.Metric({
            namespace: 'AWS/CloudFront',
            metricName: 'Requests',
            dimensionsMap: { DistributionId: props.distributionId, Region: 'Global' },
            statistic: 'Sum',
            period,
            region: 'us-east-1',
            label: 'requests',
          }),
        ],
        width: 12,
        height: 6,
      }),
    );
  }
}
