import * as cdk from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { Stage } from './stage';

export interface DataTableProps {
  readonly stage: Stage;
}

/**
 * The service's single DynamoDB table (single-table design) and the KMS key that
 * encrypts it.
 *
 * The Rust code owns the table's shape: it is exported to `infra/table-definition.json`
 * and a Rust test keeps that file equal to the Rust definition. The shape below is
 * written out by hand on purpose (it is NOT generated from that JSON):
 * `test/table-parity.test.ts` checks that the two independent definitions agree, so a
 * change on one side only fails a test instead of silently changing the deployed table.
 *
 * Why `Table` (CloudFormation `AWS::DynamoDB::Table`) rather than `TableV2`
 * (`AWS::DynamoDB::GlobalTable`), although the CDK docs recommend `TableV2` for new
 * tables (https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_dynamodb-readme.html):
 * `TableV2` with a customer-managed key has to render the key per replica region, so
 * it refuses to synthesise in an environment-agnostic stack
 * ("ReplicaSpecificationCannotRenderedRegion"). This stack is environment-agnostic so
 * that `cdk synth` and the tests need no AWS account or region, and the service is
 * single-region, so the replica features `TableV2` adds buy nothing here. If a replica
 * region is ever needed, moving to `TableV2` changes the resource type and needs a
 * retain-and-import migration of the live table.
 */
export class DataTable extends Construct {
  public readonly table: dynamodb.Table;
  public readonly key: kms.Key;

  constructor(scope: Construct, id: string, props: DataTableProps) {
    super(scope, id);

    const isProd = props.stage === 'prod';

    // prod keeps its data if the stack or the resource is removed or replaced; dev is
    // disposable so that throwaway stacks clean up after themselves.
    // https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-deletionpolicy.html
    const removalPolicy = isProd ? cdk.RemovalPolicy.RETAIN : cdk.RemovalPolicy.DESTROY;

    // Customer-managed key rather than the AWS-owned default: the table holds people's
    // applications, and a key we own gives us its key policy, CloudTrail records of
    // every use, and the ability to revoke access.
    // https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/encryption.howitworks.html
    // Automatic yearly rotation, as recommended:
    // https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html
    // The key follows the table's removal policy: deleting the key of a retained prod
    // table (or of its backups) would make that data unreadable.
    this.key = new kms.Key(this, 'TableKey', {
      description: `cms-intake ${props.stage}: encrypts the DynamoDB data table`,
      enableKeyRotation: true,
      removalPolicy,
    });

    this.table = new dynamodb.Table(this, 'Table', {
      // No tableName: a CloudFormation-generated name lets the table be replaced if a
      // key change ever requires it, and keeps dev stacks from colliding. The Lambda
      // functions will receive the name through their environment.

      // Base table keys: generic names so one table holds several entity types.
      // https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-general-nosql-design.html
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'sk', type: dynamodb.AttributeType.STRING },

      // Items may carry an epoch-seconds expiry; DynamoDB deletes them some time after
      // it passes, at no cost (lazily, so the Rust code also treats expired items as absent).
      // https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/TTL.html
      timeToLiveAttribute: 'expires_at',

      // On-demand: traffic is low and uneven (form submissions, caseworker sessions), so
      // paying per request beats provisioned capacity and needs no auto-scaling.
      // https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/on-demand-capacity-mode.html
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,

      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: this.key,

      // Continuous backups with restore to any second in the last 35 days, as a
      // guard against bad writes or deletes by the application.
      // https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Point-in-time-recovery.html
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },

      // prod: the table cannot be deleted by any API call until this is turned off.
      // https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.Basics.html#WorkingWithTables.Basics.DeletionProtection
      deletionProtection: isProd,

      removalPolicy,
    });

    // Three overloaded GSIs for the other access patterns, projecting every attribute
    // so a queue page, or a page of the handover feed, is one Query with no second read of the base table.
    // https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-gsi-overloading.html
    // The team queues (sparse: the item leaves the index when it is claimed).
    this.table.addGlobalSecondaryIndex({
      indexName: 'gsi1',
      partitionKey: { name: 'gsi1pk', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'gsi1sk', type: dynamodb.AttributeType.STRING },
      projectionType: dynamodb.ProjectionType.ALL,
    });
    // A caseworker's claimed applications.
    this.table.addGlobalSecondaryIndex({
      indexName: 'gsi2',
      partitionKey: { name: 'gsi2pk', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'gsi2sk', type: dynamodb.AttributeType.STRING },
      projectionType: dynamodb.ProjectionType.ALL,
    });
    // The handover feed: each destination's records not yet acknowledged (sparse: an acknowledgement removes the
    // keys). CloudFormation adds one GSI per stack update, so this one may be deployed on its own.
    this.table.addGlobalSecondaryIndex({
      indexName: 'gsi3',
      partitionKey: { name: 'gsi3pk', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'gsi3sk', type: dynamodb.AttributeType.STRING },
      projectionType: dynamodb.ProjectionType.ALL,
    });
  }
}
