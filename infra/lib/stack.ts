import * as cdk from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { Alarms } from './alarms';
import { Api } from './api';
import { DataTable } from './data-table';
import { Firewall } from './firewall';
import { Front } from './front';
import { ServiceFunctions } from './functions';
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
}

/**
 * The cms-intake stack for one stage, in one region (the region of the deploying credentials):
 *
 * ```
 * browser ─ HTTPS ─ CloudFront (own domain, security headers, logs)
 *                     ├─ /assets/*  → S3 (private, origin access control)
 *                     └─ /*         → WAF (regional) → REST API ─┬─ /casework, /casework/* → casework ─┐
 *                                                                 └─ everything else        → apply    ─┼─ DynamoDB
 * EventBridge, every minute → monitor (metric: OldestUnclaimedUrgentMinutes) ───────────────────────────┘
 * caseworkers sign in with Cognito (hosted UI, MFA) · alarms → SNS (nested stack)
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

  constructor(scope: Construct, id: string, props: CmsIntakeStackProps) {
    super(scope, id, props);
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
      apply: this.functions.apply,
      casework: this.functions.casework,
    });
    this.firewall = new Firewall(this, 'Firewall', {
      stage,
      api: this.api.restApi,
      originVerifyGeneration: props.originVerifyGeneration,
    });
    this.front = new Front(this, 'Front', {
      stage,
      site,
      api: this.api.restApi,
      originVerifyValue: this.firewall.originVerifyValue,
    });
    this.alarms = new Alarms(this, 'Alarms', {
      stage,
      api: this.api.restApi,
      functions: {
        apply: this.functions.apply,
        casework: this.functions.casework,
        monitor: this.functions.monitor,
      },
      table: this.data.table,
      email: props.alarmEmail,
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
