//! Reading a posted form without trusting it: any bytes in, either the fields or a 400 page out.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};

use templates::Fields;

use crate::errors::AppError;

/// The fields of an `application/x-www-form-urlencoded` body, in order, repeated names kept. Each step then
/// parses the fields it knows into its domain types; unknown fields are ignored.
#[derive(Debug, Clone, Default)]
pub struct PostedForm(pub Fields);

impl PostedForm {
    /// Decodes `application/x-www-form-urlencoded` strictly
    /// (<https://url.spec.whatwg.org/#application/x-www-form-urlencoded>, but refusing what the spec would repair):
    /// bytes that are not UTF-8, before or after percent-decoding, are a malformed request, not text to guess at.
    /// (`serde_urlencoded` and `form_urlencoded` replace them with U+FFFD instead.)
    pub fn parse(body: &[u8]) -> Result<Self, AppError> {
        let decode = |part: &[u8]| -> Result<String, AppError> {
            let spaced: Vec<u8> = part.iter().map(|b| if *b == b'+' { b' ' } else { *b }).collect();
            let decoded: Vec<u8> = percent_encoding::percent_decode(&spaced).collect();
            String::from_utf8(decoded).map_err(|_| AppError::BadRequest)
        };
        body.split(|b| *b == b'&')
            .filter(|pair| !pair.is_empty())
            .map(|pair| {
                let mut halves = pair.splitn(2, |b| *b == b'=');
                let name = halves.next().unwrap_or_default();
                let value = halves.next().unwrap_or_default();
                Ok((decode(name)?, decode(value)?))
            })
            .collect::<Result<Vec<_>, _>>()
            .map(|pairs| Self(Fields::from_pairs(pairs)))
    }
}

impl std::ops::Deref for PostedForm {
    type Target = Fields;
    fn deref(&self) -> &Fields {
        &self.0
    }
}

impl<S: Send + Sync> FromRequest<S> for PostedForm {
    type Rejection = axum::response::Response;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        use axum::response::IntoResponse;
        // `Bytes` enforces the router's DefaultBodyLimit and answers 413 beyond it.
        let body = Bytes::from_request(request, state).await.map_err(IntoResponse::into_response)?;
        Self::parse(&body).map_err(IntoResponse::into_response)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_fields_in_order_and_decodes_them() {
        let form = PostedForm::parse(b"a=1&b=caf%C3%A9+au+lait&a=2").expect("valid");
        assert_eq!(form.get("a"), Some("1"));
        assert_eq!(form.get("b"), Some("café au lait"));
        assert_eq!(form.get("c"), None);
    }

    #[test]
    fn blank_values_are_absent() {
        let form = PostedForm::parse(b"a=+++&b=").expect("valid");
        assert_eq!(form.non_blank("a"), None);
        assert_eq!(form.non_blank("b"), None);
    }

    #[test]
    fn invalid_utf8_is_a_bad_request() {
        for body in [&b"a=%FF%FE"[..], b"a=\xff", b"%C3=1", b"a=%E2%82"] {
            assert!(matches!(PostedForm::parse(body), Err(AppError::BadRequest)), "{body:?}");
        }
    }

    #[test]
    fn odd_but_valid_encodings_are_read() {
        let form = PostedForm::parse(b"&&a&b=%zz&c=1=2&=x").expect("valid");
        assert_eq!(form.get("a"), Some(""));
        assert_eq!(form.get("b"), Some("%zz"), "a stray percent sign is kept literally, as the spec says");
        assert_eq!(form.get("c"), Some("1=2"));
        assert_eq!(form.get(""), Some("x"));
    }
}
