//! Security headers on every response (design.md, "Safety and security model").

use axum::http::{HeaderName, HeaderValue, header};
use axum::response::Response;

/// No inline script or style, nothing from another origin, not framable, forms post only to us.
/// <https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Content-Security-Policy>
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; \
     font-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

/// The headers and their values, in one list so tests can check every one.
pub const SECURITY_HEADERS: [(HeaderName, &str); 5] = [
    // Back after Exit this page, or on a shared computer, must not show a page from the cache.
    (header::CACHE_CONTROL, "no-store"),
    (header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
    // A link to another site must not tell it which page of this service the applicant was on.
    (header::REFERRER_POLICY, "no-referrer"),
    (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
    (header::X_FRAME_OPTIONS, "DENY"),
];

pub async fn add_security_headers(mut response: Response) -> Response {
    let headers = response.headers_mut();
    for (name, value) in SECURITY_HEADERS {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}
