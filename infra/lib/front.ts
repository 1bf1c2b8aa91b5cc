import * as fs from 'fs';
import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct, IConstruct } from 'constructs';
import { acknowledgeNag, skipCfnLint, skipCheckov } from './compliance';
import { ORIGIN_VERIFY_HEADER, VIEWER_IP_HEADER } from './firewall';
import { Site } from './site';
import { Stage } from './stage';

const TEMPLATES = path.join(__dirname, '..', '..', 'templates');
const GOVUK_FRONTEND = path.join(TEMPLATES, 'node_modules', 'govuk-frontend', 'dist', 'govuk');

/**
 * The files of our own `templates/assets` that are deployed: the service's stylesheet and script, compiled by `make`
 * (the Makefile's rules for them) from govuk-frontend with only the components our pages use. Their sources
 * (application.scss, application.js) are not served.
 */
const COMPILED_ASSETS = ['application.css', 'application.min.js'];

/**
 * What is served at `/assets`, as the dev server serves it (functions/dev-server/src/lib.rs, `assets()`): the
 * govuk-frontend package's `dist/govuk/assets` (fonts, images, manifest.json), then our compiled `application.css`
 * and `application.min.js` from `templates/assets`, all at the top of `/assets/`. govuk-frontend comes from npm
 * (templates/package-lock.json), never copied into the repository; its whole-library `govuk-frontend.min.css` and
 * `.min.js` are not deployed, as no page links them.
 */
export function assetSources(): s3deploy.ISource[] {
  const ours = path.join(TEMPLATES, 'assets');
  for (const file of [path.join(GOVUK_FRONTEND, 'assets'), ...COMPILED_ASSETS.map((name) => path.join(ours, name))]) {
    if (!fs.existsSync(file)) {
      throw new Error(`${file} is missing: install the templates' npm packages and compile the assets first (make deps)`);
    }
  }
  return [
    s3deploy.Source.asset(path.join(GOVUK_FRONTEND, 'assets')),
    // Everything else excluded: `*` leaves dotfiles (the folder's .gitignore), hence `.*`.
    s3deploy.Source.asset(ours, { exclude: ['*', '.*', ...COMPILED_ASSETS.map((name) => `!${name}`)] }),
  ];
}

export interface FrontProps {
  readonly stage: Stage;
  readonly site: Site;
  readonly api: apigw.RestApi;
  /** The origin-verify value WAF requires (lib/firewall.ts). */
  readonly originVerifyValue: string;
  /**
   * The web ACL that checks that value. The distribution is updated after it, so that during a rotation WAF
   * already accepts the new value when CloudFront starts sending it.
   */
  readonly webAcl: cdk.CfnResource;
}

/**
 * The public front door: CloudFront on the service's own domain, with
 * - `/assets/*` from a private S3 bucket through origin access control, cached at the edge for a year;
 * - everything else to the REST API (which routes `/casework` to casework and the rest to apply), never cached;
 * - security response headers on every response (HSTS above all: the functions cannot know they are on HTTPS).
 */
export class Front extends Construct {
  public readonly distribution: cloudfront.Distribution;
  public readonly assetsBucket: s3.Bucket;
  public readonly logBucket: s3.Bucket;

