import * as cdk from 'aws-cdk-lib';

/**
 * London. Applicants' answers (disclosures of domestic abuse among them) stay in the UK: the service's stack and the
 * GitHub roles' stack deploy here and nowhere else. In us-east-1 (CloudFront's rules) are only the certificate, made outside CDK, and
 * the edge-logs stack (lib/edge-logs.ts), which holds no personal data by construction: the chosen log fields.
 */
export const REGION = 'eu-west-2';

/**
 * A CloudFormation rule that refuses to create or update the stack in any other region, whatever the deploying
 * credentials' region is (a profile left on us-east-1 would otherwise put the service there without an error).
 *
 * A rule, not a concrete `env` on the stack, so that `cdk synth` and the tests stay region-agnostic (no account, no
 * region, no credentials): CloudFormation checks it when it makes the change set, before any resource is touched.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/rules-section-structure.html
 */
export function londonOnly(stack: cdk.Stack): cdk.CfnRule {
  return new cdk.CfnRule(stack, 'LondonOnly', {
    assertions: [
      {
        assert: cdk.Fn.conditionEquals(cdk.Aws.REGION, REGION),
        assertDescription:
          `cms-intake deploys to London (${REGION}) only, and this deployment's region is another: set ` +
          `AWS_REGION=${REGION} (make deploy and make diff do).`,
      },
    ],
  });
}
