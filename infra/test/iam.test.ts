/**
 * Need to know, enforced by IAM: what each function's role allows on the table, evaluated request by request
 * against the synthesised policies (a small evaluator of the statements and condition operators the stack uses,
 * with IAM's semantics: explicit deny wins, `ForAllValues` is true of an absent key, `ForAnyValue` false).
 *
 * The point of the matrix: apply can create an application or an urgent request but never read one back; only
 * casework reads applications, urgent requests and disclosures; monitor only queries the queue index.
 *
 * An urgent request (to call the police or call back) is the item `APP#<ref>` / `REQUEST`, in its application's
 * partition. IAM sees only the partition key (`dynamodb:LeadingKeys`), so a request is authorised exactly as an
 * application is; the rows for requests below say so explicitly.
 */
import { Template } from 'aws-cdk-lib/assertions';
import { STAGES } from '../lib/stage';
import { synth } from './support/synth';
import { asArray, one, resources, text } from './support/template';

interface Statement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
  Resource: unknown;
  Condition?: Record<string, Record<string, unknown>>;
}

/** One DynamoDB (or KMS) request as IAM sees it. */
interface Request {
  action: string;
  resource: string;
  /** `dynamodb:LeadingKeys`: the partition key value(s) the request touches. */
  leadingKeys?: string[];
  /** `dynamodb:EnclosingOperation`: set when the item action comes inside a transaction. */
  enclosingOperation?: 'TransactWriteItems' | 'TransactGetItems';
  /** `kms:ViaService`. */
  viaService?: string;
  /** `dynamodb:Attributes`: the attributes a read asks for (its projection). */
  attributes?: string[];
  /** `dynamodb:Select`. */
  select?: string;
}

const CONTEXT_KEYS: Record<string, (r: Request) => string[] | undefined> = {
  'dynamodb:LeadingKeys': (r) => r.leadingKeys,
  'dynamodb:EnclosingOperation': (r) => (r.enclosingOperation ? [r.enclosingOperation] : undefined),
  'kms:ViaService': (r) => (r.viaService ? [r.viaService] : undefined),
  'dynamodb:Attributes': (r) => r.attributes,
  'dynamodb:Select': (r) => (r.select ? [r.select] : undefined),
};

function like(pattern: string, value: string): boolean {
  const regex = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return regex.test(value);
}

function conditionHolds(operator: string, key: string, expected: unknown, request: Request): boolean {
  const lookup = CONTEXT_KEYS[key];
  if (!lookup) throw new Error(`the evaluator does not know the condition key ${key}: teach it`);
  const values = lookup(request);
  const wanted = asArray(expected).map(text);
  switch (operator) {
    case 'ForAllValues:StringLike':
      return (values ?? []).every((v) => wanted.some((w) => like(w, v)));
    case 'ForAllValues:StringEquals':
      return (values ?? []).every((v) => wanted.includes(v));
    case 'ForAnyValue:StringEquals':
      return (values ?? []).some((v) => wanted.includes(v));
    case 'ForAnyValue:StringLike':
      return (values ?? []).some((v) => wanted.some((w) => like(w, v)));
    case 'StringEquals':
      return values !== undefined && values.length === 1 && wanted.includes(values[0]);
    default:
      throw new Error(`the evaluator does not know the condition operator ${operator}: teach it`);
  }
}

function matches(statement: Statement, request: Request): boolean {
  const actions = asArray(statement.Action);
  if (!actions.some((a) => like(a, request.action))) return false;
  if (!asArray(statement.Resource as unknown[]).map(text).some((r) => like(r, request.resource))) return false;
  for (const [operator, keys] of Object.entries(statement.Condition ?? {})) {
    for (const [key, expected] of Object.entries(keys)) {
      if (!conditionHolds(operator, key, expected, request)) return false;
    }
  }
  return true;
}

function allows(statements: Statement[], request: Request): boolean {
  if (statements.some((s) => s.Effect === 'Deny' && matches(s, request))) return false;
  return statements.some((s) => s.Effect === 'Allow' && matches(s, request));
}

/** Every statement of every identity policy attached to the role (inline, default and managed policies). */
function statementsOf(template: Template, roleId: string): Statement[] {
  const attached = resources(template, 'AWS::IAM::Policy').filter(([, p]) =>
    asArray(p.Properties.Roles).some((r) => text(r) === `\${${roleId}}`),
  );
  const role = template.findResources('AWS::IAM::Role')[roleId];
  const inline = asArray(role.Properties.Policies).flatMap((p: any) => asArray(p.PolicyDocument.Statement));
  expect(role.Properties.ManagedPolicyArns ?? []).toEqual([]);
  return [...inline, ...attached.flatMap(([, p]) => asArray(p.Properties.PolicyDocument.Statement))] as Statement[];
}

