/**
 * Builds the stack as `cdk synth` would (same feature flags from cdk.json), for tests: no AWS account, no region
 * and no Rust build (`aws:cdk:bundling-stacks` empty skips every asset bundling step, so cargo-lambda never runs).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { CmsIntakeStack, CmsIntakeStackProps } from '../../lib/stack';
import { Stage } from '../../lib/stage';

const CDK_JSON_CONTEXT = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'cdk.json'), 'utf8')).context ?? {};

export interface Synthesized {
  readonly app: cdk.App;
  readonly stack: CmsIntakeStack;
  /** The main template. */
  readonly template: Template;
  /** The alarms' nested stack template. */
  readonly alarms: Template;
}

const cache = new Map<string, Synthesized>();

export function synth(stage: Stage, props: Partial<CmsIntakeStackProps> = {}, outdir?: string): Synthesized {
  const key = JSON.stringify({ stage, props, outdir });
  const cached = cache.get(key);
  if (cached) return cached;
  const app = new cdk.App({
    context: { ...CDK_JSON_CONTEXT, 'aws:cdk:bundling-stacks': [] },
    ...(outdir ? { outdir } : {}),
  });
  const stack = new CmsIntakeStack(app, `CmsIntake-${stage}`, { stackName: `CmsIntake-${stage}`, stage, ...props });
  const result = {
    app,
    stack,
    template: Template.fromStack(stack),
    alarms: Template.fromStack(stack.alarms),
  };
  cache.set(key, result);
  return result;
}
