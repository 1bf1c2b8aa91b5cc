//! Bank details: sort code, account number and building society roll number.
//!
//! Only the format is checked here. Whether the sort code and account number belong together (modulus checking)
//! needs Pay.UK's published weight tables and is not done.

use std::fmt;

use super::text::{collapse_whitespace, without_spaces_or_dashes};

/// A sort code: 6 digits, stored as "123456" and displayed as "12-34-56".
///
/// Accepts hyphens (and the en dashes phones substitute for them), spaces, or nothing between the pairs: "12-34-56",
/// "12 34 56", "123456", " 12–34–56 ".
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct SortCode(String);

/// Why some text is not a sort code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SortCodeError {
    #[error("the sort code is empty")]
    Empty,
    #[error("the sort code is not 6 digits")]
    InvalidFormat,
}

impl SortCode {
    pub fn parse(input: &str) -> Result<Self, SortCodeError> {
        if input.trim().is_empty() {
            return Err(SortCodeError::Empty);
        }
        let digits = without_spaces_or_dashes(input);
        if digits.len() == 6 && digits.bytes().all(|b| b.is_ascii_digit()) {
            Ok(Self(digits))
        } else {
            Err(SortCodeError::InvalidFormat)
        }
    }

    /// The canonical form: 6 digits, "123456".
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// "12-34-56".
impl fmt::Display for SortCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // 6 ASCII digits (checked by `parse`), so these byte ranges are character boundaries.
        let s = &self.0;
        write!(f, "{}-{}-{}", &s[0..2], &s[2..4], &s[4..6])
    }
}

impl TryFrom<String> for SortCode {
    type Error = SortCodeError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<SortCode> for String {
    fn from(value: SortCode) -> Self {
        value.0
    }
}

/// A bank account number: 6 to 8 digits, kept exactly as typed once spaces and hyphens are removed.
///
/// Shorter numbers are not padded with leading zeros: some banks do that to make 8 digits, but which padding is
/// right is the bank's business, and the number the applicant typed is the one they will recognise.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct AccountNumber(String);

/// Why some text is not an account number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AccountNumberError {
    #[error("the account number is empty")]
    Empty,
    #[error("the account number contains characters other than digits")]
    InvalidFormat,
    #[error("the account number is not between {min} and {max} digits long")]
    WrongLength { min: usize, max: usize },
}

impl AccountNumber {
    pub const MIN_DIGITS: usize = 6;
    pub const MAX_DIGITS: usize = 8;

    /// Parses an account number. Errors are checked in the order empty, not digits, wrong length.
    pub fn parse(input: &str) -> Result<Self, AccountNumberError> {
        if input.trim().is_empty() {
            return Err(AccountNumberError::Empty);
        }
        let digits = without_spaces_or_dashes(input);
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(AccountNumberError::InvalidFormat);
        }
        if !(Self::MIN_DIGITS..=Self::MAX_DIGITS).contains(&digits.len()) {
            return Err(AccountNumberError::WrongLength { min: Self::MIN_DIGITS, max: Self::MAX_DIGITS });
        }
        Ok(Self(digits))
    }

    /// The digits, "12345678".
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for AccountNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for AccountNumber {
    type Error = AccountNumberError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<AccountNumber> for String {
    fn from(value: AccountNumber) -> Self {
        value.0
    }
}

/// A building society roll number: 1 to 18 characters of letters, digits, spaces, hyphens, slashes and full stops,
/// stored trimmed, uppercase, with runs of spaces collapsed to one ("  ab/1234 5.x " becomes "AB/1234 5.X").
///
/// The question is optional (most accounts have no roll number): [`RollNumber::parse_optional`] turns a blank answer
/// into `None`, while [`RollNumber::parse`] treats it as [`RollNumberError::Empty`].
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct RollNumber(String);

/// Why some text is not a roll number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RollNumberError {
    #[error("the roll number is empty")]
    Empty,
    #[error("the roll number is longer than {max} characters")]
    TooLong { max: usize },
    #[error("the roll number contains characters that are not allowed")]
    InvalidCharacters,
}

impl RollNumber {
    pub const MAX_CHARS: usize = 18;

