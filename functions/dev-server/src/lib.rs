//! The local development server's app: both functions' routers, exactly as Lambda runs them, and govuk-frontend's
//! assets at `/assets`, as CloudFront serves them from S3 in AWS. A library so that the tests can drive the very
//! app `main` serves (`tests/http/bad_input.rs` asks it for files outside `/assets`).

use std::path::PathBuf;

use axum::Router;
use tower_http::services::ServeDir;

/// govuk-frontend's files, then ours. `/assets/govuk-frontend.min.css` and its fonts and images resolve the
/// same way as in the deployed bucket.
pub fn assets() -> ServeDir<tower_http::services::ServeDir<ServeDir>> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../templates");
    let govuk = root.join("node_modules/govuk-frontend/dist/govuk");
    ServeDir::new(govuk.join("assets")).fallback(ServeDir::new(root.join("assets")).fallback(ServeDir::new(govuk)))
}

/// The whole local site: `/assets`, `/casework…` to the caseworkers' router and everything else to the
/// applicant's.
pub fn app(apply: Router, casework: Router) -> Router {
    // By path, as API Gateway routes them in AWS: each router sees the whole path and only its own route
    // parameters (`route_service` with a wildcard would add one, and `nest` would strip `/casework`).
    let by_path = tower::service_fn(move |request: axum::extract::Request| {
        let path = request.uri().path();
        let router =
            if path == "/casework" || path.starts_with("/casework/") { casework.clone() } else { apply.clone() };
        tower::ServiceExt::oneshot(router, request)
    });
    Router::new().nest_service("/assets", assets()).fallback_service(by_path)
}
