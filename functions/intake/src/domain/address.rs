//! A UK postal address as the GOV.UK address pattern asks for it
//! (<https://design-system.service.gov.uk/patterns/addresses/>): two lines, town or city, county, postcode.

use serde::{Deserialize, Serialize};

use super::Postcode;

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
        let collapsed = input.split_whitespace().collect::<Vec<_>>().join(" ");
        if collapsed.is_empty() {
            return Err(AddressLineError::Empty);
        }
        if collapsed.chars().count() > MAX_LINE_CHARS {
            return Err(AddressLineError::TooLong { max: MAX_LINE_CHARS });
        }
        Ok(Self(collapsed.chars().filter(|c| !c.is_control()).collect()))
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
