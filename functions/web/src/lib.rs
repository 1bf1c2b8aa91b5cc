//! What the `apply` and `casework` functions share at the HTTP edge.
//!
//! One axum Router per function, two front doors ([`serve`]): `lambda_http::run` in AWS and `axum::serve`
//! locally, so the code tested here is the code that runs in Lambda. [`harden`] wraps a router once with
//! everything every response needs: security headers, GOV.UK error pages, panic safety, a body limit and a log
//! line that never carries an answer.

pub mod csrf;
pub mod errors;
pub mod form;
pub mod headers;
pub mod logging;
pub mod serve;
pub mod session;

pub use errors::AppError;
pub use form::PostedForm;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::HeaderValue;
use templates::Area;
use tower_http::catch_panic::CatchPanicLayer;

/// The largest form body accepted. The longest page (about you) posts well under 4 KB; 64 KB leaves room for
/// long free-text answers and refuses anything that is not a form (answered 413 with a GOV.UK page).
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// [`harden`], with forms also allowed to continue at `url`'s origin (see
/// [`headers::policy_allowing_form_action`]). Without a plain http(s) origin, the policy is left as it is.
pub fn allow_forms_to_continue_at(router: Router, url: &str) -> Router {
    let Some(origin) = headers::origin_of(url) else { return router };
    let policy = HeaderValue::from_str(&headers::policy_allowing_form_action(&origin)).ok();
    router.layer(axum::middleware::map_response(move |mut response: axum::response::Response| {
        let policy = policy.clone();
        async move {
            if let Some(policy) = policy {
                response.headers_mut().insert(axum::http::header::CONTENT_SECURITY_POLICY, policy);
            }
            response
        }
    }))
}

/// Applies the layers every router of this service gets, in the order they must run (outermost last).
pub fn harden(router: Router, area: Area) -> Router {
    router
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(CatchPanicLayer::custom(errors::panic_response))
        .layer(axum::middleware::from_fn(move |request, next| errors::render_error_pages(area, request, next)))
        .layer(axum::middleware::map_response(headers::add_security_headers))
        .layer(axum::middleware::from_fn(logging::log_request))
}
