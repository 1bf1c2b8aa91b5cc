//! The CSRF check, for the applicant's forms and the caseworkers' alike: every form carries its session's token in
//! one field ([`templates::CSRF_FIELD`], drawn by [`templates::csrf_input`]), and every post that changes anything
//! must carry the token of the session it changes (the synchronizer token pattern,
//! <https://cheatsheetseries.owasp.org/cheatsheets/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html>).

use intake::CsrfToken;
use templates::{CSRF_FIELD, Fields};

use crate::AppError;

/// `Ok` if `fields` carry exactly the session's token (compared in constant time); 403 otherwise. A form with two
/// tokens has none ([`Fields::get`]), so a right token followed by a wrong one is refused too.
pub fn check(session_token: &CsrfToken, fields: &Fields) -> Result<(), AppError> {
    match fields.get(CSRF_FIELD) {
        Some(token) if session_token.matches(token) => Ok(()),
        _ => Err(AppError::Forbidden),
    }
}

/// The token a refused post carried, if it is one of the right shape: what a page re-shown after the store failed
/// puts back in its form, so that Continue works once the store is back. Never a token of any other shape.
pub fn posted(fields: &Fields) -> Option<&str> {
    fields.get(CSRF_FIELD).filter(|token| CsrfToken::try_from(token.to_string()).is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_sessions_own_token_passes() {
        let token = CsrfToken::new();
        let with = |values: &[&str]| {
            Fields::from_pairs(values.iter().map(|v| (CSRF_FIELD.to_owned(), (*v).to_owned())).collect())
        };
        assert!(check(&token, &with(&[token.as_str()])).is_ok());
        assert!(check(&token, &with(&[])).is_err());
        assert!(check(&token, &with(&[CsrfToken::new().as_str()])).is_err());
        assert!(check(&token, &with(&[token.as_str(), CsrfToken::new().as_str()])).is_err(), "two tokens");
        assert_eq!(posted(&with(&[token.as_str()])), Some(token.as_str()));
        assert_eq!(posted(&with(&["\"><script>"])), None);
    }
}
