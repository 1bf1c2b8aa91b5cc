import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { RustFunction } from 'cargo-lambda-cdk';
import { Construct } from 'constructs';
import { acknowledgeNag, skipCfnLint, skipCheckov } from './compliance';
import { HANDOVER_FEED, Team } from './staff-sign-in';
import { Stage } from './stage';

/** The Rust workspace: one manifest, one target directory, every function built from it by binary name. */
export const WORKSPACE_MANIFEST = path.join(__dirname, '..', '..', 'Cargo.toml');

/** What the casework function needs to know about the caseworkers' identity provider (Cognito). */
export interface CaseworkSignIn {
  /** `https://cognito-idp.<region>.amazonaws.com/<userPoolId>`: the `iss` of the pool's ID tokens. */
  readonly issuer: string;
  /** The public app client (no secret: the authorization code flow is protected by PKCE). */
  readonly clientId: string;
  /** The hosted UI's origin, `https://<prefix>.auth.<region>.amazoncognito.com`. */
  readonly signInOrigin: string;
  /** Cognito's logout endpoint (its discovery document names none): `<signInOrigin>/logout`. */
  readonly logoutUrl: string;
  /** Each team's destination of the handover feed: its app client's id (an id, not a secret). */
  readonly handoverClientIds: Record<Team, string>;
}

export interface ServiceFunctionsProps {
  readonly stage: Stage;
  readonly table: dynamodb.Table;
  readonly tableKey: kms.IKey;
  /** `https://<domainName>`: where caseworkers reach the service (callback and sign-out URLs hang off it). */
  readonly publicUrl: string;
  readonly signIn: CaseworkSignIn;
}

/** The alias every caller uses (the API, the schedule): CodeDeploy moves it from one version to the next. */
export const LIVE_ALIAS = 'live';

/** The GSIs by name, as the Rust table definition (`functions/intake/src/table.rs`) names them. */
const QUEUE_INDEX = 'gsi1';
const CASEWORKER_INDEX = 'gsi2';
const HANDOVER_INDEX = 'gsi3';
/** The one attribute the monitor's query asks for (the Rust store's `URGENT_PROJECTION`). */
const URGENT_PROJECTION = 'submitted_at';

/**
 * The three Rust functions, each with a role of its own that grants exactly the DynamoDB access its code uses,
 * and a log group of its own with a retention period.
 *
 * Need to know, in IAM (docs/design.md, "Safety and security model"): only `casework` can read applications, urgent
 * requests and disclosures by key at all. `apply` can read and write only its session's items (`DRAFT#<hash of the
 * session id>`: the draft and the receipt) and can create an application or an urgent request only inside a
 * transaction, write-only: it can never read one back, by key, query or index. `monitor` can only query the queue
 * index (gsi1, which holds no disclosure; infra/README.md says how its view of the queued items could be narrowed
 * further).
 */
export class ServiceFunctions extends Construct {
  public readonly apply: lambda.Function;
  public readonly casework: lambda.Function;
  public readonly monitor: lambda.Function;
  /**
   * Each function's `live` alias, on the version this deployment published. The REST API and the schedule call
   * these, never `$LATEST`, so a new version takes traffic only when CodeDeploy shifts the alias (lib/releases.ts).
   */
  public readonly applyLive: lambda.Alias;
  public readonly caseworkLive: lambda.Alias;
  public readonly monitorLive: lambda.Alias;
  /** The rule that runs the monitor every minute. */
  public readonly monitorSchedule: events.Rule;

