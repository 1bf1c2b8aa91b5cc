import * as cdk from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { Alarms } from './alarms';
import { Api } from './api';
import { SiteCanary } from './canary';
import { Dashboard } from './dashboard';
import { DataTable } from './data-table';
import { Firewall } from './firewall';
import { Front } from './front';
import { ServiceFunctions } from './functions';
import { COST_CENTRE_CONTEXT, Ownership, OWNER_CONTEXT, ownershipTags, parseOwnership } from './ownership';
import { londonOnly } from './region';
import { Releases } from './releases';
import { EXAMPLE_SITE, Site } from './site';
import { Stage } from './stage';
import { StaffSignIn } from './staff-sign-in';

export interface CmsIntakeStackProps extends cdk.StackProps {
  readonly stage: Stage;
  /**
   * The public domain name and its certificate. `bin/app.ts` always passes them (from context, required); the
   * example values are for tests that build the stack directly.
   */
  readonly site?: Site;
  /** An address subscribed to the alarm topic (optional; see infra/README.md). */
  readonly alarmEmail?: string;
  /** The Cognito hosted UI prefix, if `cms-intake-<stage>-<account>` will not do. */
  readonly cognitoDomainPrefix?: string;
  /** Bump to rotate the value CloudFront proves itself to WAF with (infra/README.md, "Rotating"). */
  readonly originVerifyGeneration?: number;
  /** During a rotation: the generation WAF still accepts beside the new one (infra/README.md, "Rotating"). */
  readonly originVerifyPrevious?: number;
  /** The monthly budget in US dollars (default by stage: lib/alarms.ts, MONTHLY_BUDGET_USD). */
  readonly monthlyBudgetUsd?: number;
  /**
   * Who owns the stack and who pays (tags). Default: the context values `cms-intake:owner` and
   * `cms-intake:costCentre` (infra/cdk.json).
   */
  readonly ownership?: Ownership;
}

/**
 * The cms-intake stack for one stage, in London only (a CloudFormation rule refuses any other region):
 *
 * ```
 * browser ─ HTTPS ─ CloudFront (own domain, security headers; edge logs: CmsIntakeEdgeLogs-<stage>, us-east-1)
 *                     ├─ /assets/*  → S3 (private, origin access control)
 *                     └─ /*         → WAF (regional) → REST API ─┬─ /casework, /casework/* → casework ─┐
 *                                                                 └─ everything else        → apply    ─┼─ DynamoDB
 * EventBridge, every minute → monitor (metric: OldestUnclaimedUrgentMinutes) ───────────────────────────┘
 * caseworkers sign in with Cognito (hosted UI, MFA) · alarms, canary alarm and budget → SNS (nested stack)
 * each function: versions behind a `live` alias, moved by CodeDeploy after a smoke test (canary in prod)
 * canary (Synthetics) on the public URLs every 5 minutes · WAF logs · a dashboard
 * ```
 */
export class CmsIntakeStack extends cdk.Stack {
  public readonly data: DataTable;
  public readonly signIn: StaffSignIn;
  public readonly functions: ServiceFunctions;
  public readonly api: Api;
  public readonly firewall: Firewall;
  public readonly front: Front;
  public readonly alarms: Alarms;
  public readonly canary: SiteCanary;
  public readonly releases: Releases;
  public readonly dashboard: Dashboard;
  /** The tags on the stack and on every resource that takes tags. */
  public readonly ownershipTags: Record<string, string>;

