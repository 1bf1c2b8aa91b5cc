import * as cdk from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { acknowledgeNag, skipCfnLint, skipCheckov } from './compliance';
import { Stage } from './stage';

export interface ApiProps {
  readonly stage: Stage;
  /** The functions' `live` aliases (lib/functions.ts): the API never calls `$LATEST`. */
  readonly apply: lambda.IFunction;
  readonly casework: lambda.IFunction;
}

/** The REST API stage CloudFront forwards to (its name is the origin path, never seen by a browser). */
export const API_STAGE_NAME = 'live';

/**
 * The regional REST API in front of the two HTTP functions: `/casework` and `/casework/*` go to casework,
 * everything else to apply (`/assets/*` never gets here: CloudFront serves it from S3).
 *
 * Why a REST API rather than an HTTP API: AWS WAF attaches to REST API stages but not to HTTP APIs
 * (https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html), and a regional web ACL keeps the whole
 * service in one region and one stack. infra/README.md, "The front", has the full reasoning.
 *
 * Both functions are Lambda proxy integrations: lambda_http reads REST API (payload v1) events, and each router
 * sees the whole path, as locally (the dev server routes by path the same way).
 */
export class Api extends Construct {
  public readonly restApi: apigw.RestApi;
  public readonly accessLogs: logs.LogGroup;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    const isProd = props.stage === 'prod';

    this.accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      retention: isProd ? logs.RetentionDays.THREE_MONTHS : logs.RetentionDays.TWO_WEEKS,
      removalPolicy: isProd ? cdk.RemovalPolicy.RETAIN : cdk.RemovalPolicy.DESTROY,
    });
    skipCheckov(this.accessLogs, {
      id: 'CKV_AWS_158',
      reason:
        'CloudWatch Logs encrypts log groups at rest already; these access logs hold no personal data (no IP, ' +
        'no user agent, no path: the route template only).',
    });

    this.restApi = new apigw.RestApi(this, 'RestApi', {
      restApiName: `cms-intake-${props.stage}`,
      description: `cms-intake ${props.stage}: the applicant's journey and casework, behind CloudFront`,
      // Regional: CloudFront is our own edge; an edge-optimised API would put a second, AWS-managed CloudFront in
      // the path.
      endpointConfiguration: { types: [apigw.EndpointType.REGIONAL] },
      // The account-level CloudWatch role for execution logs is shared by every API in the account and region;
      // this stack does not own it (see the APIG6 acknowledgement below).
      cloudWatchRole: false,
      // API Gateway compresses responses over 1 KiB when the browser accepts it: pages are HTML and CloudFront does
      // not compress what it does not cache.
      minCompressionSize: cdk.Size.kibibytes(1),
      deployOptions: {
        stageName: API_STAGE_NAME,
        // Who asked for what, without personal data: no IP address, user agent or path (the route template
        // only: a casework path holds an application reference). The functions log the rest, equally sparingly.
        accessLogDestination: new apigw.LogGroupLogDestination(this.accessLogs),
        accessLogFormat: apigw.AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            requestTime: '$context.requestTimeEpoch',
            method: '$context.httpMethod',
            route: '$context.resourcePath',
            status: '$context.status',
            responseLength: '$context.responseLength',
            latency: '$context.responseLatency',
            integrationStatus: '$context.integration.status',
            integrationLatency: '$context.integration.latency',
            integrationError: '$context.integration.error',
            wafStatus: '$context.waf.status',
          }),
        ),
        // Detailed (per-method) metrics are billed as custom metrics; the API-wide metrics the alarms use
        // (Count, 5XXError by ApiName and Stage) come without them.
        metricsEnabled: false,
        // Execution logs and data tracing stay off: data tracing would write request bodies (an applicant's
        // answers) to the logs.
        loggingLevel: apigw.MethodLoggingLevel.OFF,
        dataTraceEnabled: false,
        tracingEnabled: false,
        // A ceiling for the whole stage, well above the service's real load (10,000 applications a month is
        // under one request a second on average), so that a flood is refused before it costs Lambda and DynamoDB.
        throttlingRateLimit: 50,
        throttlingBurstLimit: 100,
      },
    });

    // CDK outputs the execute-api URL by default; it is of no use to anyone (WAF refuses whatever does not come
    // through CloudFront), so the stack's outputs name only the service's own URLs.
    this.restApi.node.tryRemoveChild('Endpoint');

    // No test-invoke permissions: only this stage may call the functions.
    const apply = new apigw.LambdaIntegration(props.apply, { proxy: true, allowTestInvoke: false });
    const casework = new apigw.LambdaIntegration(props.casework, { proxy: true, allowTestInvoke: false });
    const root = this.restApi.root;
    const caseworkResource = root.addResource('casework');
    const methods = [
      root.addMethod('ANY', apply),
      root.addResource('{proxy+}').addMethod('ANY', apply),
      caseworkResource.addMethod('ANY', casework),
      caseworkResource.addResource('{proxy+}').addMethod('ANY', casework),
    ];
    for (const method of methods) {
      skipCheckov(method, {
        id: 'CKV_AWS_59',
        reason:
          "Public by design: the applicant's journey needs no account, and casework signs caseworkers in itself " +
          '(see the AwsSolutions-APIG4 acknowledgement). WAF requires every request to come through CloudFront.',
      });
    }

    acknowledgeNag(
      this.restApi,
      {
        id: 'AwsSolutions-APIG2',
        reason:
          'Proxy integrations: every request is parsed into domain types by the function (server-side ' +
          'validation with GOV.UK error messages); a request model in API Gateway could only duplicate it badly.',
      },
      {
        id: 'AwsSolutions-APIG4',
        reason:
          "The applicant's journey is public by design (no account); casework authenticates caseworkers itself " +
          '(OIDC with Cognito, PKCE, ID token verified, then a strict session cookie) on every route.',
      },
      {
        id: 'AwsSolutions-COG4',
        reason:
          'A Cognito authorizer checks a bearer token; caseworkers carry a session cookie after the OIDC sign-in, ' +
          'which the casework function checks on every route. The applicant routes are public.',
      },
      {
        id: 'AwsSolutions-APIG6',
        reason:
          'Execution logs need the account-wide API Gateway CloudWatch role, which this stack does not own (dev ' +
          'and prod in one account would fight over it). Access logs, function logs and metrics cover operations.',
      },
    );
    const stage = this.restApi.deploymentStage;
    const noXRay = 'X-Ray is off for the whole service (see lib/functions.ts): the functions emit no X-Ray segments.';
    acknowledgeNag(stage, { id: 'Serverless-APIGWXrayEnabled', reason: noXRay });
    skipCfnLint(stage, { id: 'WS2002', reason: noXRay });
    skipCheckov(
      stage,
      {
        id: 'CKV_AWS_120',
        reason: 'Caching must stay off: every response is personal and marked Cache-Control: no-store.',
      },
      {
        id: 'CKV_AWS_73',
        reason: 'X-Ray is off for the whole service (see lib/functions.ts): the functions emit no X-Ray segments.',
      },
    );
  }
}
