//! Free text: an answer with no format of its own, such as an employer's name or "about June 2024" (short), or
//! where someone is now, as an address or a description (long).

use std::fmt;

use super::text::tidy;

/// An answer as typed: trimmed, internal whitespace collapsed to single spaces, control characters removed, at
/// most `MAX` characters. Any script and any punctuation is kept as typed.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct FreeText<const MAX: usize>(String);

/// A short answer: a name of something, a time, "about June 2024".
pub type ShortText = FreeText<100>;

/// A longer answer: where someone is now, as an address or a description of the place.
pub type LongText = FreeText<500>;

/// Why some text is not a short answer. Developer-facing; the GOV.UK wording lives with the page that asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ShortTextError {
    #[error("the text is empty")]
    Empty,
    #[error("the text is longer than {max} characters")]
    TooLong { max: usize },
}

impl<const MAX: usize> FreeText<MAX> {
    /// The most characters (Unicode scalar values, after tidying) an answer may have.
    pub const MAX_CHARS: usize = MAX;

    /// Parses an answer as typed. Errors are checked in the order empty, too long.
    pub fn parse(input: &str) -> Result<Self, ShortTextError> {
        let text = tidy(input);
        if text.is_empty() {
            return Err(ShortTextError::Empty);
        }
        if text.chars().count() > Self::MAX_CHARS {
            return Err(ShortTextError::TooLong { max: Self::MAX_CHARS });
        }
        Ok(Self(text))
    }

    /// For an optional question: a blank answer is `Ok(None)`, anything else must be short enough.
    pub fn parse_optional(input: &str) -> Result<Option<Self>, ShortTextError> {
        match Self::parse(input) {
            Err(ShortTextError::Empty) => Ok(None),
            other => other.map(Some),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<const MAX: usize> fmt::Display for FreeText<MAX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<const MAX: usize> TryFrom<String> for FreeText<MAX> {
    type Error = ShortTextError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl<const MAX: usize> From<FreeText<MAX>> for String {
    fn from(value: FreeText<MAX>) -> Self {
        value.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pretty_assertions::assert_eq;

    #[test]
    fn kept_as_typed_once_tidied() {
        let cases = [
            ("Acme Ltd", "Acme Ltd"),
            ("  Marks &   Spencer plc ", "Marks & Spencer plc"),
            ("Siop Gymraeg – Caerdydd", "Siop Gymraeg – Caerdydd"),
            ("about\u{00A0}June 2024", "about June 2024"),
            ("a\u{0007}b", "ab"),
        ];
        for (input, expected) in cases {
            assert_eq!(ShortText::parse(input).map(String::from), Ok(expected.to_owned()), "{input:?}");
        }
        assert_eq!(ShortText::parse(&"é".repeat(ShortText::MAX_CHARS)).map(|t| t.as_str().chars().count()), Ok(100));
    }

    #[test]
    fn rejects_blank_and_too_long() {
        assert_eq!(ShortText::parse(" \t "), Err(ShortTextError::Empty));
        assert_eq!(ShortText::parse("\u{0007}"), Err(ShortTextError::Empty));
        assert_eq!(ShortText::parse(&"a".repeat(101)), Err(ShortTextError::TooLong { max: 100 }));
        assert_eq!(ShortText::parse_optional("   "), Ok(None));
        assert_eq!(ShortText::parse_optional(&"a".repeat(101)), Err(ShortTextError::TooLong { max: 100 }));
    }

    #[test]
    fn long_text_takes_an_address_or_a_description() {
        let place = "Flat 2, 10 Station Road, Leeds LS1 1AA, the blue door";
        assert_eq!(LongText::parse(place).map(String::from), Ok(place.to_owned()));
        assert_eq!(LongText::parse(&"a".repeat(500)).map(|t| t.as_str().len()), Ok(500));
        assert_eq!(LongText::parse(&"a".repeat(501)), Err(ShortTextError::TooLong { max: 500 }));
    }

    #[test]
    fn serde_round_trip_re_checks() -> Result<(), Box<dyn std::error::Error>> {
        let text = ShortText::parse(" Acme  Ltd ")?;
        assert_eq!(serde_json::to_string(&text)?, "\"Acme Ltd\"");
        assert_eq!(serde_json::from_str::<ShortText>("\"Acme Ltd\"")?, text);
        assert!(serde_json::from_str::<ShortText>("\"\"").is_err());
        Ok(())
    }
}