  constructor(scope: Construct, id: string, props: FrontProps) {
    super(scope, id);
    const isProd = props.stage === 'prod';

    // ---- Logs ------------------------------------------------------------------------------------------------
    // The S3 access logs of the assets bucket and of the canary's artifacts bucket (lib/canary.ts): requests made
    // by CloudFront and by the canary, no viewer's. They expire: 90 days in prod (security investigations), 14 in
    // dev. The bucket is kept when the stack is deleted (what it holds is evidence); the lifecycle rule empties it.
    // S3 writes its access logs under the bucket policy (the log delivery service principal), so ACLs are off.
    // The distribution's own edge logs go to CloudWatch Logs in us-east-1: see "Edge logs" below.
    this.logBucket = new s3.Bucket(this, 'Logs', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ expiration: cdk.Duration.days(isProd ? 90 : 14), abortIncompleteMultipartUploadAfter: cdk.Duration.days(1) }],
      removalPolicy: cdk.RemovalPolicy.RETAIN,
    });
    skipCheckov(
      this.logBucket,
      { id: 'CKV_AWS_18', reason: 'This is the access-log bucket itself.' },
      { id: 'CKV_AWS_21', reason: 'Logs are written once and expire by lifecycle; versions would only keep them longer.' },
    );

    // ---- Assets ----------------------------------------------------------------------------------------------
    // Private: only this distribution can read it (origin access control, signed requests); public access blocked,
    // TLS enforced, encrypted at rest. Not versioned and deleted with the stack: its content is rebuilt from npm
    // by every deployment.
    this.assetsBucket = new s3.Bucket(this, 'Assets', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 'assets-bucket/',
      removalPolicy: cdk.RemovalPolicy.DESTROY,
    });
    skipCheckov(
      this.assetsBucket,
      {
        id: 'CKV_AWS_21',
        reason: 'The bucket is a copy of govuk-frontend from npm and templates/assets, redeployed whole each time.',
      },
    );

    // ---- Edge behaviour --------------------------------------------------------------------------------------
    // The functions set Content-Security-Policy, X-Frame-Options, Referrer-Policy, nosniff and no-store on their
    // pages; CloudFront keeps theirs (override: false) and adds the same to anything without them (assets,
    // redirects), and always adds HSTS. https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/understanding-response-headers-policies.html
    const securityHeaders = new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: `cms-intake ${props.stage}: security headers`,
      securityHeadersBehavior: {
        // Two years, subdomains included (https://www.gov.uk/service-manual/technology/using-https).
        strictTransportSecurity: {
          accessControlMaxAge: cdk.Duration.days(730),
          includeSubdomains: true,
          preload: false,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: false },
        referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.NO_REFERRER, override: false },
        contentSecurityPolicy: {
          contentSecurityPolicy:
            "default-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
          override: false,
        },
      },
      customHeadersBehavior: {
        customHeaders: [
          {
            header: 'Permissions-Policy',
            value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
            override: false,
          },
          { header: 'Cross-Origin-Opener-Policy', value: 'same-origin', override: false },
        ],
      },
      removeHeaders: ['Server'],
    });

    // The viewer's address in a header only CloudFront sets (WAF's rate rule counts by it): the function runs on
    // every request to the API and overwrites the header whatever the browser sent.
    // https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/functions-event-structure.html
    const viewerIp = new cloudfront.Function(this, 'ViewerIp', {
      comment: `cms-intake ${props.stage}: passes the viewer address to WAF`,
      runtime: cloudfront.FunctionRuntime.JS_2_0,
      code: cloudfront.FunctionCode.fromInline(
        [
          'function handler(event) {',
          '  var request = event.request;',
          `  request.headers['${VIEWER_IP_HEADER}'] = { value: event.viewer.ip };`,
          '  return request;',
          '}',
        ].join('\n'),
      ),
    });

    // Assets: a year at the edge whatever S3 says (each deployment invalidates /assets/*), compressed. Browsers
    // keep them an hour (Cache-Control set on the objects below): the file names carry no content hash, so a
    // browser must see a new govuk-frontend soon after the pages that need it.
    const assetsCache = new cloudfront.CachePolicy(this, 'AssetsCache', {
      comment: `cms-intake ${props.stage}: static assets`,
      minTtl: cdk.Duration.days(365),
      defaultTtl: cdk.Duration.days(365),
      maxTtl: cdk.Duration.days(365),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
      headerBehavior: cloudfront.CacheHeaderBehavior.none(),
      cookieBehavior: cloudfront.CacheCookieBehavior.none(),
      queryStringBehavior: cloudfront.CacheQueryStringBehavior.none(),
    });

    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: `cms-intake ${props.stage}`,
      domainNames: [props.site.domainName],
      certificate: acm.Certificate.fromCertificateArn(this, 'Certificate', props.site.certificateArn),
      minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      // Europe and North America edges: the users are in Great Britain.
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
      // Edge logs: CloudFront's standard logging v2 with chosen fields, set up in us-east-1 (the only region it can
      // be set up from) by the stack CmsIntakeEdgeLogs-<stage> (lib/edge-logs.ts): no IP address, query string,
      // cookie, user agent, referrer or path. Not the legacy standard logs configured here, which always record
      // the viewer's IP address and the whole query string (a caseworker's sign-in `code` among them).
      enableLogging: false,
      defaultBehavior: {
        // The API's stage URL; CloudFront adds the origin-verify header WAF requires, overwriting any a viewer sent.
        origin: new origins.RestApiOrigin(props.api, {
          customHeaders: { [ORIGIN_VERIFY_HEADER]: props.originVerifyValue },
          readTimeout: cdk.Duration.seconds(30),
        }),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
        // Never cached: every page is personal (the functions also send Cache-Control: no-store).
        cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
        // Cookies, query strings and headers reach the functions; Host does not (API Gateway needs its own).
        originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
        responseHeadersPolicy: securityHeaders,
        functionAssociations: [{ function: viewerIp, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors: {
        '/assets/*': {
          origin: origins.S3BucketOrigin.withOriginAccessControl(this.assetsBucket),
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
          cachePolicy: assetsCache,
          compress: true,
          responseHeadersPolicy: securityHeaders,
        },
      },
    });
    acknowledgeNag(
      this.distribution,
      {
        id: 'AwsSolutions-CFR1',
        reason:
          'No geo restriction: people outside the UK use the service too (the eligibility questions tell them ' +
          'where to go instead), and a survivor may have fled abroad.',
      },
      {
        id: 'AwsSolutions-CFR2',
        reason:
          'WAF sits on the REST API stage behind this distribution (regional web ACL, lib/firewall.ts), where every ' +
          'dynamic request is inspected and rate limited, and which refuses requests that skip CloudFront. The ' +
          'only other origin is static, cached assets.',
      },
    );
    const edgeLogsV2 =
      "Edge logs use CloudFront's standard logging v2 (CloudWatch Logs vended delivery, set up in us-east-1 by the " +
      'stack CmsIntakeEdgeLogs-<stage>, lib/edge-logs.ts) with chosen fields and no personal data; this rule reads ' +
      "only the legacy Logging property, which always records viewers' IP addresses and query strings (sign-in codes).";
    acknowledgeNag(this.distribution, { id: 'AwsSolutions-CFR3', reason: edgeLogsV2 });
    skipCheckov(
      this.distribution,
      {
        id: 'CKV_AWS_68',
        reason: 'WAF is on the REST API stage this distribution forwards to (see the AwsSolutions-CFR2 acknowledgement).',
      },
      { id: 'CKV_AWS_86', reason: edgeLogsV2 },
    );
    // During a rotation of the origin-verify value, WAF must accept the new value before CloudFront sends it.
    this.distribution.node.addDependency(props.webAcl);

    // ---- Deploying the assets --------------------------------------------------------------------------------
    const deploymentLogs = new logs.LogGroup(this, 'AssetsDeploymentLogs', {
      retention: logs.RetentionDays.TWO_WEEKS,
      removalPolicy: cdk.RemovalPolicy.DESTROY,
    });
    skipCheckov(deploymentLogs, {
      id: 'CKV_AWS_158',
      reason: 'Logs of copying public files into S3: nothing in them needs a key of our own.',
    });
    // Its own role, so that no AWS managed policy is attached; CDK adds the S3 and invalidation permissions.
    const deploymentRole = new iam.Role(this, 'AssetsDeploymentRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `cms-intake ${props.stage}: copies the static assets to S3`,
    });
    deploymentLogs.grantWrite(deploymentRole);
    new s3deploy.BucketDeployment(this, 'AssetsDeployment', {
      sources: assetSources(),
      destinationBucket: this.assetsBucket,
      destinationKeyPrefix: 'assets/',
      cacheControl: [s3deploy.CacheControl.fromString('public, max-age=3600')],
      distribution: this.distribution,
      distributionPaths: ['/assets/*'],
      // Delete the files with the stack, so that the (unversioned) bucket is empty and goes too.
      retainOnDelete: false,
      memoryLimit: 256,
      role: deploymentRole,
      logGroup: deploymentLogs,
    });
    this.acknowledgeDeploymentHandler(deploymentRole);
  }

  /** What CDK's BucketDeployment brings with it: a Python Lambda (AWS CLI layer) and the grants CDK gives it. */
  private acknowledgeDeploymentHandler(role: iam.Role) {
    const stack = cdk.Stack.of(this);
    const id = (c: IConstruct) => stack.resolve((c.node.defaultChild as cdk.CfnElement).logicalId) as string;
    const bucket = id(this.assetsBucket);
    acknowledgeNag(
      role,
      ...['s3:GetBucket*', 's3:GetObject*', 's3:List*', 's3:Abort*', 's3:DeleteObject*'].map((action) => ({
        id: `AwsSolutions-IAM5[Action::${action}]`,
        reason: "CDK's BucketDeployment grant: read the staged assets, write and prune the assets bucket.",
      })),
      {
        id: `AwsSolutions-IAM5[Resource::<${bucket}.Arn>/*]`,
        reason: 'Every object of the assets bucket is its to replace: the deployment syncs the whole prefix.',
      },
      {
        id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*]`,
        reason: "Reads the zipped assets CDK staged in the bootstrap bucket; their keys are content hashes.",
      },
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: 'cloudfront:CreateInvalidation and GetInvalidation support no resource-level permissions.',
      },
    );
    const handler = stack.node
      .findAll()
      .find((c) => c instanceof lambda.CfnFunction && c.node.scope?.node.id.startsWith('Custom::CDKBucketDeployment'));
    skipCheckov(role.node.findChild('DefaultPolicy'), {
      id: 'CKV_AWS_111',
      reason:
        'cloudfront:CreateInvalidation (the deployment invalidates /assets/*) has no resource-level permissions; ' +
        "the S3 writes are limited to the assets bucket by CDK's grant.",
    });
    if (!handler) throw new Error("CDK's BucketDeployment handler was not found; has CDK changed its construct ids?");
    acknowledgeNag(
      handler.node.scope!,
      {
        id: 'AwsSolutions-L1',
        reason: "CDK's own BucketDeployment handler: its runtime is chosen and updated by aws-cdk-lib.",
      },
      {
        id: 'Serverless-LambdaLatestVersion',
        reason: "CDK's own BucketDeployment handler: its runtime is chosen and updated by aws-cdk-lib.",
      },
      {
        id: 'Serverless-LambdaDLQ',
        reason: 'Invoked synchronously by CloudFormation during deployments, which reports its failures.',
      },
      {
        id: 'Serverless-LambdaTracing',
        reason: 'Copies files to S3 during deployments; X-Ray is off service-wide and would add nothing here.',
      },
    );
    skipCfnLint(
      handler,
      { id: 'WS1000', reason: 'Copies files to S3 during deployments; X-Ray is off service-wide and would add nothing.' },
      {
        id: 'WS1004',
        reason:
          'It logs to a log group of its own with a retention period (LoggingConfig.LogGroup, AssetsDeploymentLogs); ' +
          'the rule looks only for /aws/lambda/<function name>.',
      },
    );
    skipCheckov(
      handler,
      { id: 'CKV_AWS_115', reason: "CDK's deployment-time handler, run by CloudFormation only during deployments." },
      { id: 'CKV_AWS_116', reason: 'Invoked synchronously by CloudFormation, which reports its failures.' },
      { id: 'CKV_AWS_117', reason: 'Talks only to S3 and CloudFront APIs; no VPC resources.' },
      { id: 'CKV_AWS_173', reason: 'No environment variables of any secrecy.' },
    );
  }
}
