/**
 * The table CloudFormation will create must be exactly the table the Rust code defines.
 *
 * The Rust definition is exported to `../table-definition.json` (a Rust test keeps that
 * file equal to it). Here the expected CloudFormation shape is built from that JSON and
 * compared with the `AWS::DynamoDB::Table` synthesised from `lib/data-table.ts`, which is
 * written independently. Anything present on one side only fails the test.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { CmsIntakeStack } from '../lib/stack';
import { Stage, STAGES } from '../lib/stage';

// ---- The Rust definition, read strictly -------------------------------------------

interface KeyAttribute {
  name: string;
  type: string;
}

interface IndexDefinition {
  indexName: string;
  partitionKey: KeyAttribute;
  sortKey?: KeyAttribute;
  projection: string;
}

interface TableDefinition {
  partitionKey: KeyAttribute;
  sortKey?: KeyAttribute;
  timeToLiveAttribute?: string;
  globalSecondaryIndexes?: IndexDefinition[];
}

const DEFINITION_PATH = path.join(__dirname, '..', 'table-definition.json');

/** Fails on any field this test does not know, so a new Rust-side setting cannot be ignored. */
function expectOnlyKeys(where: string, value: object, allowed: string[]): void {
  const unknown = Object.keys(value).filter((k) => !allowed.includes(k));
  if (unknown.length > 0) {
    throw new Error(
      `${DEFINITION_PATH}: ${where} has field(s) ${unknown.join(', ')} that the parity test does not ` +
        'check; teach test/table-parity.test.ts (and lib/data-table.ts) about them.',
    );
  }
}

function readDefinition(): TableDefinition {
  const raw = JSON.parse(fs.readFileSync(DEFINITION_PATH, 'utf8')) as TableDefinition;
  expectOnlyKeys('the table', raw, ['partitionKey', 'sortKey', 'timeToLiveAttribute', 'globalSecondaryIndexes']);
  for (const key of [raw.partitionKey, raw.sortKey]) {
    if (key) expectOnlyKeys('a table key', key, ['name', 'type']);
  }
  for (const index of raw.globalSecondaryIndexes ?? []) {
    expectOnlyKeys(`index ${index.indexName}`, index, ['indexName', 'partitionKey', 'sortKey', 'projection']);
    for (const key of [index.partitionKey, index.sortKey]) {
      if (key) expectOnlyKeys(`a key of index ${index.indexName}`, key, ['name', 'type']);
    }
    if (typeof index.projection !== 'string' || !['ALL', 'KEYS_ONLY'].includes(index.projection)) {
      throw new Error(
        `${DEFINITION_PATH}: index ${index.indexName} has projection ${JSON.stringify(index.projection)}; ` +
          'the parity test only knows "ALL" and "KEYS_ONLY".',
      );
    }
  }
  return raw;
}

// ---- The CloudFormation shape that definition means --------------------------------

function keySchema(partitionKey: KeyAttribute, sortKey?: KeyAttribute) {
  return [
    { AttributeName: partitionKey.name, KeyType: 'HASH' },
    ...(sortKey ? [{ AttributeName: sortKey.name, KeyType: 'RANGE' }] : []),
  ];
}

function byName<T>(name: (item: T) => string) {
  return (a: T, b: T) => name(a).localeCompare(name(b));
}

function expectedShape(def: TableDefinition) {
  // Every attribute used in a key of the table or of an index, exactly once. An attribute
  // used with two different types would be a broken definition, so that fails here.
  const attributes = new Map<string, string>();
  const indexes = def.globalSecondaryIndexes ?? [];
  const keys = [def.partitionKey, def.sortKey, ...indexes.flatMap((i) => [i.partitionKey, i.sortKey])];
  for (const key of keys) {
    if (!key) continue;
    const seen = attributes.get(key.name);
    if (seen !== undefined && seen !== key.type) {
      throw new Error(`${DEFINITION_PATH}: attribute ${key.name} is used as both ${seen} and ${key.type}`);
    }
    attributes.set(key.name, key.type);
  }

  return {
    KeySchema: keySchema(def.partitionKey, def.sortKey),
    AttributeDefinitions: [...attributes]
      .map(([AttributeName, AttributeType]) => ({ AttributeName, AttributeType }))
      .sort(byName((a) => a.AttributeName)),
    GlobalSecondaryIndexes: indexes
      .map((i) => ({
        IndexName: i.indexName,
        KeySchema: keySchema(i.partitionKey, i.sortKey),
        Projection: { ProjectionType: i.projection },
      }))
      .sort(byName((i) => i.IndexName)),
    TimeToLiveSpecification: def.timeToLiveAttribute
      ? { AttributeName: def.timeToLiveAttribute, Enabled: true }
      : undefined,
  };
}

