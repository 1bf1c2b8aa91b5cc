/**
 * The one place the stack records that it knowingly departs from a rule of cdk-nag (AwsSolutions and Serverless),
 * cfn-lint (with AWS's serverless rules) or checkov, always with the reason. The tests fail on any finding that is
 * not recorded here, and on any record without a finding behind it.
 *
 * - cdk-nag 3 reads acknowledgements from CDK's own `Validations.of(construct).acknowledge()` (it replaced v2's
 *   `NagSuppressions`); an acknowledgement applies to the construct and everything under it. Findings that name a
 *   detail (e.g. `AwsSolutions-IAM5[Resource::<Bucket.Arn>/*]`) are acknowledged one by one: v3 has no prefix match.
 * - cfn-lint reads `Metadata.cfn-lint.config.ignore_checks` from the resource in the template
 *   (https://github.com/aws-cloudformation/cfn-lint#resource-based-metadata); the reasons are written beside it, in
 *   `Metadata.cfn-lint.reasons`, which cfn-lint does not read.
 * - checkov reads `Metadata.checkov.skip` from the resource in the template
 *   (https://www.checkov.io/2.Basics/Suppressing%20and%20Skipping%20Policies.html).
 */
import { CfnResource, Validations } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

export interface Exception {
  /**
   * The rule: `AwsSolutions-...` or `Serverless-...` for cdk-nag, `W...`/`E...`/`I...` (cfn-lint) or `WS...`/`ES...`
   * (cfn-lint-serverless) for cfn-lint, `CKV_AWS_...` / `CKV2_AWS_...` for checkov.
   */
  readonly id: string;
  /** Why the rule does not apply here, or what stands in for it. */
  readonly reason: string;
}

/** The cdk-nag packs every synth runs (bin/app.ts) and the tests check. */
export const NAG_PACKS = ['AwsSolutions', 'Serverless'] as const;

/** Acknowledges cdk-nag findings (AwsSolutions or Serverless pack) on `scope` and everything under it. */
export function acknowledgeNag(scope: IConstruct, ...exceptions: Exception[]): void {
  for (const exception of exceptions) {
    if (!NAG_PACKS.some((pack) => exception.id.startsWith(`${pack}-`))) {
      throw new Error(`${exception.id} is not a rule of the cdk-nag packs ${NAG_PACKS.join(', ')}`);
    }
  }
  Validations.of(scope).acknowledge(...exceptions);
}

/** The CloudFormation resource behind an L2 construct (or the resource itself). */
export function cfnOf(construct: IConstruct): CfnResource {
  if (CfnResource.isCfnResource(construct)) return construct;
  const child = construct.node.defaultChild;
  if (child && CfnResource.isCfnResource(child)) return child;
  throw new Error(`${construct.node.path} has no CloudFormation resource of its own`);
}

/** Skips checkov checks on one resource, each with its reason (written as the skip's comment). */
export function skipCheckov(construct: IConstruct, ...exceptions: Exception[]): void {
  const resource = cfnOf(construct);
  for (const exception of exceptions) {
    if (!/^CKV2?_AWS_\d+$/.test(exception.id)) {
      throw new Error(`${exception.id} is not a checkov AWS check id`);
    }
  }
  const existing = (resource.getMetadata('checkov') as { skip?: { id: string; comment: string }[] } | undefined)?.skip ?? [];
  resource.addMetadata('checkov', {
    skip: [...existing, ...exceptions.map((e) => ({ id: e.id, comment: e.reason }))],
  });
}

/** Tells cfn-lint (and its serverless rules) to skip checks on one resource, each with its reason. */
export function skipCfnLint(construct: IConstruct, ...exceptions: Exception[]): void {
  const resource = cfnOf(construct);
  for (const exception of exceptions) {
    if (!/^[EWI]S?\d{4}$/.test(exception.id)) {
      throw new Error(`${exception.id} is not a cfn-lint rule id`);
    }
  }
  const existing = (resource.getMetadata('cfn-lint') as
    | { config: { ignore_checks: string[] }; reasons: Record<string, string> }
    | undefined) ?? { config: { ignore_checks: [] }, reasons: {} };
  resource.addMetadata('cfn-lint', {
    config: { ignore_checks: [...existing.config.ignore_checks, ...exceptions.map((e) => e.id)] },
    reasons: { ...existing.reasons, ...Object.fromEntries(exceptions.map((e) => [e.id, e.reason])) },
  });
}
