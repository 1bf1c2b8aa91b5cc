/**
 * Deploying safely (issue 15), on the synthesised templates: London only, tags on everything, and releases that
 * move each function's `live` alias with CodeDeploy after a smoke test (a canary in prod, all at once in dev).
 */
import * as vm from 'vm';
import * as cdk from 'aws-cdk-lib';
import { DEPLOYMENT_CONFIG, SMOKE_TEST_HANDLER } from '../lib/releases';
import { DATA_CLASSIFICATION, parseOwnership } from '../lib/ownership';
import { REGION } from '../lib/region';
import { STAGES } from '../lib/stage';
import { synth } from './support/synth';
import { one, resources, text } from './support/template';

const CDK_OWNER = 'cms-intake-service-team';
const CDK_COST_CENTRE = 'CMS-DIGITAL-0001';

/** A resource's tags as a map, whichever of CloudFormation's two shapes its type uses. */
function tagsOf(properties: Record<string, any> | undefined): Record<string, string> | undefined {
  const tags = properties?.Tags ?? properties?.ResourceTags ?? properties?.UserPoolTags;
  if (tags === undefined) return undefined;
  if (Array.isArray(tags)) return Object.fromEntries(tags.map((t: { Key: string; Value: string }) => [t.Key, t.Value]));
  return tags as Record<string, string>;
}

