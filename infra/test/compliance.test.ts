/**
 * The rule checkers, on the app exactly as `cdk synth` builds it (bin/app.ts, with its cdk-nag plugins), the
 * edge-logs stack (us-east-1) and the GitHub deploy-role stack included:
 *
 * - cdk-nag AwsSolutions and Serverless: no unacknowledged finding, and no acknowledgement without a finding behind it;
 * - cfn-lint with AWS's serverless rules (cfn-lint-serverless): no finding (but one warning, see CFN_LINT_IGNORED) on
 *   every template; and every skip in the templates is needed (cfn-lint on the templates with the skips removed
 *   reports exactly the skipped rules on those resources);
 * - checkov: no failed check; and every skip in the templates is needed (checkov on the same templates with the
 *   skips removed fails exactly the skipped checks).
 *
 * cfn-lint, its serverless rules and checkov are Python tools, pinned in infra/requirements.txt and installed by
 * `make deps` into .tools/venv (override with CMS_INTAKE_TOOLS_BIN). No Rust build: bundling is skipped.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import { AwsSolutionsChecks, NagPack, ServerlessChecks } from 'cdk-nag';
import { IConstruct } from 'constructs';
import { EXAMPLE_SITE } from '../lib/site';
import { Stage, STAGES } from '../lib/stage';
import { synth } from './support/synth';

const INFRA = path.join(__dirname, '..');
const TOOLS_BIN = process.env.CMS_INTAKE_TOOLS_BIN ?? path.join(INFRA, '..', '.tools', 'venv', 'bin');
const CDK_JSON_CONTEXT = JSON.parse(fs.readFileSync(path.join(INFRA, 'cdk.json'), 'utf8')).context ?? {};

/**
 * W3005 (a DependsOn that a GetAtt already implies) is how CDK writes a Lambda function's dependency on its role's
 * policy: harmless, and not ours to change.
 */
const CFN_LINT_IGNORED = ['W3005'];
/** AWS's serverless rules for cfn-lint (cfn-lint-serverless), loaded beside cfn-lint's own. */
const CFN_LINT_RULES = ['--append-rules', 'cfn_lint_serverless.rules'];
/** The repository the GitHub deploy-role stack is synthesised for. */
const GITHUB_REPOSITORY = 'example-org/cms-intake';
/** The distribution the edge-logs stack (us-east-1) is synthesised for. */
const DISTRIBUTION_ID = 'E2QWRUHAPOMQZL';

/** The cdk-nag packs bin/app.ts runs. */
const PACKS: [string, () => NagPack][] = [
  ['AwsSolutions', () => new AwsSolutionsChecks()],
  ['Serverless', () => new ServerlessChecks()],
];

jest.setTimeout(300_000);

function tool(name: string): string {
  const file = path.join(TOOLS_BIN, name);
  if (!fs.existsSync(file)) {
    throw new Error(`${file} is missing: run \`make deps\` (it installs infra/requirements.txt into .tools/venv)`);
  }
  return file;
}

/** Runs bin/app.ts as the CDK CLI would, into `outdir`; returns its exit status and output. */
function runApp(outdir: string, context: Record<string, unknown>) {
  return spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', 'bin/app.ts'], {
    cwd: INFRA,
    encoding: 'utf8',
    env: {
      ...process.env,
      CDK_OUTDIR: outdir,
      CDK_CONTEXT_JSON: JSON.stringify({ ...CDK_JSON_CONTEXT, 'aws:cdk:bundling-stacks': [], ...context }),
    },
  });
}

function templatesIn(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.template.json'))
    .map((f) => path.join(dir, f));
}

/** Each template's resources without the given metadata key (a rule checker's skips), written to a new folder. */
function withoutMetadata(dir: string, key: string): string {
  const stripped = fs.mkdtempSync(path.join(os.tmpdir(), `cms-intake-no-${key}-`));
  for (const file of templatesIn(dir)) {
    const template = JSON.parse(fs.readFileSync(file, 'utf8'));
    for (const resource of Object.values(template.Resources) as any[]) {
      if (resource.Metadata) delete resource.Metadata[key];
    }
    fs.writeFileSync(path.join(stripped, path.basename(file)), JSON.stringify(template));
  }
  return stripped;
}

