import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { acknowledgeNag } from './compliance';
import { EDGE_LOGS_REGION } from './edge-logs';
import { ownershipTags, Ownership } from './ownership';
import { londonOnly } from './region';
import { Stage } from './stage';

/** GitHub Actions' OpenID Connect issuer: a workflow run gets a short-lived token signed by it. */
export const GITHUB_OIDC_URL = 'https://token.actions.githubusercontent.com';
const GITHUB_OIDC_HOST = 'token.actions.githubusercontent.com';

/**
 * The CDK bootstrap's qualifier (`cdk bootstrap` default): the bootstrap roles are named
 * `cdk-<qualifier>-<purpose>-role-<account>-<region>`.
 */
export const CDK_QUALIFIER = 'hnb659fds';

/** `owner/name` of a GitHub repository, as the token's `sub` claim spells it. */
const REPOSITORY = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/;

export interface GithubDeployStackProps extends cdk.StackProps {
  readonly stage: Stage;
  /** `owner/name` of the repository whose workflow deploys (`-c githubRepository=...`). */
  readonly repository: string;
  /**
   * The account's GitHub OIDC provider, if it has one already (an account may have only one per issuer):
   * `-c githubOidcProviderArn=...`. Default: this stack creates it.
   */
  readonly oidcProviderArn?: string;
  readonly ownership: Ownership;
}

/**
 * What the pipeline (.github/workflows/pipeline.yml) signs in to AWS with: no stored keys, only GitHub's OIDC token,
 * exchanged for an hour's credentials of one of two roles. One stack per stage, in the stage's own account, deployed
 * once by an administrator (infra/README.md, "First deployment").
 *
 * - `CmsIntakeGithub-<stage>-deploy`: only a workflow job in the GitHub environment named after the stage (`dev`,
 *   `prod`; prod needs a reviewer's approval, and both only from main: set in GitHub) may assume it. It may do one
 *   thing: assume the CDK bootstrap roles of this account, in London and in us-east-1 (the edge-logs stack), which
 *   publish the assets and have CloudFormation deploy with the bootstrap's execution policy
 *   (infra/bootstrap/execution-policy.json).
 * - `CmsIntakeGithub-<stage>-diff`: pull requests and main may assume it, to show what a change would deploy
 *   (`make diff DIFF_METHOD=template`). It may read this stage's CloudFormation templates (the edge logs' in
 *   us-east-1 included) and nothing else: not the bootstrap's lookup role, whose ReadOnlyAccess could read
 *   caseworkers' email addresses in Cognito and the logs.
 */
export class GithubDeployStack extends cdk.Stack {
  public readonly deployRole: iam.Role;
  public readonly diffRole: iam.Role;

