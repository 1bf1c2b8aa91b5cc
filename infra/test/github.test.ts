/**
 * The pipeline (.github/workflows/pipeline.yml) and the roles it signs in to AWS with (lib/github-deploy.ts):
 *
 * - actionlint (with shellcheck on every `run:` script) finds nothing in .github/workflows;
 * - every action is pinned by a full commit SHA; `make test` on every change; the diff posted for review; dev
 *   deployed from main, then prod behind its environment's approval; OIDC only (no stored keys);
 * - the deploy and diff roles' trust policies on the synthesised template: GitHub's OIDC provider, this repository's
 *   stage environment (deploy) or its pull requests and main (diff), for STS only; what each may do.
 *
 * actionlint and Python (to read the workflow's YAML) come from .tools/venv, like cfn-lint (test/compliance.test.ts).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { EdgeLogsStack } from '../lib/edge-logs';
import { CDK_QUALIFIER, GithubDeployStack } from '../lib/github-deploy';
import { DATA_CLASSIFICATION, parseOwnership } from '../lib/ownership';
import { Stage, STAGES } from '../lib/stage';
import { synth as synthStage } from './support/synth';
import { resources, text } from './support/template';

const ROOT = path.join(__dirname, '..', '..');
const WORKFLOWS = path.join(ROOT, '.github', 'workflows');
const PIPELINE = path.join(WORKFLOWS, 'pipeline.yml');
const TOOLS_BIN = process.env.CMS_INTAKE_TOOLS_BIN ?? path.join(ROOT, '.tools', 'venv', 'bin');
const REPOSITORY = 'example-org/cms-intake';
const CDK_JSON_CONTEXT = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'cdk.json'), 'utf8')).context ?? {};

function tool(name: string): string {
  const file = path.join(TOOLS_BIN, name);
  if (!fs.existsSync(file)) {
    throw new Error(`${file} is missing: run \`make deps\` (it installs infra/requirements.txt into .tools/venv)`);
  }
  return file;
}

/** The workflow as data, read by PyYAML from the same venv (YAML 1.1, as GitHub reads it: `on` stays a key). */
function readWorkflow(file: string): any {
  const run = spawnSync(
    tool('python'),
    ['-c', 'import json, sys, yaml; print(json.dumps(yaml.load(open(sys.argv[1]), Loader=yaml.BaseLoader)))', file],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`could not read ${file}: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

describe('the pipeline workflow', () => {
  const workflow = readWorkflow(PIPELINE);
  const jobs = workflow.jobs as Record<string, any>;
  const steps = (job: string): any[] => jobs[job].steps;
  const runs = (job: string): string => steps(job).map((s) => s.run ?? '').join('\n');

  test('actionlint, with shellcheck on every run: script, finds nothing in .github/workflows', () => {
    const run = spawnSync(tool('actionlint'), ['-no-color', '-shellcheck', tool('shellcheck')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  test('actionlint would fail a broken workflow (it is really checking)', () => {
    const broken = fs.readFileSync(PIPELINE, 'utf8').replace('needs: deploy-dev', 'needs: deploy-staging');
    const run = spawnSync(tool('actionlint'), ['-no-color', '-'], { cwd: ROOT, input: broken, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('"deploy-staging" which does not exist');
  });

  test('every action is pinned by a full commit SHA', () => {
    for (const file of fs.readdirSync(WORKFLOWS)) {
      const uses = Object.values(readWorkflow(path.join(WORKFLOWS, file)).jobs as Record<string, any>).flatMap(
        (job) => (job.steps ?? []).map((s: any) => s.uses).filter(Boolean),
      );
      expect(uses.length).toBeGreaterThan(0);
      for (const use of uses) expect(use).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
    }
  });

  test('runs on every pull request and push to main; nothing is granted by default', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push', 'workflow_dispatch']);
    expect(workflow.permissions).toEqual({});
    expect(workflow.env.AWS_REGION).toBe('eu-west-2');
  });

  test('make test first, then the diff of both stacks, then dev, then prod', () => {
    expect(Object.keys(jobs)).toEqual(['test', 'diff', 'deploy-dev', 'deploy-prod']);
    expect(runs('test')).toMatch(/^make test$/m);
    expect(jobs.diff.needs).toBe('test');
    expect(jobs.diff.strategy.matrix.stage).toEqual(['dev', 'prod']);
    expect(jobs['deploy-dev'].needs).toBe('diff');
    expect(jobs['deploy-prod'].needs).toBe('deploy-dev');
  });

  test('the diff is posted for review: on the pull request and in the run summary', () => {
    expect(runs('diff')).toMatch(/make diff STAGE="\$STAGE" .*\\\n\s+DIFF_METHOD=template/);
    expect(runs('diff')).toContain('gh pr comment');
    expect(runs('diff')).toContain('GITHUB_STEP_SUMMARY');
    expect(jobs.diff.permissions).toEqual({ contents: 'read', 'id-token': 'write', 'pull-requests': 'write' });
  });

  test.each([
    ['deploy-dev', 'dev', 'DEV'],
    ['deploy-prod', 'prod', 'PROD'],
  ])('%s: from main only, in the %s environment (prod: its reviewers approve), with OIDC credentials', (job, stage, prefix) => {
    expect(jobs[job].environment).toBe(stage);
    if (job === 'deploy-dev') {
      expect(jobs[job].if).toBe("github.event_name != 'pull_request' && github.ref == 'refs/heads/main'");
    }
    expect(jobs[job].permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    const credentials = steps(job).find((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials@'));
    expect(credentials.with['role-to-assume']).toBe(`\${{ vars.${prefix}_DEPLOY_ROLE_ARN }}`);
    expect(credentials.with['aws-region']).toBe('${{ env.AWS_REGION }}');
    expect(runs(job)).toContain(`make deploy STAGE=${stage} `);
    // The origin-verify generation in use is passed on every deployment: without it a deployment after a rotation
    // would go back to generation 1 (infra/README.md, "Rotating").
    expect(runs(job)).toContain('ORIGIN_VERIFY_GENERATION="$ORIGIN_VERIFY_GENERATION"');
    expect(steps(job).find((s) => s.run?.includes('make deploy')).env.ORIGIN_VERIFY_GENERATION).toBe(
      `\${{ vars.${prefix}_ORIGIN_VERIFY_GENERATION }}`,
    );
  });

  test('no stored AWS keys anywhere: no secrets but the run’s own token, no access key inputs', () => {
    const text = fs.readFileSync(PIPELINE, 'utf8');
    expect(text.match(/secrets\.\w+/g) ?? []).toEqual([]);
    expect(text).not.toMatch(/aws-access-key-id|aws-secret-access-key|AWS_SECRET_ACCESS_KEY/);
    for (const job of Object.values(jobs)) {
      for (const step of job.steps) {
        if (step.uses?.startsWith('actions/checkout@')) expect(step.with['persist-credentials']).toBe('false');
      }
    }
  });
});

describe.each(STAGES)('the GitHub roles of the %s account', (stage: Stage) => {
  const app = new cdk.App({ context: CDK_JSON_CONTEXT });
  const stack = new GithubDeployStack(app, `CmsIntakeGithub-${stage}`, {
    stackName: `CmsIntakeGithub-${stage}`,
    stage,
    repository: REPOSITORY,
    ownership: parseOwnership(CDK_JSON_CONTEXT['cms-intake:owner'], CDK_JSON_CONTEXT['cms-intake:costCentre']),
  });
  const template = Template.fromStack(stack);
  const role = (name: string) => {
    const found = resources(template, 'AWS::IAM::Role').find(([, r]) => r.Properties.RoleName === name);
    if (!found) throw new Error(`no role ${name}`);
    return found;
  };
  const policyOf = (roleId: string) =>
    resources(template, 'AWS::IAM::Policy')
      .filter(([, p]) => p.Properties.Roles.some((r: any) => r.Ref === roleId))
      .flatMap(([, p]) => p.Properties.PolicyDocument.Statement);
  const [providerId, provider] = resources(template, 'AWS::IAM::OIDCProvider')[0];
  const trust = (subjects: string | string[]) => [
    {
      Effect: 'Allow',
      Action: 'sts:AssumeRoleWithWebIdentity',
      Principal: { Federated: { Ref: providerId } },
      Condition: {
        StringEquals: {
          'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
          'token.actions.githubusercontent.com:sub': subjects,
        },
      },
    },
  ];

  test("GitHub's OIDC provider, for STS only", () => {
    expect(provider.Properties).toMatchObject({
      Url: 'https://token.actions.githubusercontent.com',
      ClientIdList: ['sts.amazonaws.com'],
    });
  });

  test('the deploy role: only a job of this repository in the stage’s environment may assume it, for an hour', () => {
    const [, deploy] = role(`CmsIntakeGithub-${stage}-deploy`);
    expect(deploy.Properties.AssumeRolePolicyDocument.Statement).toEqual(
      trust(`repo:${REPOSITORY}:environment:${stage}`),
    );
    expect(deploy.Properties.MaxSessionDuration).toBe(3600);
    expect(deploy.Properties.ManagedPolicyArns).toBeUndefined();
  });

  test("the deploy role may only assume the CDK bootstrap roles of this account, London's and us-east-1's (edge logs)", () => {
    const [deployId] = role(`CmsIntakeGithub-${stage}-deploy`);
    const statements = policyOf(deployId);
    expect(statements).toHaveLength(1);
    expect(statements[0].Action).toEqual(['sts:AssumeRole', 'sts:TagSession']);
    expect(statements[0].Resource.map(text).sort()).toEqual(
      ['\${AWS::Region}', 'us-east-1'].flatMap((region) =>
        ['deploy', 'file-publishing', 'image-publishing', 'lookup'].map(
          (purpose) =>
            `arn:\${AWS::Partition}:iam::\${AWS::AccountId}:role/cdk-${CDK_QUALIFIER}-${purpose}-role-\${AWS::AccountId}-${region}`,
        ),
      ).sort(),
    );
  });

  test('the diff role: pull requests and main of this repository; it reads this stage’s templates only', () => {
    const [diffId, diff] = role(`CmsIntakeGithub-${stage}-diff`);
    expect(diff.Properties.AssumeRolePolicyDocument.Statement).toEqual(
      trust([`repo:${REPOSITORY}:pull_request`, `repo:${REPOSITORY}:ref:refs/heads/main`]),
    );
    const statements = policyOf(diffId);
    const actions = statements.flatMap((s: any) => [s.Action].flat());
    expect(actions.sort()).toEqual([
      'cloudformation:DescribeStackResources',
      'cloudformation:DescribeStacks',
      'cloudformation:GetTemplate',
      'cloudformation:ListStackResources',
      'ssm:GetParameter',
      'ssm:GetParameters',
    ]);
    expect(JSON.stringify(statements)).not.toMatch(/sts:AssumeRole|"\*"/);
    const stacks = statements.find((st: any) => st.Sid === 'ReadTheStageTemplates').Resource.map(text);
    expect(stacks).toEqual([
      `arn:\${AWS::Partition}:cloudformation:\${AWS::Region}:\${AWS::AccountId}:stack/CmsIntake-${stage}*/*`,
      `arn:\${AWS::Partition}:cloudformation:us-east-1:\${AWS::AccountId}:stack/CmsIntakeEdgeLogs-${stage}/*`,
    ]);
  });

  test('London only, and tagged like the service', () => {
    expect(template.toJSON().Rules.LondonOnly.Assertions[0].Assert).toEqual({
      'Fn::Equals': [{ Ref: 'AWS::Region' }, 'eu-west-2'],
    });
    expect(stack.tags.tagValues()).toMatchObject({
      service: 'cms-intake',
      stage,
      'data-classification': DATA_CLASSIFICATION[stage],
    });
  });

  test('an existing OIDC provider can be used instead of a new one; a malformed repository is refused', () => {
    const other = new cdk.App({ context: CDK_JSON_CONTEXT });
    const ownership = parseOwnership('team', 'CC-1');
    const arn = 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com';
    const withProvider = Template.fromStack(
      new GithubDeployStack(other, 'WithProvider', { stage, repository: REPOSITORY, ownership, oidcProviderArn: arn }),
    );
    withProvider.resourceCountIs('AWS::IAM::OIDCProvider', 0);
    expect(JSON.stringify(withProvider.toJSON())).toContain(arn);
    expect(
      () => new GithubDeployStack(other, 'Bad', { stage, repository: 'not a repository', ownership }),
    ).toThrow(/owner\/name/);
  });
});

/**
 * The policy CloudFormation deploys with (`cdk bootstrap --cloudformation-execution-policies`, infra/README.md):
 * instead of the bootstrap's default AdministratorAccess, the services the stacks use, regional ones in London only.
 */
describe('the bootstrap execution policy (infra/bootstrap/execution-policy.json)', () => {
  const policy = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'bootstrap', 'execution-policy.json'), 'utf8'));
  const allowed = policy.Statement.filter((s: any) => s.Effect === 'Allow').flatMap((s: any) => s.Action as string[]);
  const services = new Set(allowed.map((a: string) => a.split(':')[0]));
  /** CloudFormation's namespace to the IAM service prefix, where they differ. */
  const PREFIX: Record<string, string> = { Cognito: 'cognito-idp', Logs: 'logs', CloudWatch: 'cloudwatch' };

  test('allows every service whose resources the stacks create, and no other', () => {
    const { template, alarms } = synthStage('prod');
    const github = Template.fromStack(
      new GithubDeployStack(new cdk.App({ context: CDK_JSON_CONTEXT }), 'G', {
        stage: 'prod',
        repository: REPOSITORY,
        ownership: parseOwnership('team', 'CC-1'),
      }),
    );
    const edgeLogs = Template.fromStack(
      new EdgeLogsStack(new cdk.App({ context: CDK_JSON_CONTEXT }), 'E', {
        stage: 'prod',
        distributionId: 'E2QWRUHAPOMQZL',
        ownership: parseOwnership('team', 'CC-1'),
      }),
    );
    const used = new Set(['cloudformation', 'ssm']); // the stacks themselves; the bootstrap version parameter
    for (const t of [template, alarms, github, edgeLogs]) {
      for (const resource of Object.values(t.toJSON().Resources) as { Type: string }[]) {
        const [vendor, namespace] = resource.Type.split('::');
        // Custom resources are Lambda functions of the same stack, invoked by CloudFormation itself.
        if (vendor !== 'AWS') continue;
        used.add(PREFIX[namespace] ?? namespace.toLowerCase());
      }
    }
    expect([...services].sort()).toEqual([...used].sort());
  });

  test('keeps regional services in London (but the edge logs in us-east-1), and denies creating users and access keys', () => {
    const regional = policy.Statement.find((s: any) => s.Sid === 'TheServicesTheStacksUseInLondon');
    expect(regional.Condition).toEqual({ StringEquals: { 'aws:RequestedRegion': 'eu-west-2' } });
    // The edge-logs stack (lib/edge-logs.ts) in us-east-1: its log group, key and log delivery only.
    const edge = policy.Statement.find((s: any) => s.Sid === 'TheEdgeLogsInNorthVirginia');
    expect(edge.Condition).toEqual({ StringEquals: { 'aws:RequestedRegion': 'us-east-1' } });
    expect(edge.Action.sort()).toEqual(['kms:*', 'logs:*', 'ssm:GetParameter', 'ssm:GetParameters']);
    expect(policy.Statement.filter((s: any) => s.Effect === 'Allow').map((s: any) => s.Sid).sort()).toEqual([
      'GlobalServices',
      'TheEdgeLogsInNorthVirginia',
      'TheServicesTheStacksUseInLondon',
    ]);
    const global = policy.Statement.find((s: any) => s.Sid === 'GlobalServices');
    expect(global.Action.sort()).toEqual(['budgets:*', 'cloudfront:*', 'iam:*']);
    const deny = policy.Statement.find((s: any) => s.Effect === 'Deny');
    expect(deny.Action).toEqual(expect.arrayContaining(['iam:CreateUser', 'iam:CreateAccessKey']));
  });
});
