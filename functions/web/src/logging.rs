//! Structured JSON logs: one line per request with its id, method, route template, status and latency.
//!
//! Never the raw path, query, headers or body: those can carry answers, names or a session id. The route is the
//! matched template (`/where-do-you-live`), or "unmatched" for a 404, whose path could be anything typed.

use std::time::Instant;

use axum::extract::{MatchedPath, Request};
use axum::middleware::Next;
use axum::response::Response;
use rand::RngCore;

/// Installs the JSON subscriber. Level from `RUST_LOG`, default `info`.
pub fn init() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    // `try_init`: tests may install it more than once.
    let _ = tracing_subscriber::fmt()
        .json()
        .with_env_filter(filter)
        .with_current_span(false)
        .with_span_list(false)
        .with_target(false)
        .try_init();
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
