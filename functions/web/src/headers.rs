//! Security headers on every response (docs/design.md, "Safety and security model").

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

/// The origin (`scheme://host[:port]`) of a URL, if it is a plain http(s) URL: nothing that could add a CSP
/// directive.
pub fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let plain = |text: &str| !text.is_empty() && text.chars().all(|c| c.is_ascii_alphanumeric() || ".-:".contains(c));
    (matches!(scheme, "http" | "https") && plain(authority)).then(|| format!("{scheme}://{authority}"))
}

/// The policy with `origin` allowed as a form's destination, after `'self'`: a form posted to us may be redirected
/// there (Chromium applies `form-action` to a form's redirects too). For the caseworkers' sign-in and sign-out,
/// which continue at the identity provider.
pub fn policy_allowing_form_action(origin: &str) -> String {
    CONTENT_SECURITY_POLICY.replace("form-action 'self'", &format!("form-action 'self' {origin}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_origins_are_added_to_the_policy() {
        assert_eq!(origin_of("https://auth.example.gov.uk/oauth2/x").as_deref(), Some("https://auth.example.gov.uk"));
        assert_eq!(origin_of("http://127.0.0.1:9400").as_deref(), Some("http://127.0.0.1:9400"));
        for bad in ["javascript:alert(1)", "https://a; script-src *", "ftp://x", "https://", "https://a b"] {
            assert_eq!(origin_of(bad), None, "{bad}");
        }
        let policy = policy_allowing_form_action("https://auth.example.gov.uk");
        assert!(policy.contains("form-action 'self' https://auth.example.gov.uk; base-uri 'none'"), "{policy}");
    }
}
