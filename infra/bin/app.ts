#!/usr/bin/env node
import * as cdk from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { EdgeLogsStack } from '../lib/edge-logs';
import { GithubDeployStack } from '../lib/github-deploy';
import { COST_CENTRE_CONTEXT, OWNER_CONTEXT, parseOwnership } from '../lib/ownership';
import { parseSite } from '../lib/site';
import { CmsIntakeStack } from '../lib/stack';
import { parseStage } from '../lib/stage';

const app = new cdk.App();

// `npx cdk synth -c stage=prod`; defaults to dev, anything else fails with a clear message.
const stage = parseStage(app.node.tryGetContext('stage'));
// Required: the casework function and the Cognito callback URLs need the public URL (lib/site.ts).
const site = parseSite(app.node.tryGetContext('domainName'), app.node.tryGetContext('certificateArn'));
// The owner and cost centre tags: infra/cdk.json, or -c (lib/ownership.ts).
const ownership = parseOwnership(app.node.tryGetContext(OWNER_CONTEXT), app.node.tryGetContext(COST_CENTRE_CONTEXT));
const optional = (key: string): string | undefined => {
  const value = app.node.tryGetContext(key);
  return value === undefined || value === '' ? undefined : String(value);
};
const optionalNumber = (key: string): number | undefined => {
  const value = optional(key);
  if (value === undefined) return undefined;
  if (!/^\d+(\.\d+)?$/.test(value)) throw new Error(`the context value "${key}" must be a number (got ${value})`);
  return Number(value);
};

// Environment-agnostic on purpose: nothing in these stacks needs a concrete account or region at synth time, so
// `cdk synth` works without AWS credentials. The account comes from the deploying credentials; the region must be
// London: each template carries a CloudFormation rule that refuses any other (lib/region.ts), and `make deploy`
// sets AWS_REGION=eu-west-2. In us-east-1: the certificate, made outside CDK, and the edge-logs stack below.
new CmsIntakeStack(app, `CmsIntake-${stage}`, {
  stackName: `CmsIntake-${stage}`,
  stage,
  site,
  ownership,
  alarmEmail: optional('alarmEmail'),
  cognitoDomainPrefix: optional('cognitoDomainPrefix'),
  originVerifyGeneration: optionalNumber('originVerifyGeneration'),
  originVerifyPrevious: optionalNumber('originVerifyPrevious'),
  monthlyBudgetUsd: optionalNumber('monthlyBudgetUsd'),
  description: `cms-intake (${stage}): GOV.UK application service`,
});

// CloudFront's edge logs (standard logging v2, chosen fields, no personal data: lib/edge-logs.ts), in us-east-1,
// the only region they can be set up from. `-c distributionId=…` (the main stack's output DistributionId) adds the
// stack `CmsIntakeEdgeLogs-<stage>`: `make deploy` deploys the main stack, reads its output and deploys this one;
// `make diff` reads it from the deployed stack (infra/README.md). The id is passed in rather than referenced across
// regions: `crossRegionReferences` would need a concrete region on the main stack and custom resources writing
// SSM parameters, while the id changes only if the distribution is replaced.
const distributionId = optional('distributionId');
if (distributionId !== undefined) {
  new EdgeLogsStack(app, `CmsIntakeEdgeLogs-${stage}`, {
    stackName: `CmsIntakeEdgeLogs-${stage}`,
    stage,
    distributionId,
    ownership,
    description: `cms-intake (${stage}): CloudFront edge logs without personal data (us-east-1)`,
  });
}

// The roles GitHub Actions deploys with (OIDC, no stored keys), once per account, by an administrator:
// `-c githubRepository=owner/name` adds the stack `CmsIntakeGithub-<stage>` (infra/README.md, "First deployment").
const githubRepository = optional('githubRepository');
if (githubRepository !== undefined) {
  new GithubDeployStack(app, `CmsIntakeGithub-${stage}`, {
    stackName: `CmsIntakeGithub-${stage}`,
    stage,
    repository: githubRepository,
    oidcProviderArn: optional('githubOidcProviderArn'),
    ownership,
    description: `cms-intake (${stage}): the roles GitHub Actions deploys with`,
  });
}

// cdk-nag's AWS Solutions and Serverless rules run at every synth and deploy; an unacknowledged finding stops them.
// Acknowledgements, each with its reason, are next to the resources (lib/compliance.ts).
cdk.Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