  constructor(scope: Construct, id: string, props: CmsIntakeStackProps) {
    const ownership =
      props.ownership ??
      parseOwnership(scope.node.tryGetContext(OWNER_CONTEXT), scope.node.tryGetContext(COST_CENTRE_CONTEXT));
    const tags = ownershipTags(props.stage, ownership);
    // Stack tags are explicit (cdk.json: @aws-cdk/core:explicitStackTags): CloudFormation also copies them onto
    // the resources it creates; Tags.of below writes them into the templates, nested stack included.
    super(scope, id, { ...props, tags: { ...tags, ...props.tags } });
    this.ownershipTags = tags;
    for (const [key, value] of Object.entries(tags)) cdk.Tags.of(this).add(key, value);
    londonOnly(this);

    const { stage } = props;
    const site = props.site ?? EXAMPLE_SITE;
    const publicUrl = `https://${site.domainName}`;

    this.data = new DataTable(this, 'Data', { stage });
    this.signIn = new StaffSignIn(this, 'StaffSignIn', {
      stage,
      publicUrl,
      domainPrefix: props.cognitoDomainPrefix,
    });
    this.functions = new ServiceFunctions(this, 'Functions', {
      stage,
      table: this.data.table,
      tableKey: this.data.key,
      publicUrl,
      signIn: this.signIn.casework,
    });
    this.api = new Api(this, 'Api', {
      stage,
      apply: this.functions.applyLive,
      casework: this.functions.caseworkLive,
    });
    this.firewall = new Firewall(this, 'Firewall', {
      stage,
      api: this.api.restApi,
      originVerifyGeneration: props.originVerifyGeneration,
      originVerifyPrevious: props.originVerifyPrevious,
    });
    this.front = new Front(this, 'Front', {
      stage,
      site,
      api: this.api.restApi,
      originVerifyValue: this.firewall.originVerifyValue,
      webAcl: this.firewall.webAcl,
    });
    this.canary = new SiteCanary(this, 'SiteCanary', { stage, publicUrl, logBucket: this.front.logBucket });
    this.alarms = new Alarms(this, 'Alarms', {
      stage,
      api: this.api.restApi,
      functions: {
        apply: this.functions.apply,
        casework: this.functions.casework,
        monitor: this.functions.monitor,
      },
      table: this.data.table,
      canary: this.canary.canary,
      monitorScheduleArn: this.functions.monitorSchedule.ruleArn,
      monthlyBudgetUsd: props.monthlyBudgetUsd,
      email: props.alarmEmail,
    });
    this.releases = new Releases(this, 'Releases', {
      stage,
      functions: {
        apply: { fn: this.functions.apply, live: this.functions.applyLive },
        casework: { fn: this.functions.casework, live: this.functions.caseworkLive },
        monitor: { fn: this.functions.monitor, live: this.functions.monitorLive },
      },
      api5xxRate: this.alarms.api5xxRate,
      domainName: site.domainName,
    });
    this.dashboard = new Dashboard(this, 'Dashboard', {
      stage,
      alarms: [...this.alarms.alarms, ...this.releases.rollbackAlarms],
      apiName: this.api.restApi.restApiName,
      webAclName: this.firewall.webAcl.name!,
      distributionId: this.front.distribution.distributionId,
    });

    new cdk.CfnOutput(this, 'PublicUrl', {
      description: "The applicant's journey starts here",
      value: `${publicUrl}/`,
    });
    new cdk.CfnOutput(this, 'CaseworkUrl', {
      description: 'Caseworkers sign in here',
      value: `${publicUrl}/casework`,
    });
    new cdk.CfnOutput(this, 'DistributionDomainName', {
      description: `Point ${site.domainName} here (CNAME, or an alias record in Route 53)`,
      value: this.front.distribution.distributionDomainName,
    });
    new cdk.CfnOutput(this, 'DistributionId', {
      description: 'For the edge-logs stack in us-east-1 (-c distributionId=…; make deploy passes it)',
      value: this.front.distribution.distributionId,
    });
    new cdk.CfnOutput(this, 'UserPoolId', {
      description: 'For creating caseworkers (infra/README.md)',
      value: this.signIn.userPool.userPoolId,
    });
    new cdk.CfnOutput(this, 'AlarmTopicArn', {
      description: 'Subscribe the on-call channel to this topic',
      value: this.alarms.topic.topicArn,
    });
  }
}