// ---- The synthesised stack ---------------------------------------------------------

interface Resource {
  Type: string;
  Properties: Record<string, any>;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
}

// The feature flags in cdk.json change what is synthesised, so the test uses the same
// context as `cdk synth` does.
const CDK_JSON_CONTEXT = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'cdk.json'), 'utf8')).context ?? {};

function synth(stage: Stage) {
  // Skip asset bundling: nothing here needs it, and it keeps the test fast and offline.
  const app = new cdk.App({ context: { ...CDK_JSON_CONTEXT, 'aws:cdk:bundling-stacks': [] } });
  const stack = new CmsIntakeStack(app, `CmsIntake-${stage}`, { stage });
  return Template.fromStack(stack);
}

function single(template: Template, type: string): [string, Resource] {
  const found = Object.entries(template.findResources(type)) as [string, Resource][];
  expect(found.map(([id]) => id)).toHaveLength(1);
  return found[0];
}

const definition = readDefinition();
const expected = expectedShape(definition);

describe.each(STAGES)('the %s stack', (stage) => {
  const template = synth(stage);
  const [, table] = single(template, 'AWS::DynamoDB::Table');
  const props = table.Properties;

  test('has exactly one table and no global (TableV2) table', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    template.resourceCountIs('AWS::DynamoDB::GlobalTable', 0);
  });

  test('has the key schema of table-definition.json', () => {
    expect(props.KeySchema).toEqual(expected.KeySchema);
  });

  test('defines exactly the key attributes of table-definition.json, no extras', () => {
    const actual = [...props.AttributeDefinitions].sort(byName((a: any) => a.AttributeName));
    expect(actual).toEqual(expected.AttributeDefinitions);
  });

  test('has exactly the GSIs of table-definition.json (names, keys, projections)', () => {
    const actual = [...(props.GlobalSecondaryIndexes ?? [])].sort(byName((i: any) => i.IndexName));
    expect(actual).toEqual(expected.GlobalSecondaryIndexes);
  });

  test('has no local secondary indexes', () => {
    expect(props.LocalSecondaryIndexes).toBeUndefined();
  });

  test('has the TTL attribute of table-definition.json, enabled', () => {
    expect(props.TimeToLiveSpecification).toEqual(expected.TimeToLiveSpecification);
  });

  test('bills on demand', () => {
    expect(props.BillingMode).toBe('PAY_PER_REQUEST');
    expect(props.ProvisionedThroughput).toBeUndefined();
  });

  test('is encrypted with its own customer-managed KMS key, rotation enabled', () => {
    const [keyId, key] = single(template, 'AWS::KMS::Key');
    expect(props.SSESpecification).toEqual({
      SSEEnabled: true,
      SSEType: 'KMS',
      KMSMasterKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] },
    });
    expect(key.Properties.EnableKeyRotation).toBe(true);
  });

  test('has point-in-time recovery enabled', () => {
    expect(props.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
  });

  if (stage === 'prod') {
    test('is deletion-protected and retained, with its key', () => {
      const [, key] = single(template, 'AWS::KMS::Key');
      expect(props.DeletionProtectionEnabled).toBe(true);
      expect(table.DeletionPolicy).toBe('Retain');
      expect(table.UpdateReplacePolicy).toBe('Retain');
      expect(key.DeletionPolicy).toBe('Retain');
    });
  } else {
    test('is not deletion-protected and is deleted with the stack, with its key', () => {
      const [, key] = single(template, 'AWS::KMS::Key');
      expect(props.DeletionProtectionEnabled).not.toBe(true);
      expect(table.DeletionPolicy).toBe('Delete');
      expect(table.UpdateReplacePolicy).toBe('Delete');
      expect(key.DeletionPolicy).toBe('Delete');
    });
  }
});
