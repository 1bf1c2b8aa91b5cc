//! The session cookies: the applicant's, and a caseworker's.
//!
//! `__Host-` prefix (the browser refuses it unless Secure, Path=/ and no Domain, so no subdomain can plant or read
//! it: <https://developer.mozilla.org/en-US/docs/Web/HTTP/Cookies#cookie_prefixes>), HttpOnly, Secure,
//! SameSite=Lax, and no Expires: it dies with the browser. Browsers treat http://localhost as secure, so the
//! same cookie works in local development.

use axum::http::{HeaderMap, HeaderValue, header};
use intake::SessionId;

/// A session cookie: the applicant's, or a caseworker's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionCookie {
    pub name: &'static str,
    /// `Lax` for applicants (a link from GOV.UK into the service must keep the session); `Strict` for caseworkers,
    /// whose pages no other site has any reason to link into with their session.
    pub same_site: &'static str,
}

/// The applicant's session.
pub const APPLICANT: SessionCookie = SessionCookie { name: "__Host-session", same_site: "Lax" };
/// A caseworker's session, after signing in.
pub const CASEWORKER: SessionCookie = SessionCookie { name: "__Host-casework", same_site: "Strict" };

/// A caseworker's sign-in in progress: binds the provider's callback to the browser that started the sign-in
/// (so nobody can complete their own sign-in in someone else's browser: login CSRF,
/// <https://www.rfc-editor.org/rfc/rfc6749#section-10.12>). `Lax`, because the callback is a navigation from the
/// provider's site.
pub const CASEWORKER_SIGN_IN: SessionCookie = SessionCookie { name: "__Host-casework-sign-in", same_site: "Lax" };

impl SessionCookie {
    /// The session id from the request's cookies, if there is a well-formed one.
    pub fn read(self, headers: &HeaderMap) -> Option<SessionId> {
        headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|value| value.to_str().ok())
            .flat_map(|value| value.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(name, _)| *name == self.name)
            .and_then(|(_, value)| SessionId::parse(value))
    }

    /// Whether the request carries this cookie at all, well-formed or not.
    pub fn is_present(self, headers: &HeaderMap) -> bool {
        headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|value| value.to_str().ok())
            .flat_map(|value| value.split(';'))
            .any(|pair| pair.trim().split_once('=').is_some_and(|(name, _)| name == self.name))
    }

    /// `Set-Cookie` for a new session: no Expires, so it dies with the browser.
    pub fn set(self, session: &SessionId) -> HeaderValue {
        let value =
            format!("{}={}; Path=/; Secure; HttpOnly; SameSite={}", self.name, session.as_str(), self.same_site);
        // A session id is 32 hex characters, always a valid header value.
        HeaderValue::from_str(&value).unwrap_or_else(|_| self.expire())
    }

    /// `Set-Cookie` that removes the cookie.
    pub fn expire(self) -> HeaderValue {
        let value = format!("{}=; Path=/; Secure; HttpOnly; SameSite={}; Max-Age=0", self.name, self.same_site);
        HeaderValue::from_str(&value).unwrap_or_else(|_| HeaderValue::from_static("__Host-session=; Max-Age=0"))
    }
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
        let found = APPLICANT.read(&headers(&[&format!("other=1; {}={}; x=y", APPLICANT.name, id.as_str())]));
        assert_eq!(found, Some(id));
    }

    #[test]
    fn ignores_missing_and_malformed_sessions() {
        assert_eq!(APPLICANT.read(&headers(&[])), None);
        assert_eq!(APPLICANT.read(&headers(&["session=abc"])), None);
        assert_eq!(APPLICANT.read(&headers(&[&format!("{}=DRAFT%23x", APPLICANT.name)])), None);
    }

    #[test]
    fn set_cookie_has_every_protection() {
        let value = APPLICANT.set(&SessionId::new());
        let value = value.to_str().expect("ascii");
        for part in ["__Host-session=", "Path=/", "Secure", "HttpOnly", "SameSite=Lax"] {
            assert!(value.contains(part), "{value} lacks {part}");
        }
        assert!(!value.contains("Expires") && !value.contains("Max-Age") && !value.contains("Domain"));
    }

    #[test]
    fn a_caseworkers_cookie_is_strict_and_separate() {
        let id = SessionId::new();
        let value = CASEWORKER.set(&id);
        let value = value.to_str().expect("ascii");
        assert!(
            value.starts_with("__Host-casework=") && value.contains("SameSite=Strict") && value.contains("HttpOnly")
        );
        let both = headers(&[&format!("{}=0123; {}={}", APPLICANT.name, CASEWORKER.name, id.as_str())]);
        assert_eq!(CASEWORKER.read(&both), Some(id));
        assert_eq!(APPLICANT.read(&both), None, "malformed applicant cookie");
        assert!(APPLICANT.is_present(&both));
        assert!(CASEWORKER.expire().to_str().expect("ascii").contains("Max-Age=0"));
    }
}
