/**
 * Where the service is published: its own domain name and the ACM certificate for it.
 *
 * Both come from CDK context (`-c domainName=... -c certificateArn=...`, which `make deploy` passes from
 * DOMAIN_NAME and CERTIFICATE_ARN) rather than being derived from the CloudFront distribution: the casework
 * function and the Cognito app client's callback URLs need the public URL, and taking it from the distribution
 * would make the functions depend on the distribution that depends on them (a cycle).
 */
export interface Site {
  /** The public host name, e.g. `apply-for-child-maintenance.service.gov.uk`. */
  readonly domainName: string;
  /**
   * An ACM certificate for that name. CloudFront only accepts certificates from us-east-1
   * (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cnames-and-https-requirements.html).
   */
  readonly certificateArn: string;
}

/** Values for tests and examples only; `bin/app.ts` never falls back to them. */
export const EXAMPLE_SITE: Site = {
  domainName: 'apply-for-child-maintenance.example.gov.uk',
  certificateArn: 'arn:aws:acm:us-east-1:111111111111:certificate/00000000-0000-4000-8000-000000000000',
};

// A DNS name of at least two labels, lower case (CloudFront alternate domain names are case-insensitive; keeping
// them lower case keeps the callback URLs registered with Cognito exactly equal to the ones the function builds).
const DOMAIN_NAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const CERTIFICATE_ARN = /^arn:aws:acm:us-east-1:\d{12}:certificate\/[0-9a-f-]{36}$/;

/** Reads and checks the two context values; fails with a message that says what to pass. */
export function parseSite(domainName: unknown, certificateArn: unknown): Site {
  const problems: string[] = [];
  if (typeof domainName !== 'string' || !DOMAIN_NAME.test(domainName)) {
    problems.push(
      `the context value "domainName" must be the service's lower-case host name (got ${JSON.stringify(domainName)})`,
    );
  }
  if (typeof certificateArn !== 'string' || !CERTIFICATE_ARN.test(certificateArn)) {
    problems.push(
      'the context value "certificateArn" must be the ARN of an ACM certificate in us-east-1, the only region ' +
        `CloudFront takes certificates from (got ${JSON.stringify(certificateArn)})`,
    );
  }
  if (problems.length > 0) {
    throw new Error(
      `${problems.join('; and ')}. Pass both, e.g. \`npx cdk synth -c stage=dev -c domainName=${EXAMPLE_SITE.domainName} ` +
        `-c certificateArn=${EXAMPLE_SITE.certificateArn}\` (or DOMAIN_NAME=... CERTIFICATE_ARN=... make deploy).`,
    );
  }
  return { domainName: domainName as string, certificateArn: certificateArn as string };
}
