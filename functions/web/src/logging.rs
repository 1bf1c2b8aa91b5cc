//! Structured JSON logs: one line per request with its id, method, route template, status and latency.
//!
//! Never the raw path, query, headers or body: those can carry answers, names or a session id. The route is the
//! matched template (`/where-do-you-live`), or "unmatched" for a 404, whose path could be anything typed.

use std::time::Instant;

use axum::extract::{MatchedPath, Request};
use axum::middleware::Next;
use axum::response::Response;
use rand::RngCore;

/// Libraries whose detailed levels would log what goes over the wire: at `debug` and `trace` the AWS SDK and the
/// HTTP stack log requests and responses, and a DynamoDB request holds the applicant's answers. They are held at
/// `info` whatever `RUST_LOG` asks for, so raising the level to debug a problem can never leak an answer.
const WIRE_LEVEL_CAPS: [&str; 6] = [
    "aws_smithy_runtime=info",
    "aws_smithy_runtime_api=info",
    "aws_sdk_dynamodb=info",
    "aws_config=info",
    "hyper=info",
    "hyper_util=info",
];

/// The filter for `directives` (`RUST_LOG`'s syntax), with the wire-level libraries capped at `info`.
pub fn filter(directives: &str) -> tracing_subscriber::EnvFilter {
    WIRE_LEVEL_CAPS.iter().fold(
        tracing_subscriber::EnvFilter::try_new(directives)
            .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        |filter, cap| match cap.parse() {
            Ok(directive) => filter.add_directive(directive),
            Err(_) => filter,
        },
    )
}

/// The JSON subscriber every function uses, writing to `writer` (stdout in Lambda, where CloudWatch collects it;
/// a buffer in the tests that read what was logged).
pub fn subscriber<W>(directives: &str, writer: W) -> impl tracing::Subscriber + Send + Sync
where
    W: for<'w> tracing_subscriber::fmt::MakeWriter<'w> + Send + Sync + 'static,
{
    tracing_subscriber::fmt()
        .json()
        .with_env_filter(filter(directives))
        .with_current_span(false)
        .with_span_list(false)
        .with_target(false)
        .with_writer(writer)
        .finish()
}

/// Installs the JSON subscriber on stdout. Level from `RUST_LOG`, default `info`.
pub fn init() {
    let directives = std::env::var("RUST_LOG").unwrap_or_else(|_| "info".to_owned());
    // `set_global_default` fails only if one is set already (tests may call this more than once).
    let _ = tracing::subscriber::set_global_default(subscriber(&directives, std::io::stdout));
}

/// The Lambda request id where there is one (so CloudWatch lines join up), else a random one.
fn request_id(request: &Request) -> String {
    use lambda_http::RequestExt;
    match request.lambda_context_ref() {
        Some(context) => context.request_id.clone(),
        None => format!("{:016x}", rand::rng().next_u64()),
    }
}

pub async fn log_request(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let id = request_id(&request);
    let method = request.method().clone();
    let route = request.extensions().get::<MatchedPath>().map(|p| p.as_str().to_owned());
    let response = next.run(request).await;
    tracing::info!(
        request_id = %id,
        method = %method,
        route = route.as_deref().unwrap_or("unmatched"),
        status = response.status().as_u16(),
        latency_us = started.elapsed().as_micros() as u64,
        "request"
    );
    response
}
