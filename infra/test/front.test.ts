/** The front door: CloudFront, the assets bucket, the REST API's routes and the WAF web ACL in front of it. */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { Match } from 'aws-cdk-lib/assertions';
import * as s3assets from 'aws-cdk-lib/aws-s3-assets';
import { ORIGIN_VERIFY_HEADER, RATE_LIMIT_PER_5_MINUTES, VIEWER_IP_HEADER } from '../lib/firewall';
import { EXAMPLE_SITE } from '../lib/site';
import { STAGES } from '../lib/stage';
import { synth } from './support/synth';
import { one, resources, text } from './support/template';

// AWS's managed CloudFront policies (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-cache-policies.html).
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const ALL_VIEWER_EXCEPT_HOST_HEADER = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';

describe.each(STAGES)('the front of the %s stack', (stage) => {
  const { app, template } = synth(stage);
  const [, distribution] = one(template, 'AWS::CloudFront::Distribution', 'FrontDistribution');
  const config = distribution.Properties.DistributionConfig;
  const [restApiId] = one(template, 'AWS::ApiGateway::RestApi', 'ApiRestApi');
  const [stageId, apiStage] = one(template, 'AWS::ApiGateway::Stage', 'ApiRestApiDeploymentStage');
  const [assetsId, assetsBucket] = one(template, 'AWS::S3::Bucket', 'FrontAssets');
  const [logsId, logBucket] = one(template, 'AWS::S3::Bucket', 'FrontLogs');
  const [secretId] = one(template, 'AWS::SecretsManager::Secret', 'FirewallOriginVerify');
  const originVerifyRef = `{{resolve:secretsmanager:\${${secretId}}:SecretString:::}}`;

  describe('CloudFront', () => {
    test('serves the service’s domain with its us-east-1 certificate, TLS 1.2 or later only', () => {
      expect(config.Aliases).toEqual([EXAMPLE_SITE.domainName]);
      expect(config.ViewerCertificate).toEqual({
        AcmCertificateArn: EXAMPLE_SITE.certificateArn,
        MinimumProtocolVersion: 'TLSv1.2_2021',
        SslSupportMethod: 'sni-only',
      });
    });

    test('sends everything but /assets/* to the REST API stage, uncached, with cookies and query strings', () => {
      const behaviour = config.DefaultCacheBehavior;
      const origin = config.Origins.find((o: any) => o.Id === behaviour.TargetOriginId);
      expect(JSON.stringify(origin.DomainName)).toContain(restApiId);
      expect(JSON.stringify(origin.OriginPath)).toContain(stageId);
      expect(origin.CustomOriginConfig).toMatchObject({ OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] });
      expect(behaviour.CachePolicyId).toBe(CACHING_DISABLED);
      expect(behaviour.OriginRequestPolicyId).toBe(ALL_VIEWER_EXCEPT_HOST_HEADER);
      expect(behaviour.AllowedMethods).toEqual(expect.arrayContaining(['GET', 'HEAD', 'POST']));
      expect(behaviour.ViewerProtocolPolicy).toBe('redirect-to-https');
    });

    test('proves itself to WAF with the secret origin-verify header, from Secrets Manager', () => {
      const origin = config.Origins.find((o: any) => o.Id === config.DefaultCacheBehavior.TargetOriginId);
      expect(origin.OriginCustomHeaders).toHaveLength(1);
      expect(origin.OriginCustomHeaders[0].HeaderName).toBe(ORIGIN_VERIFY_HEADER);
      expect(text(origin.OriginCustomHeaders[0].HeaderValue)).toBe(originVerifyRef);
    });

    test('serves /assets/* from the private bucket through origin access control, cached a year', () => {
      expect(config.CacheBehaviors).toHaveLength(1);
      const assets = config.CacheBehaviors[0];
      expect(assets.PathPattern).toBe('/assets/*');
      expect(assets.AllowedMethods).toEqual(['GET', 'HEAD']);
      expect(assets.ViewerProtocolPolicy).toBe('redirect-to-https');
      expect(assets.Compress).toBe(true);
      const origin = config.Origins.find((o: any) => o.Id === assets.TargetOriginId);
      expect(origin.DomainName).toEqual({ 'Fn::GetAtt': [assetsId, 'RegionalDomainName'] });
      expect(origin.OriginAccessControlId).toBeDefined();
      const policy = template.findResources('AWS::CloudFront::CachePolicy')[assets.CachePolicyId.Ref];
      const year = 365 * 24 * 3600;
      expect(policy.Properties.CachePolicyConfig).toMatchObject({ MinTTL: year, DefaultTTL: year, MaxTTL: year });
      template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
        OriginAccessControlConfig: Match.objectLike({ OriginAccessControlOriginType: 's3', SigningBehavior: 'always' }),
      });
    });

    test('adds the security headers to every response, HSTS always', () => {
      const policyIds = [config.DefaultCacheBehavior, ...config.CacheBehaviors].map((b: any) => b.ResponseHeadersPolicyId);
      expect(new Set(policyIds.map((id: any) => id.Ref)).size).toBe(1);
      const policy = template.findResources('AWS::CloudFront::ResponseHeadersPolicy')[policyIds[0].Ref];
      const headers = policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
      expect(headers.StrictTransportSecurity).toEqual({
        AccessControlMaxAgeSec: 63072000,
        IncludeSubdomains: true,
        Preload: false,
        Override: true,
      });
      expect(headers.ContentTypeOptions).toEqual({ Override: true });
      expect(headers.FrameOptions).toEqual({ FrameOption: 'DENY', Override: false });
      expect(headers.ReferrerPolicy).toEqual({ ReferrerPolicy: 'no-referrer', Override: false });
      // The functions' own CSP wins (casework's allows forms to continue at Cognito); the edge's is the fallback.
      expect(headers.ContentSecurityPolicy.Override).toBe(false);
      expect(headers.ContentSecurityPolicy.ContentSecurityPolicy).toContain("default-src 'self'");
      expect(headers.ContentSecurityPolicy.ContentSecurityPolicy).toContain("frame-ancestors 'none'");
    });

    test('passes the viewer address in a header the browser cannot set, for the WAF rate rule', () => {
      const [, fn] = one(template, 'AWS::CloudFront::Function', 'FrontViewerIp');
      expect(config.DefaultCacheBehavior.FunctionAssociations).toEqual([
        { EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': [expect.any(String), 'FunctionARN'] } },
      ]);
      // Run the function as CloudFront would, on a request that tries to forge the header.
      const sandbox: { handler?: (event: unknown) => any } = {};
      vm.runInNewContext(`${fn.Properties.FunctionCode}\nthis.handler = handler;`, sandbox);
      const request = { headers: { [VIEWER_IP_HEADER]: { value: '10.0.0.1' }, cookie: { value: 'a=b' } } };
      const result = sandbox.handler!({ viewer: { ip: '198.51.100.7' }, request });
      expect(result.headers[VIEWER_IP_HEADER]).toEqual({ value: '198.51.100.7' });
      expect(result.headers.cookie).toEqual({ value: 'a=b' });
      expect(fn.Properties.FunctionConfig.Runtime).toBe('cloudfront-js-2.0');
    });

    test("keeps no legacy edge logs, which would hold viewers' IP addresses and sign-in codes (v2: test/edge-logs.test.ts)", () => {
      expect(config.Logging).toBeUndefined();
      // v2 logging is set up from us-east-1 (lib/edge-logs.ts); no real-time logs.
      for (const type of ['AWS::Logs::DeliverySource', 'AWS::Logs::Delivery', 'AWS::CloudFront::RealtimeLogConfig']) {
        template.resourceCountIs(type, 0);
      }
    });
  });

  describe('the assets bucket', () => {
    test('is private, encrypted and TLS-only, readable only by this distribution', () => {
      expect(assetsBucket.Properties.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(assetsBucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault).toEqual({
        SSEAlgorithm: 'AES256',
      });
      const [, policy] = resources(template, 'AWS::S3::BucketPolicy').find(([, p]) => p.Properties.Bucket.Ref === assetsId)!;
      const statements = policy.Properties.PolicyDocument.Statement;
      expect(statements).toContainEqual(
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      );
      const allows = statements.filter((s: any) => s.Effect === 'Allow');
      expect(allows).toEqual([
        expect.objectContaining({
          Action: 's3:GetObject',
          Principal: { Service: 'cloudfront.amazonaws.com' },
          Condition: { StringEquals: { 'AWS:SourceArn': expect.anything() } },
        }),
      ]);
      expect(JSON.stringify(allows[0].Condition)).toContain(one(template, 'AWS::CloudFront::Distribution', 'FrontDistribution')[0]);
    });

    test('logs its access to the log bucket', () => {
      expect(assetsBucket.Properties.LoggingConfiguration).toEqual({
        DestinationBucketName: { Ref: logsId },
        LogFilePrefix: 'assets-bucket/',
      });
    });

    test('receives govuk-frontend’s assets and ours under assets/, cached an hour by browsers, and /assets/* is invalidated', () => {
      const [, deployment] = one(template, 'Custom::CDKBucketDeployment', 'FrontAssetsDeployment');
      expect(deployment.Properties).toMatchObject({
        DestinationBucketName: { Ref: assetsId },
        DestinationBucketKeyPrefix: 'assets/',
        SystemMetadata: { 'cache-control': 'public, max-age=3600' },
        DistributionPaths: ['/assets/*'],
        Prune: true,
        RetainOnDelete: false,
      });
      expect(deployment.Properties.SourceObjectKeys).toHaveLength(2);
    });

    test('receives govuk-frontend’s fonts, images and manifest, and of ours only the compiled stylesheet and script', () => {
      // The deployment's sources (its own asset children, not the AWS CLI layer) as CDK stages them for upload,
      // excludes applied.
      const deployment = app.node.findAll().find((c) => c.node.path.endsWith('/Front/AssetsDeployment'))!;
      const staged = deployment.node.children
        .filter((c): c is s3assets.Asset => c instanceof s3assets.Asset)
        .map((asset) => fs.readdirSync(path.join(app.outdir, asset.assetPath)).sort());
      expect(staged).toHaveLength(2);
      expect(staged).toContainEqual(['application.css', 'application.min.js']);
      expect(staged).toContainEqual(expect.arrayContaining(['fonts', 'images', 'manifest.json']));
      // No page links govuk-frontend's whole-library files, and our sources are not served.
      for (const name of ['govuk-frontend.min.css', 'govuk-frontend.min.js', 'application.scss', 'application.js']) {
        expect(staged.flat()).not.toContain(name);
      }
    });
  });

  describe('the log bucket', () => {
    test('is private, encrypted, TLS-only, kept, and empties itself', () => {
      expect(logBucket.Properties.PublicAccessBlockConfiguration.RestrictPublicBuckets).toBe(true);
      expect(logBucket.Properties.BucketEncryption).toBeDefined();
      expect(logBucket.Properties.LifecycleConfiguration.Rules[0].ExpirationInDays).toBe(stage === 'prod' ? 90 : 14);
      expect(logBucket.DeletionPolicy).toBe('Retain');
      const [, policy] = resources(template, 'AWS::S3::BucketPolicy').find(([, p]) => p.Properties.Bucket.Ref === logsId)!;
      expect(policy.Properties.PolicyDocument.Statement).toContainEqual(
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      );
    });
  });

  describe('the REST API', () => {
    test('is regional, with one stage that logs access without personal data and is throttled', () => {
      template.hasResourceProperties('AWS::ApiGateway::RestApi', { EndpointConfiguration: { Types: ['REGIONAL'] } });
      const format = JSON.parse(apiStage.Properties.AccessLogSetting.Format);
      expect(Object.values(format)).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/sourceIp|userAgent|\$context\.path/)]),
      );
      expect(apiStage.Properties.MethodSettings).toEqual([
        expect.objectContaining({ DataTraceEnabled: false, ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 }),
      ]);
    });

    test('routes /casework and /casework/* to casework, and / and everything else to apply', () => {
      // Through each function's live alias, never $LATEST: a new version takes traffic only as CodeDeploy shifts it.
      const [applyId] = one(template, 'AWS::Lambda::Alias', 'FunctionsApplyLive');
      const [caseworkId] = one(template, 'AWS::Lambda::Alias', 'FunctionsCaseworkLive');
      const apiResources = template.findResources('AWS::ApiGateway::Resource');
      const pathOf = (resourceId: unknown): string => {
        if (JSON.stringify(resourceId).includes('RootResourceId')) return '';
        const r = apiResources[(resourceId as { Ref: string }).Ref];
        return `${pathOf(r.Properties.ParentId)}/${r.Properties.PathPart}`;
      };
      const routes = Object.fromEntries(
        resources(template, 'AWS::ApiGateway::Method').map(([, m]) => {
          const target = JSON.stringify(m.Properties.Integration.Uri).includes(caseworkId) ? 'casework' : JSON.stringify(m.Properties.Integration.Uri).includes(applyId) ? 'apply' : '?';
          expect(m.Properties.Integration.Type).toBe('AWS_PROXY');
          expect(m.Properties.HttpMethod).toBe('ANY');
          return [pathOf(m.Properties.ResourceId) || '/', target];
        }),
      );
      expect(routes).toEqual({
        '/': 'apply',
        '/{proxy+}': 'apply',
        '/casework': 'casework',
        '/casework/{proxy+}': 'casework',
      });
    });
  });

  describe('WAF', () => {
    const [webAclId, webAcl] = one(template, 'AWS::WAFv2::WebACL', 'FirewallWebAcl');
    const rules = webAcl.Properties.Rules as any[];
    const rule = (name: string) => rules.find((r) => r.Name === name);

    test('is a regional web ACL on the REST API stage', () => {
      expect(webAcl.Properties.Scope).toBe('REGIONAL');
      expect(webAcl.Properties.DefaultAction).toEqual({ Allow: {} });
      template.hasResourceProperties('AWS::WAFv2::WebACLAssociation', {
        WebACLArn: { 'Fn::GetAtt': [webAclId, 'Arn'] },
        ResourceArn: { 'Fn::Join': ['', Match.arrayWith([{ Ref: restApiId }, '/stages/', { Ref: stageId }])] },
      });
    });

    test('has exactly these rules, in this order', () => {
      expect(rules.map((r) => [r.Priority, r.Name])).toEqual([
        [0, 'OriginVerify'],
        [1, 'RatePerViewer'],
        [2, 'AWSManagedRulesCommonRuleSet'],
        [3, 'AWSManagedRulesKnownBadInputsRuleSet'],
      ]);
      for (const r of rules) expect(r.VisibilityConfig).toMatchObject({ CloudWatchMetricsEnabled: true, SampledRequestsEnabled: true });
    });

    test('blocks requests without the origin-verify value: nothing reaches the API around CloudFront', () => {
      const originVerify = rule('OriginVerify');
      expect(originVerify.Action).toEqual({ Block: {} });
      const match = originVerify.Statement.NotStatement.Statement.ByteMatchStatement;
      expect(match.FieldToMatch).toEqual({ SingleHeader: { Name: ORIGIN_VERIFY_HEADER } });
      expect(match.PositionalConstraint).toBe('EXACTLY');
      expect(text(match.SearchString)).toBe(originVerifyRef);
    });

    test('rate-limits each viewer address, read from the header CloudFront sets', () => {
      const rate = rule('RatePerViewer');
      expect(rate.Action).toEqual({ Block: {} });
      expect(rate.Statement.RateBasedStatement).toEqual({
        Limit: RATE_LIMIT_PER_5_MINUTES,
        EvaluationWindowSec: 300,
        AggregateKeyType: 'FORWARDED_IP',
        ForwardedIPConfig: { HeaderName: VIEWER_IP_HEADER, FallbackBehavior: 'MATCH' },
      });
    });

    test.each(['AWSManagedRulesCommonRuleSet', 'AWSManagedRulesKnownBadInputsRuleSet'])(
      'applies the AWS managed %s, blocking',
      (name) => {
        expect(rule(name).Statement).toEqual({ ManagedRuleGroupStatement: { VendorName: 'AWS', Name: name } });
        expect(rule(name).OverrideAction).toEqual({ None: {} });
      },
    );
  });
});

describe('the origin-verify value', () => {
  test('is rotated by a new generation: a new secret, which CloudFront and WAF then use', () => {
    const first = synth('dev').template;
    const second = synth('dev', { originVerifyGeneration: 2 }).template;
    const [firstId] = one(first, 'AWS::SecretsManager::Secret', 'FirewallOriginVerify');
    const [secondId] = one(second, 'AWS::SecretsManager::Secret', 'FirewallOriginVerify');
    expect(secondId).not.toBe(firstId);
    expect(JSON.stringify(second.toJSON())).not.toContain(firstId);
  });
});
