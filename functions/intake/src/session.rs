//! Session identifiers and the CSRF token bound to each session.
//!
//! A session id is 128 random bits (docs/design.md, "Safety and security model"): unguessable, and carrying nothing
//! about the applicant. It travels only in the `__Host-` session cookie; DynamoDB keeps only its hash, which names the
//! session's items (`crate::store::SessionKey`), so reading the table gives nobody a session.

use std::fmt;

use rand::RngCore;
use serde::{Deserialize, Serialize};

const TOKEN_BYTES: usize = 16;

fn random_hex() -> String {
    let mut bytes = [0u8; TOKEN_BYTES];
    rand::rng().fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn is_token(text: &str) -> bool {
    text.len() == TOKEN_BYTES * 2 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// The id of one session (an applicant's, a caseworker's, or a caseworker's sign-in). Parsing refuses anything that
/// is not exactly what [`SessionId::new`] makes, so a tampered cookie is never even hashed into a DynamoDB key.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct SessionId(String);

impl SessionId {
    pub fn new() -> Self {
        Self(random_hex())
    }

    pub fn parse(text: &str) -> Option<Self> {
        is_token(text).then(|| Self(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for SessionId {
    fn default() -> Self {
        Self::new()
    }
}

impl TryFrom<String> for SessionId {
    type Error = &'static str;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        Self::parse(&text).ok_or("not a session id")
    }
}

impl From<SessionId> for String {
    fn from(id: SessionId) -> Self {
        id.0
    }
}

/// Never print a session id: it is a bearer credential for the applicant's answers.
impl fmt::Debug for SessionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SessionId(..)")
    }
}

/// A per-session token every form carries back (synchronizer token pattern,
/// <https://cheatsheetseries.owasp.org/cheatsheets/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html>).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CsrfToken(String);

impl CsrfToken {
    pub fn new() -> Self {
        Self(random_hex())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Compares in constant time, so the token cannot be guessed byte by byte from response timings.
    pub fn matches(&self, submitted: &str) -> bool {
        let (ours, theirs) = (self.0.as_bytes(), submitted.as_bytes());
        ours.len() == theirs.len() && ours.iter().zip(theirs).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
    }
}

impl Default for CsrfToken {
    fn default() -> Self {
        Self::new()
    }
}

impl TryFrom<String> for CsrfToken {
    type Error = &'static str;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        is_token(&text).then_some(Self(text)).ok_or("not a CSRF token")
    }
}

impl From<CsrfToken> for String {
    fn from(token: CsrfToken) -> Self {
        token.0
    }
}

impl fmt::Debug for CsrfToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("CsrfToken(..)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_ids_are_128_bit_hex_and_distinct() {
        let (a, b) = (SessionId::new(), SessionId::new());
        assert_eq!(a.as_str().len(), 32);
        assert_ne!(a, b);
        assert_eq!(SessionId::parse(a.as_str()), Some(a));
    }

    #[test]
    fn parse_refuses_anything_else() {
        for bad in [
            "",
            "abc",
            &"A".repeat(32),
            &"g".repeat(32),
            &"a".repeat(33),
            "DRAFT#x",
            "0123456789abcdef0123456789abcde\u{e9}",
        ] {
            assert_eq!(SessionId::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn debug_never_shows_the_secret() {
        let id = SessionId::new();
        assert!(!format!("{id:?}").contains(id.as_str()));
        let token = CsrfToken::new();
        assert!(!format!("{token:?}").contains(token.as_str()));
    }

    #[test]
    fn csrf_token_matches_only_itself() {
        let token = CsrfToken::new();
        assert!(token.matches(token.as_str()));
        assert!(!token.matches(CsrfToken::new().as_str()));
        assert!(!token.matches(""));
        assert!(!token.matches(&token.as_str()[1..]));
    }
}