describe.each(STAGES)('the %s stack', (stage) => {
  const { stack, template, alarms } = synth(stage);
  const expectedTags = {
    service: 'cms-intake',
    stage,
    owner: CDK_OWNER,
    'cost-centre': CDK_COST_CENTRE,
    'data-classification': DATA_CLASSIFICATION[stage],
  };

  describe('London only', () => {
    test('a CloudFormation rule refuses any region but eu-west-2, in the main and the nested template', () => {
      expect(REGION).toBe('eu-west-2');
      for (const t of [template, alarms]) {
        const rules = t.toJSON().Rules ?? {};
        // The nested stack has its own rule only if it is deployed on its own; it is created by the main stack,
        // in the main stack's region, so the main template's rule covers it.
        if (t === alarms) continue;
        expect(rules.LondonOnly).toEqual({
          Assertions: [
            {
              Assert: { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'eu-west-2'] },
              AssertDescription: expect.stringContaining('AWS_REGION=eu-west-2'),
            },
          ],
        });
      }
    });

    test('the stack is still environment-agnostic: no account or region at synth', () => {
      expect(cdk.Token.isUnresolved(stack.region)).toBe(true);
      expect(cdk.Token.isUnresolved(stack.account)).toBe(true);
    });
  });

  describe('ownership tags', () => {
    test('the stack carries owner, cost centre and data classification (CloudFormation copies them on)', () => {
      expect(stack.tags.tagValues()).toEqual(expectedTags);
    });

    test('every resource that takes tags carries them, in both templates', () => {
      let tagged = 0;
      for (const scope of [stack, stack.alarms]) {
        const t = scope === stack ? template : alarms;
        const json = t.toJSON().Resources as Record<string, { Type: string; Properties?: Record<string, any> }>;
        for (const construct of scope.node.findAll()) {
          if (!(construct instanceof cdk.CfnResource) || cdk.Stack.of(construct) !== scope) continue;
          if (!cdk.TagManager.isTaggable(construct)) continue;
          const id = scope.resolve(construct.logicalId) as string;
          expect({ id, tags: tagsOf(json[id].Properties) }).toEqual({ id, tags: expect.objectContaining(expectedTags) });
          tagged += 1;
        }
      }
      expect(tagged).toBeGreaterThan(30);
    });

    test('the classification follows the stage; owner and cost centre come from cdk.json and are checked', () => {
      expect(DATA_CLASSIFICATION).toEqual({ dev: 'OFFICIAL', prod: 'OFFICIAL-SENSITIVE' });
      expect(() => parseOwnership('', CDK_COST_CENTRE)).toThrow(/cms-intake:owner/);
      expect(() => parseOwnership(CDK_OWNER, 'a;b')).toThrow(/cms-intake:costCentre/);
    });
  });

  describe('releases', () => {
    const alias = (name: string) => one(template, 'AWS::Lambda::Alias', `Functions${name}Live`);
    const [smokeId, smoke] = one(template, 'AWS::Lambda::Function', 'ReleasesSmokeTest');
    const [appId] = one(template, 'AWS::CodeDeploy::Application', 'ReleasesApplication');

    test.each(['Apply', 'Casework', 'Monitor'])('%s: a version published each deployment, behind the live alias', (name) => {
      const [, a] = alias(name);
      const [fnId] = one(template, 'AWS::Lambda::Function', `Functions${name}`);
      const [versionId] = one(template, 'AWS::Lambda::Version', `Functions${name}CurrentVersion`);
      expect(a.Properties).toMatchObject({
        Name: 'live',
        FunctionName: { Ref: fnId },
        FunctionVersion: { 'Fn::GetAtt': [versionId, 'Version'] },
      });
    });

    test('the API calls the aliases only, never $LATEST', () => {
      const [applyLive] = alias('Apply');
      const [caseworkLive] = alias('Casework');
      for (const [, method] of resources(template, 'AWS::ApiGateway::Method')) {
        const uri = JSON.stringify(method.Properties.Integration.Uri);
        expect([uri.includes(applyLive), uri.includes(caseworkLive)]).toContain(true);
      }
      for (const [, permission] of resources(template, 'AWS::Lambda::Permission')) {
        expect(JSON.stringify(permission.Properties.FunctionName)).toMatch(/Live/);
      }
    });

    test.each(['Apply', 'Casework', 'Monitor'])(
      '%s: CodeDeploy moves the alias, after the smoke test, rolling back on its alarms',
      (name) => {
        const [, a] = alias(name);
        const [groupId, group] = one(template, 'AWS::CodeDeploy::DeploymentGroup', `Releases${name}Release`);
        expect(a.UpdatePolicy).toEqual({
          CodeDeployLambdaAliasUpdate: {
            ApplicationName: { Ref: appId },
            DeploymentGroupName: { Ref: groupId },
            BeforeAllowTrafficHook: { 'Fn::Select': [6, { 'Fn::Split': [':', { 'Fn::GetAtt': [smokeId, 'Arn'] }] }] },
          },
        });
        // The hook's environment names the new versions, so it is updated before the alias moves.
        expect(a.DependsOn).toContain(smokeId);
        expect(group.Properties).toMatchObject({
          DeploymentGroupName: `cms-intake-${stage}-${name.toLowerCase()}`,
          DeploymentConfigName: stage === 'prod'
            ? 'CodeDeployDefault.LambdaCanary10Percent5Minutes'
            : 'CodeDeployDefault.LambdaAllAtOnce',
          DeploymentStyle: { DeploymentOption: 'WITH_TRAFFIC_CONTROL', DeploymentType: 'BLUE_GREEN' },
          AutoRollbackConfiguration: {
            Enabled: true,
            Events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_REQUEST', 'DEPLOYMENT_STOP_ON_ALARM'],
          },
        });
        // The alias's own errors, and for the two that serve pages the API's 5xx rate (from the alarms stack).
        const alarmNames = group.Properties.AlarmConfiguration.Alarms.map((x: any) => JSON.stringify(x.Name));
        const [liveErrorsId, liveErrors] = one(template, 'AWS::CloudWatch::Alarm', `Releases${name}LiveErrors`);
        expect(alarmNames[0]).toBe(JSON.stringify({ Ref: liveErrorsId }));
        if (name === 'Monitor') {
          expect(alarmNames).toHaveLength(1);
        } else {
          expect(alarmNames).toHaveLength(2);
          expect(alarmNames[1]).toMatch(/Outputs\.CmsIntake\w+AlarmsApi5xxRate/);
        }
        expect(group.Properties.AlarmConfiguration.Enabled).toBe(true);
        expect(liveErrors.Properties).toMatchObject({
          AlarmName: `cms-intake-${stage}-${name.toLowerCase()}-live-errors`,
          MetricName: 'Errors',
          Period: 60,
          Threshold: 1,
          ComparisonOperator: 'GreaterThanOrEqualToThreshold',
          TreatMissingData: 'notBreaching',
        });
        expect(liveErrors.Properties.Dimensions).toContainEqual({ Name: 'Resource', Value: expect.anything() });
      },
    );

    test('prod is a canary of 10% for 5 minutes; dev all at once', () => {
      expect(DEPLOYMENT_CONFIG.prod.deploymentConfigName).toBe('CodeDeployDefault.LambdaCanary10Percent5Minutes');
      expect(DEPLOYMENT_CONFIG.dev.deploymentConfigName).toBe('CodeDeployDefault.LambdaAllAtOnce');
    });

    test('the smoke test is told the new versions, the host and the stage, and carries its code unchanged', () => {
      const env = Object.fromEntries(
        Object.entries(smoke.Properties.Environment.Variables).map(([k, v]) => [k, text(v)]),
      );
      for (const name of ['Apply', 'Casework', 'Monitor']) {
        const [versionId] = one(template, 'AWS::Lambda::Version', `Functions${name}CurrentVersion`);
        expect(env[`${name.toUpperCase()}_VERSION`]).toBe(`\${${versionId}}`);
      }
      expect(env.API_STAGE).toBe('live');
      expect(env.SITE_HOST).toMatch(/\./);
      expect(smoke.Properties.Code.ZipFile).toBe(SMOKE_TEST_HANDLER);
      expect(smoke.Properties.Runtime).toMatch(/^nodejs\d+\.x$/);
      // It compiles, and asks for GET / and GET /casework as GOV.UK pages answered 200.
      expect(() => new vm.Script(SMOKE_TEST_HANDLER)).not.toThrow();
      expect(SMOKE_TEST_HANDLER).toContain("govukPage(process.env.APPLY_VERSION, '/')");
      expect(SMOKE_TEST_HANDLER).toContain("govukPage(process.env.CASEWORK_VERSION, '/casework')");
      expect(SMOKE_TEST_HANDLER).toContain('PutLifecycleEventHookExecutionStatusCommand');
    });

    test('the smoke test may invoke the three new versions and report to this application only', () => {
      const roleId = smoke.Properties.Role['Fn::GetAtt'][0];
      const statements = resources(template, 'AWS::IAM::Policy')
        .filter(([, p]) => p.Properties.Roles.some((r: any) => r.Ref === roleId))
        .flatMap(([, p]) => p.Properties.PolicyDocument.Statement);
      const invoke = statements.find((s: any) => s.Sid === 'InvokeTheNewVersions');
      expect(invoke.Action).toBe('lambda:InvokeFunction');
      expect(invoke.Resource.map((r: any) => JSON.stringify(r))).toEqual(
        ['Apply', 'Casework', 'Monitor'].map((n) =>
          JSON.stringify({ Ref: one(template, 'AWS::Lambda::Version', `Functions${n}CurrentVersion`)[0] }),
        ),
      );
      const report = statements.find((s: any) => s.Sid === 'ReportToCodeDeploy');
      expect(report.Action).toBe('codedeploy:PutLifecycleEventHookExecutionStatus');
      expect(report.Resource.map(text)).toEqual(
        ['apply', 'casework', 'monitor'].map(
          (n) => `arn:\${AWS::Partition}:codedeploy:\${AWS::Region}:\${AWS::AccountId}:deploymentgroup:cms-intake-${stage}/cms-intake-${stage}-${n}`,
        ),
      );
    });

    test("CodeDeploy's role moves the three live aliases and runs the hook; no AWS managed policy", () => {
      const [roleId, role] = one(template, 'AWS::IAM::Role', 'ReleasesCodeDeployRole');
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
      expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([
        expect.objectContaining({ Principal: { Service: 'codedeploy.amazonaws.com' }, Action: 'sts:AssumeRole' }),
      ]);
      const statements = resources(template, 'AWS::IAM::Policy')
        .filter(([, p]) => p.Properties.Roles.some((r: any) => r.Ref === roleId))
        .flatMap(([, p]) => p.Properties.PolicyDocument.Statement);
      const sids = Object.fromEntries(statements.map((s: any) => [s.Sid, s]));
      expect(Object.keys(sids).sort()).toEqual(['MoveTheLiveAliases', 'RunTheSmokeTest', 'WatchTheAlarms']);
      expect(sids.MoveTheLiveAliases.Resource.map(text)).toEqual(
        ['Apply', 'Casework', 'Monitor'].map((n) => `\${${one(template, 'AWS::Lambda::Function', `Functions${n}`)[0]}.Arn}:live`),
      );
      expect(sids.RunTheSmokeTest.Resource).toEqual({ 'Fn::GetAtt': [smokeId, 'Arn'] });
      expect(sids.WatchTheAlarms.Action).toBe('cloudwatch:DescribeAlarms');
    });
  });
});
