//! Reading a posted form without trusting it: any bytes in, either the fields or a 400 page out.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::{HeaderMap, header};

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
        if !is_url_encoded(request.headers()) {
            return Err(AppError::UnsupportedMediaType.into_response());
        }
        // `Bytes` enforces the router's DefaultBodyLimit and answers 413 beyond it.
        let body = Bytes::from_request(request, state).await.map_err(IntoResponse::into_response)?;
        Self::parse(&body).map_err(IntoResponse::into_response)
    }
}

/// Whether the body says it is `application/x-www-form-urlencoded`: the only type this service's forms send (none
/// has an `enctype`). Anything else, or nothing, is not one of our forms, and is refused (415) rather than read
/// as if it were one: a `multipart/form-data` or `text/plain` body whose bytes happen to parse would otherwise
/// be taken for fields. The type is compared case-insensitively, and its parameters (`; charset=UTF-8`) are
/// ignored: the body's bytes must be UTF-8 whatever it says.
fn is_url_encoded(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split(';').next())
        .is_some_and(|essence| essence.trim().eq_ignore_ascii_case("application/x-www-form-urlencoded"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_fields_in_order_and_decodes_them() {
        let form = PostedForm::parse(b"a=1&b=caf%C3%A9+au+lait&a=2").expect("valid");
        assert_eq!(form.all("a"), ["1", "2"]);
        assert_eq!(form.get("a"), None, "one field, two different values: no answer (templates::Fields::get)");
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
    fn only_a_url_encoded_body_is_a_form() {
        let with = |content_type: Option<&str>| {
            let mut headers = HeaderMap::new();
            if let Some(value) = content_type {
                headers.insert(header::CONTENT_TYPE, value.parse().expect("a header value"));
            }
            is_url_encoded(&headers)
        };
        assert!(with(Some("application/x-www-form-urlencoded")));
        assert!(with(Some("Application/X-WWW-Form-Urlencoded ; charset=UTF-8")));
        for refused in
            [None, Some(""), Some("multipart/form-data; boundary=x"), Some("text/plain"), Some("application/json")]
        {
            assert!(!with(refused), "{refused:?}");
        }
        assert!(!with(Some("application/x-www-form-urlencoded-not")));
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