    /// Parses a roll number. Errors are checked in the order empty, too long, invalid characters. Only ASCII
    /// letters are allowed: roll numbers are printed by building societies, never in another script.
    pub fn parse(input: &str) -> Result<Self, RollNumberError> {
        let roll = collapse_whitespace(input).to_ascii_uppercase();
        if roll.is_empty() {
            return Err(RollNumberError::Empty);
        }
        if roll.chars().count() > Self::MAX_CHARS {
            return Err(RollNumberError::TooLong { max: Self::MAX_CHARS });
        }
        let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, ' ' | '-' | '/' | '.');
        // Punctuation alone ("-", "/") is not a roll number.
        if !roll.chars().all(allowed) || !roll.chars().any(|c| c.is_ascii_alphanumeric()) {
            return Err(RollNumberError::InvalidCharacters);
        }
        Ok(Self(roll))
    }

    /// For the optional question: a blank answer is `Ok(None)`, anything else must be a roll number.
    pub fn parse_optional(input: &str) -> Result<Option<Self>, RollNumberError> {
        if input.trim().is_empty() { Ok(None) } else { Self::parse(input).map(Some) }
    }

    /// The canonical form, "AB/1234 5.X".
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for RollNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for RollNumber {
    type Error = RollNumberError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<RollNumber> for String {
    fn from(value: RollNumber) -> Self {
        value.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pretty_assertions::assert_eq;

    #[test]
    fn sort_code_accepts_common_formats() {
        let cases = [
            ("12-34-56", "123456"),
            ("12 34 56", "123456"),
            ("123456", "123456"),
            (" 12–34–56 ", "123456"),
            ("12—34—56", "123456"),
            ("12 - 34 - 56", "123456"),
            ("12\u{00A0}34\u{00A0}56", "123456"),
            ("1234 56", "123456"),
            ("00-00-00", "000000"),
        ];
        for (input, expected) in cases {
            assert_eq!(SortCode::parse(input).map(|s| s.as_str().to_owned()), Ok(expected.to_owned()), "{input:?}");
        }
    }

    #[test]
    fn sort_code_rejects() {
        let cases = [
            ("", SortCodeError::Empty),
            ("   ", SortCodeError::Empty),
            ("12345", SortCodeError::InvalidFormat),
            ("1234567", SortCodeError::InvalidFormat),
            ("12-34-5", SortCodeError::InvalidFormat),
            ("12/34/56", SortCodeError::InvalidFormat),
            ("12.34.56", SortCodeError::InvalidFormat),
            ("12-34-5A", SortCodeError::InvalidFormat),
            ("ab-cd-ef", SortCodeError::InvalidFormat),
            ("１２３４５６", SortCodeError::InvalidFormat),
            ("--", SortCodeError::InvalidFormat),
        ];
        for (input, expected) in cases {
            assert_eq!(SortCode::parse(input), Err(expected), "{input:?}");
        }
    }

    #[test]
    fn sort_code_display_and_serde() -> Result<(), Box<dyn std::error::Error>> {
        let sort_code = SortCode::parse("12 34 56")?;
        assert_eq!(sort_code.to_string(), "12-34-56");
        assert_eq!(serde_json::to_string(&sort_code)?, "\"123456\"");
        assert_eq!(serde_json::from_str::<SortCode>("\"123456\"")?, sort_code);
        assert!(serde_json::from_str::<SortCode>("\"12345\"").is_err());
        Ok(())
    }

    #[test]
    fn account_number_accepts_6_to_8_digits_as_typed() {
        let cases = [
            ("12345678", "12345678"),
            ("1234567", "1234567"),
            ("123456", "123456"),
            ("00123456", "00123456"),
            (" 1234 5678 ", "12345678"),
            ("1234-5678", "12345678"),
            ("1234–5678", "12345678"),
        ];
        for (input, expected) in cases {
            assert_eq!(
                AccountNumber::parse(input).map(|a| a.as_str().to_owned()),
                Ok(expected.to_owned()),
                "{input:?}"
            );
        }
    }

    #[test]
    fn account_number_rejects() {
        let wrong_length = AccountNumberError::WrongLength { min: 6, max: 8 };
        let cases = [
            ("", AccountNumberError::Empty),
            ("  ", AccountNumberError::Empty),
            ("1234567a", AccountNumberError::InvalidFormat),
            ("12345.678", AccountNumberError::InvalidFormat),
            ("1234/5678", AccountNumberError::InvalidFormat),
            ("-", AccountNumberError::InvalidFormat),
            ("１２３４５６７８", AccountNumberError::InvalidFormat),
            // Not digits wins over length.
            ("abc", AccountNumberError::InvalidFormat),
            ("12345", wrong_length),
            ("1", wrong_length),
            ("123456789", wrong_length),
            ("1234 5678 9", wrong_length),
        ];
        for (input, expected) in cases {
            assert_eq!(AccountNumber::parse(input), Err(expected), "{input:?}");
        }
    }

    #[test]
    fn account_number_display_and_serde() -> Result<(), Box<dyn std::error::Error>> {
        let account = AccountNumber::parse("1234 5678")?;
        assert_eq!(account.to_string(), "12345678");
        assert_eq!(serde_json::to_string(&account)?, "\"12345678\"");
        assert_eq!(serde_json::from_str::<AccountNumber>("\"12345678\"")?, account);
        assert!(serde_json::from_str::<AccountNumber>("\"12345\"").is_err());
        assert_eq!(
            AccountNumberError::WrongLength { min: 6, max: 8 }.to_string(),
            "the account number is not between 6 and 8 digits long"
        );
        Ok(())
    }

    #[test]
    fn roll_number_accepts_and_canonicalises() {
        let cases = [
            ("1234567890", "1234567890"),
            ("ab/1234 5.x", "AB/1234 5.X"),
            ("  ab/1234   5.x ", "AB/1234 5.X"),
            ("roll-123", "ROLL-123"),
            ("R", "R"),
            ("1", "1"),
            ("123456789012345678", "123456789012345678"),
            ("1234.5678/ABC-DE F", "1234.5678/ABC-DE F"),
        ];
        for (input, expected) in cases {
            assert_eq!(RollNumber::parse(input).map(|r| r.as_str().to_owned()), Ok(expected.to_owned()), "{input:?}");
        }
    }

    #[test]
    fn roll_number_rejects() {
        let too_long = RollNumberError::TooLong { max: 18 };
        let cases = [
            ("", RollNumberError::Empty),
            ("   ", RollNumberError::Empty),
            ("1234567890123456789", too_long),
            ("ABCDEFGHIJ 123456789", too_long),
            ("1234#5678", RollNumberError::InvalidCharacters),
            ("1234_5678", RollNumberError::InvalidCharacters),
            ("1234\\5678", RollNumberError::InvalidCharacters),
            ("1234,5678", RollNumberError::InvalidCharacters),
            ("ÄB1234", RollNumberError::InvalidCharacters),
            ("12–34", RollNumberError::InvalidCharacters),
            ("-", RollNumberError::InvalidCharacters),
            ("./-", RollNumberError::InvalidCharacters),
        ];
        for (input, expected) in cases {
            assert_eq!(RollNumber::parse(input), Err(expected), "{input:?}");
        }
    }

    #[test]
    fn roll_number_is_optional() -> Result<(), RollNumberError> {
        assert_eq!(RollNumber::parse_optional("")?, None);
        assert_eq!(RollNumber::parse_optional("   ")?, None);
        assert_eq!(RollNumber::parse_optional(" ab12 ")?.map(String::from), Some("AB12".to_owned()));
        assert_eq!(RollNumber::parse_optional("#"), Err(RollNumberError::InvalidCharacters));
        Ok(())
    }

    #[test]
    fn roll_number_serde() -> Result<(), Box<dyn std::error::Error>> {
        let roll = RollNumber::parse("ab/12")?;
        assert_eq!(serde_json::to_string(&roll)?, "\"AB/12\"");
        assert_eq!(serde_json::from_str::<RollNumber>("\"AB/12\"")?, roll);
        assert!(serde_json::from_str::<RollNumber>("\"#\"").is_err());
        Ok(())
    }
}
