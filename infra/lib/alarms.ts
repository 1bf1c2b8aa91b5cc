import * as cdk from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as budgets from 'aws-cdk-lib/aws-budgets';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import * as synthetics from 'aws-cdk-lib/aws-synthetics';
import { Construct } from 'constructs';
import urgentRequests from '../urgent-requests.json';
import { API_STAGE_NAME } from './api';
import { CANARY_EVERY } from './canary';
import { acknowledgeNag } from './compliance';
import { MonitorFirstReport } from './first-report';
import { Stage } from './stage';

/** The monitor function's metric (functions/monitor/src/lib.rs). */
export const URGENT_METRIC = { namespace: 'CmsIntake', metricName: 'OldestUnclaimedUrgentMinutes' } as const;
/**
 * An urgent request (to call the police or call the applicant back) left unclaimed this many minutes raises an
 * alarm. The one source is `infra/urgent-requests.json`, exported from Rust (a Rust test keeps it equal).
 */
export const URGENT_THRESHOLD_MINUTES: number = urgentRequests.unclaimedAlarmMinutes;
/** The share of API requests answered 5xx, in per cent, above which someone must look. */
export const API_5XX_THRESHOLD_PERCENT = 5;
/**
 * The monthly AWS bill, in US dollars, whose 80% and 100% alert the topic. Each stage is an account of its own
 * (infra/README.md), so the budget covers the account. Above the estimate in infra/README.md ("Monthly cost"):
 * prod about $51 at 10,000 applications a month (with case management's two feed clients), dev about $28 idle.
 */
export const MONTHLY_BUDGET_USD: Record<Stage, number> = { dev: 40, prod: 75 };
/** The shares of the budget at which the topic hears of it. */
export const BUDGET_ALERTS_PERCENT = [80, 100] as const;
export interface AlarmsProps extends cdk.NestedStackProps {
  readonly stage: Stage;
  readonly api: apigw.RestApi;
  readonly functions: Record<'apply' | 'casework' | 'monitor', lambda.IFunction>;
  readonly table: dynamodb.Table;
  /** The site canary (lib/canary.ts): its runs failing is the `site-unreachable` alarm. */
  readonly canary: synthetics.Canary;
  /** The rule that runs the monitor: on first deployment, the urgent alarms wait for its first report. */
  readonly monitorScheduleArn: string;
  /** The monthly budget in US dollars (default {@link MONTHLY_BUDGET_USD} for the stage). */
  readonly monthlyBudgetUsd?: number;
  /** Subscribed by email to the topic if given (it must confirm the subscription). */
  readonly email?: string;
}

/**
 * What wakes someone up, and where it goes: CloudWatch alarms to one encrypted SNS topic (subscribe email, chat or
 * paging to it; `-c alarmEmail=` subscribes an address).
 *
 * A nested stack of its own: the alarms are the operations concern, with their own KMS key for the topic
 * (CloudWatch cannot publish to a topic under the AWS managed SNS key, whose policy cannot be changed:
 * https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html#compatibility-with-aws-services). It also keeps
 * the data table's key the only key of the main template, as `test/table-parity.test.ts` expects.
 *
 * Periods are 5 minutes, except the urgent queue's. Missing data is "not breaching" wherever silence means "nothing
 * happened" (no requests, no errors, no throttles: those metrics only have data when something happens).
 *
 * The urgent queue has two alarms on the monitor's metric, which it writes every minute (0 when nothing waits):
 * `UrgentRequestWaiting` looks at each 1-minute period's Maximum, so a request unclaimed for
 * `URGENT_THRESHOLD_MINUTES` alarms within about a minute; its missing data is "not breaching", because silence is
 * the job of `UrgentMonitorSilent`, which counts the data points (SampleCount) in 5-minute periods and alarms,
 * missing data "breaching", after two periods without one: ten minutes in which nobody is watching the queue must
 * alarm as loudly as a long wait.
 */