  constructor(scope: Construct, id: string, props: ServiceFunctionsProps) {
    super(scope, id);
    const { stage, table } = props;
    const stack = cdk.Stack.of(this);

    // ---- apply: the applicant's journey ------------------------------------------------------------------
    this.apply = this.rustFunction('Apply', {
      stage,
      binary: 'apply',
      description: `cms-intake ${stage}: the applicant's journey (public)`,
      timeout: cdk.Duration.seconds(10),
      environment: { TABLE_NAME: table.tableName, ...BEHIND_REST_API },
    });
    const applyRole = this.apply.role!;
    // Its session's items: the draft (GetItem, PutItem, DeleteItem on Exit this page, UpdateItem) and the receipt
    // left by sending. A session id is random and only ever in the applicant's own cookie; the key is its SHA-256.
    applyRole.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'OwnSessionItems',
        actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
        resources: [table.tableArn],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['DRAFT#*'] } },
      }),
    );
    // Sending: one TransactWriteItems puts the application and its disclosure (`APP#<ref>`, each only if new),
    // deletes the draft and puts the receipt (both `DRAFT#`, allowed above). Sending an urgent request (to call the
    // police or call back) is also one TransactWriteItems: it puts the request (`APP#<ref>` / `REQUEST`, only if
    // new: `attribute_not_exists(pk)`) with a put of the draft (`DRAFT#`). There is no IAM action for the
    // transaction itself: each item is authorised as its own PutItem, DeleteItem, UpdateItem or
    // ConditionCheckItem, and `dynamodb:EnclosingOperation` says whether it came in a transaction
    // (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/transaction-apis-iam.html).
    // So on `APP#` (applications, disclosures and urgent requests alike) apply may put and condition-check, and
    // only inside TransactWriteItems: never a standalone PutItem (whose ReturnValues=ALL_OLD would hand back the
    // item it overwrote), never GetItem, Query, Scan, UpdateItem or DeleteItem, and no index. This statement covers
    // the urgent request as it is: apply can put a request but never read one back.
    applyRole.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'CreateApplicationsWriteOnly',
        actions: ['dynamodb:PutItem', 'dynamodb:ConditionCheckItem'],
        resources: [table.tableArn],
        conditions: {
          'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['APP#*'] },
          'ForAnyValue:StringEquals': { 'dynamodb:EnclosingOperation': ['TransactWriteItems'] },
        },
      }),
    );
    grantTableKey(applyRole, props.tableKey, stack, ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey']);

    // ---- casework: the caseworkers' pages ----------------------------------------------------------------
    this.casework = this.rustFunction('Casework', {
      stage,
      binary: 'casework',
      description: `cms-intake ${stage}: casework (caseworkers signed in with Cognito)`,
      timeout: cdk.Duration.seconds(10),
      environment: {
        TABLE_NAME: table.tableName,
        OIDC_ISSUER: props.signIn.issuer,
        OIDC_CLIENT_ID: props.signIn.clientId,
        // No OIDC_CLIENT_SECRET: the app client is public; the code exchange is bound to the sign-in by PKCE.
        OIDC_SIGN_IN_ORIGIN: props.signIn.signInOrigin,
        OIDC_LOGOUT_URL: props.signIn.logoutUrl,
        CASEWORK_BASE_URL: props.publicUrl,
        // Which app client is which team's destination of the handover feed (casework::feed::Destinations).
        ...Object.fromEntries(
          (Object.entries(HANDOVER_FEED.clientIdVariables) as [Team, string][]).map(([team, variable]) => [
            variable,
            props.signIn.handoverClientIds[team],
          ]),
        ),
        ...BEHIND_REST_API,
      },
    });
    const caseworkRole = this.casework.role!;
    // Applications, urgent requests and disclosures (requests and disclosures for the domestic-abuse team only,
    // which the code checks on every route), the audit trail (Query of its own partition, `AUDIT#<ref>`), claims,
    // releases, status changes and a request's outcome (conditional updates in a transaction with an audit Put:
    // UpdateItem, PutItem, ConditionCheckItem; a claim also keeps an urgent request dealt with before its
    // application came, an UpdateItem of `APP#<ref>` / `REQUEST`), staff sign-ins and sessions (PutItem, GetItem,
    // DeleteItem; each session's checks with the identity provider, conditional UpdateItems of `STAFF#`). Handing
    // over puts the records (PutItem in the status change's transaction); acknowledging one (with its audit Put), and
    // withdrawing, are conditional updates (UpdateItem, ConditionCheckItem, in a transaction) of the application's
    // items. Erasure is
    // one transaction deleting `APP#<ref>`'s application, disclosure, urgent request and handover records, with an
    // audit Put (DeleteItem). No Scan, no batch operations, no PartiQL, no table management.
    caseworkRole.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'Casework',
        actions: [
          'dynamodb:GetItem',
          'dynamodb:Query',
          'dynamodb:PutItem',
          'dynamodb:UpdateItem',
          'dynamodb:DeleteItem',
          'dynamodb:ConditionCheckItem',
        ],
        resources: [table.tableArn],
      }),
    );
    // The audit trail outlives what it is about (docs/design.md, "Audit outlives the data"): casework adds entries
    // (PutItem, only if new, which the code's condition ensures) and reads them, but can never change or delete one,
    // in a transaction or not; the table's TTL deletes each at its own `expires_at`, which needs no role. An explicit
    // deny wins over the grant above
    // (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html); `ForAnyValue`,
    // so a request that touches any AUDIT# item is refused
    // (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/specifying-conditions.html).
    caseworkRole.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'AuditTrailAppendOnly',
        effect: iam.Effect.DENY,
        actions: ['dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
        resources: [table.tableArn],
        conditions: { 'ForAnyValue:StringLike': { 'dynamodb:LeadingKeys': ['AUDIT#*'] } },
      }),
    );
    // The team queues and a caseworker's claimed applications.
    caseworkRole.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'QueuesAndClaims',
        actions: ['dynamodb:Query'],
        resources: [indexArn(table, QUEUE_INDEX), indexArn(table, CASEWORKER_INDEX)],
      }),
    );
    // The handover feed: each destination's records handed over and not yet acknowledged.
    caseworkRole.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'HandoverFeed',
        actions: ['dynamodb:Query'],
        resources: [indexArn(table, HANDOVER_INDEX)],
      }),
    );
    grantTableKey(caseworkRole, props.tableKey, stack, ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey']);

    // ---- monitor: how long urgent requests wait --------------------------------------------------------------
    this.monitor = this.rustFunction('Monitor', {
      stage,
      binary: 'monitor',
      description: `cms-intake ${stage}: publishes OldestUnclaimedUrgentMinutes every minute`,
      timeout: cdk.Duration.seconds(30),
      // STAGE is the metric's dimension, so each stage's alarm watches its own queue.
      environment: { TABLE_NAME: table.tableName, STAGE: stage },
    });
    const monitorRole = this.monitor.role!;
    monitorRole.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'QueueIndexOnly',
        actions: ['dynamodb:Query'],
        resources: [indexArn(table, QUEUE_INDEX)],
        // The index projects whole items; the monitor needs only when the oldest unclaimed urgent request was
        // sent (`URGENT_PROJECTION` in functions/intake/src/store/casework.rs), so its queries may ask for nothing
        // else (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/specifying-conditions.html).
        conditions: {
          'ForAllValues:StringEquals': { 'dynamodb:Attributes': [URGENT_PROJECTION] },
          StringEquals: { 'dynamodb:Select': 'SPECIFIC_ATTRIBUTES' },
        },
      }),
    );
    grantTableKey(monitorRole, props.tableKey, stack, ['kms:Decrypt']);

    // ---- Versions and the live alias ---------------------------------------------------------------------------
    // Each deployment publishes a version of every function whose code or configuration changed (`currentVersion`
    // hashes both); old versions are kept, so CodeDeploy can shift back to the one before.
    this.applyLive = this.live(this.apply);
    this.caseworkLive = this.live(this.casework);
    this.monitorLive = this.live(this.monitor);
    // Scheduled runs are asynchronous invocations: no retries (the next run is a minute away) and none kept waiting
    // longer than a minute, when its figure would be stale.
    this.monitorLive.configureAsyncInvoke({ retryAttempts: 0, maxEventAge: cdk.Duration.minutes(1) });
    acknowledgeNag(this.monitorLive.node.findChild('EventInvokeConfig'), {
      id: 'Serverless-LambdaAsyncFailureDestination',
      reason:
        'No failure destination: a scheduled run has no input worth keeping, the next run a minute later replaces ' +
        "it, and the monitor's Errors alarm and the silent-monitor alarm report failures.",
    });

    // Every minute: an urgent request must alarm when it has waited URGENT_THRESHOLD_MINUTES (lib/alarms.ts), so
    // the metric needs a value each minute. The metric goes out as an Embedded Metric Format log line, so the
    // function needs no cloudwatch:PutMetricData (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format.html).
    // No retries: a missed run is replaced by the next one a minute later, and the silent-monitor alarm fires
    // when no value arrives for ten minutes (lib/alarms.ts).
    const schedule = new events.Rule(this, 'MonitorSchedule', {
      description: `cms-intake ${stage}: runs the monitor function`,
      schedule: events.Schedule.rate(cdk.Duration.minutes(1)),
    });
    schedule.addTarget(new targets.LambdaFunction(this.monitorLive, { retryAttempts: 0 }));
    this.monitorSchedule = schedule;
    const noReplay =
      'No dead-letter queue for the schedule: a missed run has nothing worth replaying (it has no input), the next ' +
      "run a minute later replaces it, and the monitor's Errors alarm and the silent-monitor alarm report failures.";
    acknowledgeNag(schedule, { id: 'Serverless-EventBusDLQ', reason: noReplay });
    skipCfnLint(schedule, { id: 'ES4000', reason: noReplay });
    // The permission the target adds for EventBridge (an asynchronous invoker): the alias's EventInvokeConfig (above)
    // turns retries off, and has no failure destination for the same reason.
    const schedulePermission = schedule.node.findAll().find((c) => c instanceof lambda.CfnPermission);
    if (!schedulePermission) throw new Error("The schedule's Lambda permission was not found; has CDK changed?");
    skipCfnLint(schedulePermission, { id: 'ES1007', reason: noReplay });

    // The monitor is invoked asynchronously (EventBridge); the others synchronously by API Gateway, where a
    // dead-letter queue has nothing to catch.
    skipCheckov(this.monitor, {
      id: 'CKV_AWS_116',
      reason:
        'Scheduled every minute with no input: a failed run has nothing worth replaying, the next run ' +
        'replaces it, and its Errors alarm and the silent-monitor alarm on its metric report failures.',
    });
    for (const fn of [this.apply, this.casework]) {
      skipCheckov(fn, {
        id: 'CKV_AWS_116',
        reason: 'Invoked synchronously by API Gateway only: the caller gets the error; a DLQ would never be used.',
      });
    }
  }

  /** The function's `live` alias on the version this deployment published. */
  private live(fn: lambda.Function): lambda.Alias {
    return new lambda.Alias(this, `${fn.node.id}Live`, {
      aliasName: LIVE_ALIAS,
      version: fn.currentVersion,
      description: 'What callers use; CodeDeploy moves it to each new version (lib/releases.ts)',
    });
  }

  /** A Rust binary of the workspace as an arm64 function on provided.al2023, 128 MB, with its own role and logs. */
  private rustFunction(
    id: string,
    options: {
      stage: Stage;
      binary: string;
      description: string;
      timeout: cdk.Duration;
      environment: Record<string, string>;
    },
  ): lambda.Function {
    const isProd = options.stage === 'prod';

    // Retention: 90 days in prod, long enough to investigate an incident or a complaint reported weeks later and
    // to compare a month with the one before; 14 days in dev, which is for trying things out. The logs never
    // hold an answer, a name or a disclosure (web::logging; tests/http/safety.rs proves it), so the retention is
    // about operations, not about personal data. Prod's are kept if the stack is deleted.
    // https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention
    const logGroup = new logs.LogGroup(this, `${id}Logs`, {
      retention: isProd ? logs.RetentionDays.THREE_MONTHS : logs.RetentionDays.TWO_WEEKS,
      removalPolicy: isProd ? cdk.RemovalPolicy.RETAIN : cdk.RemovalPolicy.DESTROY,
    });
    skipCheckov(logGroup, {
      id: 'CKV_AWS_158',
      reason:
        'CloudWatch Logs encrypts every log group at rest already; a KMS key of our own would add a key policy ' +
        'to keep right for no gain, as these logs hold no personal data (web::logging, tests/http/safety.rs).',
    });

    // A role of its own with nothing but its log group; the DynamoDB statements are added per function. No AWS
    // managed policy (AWSLambdaBasicExecutionRole would allow writing to any log group).
    const role = new iam.Role(this, `${id}Role`, {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `cms-intake ${options.stage}: the ${options.binary} function`,
    });
    logGroup.grantWrite(role);

    const fn = new RustFunction(this, id, {
      manifestPath: WORKSPACE_MANIFEST,
      binaryName: options.binary,
      // Graviton: cheaper per GB-second than x86 and as fast for this work
      // (https://docs.aws.amazon.com/lambda/latest/dg/foundation-arch.html).
      architecture: lambda.Architecture.ARM_64,
      bundling: { architecture: lambda.Architecture.ARM_64 },
      runtime: 'provided.al2023',
      // 128 MB: the functions use well under 32 MB (docs/design.md's target) and spend their time waiting on DynamoDB.
      memorySize: 128,
      timeout: options.timeout,
      description: options.description,
      role,
      logGroup,
      environment: options.environment,
      // X-Ray is off. The Rust functions do not instrument their AWS SDK calls for X-Ray, so a trace would show
      // only Lambda's own init and invocation spans, which the REPORT log line and the Duration metric give
      // already; tracing would add a `Resource: *` permission and a per-trace cost for no new insight. Requests are
      // followed instead through the structured logs (request id, route, status, latency).
      tracing: lambda.Tracing.DISABLED,
    });

    acknowledgeNag(
      fn,
      {
        id: 'Serverless-LambdaDLQ',
        reason:
          'apply and casework are invoked synchronously by API Gateway (the caller gets the error); the monitor ' +
          'runs every minute with no input, so a failed run has nothing worth replaying (see CKV_AWS_116).',
      },
      {
        id: 'Serverless-LambdaTracing',
        reason:
          'X-Ray is off service-wide: the Rust functions emit no X-Ray segments, so a trace would repeat the REPORT ' +
          'line and Duration metric at a cost (see the tracing setting above).',
      },
    );
    skipCfnLint(
      fn,
      {
        id: 'WS1000',
        reason:
          'X-Ray is off service-wide: the Rust functions emit no X-Ray segments, so a trace would repeat the REPORT ' +
          'line and Duration metric at a cost (see the tracing setting above).',
      },
      {
        id: 'WS1004',
        reason:
          'The function logs to a log group of its own with a retention period (LoggingConfig.LogGroup); the rule ' +
          'looks only for a group named /aws/lambda/<function name>.',
      },
    );
    skipCheckov(
      fn,
      {
        id: 'CKV_AWS_117',
        reason:
          'No VPC: the function reaches only AWS APIs over TLS with IAM auth; a VPC would add NAT or endpoint ' +
          'costs and cold-start time without reducing what the role allows.',
      },
      {
        id: 'CKV_AWS_115',
        reason:
          'No reserved concurrency: the API stage throttle and WAF rate limit bound the load, and reserving ' +
          'concurrency fails deployment in accounts whose default concurrency quota is still low.',
      },
      {
        id: 'CKV_AWS_173',
        reason:
          'The environment holds names, URLs and Cognito client ids, no secret (the casework client is public, and ' +
          "the handover clients' secrets are their holders'); Lambda encrypts it at rest with its own key.",
      },
    );
    return fn;
  }
}

/** The stage path is not part of the routes: REST API events carry it, and lambda_http strips it with this set. */
const BEHIND_REST_API = { AWS_LAMBDA_HTTP_IGNORE_STAGE_IN_PATH: 'true' };

function indexArn(table: dynamodb.Table, indexName: string): string {
  return `${table.tableArn}/index/${indexName}`;
}

/**
 * Use of the table's KMS key, only through DynamoDB in this region: the role cannot decrypt anything with the key
 * directly (https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-via-service).
 */
function grantTableKey(role: iam.IRole, key: kms.IKey, stack: cdk.Stack, actions: string[]): void {
  role.addToPrincipalPolicy(
    new iam.PolicyStatement({
      sid: 'TableKeyThroughDynamoDB',
      actions,
      resources: [key.keyArn],
      conditions: { StringEquals: { 'kms:ViaService': `dynamodb.${stack.region}.amazonaws.com` } },
    }),
  );
}