/** cfn-lint's findings on the templates in `dir`, as `template resource rule`, sorted. */
function cfnLint(dir: string): { findings: string[]; output: string; status: number | null } {
  const run = spawnSync(
    tool('cfn-lint'),
    ['--format', 'json', ...CFN_LINT_RULES, '--ignore-checks', ...CFN_LINT_IGNORED, '--', ...templatesIn(dir)],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  let parsed: any[];
  try {
    parsed = JSON.parse(run.stdout || '[]');
  } catch {
    throw new Error(`cfn-lint did not answer JSON (status ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  const findings = parsed
    .map((m) => `${path.basename(m.Filename)} ${m.Location?.Path?.[1] ?? '-'} ${m.Rule.Id}`)
    .sort();
  return { findings, output: run.stdout + run.stderr, status: run.status };
}

/** The cfn-lint skips written in the templates in `dir`, as `template resource rule`, sorted. */
function cfnLintSkips(dir: string): [string, string, string, string][] {
  return templatesIn(dir).flatMap((file) => {
    const template = JSON.parse(fs.readFileSync(file, 'utf8'));
    return Object.entries(template.Resources as Record<string, any>).flatMap(([id, resource]) => {
      const config = resource.Metadata?.['cfn-lint'];
      return ((config?.config?.ignore_checks ?? []) as string[]).map(
        (rule) => [path.basename(file), id, rule, config?.reasons?.[rule] ?? ''] as [string, string, string, string],
      );
    });
  });
}

interface CheckovResult {
  failed: string[];
  skipped: string[];
  output: string;
}

function checkov(dir: string): CheckovResult {
  const run = spawnSync(
    tool('checkov'),
    ['--skip-download', '--framework', 'cloudformation', '--output', 'json', '-d', dir],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, BC_SKIP_MAPPING: 'TRUE' } },
  );
  let parsed: unknown;
  try {
    parsed = JSON.parse(run.stdout);
  } catch {
    throw new Error(`checkov did not answer JSON (status ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  const reports = (Array.isArray(parsed) ? parsed : [parsed]) as any[];
  const list = (kind: string) =>
    reports.flatMap((r) => (r.results?.[kind] ?? []).map((c: any) => `${c.check_id} ${c.resource}`)).sort();
  // `{"passed": 0, "failed": 0, ...}` is what checkov prints when it found nothing to scan.
  if (reports.every((r) => !r.results)) throw new Error(`checkov scanned nothing in ${dir}: ${run.stdout}`);
  return { failed: list('failed_checks'), skipped: list('skipped_checks'), output: run.stdout };
}

/** Acknowledgements recorded anywhere in the tree: [construct path, rule id, reason]. */
function acknowledgements(root: IConstruct): [string, string, string][] {
  return root.node.findAll().flatMap((c) =>
    c.node.metadata
      .filter((m) => m.type === cdk.Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((m) =>
        Object.entries(m.data as Record<string, string>).map(
          ([id, reason]) => [c.node.path, id.replace(/^[a-z]+::/i, ''), reason] as [string, string, string],
        ),
      ),
  );
}

describe.each(STAGES)('the %s stack as `cdk synth` builds it', (stage: Stage) => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), `cms-intake-${stage}-`));
  let app: ReturnType<typeof runApp>;

  beforeAll(() => {
    app = runApp(outdir, { stage, ...EXAMPLE_SITE, githubRepository: GITHUB_REPOSITORY, distributionId: DISTRIBUTION_ID });
  });
  afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

  test('synthesises the stage, its edge logs and its GitHub deploy roles, with cdk-nag AwsSolutions and Serverless reporting nothing', () => {
    expect({ status: app.status, stderr: app.stderr }).toEqual({ status: 0, stderr: expect.not.stringMatching(/ERROR|WARNING/) });
    const report = JSON.parse(fs.readFileSync(path.join(outdir, 'validation-report.json'), 'utf8'));
    expect(report.pluginReports).toEqual([]);
    expect(templatesIn(outdir).map((f) => path.basename(f)).sort()).toEqual([
      `CmsIntake-${stage}.template.json`,
      `CmsIntakeEdgeLogs-${stage}.template.json`,
      `CmsIntakeGithub-${stage}.template.json`,
      expect.stringMatching(new RegExp(`^CmsIntake${stage}Alarms.*\\.nested\\.template\\.json$`)),
    ]);
  });

  test('cfn-lint, with the serverless rules, finds nothing', () => {
    const run = spawnSync(
      tool('cfn-lint'),
      ['--format', 'parseable', ...CFN_LINT_RULES, '--ignore-checks', ...CFN_LINT_IGNORED, '--', ...templatesIn(outdir)],
      { encoding: 'utf8' },
    );
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  test('each cfn-lint skip in the templates is one it would otherwise report there, and says why', () => {
    const skips = cfnLintSkips(outdir);
    expect(skips.length).toBeGreaterThan(0);
    for (const [, , , reason] of skips) expect(reason.length).toBeGreaterThan(30);
    const stripped = withoutMetadata(outdir, 'cfn-lint');
    try {
      const { findings } = cfnLint(stripped);
      expect(findings).toEqual(skips.map(([file, id, rule]) => `${file} ${id} ${rule}`).sort());
    } finally {
      fs.rmSync(stripped, { recursive: true, force: true });
    }
  });

  test('checkov fails nothing, and each skip in the templates is one it would otherwise fail', () => {
    const withSkips = checkov(outdir);
    expect(withSkips.failed).toEqual([]);

    // The same templates without their checkov skips.
    const stripped = withoutMetadata(outdir, 'checkov');
    try {
      expect(checkov(stripped).failed).toEqual(withSkips.skipped);
    } finally {
      fs.rmSync(stripped, { recursive: true, force: true });
    }
  });

  test('every checkov skip says why', () => {
    for (const file of templatesIn(outdir)) {
      const template = JSON.parse(fs.readFileSync(file, 'utf8'));
      for (const resource of Object.values(template.Resources) as any[]) {
        for (const skip of resource.Metadata?.checkov?.skip ?? []) {
          expect(skip.comment.length).toBeGreaterThan(30);
        }
      }
    }
  });
});

describe.each(STAGES)('cdk-nag on the %s stack', (stage) => {
  const { app } = synth(stage);

  test.each(PACKS)('%s: has no unacknowledged finding', (_name, pack) => {
    const report = pack().validateScope(app);
    expect(report.violations.map((v) => `${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath)}`)).toEqual([]);
  });

  test('every acknowledgement answers a finding of one of the packs on that construct or below, and gives its reason', () => {
    const findings = PACKS.flatMap(([, pack]) => {
      const everything = pack();
      // The same pack, blind to acknowledgements: what would be reported without them.
      (everything as unknown as { isAcknowledged: () => boolean }).isAcknowledged = () => false;
      return everything
        .validateScope(app)
        .violations.flatMap((v) => v.violatingResources.map((r) => [v.ruleName, r.constructPath!] as const));
    });
    const acks = acknowledgements(app);
    expect(acks.length).toBeGreaterThan(0);
    for (const [where, id, reason] of acks) {
      const answered = findings.some(([rule, at]) => rule === id && (at === where || at.startsWith(`${where}/`)));
      expect({ where, id, answered }).toEqual({ where, id, answered: true });
      expect(reason.length).toBeGreaterThan(30);
    }
  });
});

test('bin/app.ts refuses to synthesise without the domain name and certificate', () => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-intake-nosite-'));
  try {
    const run = runApp(outdir, { stage: 'dev' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/"domainName" must be/);
    expect(run.stderr).toMatch(/"certificateArn" must be/);
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
});