export class Alarms extends cdk.NestedStack {
  public readonly topic: sns.Topic;
  public readonly alarms: cloudwatch.Alarm[] = [];
  /** The API's 5xx rate: CodeDeploy also rolls a release of apply or casework back on it (lib/releases.ts). */
  public readonly api5xxRate: cloudwatch.Alarm;
  public readonly budget: budgets.CfnBudget;

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id, props);
    const period = cdk.Duration.minutes(5);

    const key = new kms.Key(this, 'TopicKey', {
      description: `cms-intake ${props.stage}: encrypts the alarm notifications topic`,
      enableKeyRotation: true,
      removalPolicy: cdk.RemovalPolicy.DESTROY,
    });
    // CloudWatch publishes alarm notifications to the encrypted topic, so it must be able to use the key.
    // https://repost.aws/knowledge-center/cloudwatch-receive-sns-for-alarm-trigger
    key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'CloudWatchAlarmsPublish',
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
      }),
    );
    // AWS Budgets publishes its alerts to the same topic (below), so it too may use the key, for this account only.
    const thisAccount = { StringEquals: { 'aws:SourceAccount': cdk.Aws.ACCOUNT_ID } };
    key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'BudgetsPublish',
        principals: [new iam.ServicePrincipal('budgets.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: thisAccount,
      }),
    );
    this.topic = new sns.Topic(this, 'Topic', {
      displayName: `cms-intake ${props.stage} alarms`,
      masterKey: key,
      enforceSSL: true,
    });
    this.topic.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'BudgetsPublish',
        principals: [new iam.ServicePrincipal('budgets.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions: thisAccount,
      }),
    );
    if (props.email) {
      const subscription = new subscriptions.EmailSubscription(props.email);
      this.topic.addSubscription(subscription);
      acknowledgeNag(this.topic, {
        id: 'Serverless-SNSRedrivePolicy',
        reason:
          'An email subscription: SNS retries delivery to email on its own, and a dead-letter queue of undelivered ' +
          'alarm emails would be read by nobody; the alarms stay visible in CloudWatch and on the dashboard.',
      });
    }
    const notify = new actions.SnsAction(this.topic);
    const add = (id: string, alarmProps: cloudwatch.AlarmProps) => {
      const alarm = new cloudwatch.Alarm(this, id, alarmProps);
      alarm.addAlarmAction(notify);
      alarm.addOkAction(notify);
      this.alarms.push(alarm);
      return alarm;
    };
    const name = (what: string) => `cms-intake-${props.stage}-${what}`;

    // ---- The front door: the share of requests answered 5xx -----------------------------------------------------
    // API Gateway's metrics, in this region; CloudFront's would be in us-east-1 only, where an alarm here cannot
    // see them, and every 5xx of a page comes from here (assets are static). Fewer than 20 requests in 5 minutes
    // do not count: one error in two requests at night is not a 50% outage.
    const apiMetric = (metricName: string) =>
      new cloudwatch.Metric({
        namespace: 'AWS/ApiGateway',
        metricName,
        // By name (the stage's name is a constant), not by reference to the stage: CodeDeploy rolls releases back on
        // this alarm, and the API's methods point at the aliases those releases move, so a reference to the stage
        // would make the alarm depend on what depends on it.
        dimensionsMap: { ApiName: props.api.restApiName, Stage: API_STAGE_NAME },
        statistic: 'Sum',
        period,
      });
    this.api5xxRate = add('Api5xxRate', {
      alarmName: name('api-5xx-rate'),
      alarmDescription:
        `More than ${API_5XX_THRESHOLD_PERCENT}% of requests to the API were answered with a 5xx in 5 minutes ` +
        '(at least 20 requests): pages are failing for applicants or caseworkers.',
      metric: new cloudwatch.MathExpression({
        expression: 'IF(requests >= 20, 100 * errors / requests, 0)',
        usingMetrics: { errors: apiMetric('5XXError'), requests: apiMetric('Count') },
        period,
        label: '5xx per cent',
      }),
      threshold: API_5XX_THRESHOLD_PERCENT,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });

    // ---- Each function: errors and throttles -------------------------------------------------------------------
    for (const [fnName, fn] of Object.entries(props.functions)) {
      add(`${capitalise(fnName)}Errors`, {
        alarmName: name(`${fnName}-errors`),
        alarmDescription: `The ${fnName} function failed (crashed, timed out or returned an error) in 5 minutes.`,
        metric: fn.metricErrors({ period, statistic: 'Sum' }),
        threshold: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
      add(`${capitalise(fnName)}Throttles`, {
        alarmName: name(`${fnName}-throttles`),
        alarmDescription: `Lambda refused to run the ${fnName} function (concurrency exhausted) in 5 minutes.`,
        metric: fn.metricThrottles({ period, statistic: 'Sum' }),
        threshold: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
    }

    // ---- DynamoDB throttles: the table and both indexes, reads and writes ---------------------------------------
    // On-demand tables still throttle past their partition or account limits; a throttled GSI also throttles the
    // table's writes. https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/metrics-dimensions.html
    const throttles: Record<string, cloudwatch.IMetric> = {};
    for (const [index, suffix] of [[undefined, 'table'], ['gsi1', 'gsi1'], ['gsi2', 'gsi2']] as const) {
      for (const metricName of ['ReadThrottleEvents', 'WriteThrottleEvents']) {
        throttles[`${metricName === 'ReadThrottleEvents' ? 'r' : 'w'}_${suffix}`] = new cloudwatch.Metric({
          namespace: 'AWS/DynamoDB',
          metricName,
          dimensionsMap: {
            TableName: props.table.tableName,
            ...(index ? { GlobalSecondaryIndexName: index } : {}),
          },
          statistic: 'Sum',
          period,
        });
      }
    }
    add('DynamoDbThrottles', {
      alarmName: name('dynamodb-throttles'),
      alarmDescription: 'DynamoDB throttled reads or writes of the table or its indexes in 5 minutes.',
      metric: new cloudwatch.MathExpression({
        expression: Object.keys(throttles).join(' + '),
        usingMetrics: throttles,
        period,
        label: 'Throttle events',
      }),
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });

    // ---- Urgent requests left waiting, and the monitor that watches them ---------------------------------------
    // The monitor runs every minute and writes the age of the oldest unclaimed urgent request (0 when none waits).
    // A 1-minute period is standard resolution (60 s), not high resolution (10 or 30 s).
    const urgentMetric = (statistic: string, metricPeriod: cdk.Duration) =>
      new cloudwatch.Metric({
        ...URGENT_METRIC,
        dimensionsMap: { Stage: props.stage },
        statistic,
        period: metricPeriod,
      });
    // Fires in the first minute whose value reaches the threshold. Missing data is not breaching: a monitor that
    // stops reporting is the next alarm's concern, so each cause has one alarm that names it.
    const urgentWaiting = add('UrgentRequestWaiting', {
      alarmName: name('urgent-request-unclaimed'),
      alarmDescription:
        'A request to call the police or call back has waited ' +
        `${URGENT_THRESHOLD_MINUTES} minutes or more without a caseworker claiming it.`,
      metric: urgentMetric('Maximum', cdk.Duration.minutes(1)),
      threshold: URGENT_THRESHOLD_MINUTES,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      datapointsToAlarm: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    // No data point in two 5-minute periods running (missing data counts as breaching): one late or failed run
    // does not wake anyone, ten minutes of silence does.
    const monitorSilent = add('UrgentMonitorSilent', {
      alarmName: name('urgent-monitor-silent'),
      alarmDescription:
        'The monitor has not reported OldestUnclaimedUrgentMinutes for 10 minutes: nobody is watching the urgent ' +
        'queue (requests to call the police or call back), so a request left unclaimed would not alarm.',
      metric: urgentMetric('SampleCount', cdk.Duration.minutes(5)),
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
      evaluationPeriods: 2,
      datapointsToAlarm: 2,
      treatMissingData: cloudwatch.TreatMissingData.BREACHING,
    });
    // A fresh deployment must not alarm before the monitor has run: both urgent alarms are created only once the
    // metric has its first data point (lib/first-report.ts). Otherwise the silent-monitor alarm, created beside a
    // monitor that has not run yet, would see ten minutes without data and fire at once.
    const firstReport = new MonitorFirstReport(this, 'MonitorFirstReport', {
      stage: props.stage,
      namespace: URGENT_METRIC.namespace,
      metricName: URGENT_METRIC.metricName,
      monitorScheduleArn: props.monitorScheduleArn,
    });
    for (const alarm of [urgentWaiting, monitorSilent]) alarm.node.addDependency(firstReport.resource);

    // ---- The site from outside: the canary (lib/canary.ts) ------------------------------------------------------
    // Each run visits the start page and the casework page and fails unless both answer 200 with a GOV.UK page.
    // Two failed runs in a row (10 minutes) alarm: a broken certificate, DNS record or origin-verify header shows
    // here (a 403 is not a 5xx, so the API's alarm never sees it), and so does a WAF rule that blocks everyone.
    // Missing data is not breaching: the canary runs on its own schedule, and stopping it is a deliberate act.
    add('SiteUnreachable', {
      alarmName: name('site-unreachable'),
      alarmDescription:
        'The canary could not load the start page or the casework sign-in page (200, GOV.UK) on the public URL ' +
        'twice running: applicants or caseworkers cannot reach the service (DNS, certificate, CloudFront, WAF, API).',
      metric: props.canary.metricSuccessPercent({ period: CANARY_EVERY, statistic: 'Average' }),
      threshold: 100,
      comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
      evaluationPeriods: 2,
      datapointsToAlarm: 2,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });

    // ---- Cost: a monthly budget for the account, alerting the topic at 80% and 100% ----------------------------
    const limit = props.monthlyBudgetUsd ?? MONTHLY_BUDGET_USD[props.stage];
    if (!(limit > 0)) throw new Error(`monthlyBudgetUsd must be a positive number of US dollars (got ${limit})`);
    this.budget = new budgets.CfnBudget(this, 'Budget', {
      budget: {
        budgetName: `cms-intake-${props.stage}`,
        budgetType: 'COST',
        timeUnit: 'MONTHLY',
        budgetLimit: { amount: limit, unit: 'USD' },
      },
      notificationsWithSubscribers: BUDGET_ALERTS_PERCENT.map((threshold) => ({
        notification: {
          notificationType: 'ACTUAL',
          comparisonOperator: 'GREATER_THAN',
          threshold,
          thresholdType: 'PERCENTAGE',
        },
        subscribers: [{ subscriptionType: 'SNS', address: this.topic.topicArn }],
      })),
    });
  }
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
