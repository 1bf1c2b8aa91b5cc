//! A UK postal address as the GOV.UK address pattern asks for it
//! (<https://design-system.service.gov.uk/patterns/addresses/>): two lines, town or city, county, postcode.

use serde::{Deserialize, Serialize};

use super::Postcode;
use super::text::tidy;

/// The longest address line accepted: Royal Mail's limit is well under this.
pub const MAX_LINE_CHARS: usize = 100;

/// What is wrong with one line of an address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AddressLineError {
    #[error("the line is empty")]
    Empty,
    #[error("the line is longer than {max} characters")]
    TooLong { max: usize },
}

/// A line of an address: trimmed, internal whitespace collapsed, any printable text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct AddressLine(String);

impl AddressLine {
    pub fn parse(input: &str) -> Result<Self, AddressLineError> {
        let line = tidy(input);
        if line.is_empty() {
            return Err(AddressLineError::Empty);
        }
        if line.chars().count() > MAX_LINE_CHARS {
            return Err(AddressLineError::TooLong { max: MAX_LINE_CHARS });
        }
        Ok(Self(line))
    }

    /// An optional line: blank is `None`.
    pub fn parse_optional(input: &str) -> Result<Option<Self>, AddressLineError> {
        match Self::parse(input) {
            Err(AddressLineError::Empty) => Ok(None),
            other => other.map(Some),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for AddressLine {
    type Error = AddressLineError;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        Self::parse(&text)
    }
}

impl From<AddressLine> for String {
    fn from(line: AddressLine) -> Self {
        line.0
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UkAddress {
    pub line_1: AddressLine,
    pub line_2: Option<AddressLine>,
    pub town: AddressLine,
    pub county: Option<AddressLine>,
    pub postcode: Postcode,
}

impl UkAddress {
    /// The address as lines, for showing back.
    pub fn lines(&self) -> Vec<&str> {
        [Some(&self.line_1), self.line_2.as_ref(), Some(&self.town), self.county.as_ref()]
            .into_iter()
            .flatten()
            .map(AddressLine::as_str)
            .chain([self.postcode.as_str()])
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_tidied_and_kept_as_typed() {
        assert_eq!(
            AddressLine::parse("  Flat 2,   10 Downing St ").map(String::from),
            Ok("Flat 2, 10 Downing St".into())
        );
        assert_eq!(AddressLine::parse("").map(String::from), Err(AddressLineError::Empty));
        assert_eq!(AddressLine::parse_optional("   "), Ok(None));
        assert_eq!(
            AddressLine::parse(&"a".repeat(MAX_LINE_CHARS + 1)).map(String::from),
            Err(AddressLineError::TooLong { max: MAX_LINE_CHARS })
        );
    }

    /// A line is read back from the store through `parse` (serde's `try_from`): what was kept must parse to itself.
    /// The fuzz target found a line of control characters kept as "" (so the draft could not be read back: the
    /// Sorry page on every page until it expired) and "\u{1} g Road" kept as " g Road".
    #[test]
    fn a_kept_line_reads_back_as_itself_and_control_characters_alone_are_empty() {
        assert_eq!(AddressLine::parse("\u{1}"), Err(AddressLineError::Empty));
        assert_eq!(AddressLine::parse_optional("\u{1}\u{7f}"), Ok(None));
        for typed in ["\u{1} g Road", "a \u{1} b", "Flat\t2\r\n10 High St"] {
            let kept = AddressLine::parse(typed).expect("valid");
            let json = serde_json::to_string(&kept).expect("serialised");
            assert_eq!(serde_json::from_str::<AddressLine>(&json).expect("read back"), kept, "{typed:?}");
        }
    }

    #[test]
    fn an_address_reads_back_as_lines() {
        let address = UkAddress {
            line_1: AddressLine::parse("1 High Street").expect("valid"),
            line_2: None,
            town: AddressLine::parse("Cardiff").expect("valid"),
            county: None,
            postcode: Postcode::parse("cf10 1aa").expect("valid"),
        };
        assert_eq!(address.lines(), ["1 High Street", "Cardiff", "CF10 1AA"]);
    }
}
