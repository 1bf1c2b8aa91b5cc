#!/usr/bin/env node
import * as cdk from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { parseSite } from '../lib/site';
import { CmsIntakeStack } from '../lib/stack';
import { parseStage } from '../lib/stage';

const app = new cdk.App();

// `npx cdk synth -c stage=prod`; defaults to dev, anything else fails with a clear message.
const stage = parseStage(app.node.tryGetContext('stage'));
// Required: the casework function and the Cognito callback URLs need the public URL (lib/site.ts).
const site = parseSite(app.node.tryGetContext('domainName'), app.node.tryGetContext('certificateArn'));
const optional = (key: string): string | undefined => {
  const value = app.node.tryGetContext(key);
  return value === undefined || value === '' ? undefined : String(value);
};
const generation = optional('originVerifyGeneration');

// Environment-agnostic on purpose: nothing in this stack needs a concrete account or region at synth time, so
// `cdk synth` works without AWS credentials. The account and region come from the deploying credentials; everything
// (WAF included: a REGIONAL web ACL) lives in that one region. Only the certificate is in us-east-1, made outside
// CDK (infra/README.md).
new CmsIntakeStack(app, `CmsIntake-${stage}`, {
  stackName: `CmsIntake-${stage}`,
  stage,
  site,
  alarmEmail: optional('alarmEmail'),
  cognitoDomainPrefix: optional('cognitoDomainPrefix'),
  originVerifyGeneration: generation === undefined ? undefined : Number(generation),
  description: `cms-intake (${stage}): GOV.UK application service`,
});

cdk.Tags.of(app).add('service', 'cms-intake');
cdk.Tags.of(app).add('stage', stage);

// cdk-nag's AWS Solutions rules run at every synth and deploy; an unacknowledged finding stops them.
// Acknowledgements, each with its reason, are next to the resources (lib/compliance.ts).
cdk.Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
