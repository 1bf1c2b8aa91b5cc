//! The applicant's session cookie.
//!
//! `__Host-` prefix (the browser refuses it unless Secure, Path=/ and no Domain, so no subdomain can plant or read
//! it: <https://developer.mozilla.org/en-US/docs/Web/HTTP/Cookies#cookie_prefixes>), HttpOnly, Secure,
//! SameSite=Lax, and no Expires: it dies with the browser. Browsers treat http://localhost as secure, so the
//! same cookie works in local development.

use axum::http::{HeaderMap, HeaderValue, header};
use intake::SessionId;

pub const COOKIE_NAME: &str = "__Host-session";

/// The session id from the request's cookies, if there is a well-formed one.
pub fn session_from(headers: &HeaderMap) -> Option<SessionId> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE_NAME)
        .and_then(|(_, value)| SessionId::parse(value))
}

/// `Set-Cookie` for a new session.
pub fn set_cookie(session: &SessionId) -> HeaderValue {
    // A session id is 32 hex characters, always a valid header value.
    HeaderValue::from_str(&format!("{COOKIE_NAME}={}; Path=/; Secure; HttpOnly; SameSite=Lax", session.as_str()))
        .unwrap_or_else(|_| HeaderValue::from_static("__Host-session=; Path=/; Secure; HttpOnly; SameSite=Lax"))
}

/// `Set-Cookie` that removes the session cookie (Exit this page, or a session that has ended).
pub fn expire_cookie() -> HeaderValue {
    HeaderValue::from_static("__Host-session=; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age=0")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(cookies: &[&str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for cookie in cookies {
            headers.append(header::COOKIE, HeaderValue::from_str(cookie).expect("valid"));
        }
        headers
    }

    #[test]
    fn finds_the_session_among_other_cookies() {
        let id = SessionId::new();
        let found = session_from(&headers(&[&format!("other=1; {COOKIE_NAME}={}; x=y", id.as_str())]));
        assert_eq!(found, Some(id));
    }

    #[test]
    fn ignores_missing_and_malformed_sessions() {
        assert_eq!(session_from(&headers(&[])), None);
        assert_eq!(session_from(&headers(&["session=abc"])), None);
        assert_eq!(session_from(&headers(&[&format!("{COOKIE_NAME}=DRAFT%23x")])), None);
    }

    #[test]
    fn set_cookie_has_every_protection() {
        let value = set_cookie(&SessionId::new());
        let value = value.to_str().expect("ascii");
        for part in ["__Host-session=", "Path=/", "Secure", "HttpOnly", "SameSite=Lax"] {
            assert!(value.contains(part), "{value} lacks {part}");
        }
        assert!(!value.contains("Expires") && !value.contains("Max-Age") && !value.contains("Domain"));
    }
}