  constructor(scope: Construct, id: string, props: GithubDeployStackProps) {
    const tags = ownershipTags(props.stage, props.ownership);
    super(scope, id, { ...props, tags: { ...tags, ...props.tags } });
    for (const [key, value] of Object.entries(tags)) cdk.Tags.of(this).add(key, value);
    londonOnly(this);
    if (!REPOSITORY.test(props.repository)) {
      throw new Error(
        `githubRepository must be the repository as owner/name, e.g. -c githubRepository=example-org/cms-intake ` +
          `(got ${JSON.stringify(props.repository)})`,
      );
    }
    const { stage, repository } = props;

    const providerArn =
      props.oidcProviderArn ??
      new iam.OidcProviderNative(this, 'GithubOidc', {
        url: GITHUB_OIDC_URL,
        clientIds: ['sts.amazonaws.com'],
      }).oidcProviderArn;

    // Exactly these workflow jobs of this repository, by GitHub's `sub` claim (several values: any of them), and
    // only tokens minted for AWS STS.
    // https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services
    const github = (...subjects: string[]) =>
      new iam.WebIdentityPrincipal(providerArn, {
        StringEquals: {
          [`${GITHUB_OIDC_HOST}:aud`]: 'sts.amazonaws.com',
          [`${GITHUB_OIDC_HOST}:sub`]: subjects.length === 1 ? subjects[0] : subjects,
        },
      });

    this.deployRole = new iam.Role(this, 'DeployRole', {
      roleName: `CmsIntakeGithub-${stage}-deploy`,
      description: `cms-intake ${stage}: GitHub Actions deploys (environment ${stage} of ${repository} only)`,
      assumedBy: github(`repo:${repository}:environment:${stage}`),
      maxSessionDuration: cdk.Duration.hours(1),
    });
    const bootstrapRole = (region: string) => (purpose: string) =>
      this.formatArn({
        service: 'iam',
        region: '',
        resource: 'role',
        resourceName: `cdk-${CDK_QUALIFIER}-${purpose}-role-${this.account}-${region}`,
      });
    // London's, and us-east-1's for the edge-logs stack (lib/edge-logs.ts), bootstrapped with the same policy.
    this.deployRole.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'AssumeTheCdkBootstrapRoles',
        actions: ['sts:AssumeRole', 'sts:TagSession'],
        resources: [this.region, EDGE_LOGS_REGION].flatMap((region) =>
          ['deploy', 'file-publishing', 'image-publishing', 'lookup'].map(bootstrapRole(region)),
        ),
      }),
    );

    this.diffRole = new iam.Role(this, 'DiffRole', {
      roleName: `CmsIntakeGithub-${stage}-diff`,
      description: `cms-intake ${stage}: GitHub Actions shows what a change would deploy (read the templates only)`,
      assumedBy: github(`repo:${repository}:pull_request`, `repo:${repository}:ref:refs/heads/main`),
      maxSessionDuration: cdk.Duration.hours(1),
    });
    const stageStacks = this.formatArn({
      service: 'cloudformation',
      resource: 'stack',
      // The stage's stack and its nested stacks (CmsIntake-<stage>-Alarms…), whatever their ids.
      resourceName: `CmsIntake-${stage}*/*`,
    });
    // The stage's edge-logs stack, in us-east-1.
    const edgeLogsStack = this.formatArn({
      service: 'cloudformation',
      region: EDGE_LOGS_REGION,
      resource: 'stack',
      resourceName: `CmsIntakeEdgeLogs-${stage}/*`,
    });
    this.diffRole.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'ReadTheStageTemplates',
        actions: [
          'cloudformation:DescribeStacks',
          'cloudformation:GetTemplate',
          'cloudformation:ListStackResources',
          'cloudformation:DescribeStackResources',
        ],
        resources: [stageStacks, edgeLogsStack],
      }),
    );
    acknowledgeNag(
      this.diffRole,
      {
        id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:cloudformation:<AWS::Region>:<AWS::AccountId>:stack/CmsIntake-${stage}*/*]`,
        reason:
          "Read-only actions on this stage's stack and its nested stacks, whose names CloudFormation generates from " +
          "the stack's (CmsIntake-<stage>-Alarms…) and whose ids are unknown before they exist.",
      },
      {
        id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:cloudformation:${EDGE_LOGS_REGION}:<AWS::AccountId>:stack/CmsIntakeEdgeLogs-${stage}/*]`,
        reason:
          "Read-only actions on this stage's edge-logs stack in us-east-1; the `/*` is the stack id CloudFormation " +
          'generates when it creates the stack.',
      },
    );
    this.diffRole.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'ReadTheBootstrapVersion',
        actions: ['ssm:GetParameter', 'ssm:GetParameters'],
        resources: [this.region, EDGE_LOGS_REGION].map((region) =>
          this.formatArn({
            service: 'ssm',
            region,
            resource: 'parameter',
            resourceName: `cdk-bootstrap/${CDK_QUALIFIER}/version`,
          }),
        ),
      }),
    );

    new cdk.CfnOutput(this, 'DeployRoleArn', {
      description: `GitHub variable ${stage.toUpperCase()}_DEPLOY_ROLE_ARN`,
      value: this.deployRole.roleArn,
    });
    new cdk.CfnOutput(this, 'DiffRoleArn', {
      description: `GitHub variable ${stage.toUpperCase()}_DIFF_ROLE_ARN`,
      value: this.diffRole.roleArn,
    });
  }
}
