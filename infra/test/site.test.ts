/** Where the service is published (context domainName and certificateArn), and the stack's outputs. */
import { EXAMPLE_SITE, parseSite } from '../lib/site';
import { STAGES } from '../lib/stage';
import { synth } from './support/synth';
import { one, text } from './support/template';

describe('parseSite', () => {
  test('accepts a lower-case host name and a us-east-1 ACM certificate', () => {
    expect(parseSite('apply-for-child-maintenance.service.gov.uk', EXAMPLE_SITE.certificateArn)).toEqual({
      domainName: 'apply-for-child-maintenance.service.gov.uk',
      certificateArn: EXAMPLE_SITE.certificateArn,
    });
  });

  test.each([undefined, '', 'localhost', 'Apply.Example.gov.uk', 'https://apply.example.gov.uk', 'apply.example.gov.uk/'])(
    'rejects the domain name %p',
    (domainName) => {
      expect(() => parseSite(domainName, EXAMPLE_SITE.certificateArn)).toThrow(/"domainName" must be/);
    },
  );

  test.each([
    undefined,
    'arn:aws:acm:eu-west-2:111111111111:certificate/00000000-0000-4000-8000-000000000000',
    'arn:aws:iam::111111111111:server-certificate/x',
  ])('rejects the certificate %p (CloudFront takes us-east-1 ACM certificates only)', (certificateArn) => {
    expect(() => parseSite(EXAMPLE_SITE.domainName, certificateArn)).toThrow(/"certificateArn" must be .* us-east-1/);
  });

  test('says how to pass both', () => {
    expect(() => parseSite(undefined, undefined)).toThrow(/-c domainName=.* -c certificateArn=/);
  });
});

describe.each(STAGES)('the outputs of the %s stack', (stage) => {
  const { template } = synth(stage, {
    site: { domainName: 'apply.example.gov.uk', certificateArn: EXAMPLE_SITE.certificateArn },
  });
  const outputs = template.toJSON().Outputs as Record<string, { Value: unknown }>;

  test('are the public URL and the casework URL, and what operations need', () => {
    expect(Object.keys(outputs).sort()).toEqual([
      'AlarmTopicArn',
      'CaseworkUrl',
      'DistributionDomainName',
      'DistributionId',
      'PublicUrl',
      'UserPoolId',
    ]);
    expect(outputs.PublicUrl.Value).toBe('https://apply.example.gov.uk/');
    expect(outputs.CaseworkUrl.Value).toBe('https://apply.example.gov.uk/casework');
    const [distributionId] = one(template, 'AWS::CloudFront::Distribution', 'FrontDistribution');
    expect(text(outputs.DistributionDomainName.Value)).toBe(`\${${distributionId}.DomainName}`);
    // What `make deploy` passes to the edge-logs stack in us-east-1 (lib/edge-logs.ts).
    expect(outputs.DistributionId.Value).toEqual({ Ref: distributionId });
  });

  test('the domain reaches CloudFront, the Cognito client and the casework function alike', () => {
    const json = JSON.stringify(template.toJSON());
    expect(json).not.toContain(EXAMPLE_SITE.domainName);
    const [, client] = one(template, 'AWS::Cognito::UserPoolClient', 'StaffSignInUserPoolCasework');
    expect(client.Properties.CallbackURLs).toEqual(['https://apply.example.gov.uk/casework/callback']);
    const [, casework] = one(template, 'AWS::Lambda::Function', 'FunctionsCasework');
    expect(casework.Properties.Environment.Variables.CASEWORK_BASE_URL).toBe('https://apply.example.gov.uk');
  });
});
