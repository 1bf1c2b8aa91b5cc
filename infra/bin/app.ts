#!/usr/bin/env node
import * as cdk from 'aws-cdk-lib';
import { CmsIntakeStack } from '../lib/stack';
import { parseStage } from '../lib/stage';

const app = new cdk.App();

// `npx cdk synth -c stage=prod`; defaults to dev, anything else fails with a clear message.
const stage = parseStage(app.node.tryGetContext('stage'));

// Environment-agnostic on purpose: nothing in this stack needs a concrete account or
// region at synth time, so `cdk synth` works without AWS credentials. The account and
// region come from the deploying credentials (see the full-stack issue for deployment).
new CmsIntakeStack(app, `CmsIntake-${stage}`, {
  stackName: `CmsIntake-${stage}`,
  stage,
  description: `cms-intake (${stage}): GOV.UK application service`,
});

cdk.Tags.of(app).add('service', 'cms-intake');
cdk.Tags.of(app).add('stage', stage);