function roleOfFunction(template: Template, prefix: string): string {
  const [, fn] = one(template, 'AWS::Lambda::Function', prefix);
  return fn.Properties.Role['Fn::GetAtt'][0];
}

describe.each(STAGES)('IAM in the %s stack', (stage) => {
  const { template } = synth(stage);
  const [tableId] = one(template, 'AWS::DynamoDB::Table', 'DataTable');
  const [keyId] = one(template, 'AWS::KMS::Key', 'DataTableKey');
  const TABLE = `\${${tableId}.Arn}`;
  const GSI1 = `${TABLE}/index/gsi1`;
  const GSI2 = `${TABLE}/index/gsi2`;
  const GSI3 = `${TABLE}/index/gsi3`;
  const KEY = `\${${keyId}.Arn}`;
  const VIA_DYNAMODB = 'dynamodb.${AWS::Region}.amazonaws.com';

  const roles = {
    apply: roleOfFunction(template, 'FunctionsApply'),
    casework: roleOfFunction(template, 'FunctionsCasework'),
    monitor: roleOfFunction(template, 'FunctionsMonitor'),
  };
  const statements = {
    apply: statementsOf(template, roles.apply),
    casework: statementsOf(template, roles.casework),
    monitor: statementsOf(template, roles.monitor),
  };
  const can = (who: keyof typeof roles, request: Request) => allows(statements[who], request);
  const item = (action: string, pk: string, extra: Partial<Request> = {}): Request => ({
    action: `dynamodb:${action}`,
    resource: TABLE,
    leadingKeys: [pk],
    ...extra,
  });
  const inTransaction: Partial<Request> = { enclosingOperation: 'TransactWriteItems' };
  /** An urgent request's partition key (its sort key, `REQUEST`, is invisible to IAM). */
  const REQUEST_PK = 'APP#REF';

  test('each function has a role of its own', () => {
    expect(new Set(Object.values(roles)).size).toBe(3);
  });

  describe('apply', () => {
    test.each(['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem'])('may %s its session items (DRAFT#)', (action) => {
      expect(can('apply', item(action, 'DRAFT#session'))).toBe(true);
    });

    test('may delete the draft and put the receipt inside the send transaction', () => {
      expect(can('apply', item('DeleteItem', 'DRAFT#session', inTransaction))).toBe(true);
      expect(can('apply', item('PutItem', 'DRAFT#session', inTransaction))).toBe(true);
    });

    test('may put an application and its disclosure, and condition-check them, only inside TransactWriteItems', () => {
      expect(can('apply', item('PutItem', 'APP#REF', inTransaction))).toBe(true);
      expect(can('apply', item('ConditionCheckItem', 'APP#REF', inTransaction))).toBe(true);
      expect(can('apply', item('PutItem', 'APP#REF'))).toBe(false);
      expect(can('apply', item('PutItem', 'APP#REF', { enclosingOperation: 'TransactGetItems' }))).toBe(false);
    });

    test.each([
      ['GetItem', {}],
      ['GetItem', { enclosingOperation: 'TransactGetItems' }],
      ['Query', {}],
      ['UpdateItem', {}],
      ['UpdateItem', inTransaction],
      ['DeleteItem', {}],
      ['DeleteItem', inTransaction],
      ['BatchGetItem', {}],
      ['PartiQLSelect', {}],
    ] as [string, Partial<Request>][])('cannot %s an application (APP#) %j', (action, extra) => {
      expect(can('apply', item(action, 'APP#REF', extra))).toBe(false);
    });

    test('may send an urgent request: put APP#<ref> / REQUEST with a put of the draft, in one TransactWriteItems', () => {
      expect(can('apply', item('PutItem', REQUEST_PK, inTransaction))).toBe(true);
      expect(can('apply', item('PutItem', 'DRAFT#session', inTransaction))).toBe(true);
    });

    test('cannot put an urgent request outside TransactWriteItems (a standalone PutItem could return the old item)', () => {
      expect(can('apply', item('PutItem', REQUEST_PK))).toBe(false);
      expect(can('apply', item('PutItem', REQUEST_PK, { enclosingOperation: 'TransactGetItems' }))).toBe(false);
    });

    test.each([
      ['GetItem', {}],
      ['GetItem', { enclosingOperation: 'TransactGetItems' }],
      ['Query', {}],
      ['UpdateItem', {}],
      ['UpdateItem', inTransaction],
      ['DeleteItem', {}],
      ['DeleteItem', inTransaction],
      ['Scan', {}],
      ['Scan', { leadingKeys: undefined }],
    ] as [string, Partial<Request>][])('cannot %s an urgent request (APP#) %j: it can never read one back', (action, extra) => {
      expect(can('apply', item(action, REQUEST_PK, extra))).toBe(false);
    });

    test('cannot put an application item together with a session item in one request', () => {
      expect(can('apply', item('PutItem', 'APP#REF', { ...inTransaction, leadingKeys: ['APP#REF', 'DRAFT#s'] }))).toBe(
        false,
      );
    });

    test('cannot scan the table or query it or any index', () => {
      for (const resource of [TABLE, GSI1, GSI2, GSI3]) {
        expect(can('apply', { action: 'dynamodb:Scan', resource })).toBe(false);
        expect(can('apply', { action: 'dynamodb:Query', resource, leadingKeys: ['QUEUE#general'] })).toBe(false);
      }
    });

    test("cannot touch caseworkers' sign-ins and sessions", () => {
      for (const pk of ['STAFF#id', 'SIGNIN#state']) {
        for (const action of ['GetItem', 'PutItem', 'DeleteItem']) {
          expect(can('apply', item(action, pk))).toBe(false);
        }
      }
    });

    test('its DynamoDB actions are exactly these, on the table only, and every one is conditioned on the key', () => {
      const dynamo = statements.apply.filter((s) => asArray(s.Action).some((a) => a.startsWith('dynamodb:')));
      expect(new Set(dynamo.flatMap((s) => asArray(s.Action)))).toEqual(
        new Set(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:ConditionCheckItem']),
      );
      for (const s of dynamo) {
        expect(asArray(s.Resource as unknown[]).map(text)).toEqual([TABLE]);
        expect(s.Condition?.['ForAllValues:StringLike']?.['dynamodb:LeadingKeys']).toBeDefined();
      }
    });

    test('may use the table key only through DynamoDB', () => {
      const viaDynamo = { resource: KEY, viaService: VIA_DYNAMODB };
      for (const action of ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey']) {
        expect(can('apply', { action, ...viaDynamo })).toBe(true);
        expect(can('apply', { action, resource: KEY })).toBe(false);
      }
      expect(can('apply', { action: 'kms:ReEncryptFrom', ...viaDynamo })).toBe(false);
    });
  });

  describe('casework', () => {
    test.each(['GetItem', 'Query'])('may %s applications, disclosures and the audit trail', (action) => {
      expect(can('casework', item(action, 'APP#REF'))).toBe(true);
    });

    test('may claim, release and change status (conditional updates with an audit put, in a transaction)', () => {
      for (const action of ['UpdateItem', 'PutItem', 'ConditionCheckItem']) {
        expect(can('casework', item(action, 'APP#REF', inTransaction))).toBe(true);
      }
    });

    test('may read an urgent request (GetItem) and claim it or record its outcome (UpdateItem in a transaction)', () => {
      expect(can('casework', item('GetItem', REQUEST_PK))).toBe(true);
      expect(can('casework', item('UpdateItem', REQUEST_PK, inTransaction))).toBe(true);
      // The audit entry put, and any condition check, in the same transaction and partition.
      expect(can('casework', item('PutItem', REQUEST_PK, inTransaction))).toBe(true);
      expect(can('casework', item('ConditionCheckItem', REQUEST_PK, inTransaction))).toBe(true);
    });

    test('may erase an application: delete its application, disclosure and request items with an audit put, in one transaction', () => {
      expect(can('casework', item('DeleteItem', 'APP#REF', inTransaction))).toBe(true);
      expect(can('casework', item('PutItem', 'AUDIT#REF', inTransaction))).toBe(true);
    });

    test('may add to the audit trail (AUDIT#<ref>, its own partition) and read it', () => {
      for (const action of ['PutItem', 'Query', 'GetItem']) {
        expect(can('casework', item(action, 'AUDIT#REF'))).toBe(true);
      }
    });

    test.each([
      ['UpdateItem', {}],
      ['UpdateItem', inTransaction],
      ['DeleteItem', {}],
      ['DeleteItem', inTransaction],
      ['DeleteItem', { ...inTransaction, leadingKeys: ['APP#REF', 'AUDIT#REF'] }],
    ] as [string, Partial<Request>][])('cannot %s an audit entry %j: the trail outlives what it is about', (action, extra) => {
      expect(can('casework', item(action, 'AUDIT#REF', extra))).toBe(false);
    });

    test('may keep staff sign-ins and sessions, and record each session\'s checks with the provider', () => {
      for (const action of ['GetItem', 'PutItem', 'DeleteItem']) {
        expect(can('casework', item(action, 'STAFF#id'))).toBe(true);
        expect(can('casework', item(action, 'SIGNIN#state'))).toBe(true);
      }
      // Claiming a check, recording it and giving it up are conditional updates of the session (leavers).
      expect(can('casework', item('UpdateItem', 'STAFF#id'))).toBe(true);
    });

    test('may keep an urgent request with its application at the claim, and audit an acknowledgement', () => {
      expect(can('casework', item('UpdateItem', REQUEST_PK, inTransaction))).toBe(true);
      expect(can('casework', item('PutItem', 'AUDIT#REF', inTransaction))).toBe(true);
    });

    test('may query both indexes (team queues, claimed applications)', () => {
      expect(can('casework', { action: 'dynamodb:Query', resource: GSI1, leadingKeys: ['QUEUE#general'] })).toBe(true);
      expect(can('casework', { action: 'dynamodb:Query', resource: GSI2, leadingKeys: ['CASEWORKER#x'] })).toBe(true);
    });

    test('may query the handover feed index, and hand over, acknowledge and withdraw (updates and puts in a transaction)', () => {
      expect(can('casework', { action: 'dynamodb:Query', resource: GSI3, leadingKeys: ['HANDOVER#general'] })).toBe(true);
      // A record put with the status change; an acknowledgement updating the record, its application's items and
      // condition-checking the other record; a withdrawal updating the disclosure and the request: all APP#<ref>.
      for (const action of ['PutItem', 'UpdateItem', 'ConditionCheckItem']) {
        expect(can('casework', item(action, 'APP#REF', inTransaction))).toBe(true);
      }
      expect(can('casework', item('GetItem', 'APP#REF'))).toBe(true);
    });

    test('cannot scan, batch or use PartiQL, nor manage the table', () => {
      for (const action of ['Scan', 'BatchGetItem', 'BatchWriteItem', 'PartiQLSelect', 'DeleteTable', 'UpdateTable']) {
        expect(can('casework', { action: `dynamodb:${action}`, resource: TABLE })).toBe(false);
      }
    });
  });

  describe('monitor', () => {
    test('may query the queue index for when the oldest urgent application was sent, and nothing else', () => {
      const query = { action: 'dynamodb:Query', resource: GSI1, leadingKeys: ['QUEUE#general'] };
      expect(can('monitor', { ...query, select: 'SPECIFIC_ATTRIBUTES', attributes: ['submitted_at'] })).toBe(true);
      expect(can('monitor', { ...query, select: 'SPECIFIC_ATTRIBUTES', attributes: ['submitted_at', 'answers'] }))
        .toBe(false);
      expect(can('monitor', { ...query, select: 'ALL_ATTRIBUTES' })).toBe(false);
      expect(can('monitor', query)).toBe(false);
      expect(can('monitor', { action: 'kms:Decrypt', resource: KEY, viaService: VIA_DYNAMODB })).toBe(true);
    });

    test('reads nothing of an urgent request but submitted_at, and only through the queue index', () => {
      const query = { action: 'dynamodb:Query', resource: GSI1, leadingKeys: ['QUEUE#domestic-abuse'] };
      expect(can('monitor', { ...query, select: 'SPECIFIC_ATTRIBUTES', attributes: ['submitted_at'] })).toBe(true);
      for (const attribute of ['help', 'phone', 'whereabouts', 'first_name', 'status']) {
        expect(can('monitor', { ...query, select: 'SPECIFIC_ATTRIBUTES', attributes: ['submitted_at', attribute] }))
          .toBe(false);
      }
      expect(can('monitor', { ...query, select: 'ALL_PROJECTED_ATTRIBUTES' })).toBe(false);
      for (const action of ['GetItem', 'Query', 'PutItem', 'UpdateItem', 'DeleteItem', 'Scan']) {
        expect(can('monitor', item(action, REQUEST_PK))).toBe(false);
        expect(can('monitor', item(action, REQUEST_PK, inTransaction))).toBe(false);
      }
    });

    test('cannot query the other indexes or the table, read or write an item', () => {
      const narrow = { select: 'SPECIFIC_ATTRIBUTES', attributes: ['submitted_at'] };
      expect(can('monitor', { action: 'dynamodb:Query', resource: GSI2, leadingKeys: ['CASEWORKER#x'], ...narrow }))
        .toBe(false);
      expect(can('monitor', { action: 'dynamodb:Query', resource: GSI3, leadingKeys: ['HANDOVER#general'], ...narrow }))
        .toBe(false);
      expect(can('monitor', item('Query', 'APP#REF'))).toBe(false);
      for (const action of ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'Scan']) {
        expect(can('monitor', item(action, 'APP#REF'))).toBe(false);
      }
      expect(can('monitor', { action: 'kms:Encrypt', resource: KEY, viaService: VIA_DYNAMODB })).toBe(false);
    });
  });

  test('only casework can read an urgent request (APP#<ref> / REQUEST), in or out of a transaction', () => {
    const readers = Object.keys(roles).filter((who) =>
      [
        item('GetItem', REQUEST_PK),
        item('GetItem', REQUEST_PK, { enclosingOperation: 'TransactGetItems' }),
        item('Query', REQUEST_PK),
      ].some((request) => can(who as keyof typeof roles, request)),
    );
    expect(readers).toEqual(['casework']);
  });

  test('only casework can read the handover feed', () => {
    const readers = Object.keys(roles).filter((who) =>
      can(who as keyof typeof roles, { action: 'dynamodb:Query', resource: GSI3, leadingKeys: ['HANDOVER#domestic-abuse'] }),
    );
    expect(readers).toEqual(['casework']);
  });

  test('only casework can read or add to the audit trail (AUDIT#), and nobody can change or delete an entry', () => {
    const readers = Object.keys(roles).filter((who) =>
      ['GetItem', 'Query'].some((action) => can(who as keyof typeof roles, item(action, 'AUDIT#REF'))),
    );
    expect(readers).toEqual(['casework']);
    const writers = Object.keys(roles).filter((who) =>
      [{}, inTransaction].some((extra) => can(who as keyof typeof roles, item('PutItem', 'AUDIT#REF', extra))),
    );
    expect(writers).toEqual(['casework']);
    for (const who of Object.keys(roles) as (keyof typeof roles)[]) {
      for (const action of ['UpdateItem', 'DeleteItem']) {
        expect(can(who, item(action, 'AUDIT#REF'))).toBe(false);
        expect(can(who, item(action, 'AUDIT#REF', inTransaction))).toBe(false);
      }
    }
  });

  test('only casework can read an application or a disclosure by key', () => {
    const readers = Object.keys(roles).filter((who) =>
      ['GetItem', 'Query'].some((action) => can(who as keyof typeof roles, item(action, 'APP#REF'))),
    );
    expect(readers).toEqual(['casework']);
  });

  test('no other role in the stack has any DynamoDB permission, and no statement anywhere uses dynamodb:*', () => {
    const functionRoles = new Set(Object.values(roles));
    for (const [roleId] of resources(template, 'AWS::IAM::Role')) {
      const dynamo = statementsOf(template, roleId).filter((s) => asArray(s.Action).some((a) => a.startsWith('dynamodb:')));
      if (!functionRoles.has(roleId)) expect(dynamo).toEqual([]);
      for (const s of dynamo) {
        expect(asArray(s.Action)).not.toContain('dynamodb:*');
        expect(asArray(s.Resource as unknown[]).map(text)).not.toContain('*');
      }
    }
  });

  test('each function writes only to its own log group', () => {
    for (const [prefix, who] of [
      ['FunctionsApply', 'apply'],
      ['FunctionsCasework', 'casework'],
      ['FunctionsMonitor', 'monitor'],
    ] as const) {
      const [, fn] = one(template, 'AWS::Lambda::Function', prefix);
      const logGroup = text(fn.Properties.LoggingConfig.LogGroup);
      const logs = statements[who].filter((s) => asArray(s.Action).some((a) => a.startsWith('logs:')));
      expect(logs.flatMap((s) => asArray(s.Action)).sort()).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents']);
      expect(logs.flatMap((s) => asArray(s.Resource as unknown[]).map(text))).toEqual([
        logGroup.replace(/^\$\{(.*)\}$/, '${$1.Arn}'),
      ]);
    }
  });
});
