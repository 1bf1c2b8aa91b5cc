//! A person's name: full name, other names, the other parent's name.

use std::fmt;

use super::text::collapse_whitespace;

/// A person's name as they typed it, trimmed and with internal whitespace collapsed to single spaces.
///
/// Letters of any script are accepted (with their accents, whether typed precomposed or as combining marks), as are
/// spaces, hyphens, full stops and apostrophes (straight `'`, curly `’` and `‘`). The characters are kept as
/// typed: "O’Brien" is not rewritten as "O'Brien", because the spelling of a name is the applicant's to choose.
/// Digits and symbols are rejected, and so is a "name" with no letter in it at all (for example "-" or "'.'").
///
/// The text is not Unicode-normalised (no NFC), since that needs a dependency this crate does not have: "Zoë" typed
/// with a precomposed `ë` and with `e` + combining diaeresis are both accepted but are not equal.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PersonName(String);

/// Why some text is not a name. Developer-facing; the GOV.UK wording lives with the page that asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum NameError {
    #[error("the name is empty")]
    Empty,
    #[error("the name is longer than {max} characters")]
    TooLong { max: usize },
    #[error("the name contains characters that are not allowed in a name")]
    InvalidCharacters,
}

impl PersonName {
    /// The most characters (Unicode scalar values, after collapsing whitespace) a name may have.
    pub const MAX_CHARS: usize = 100;

    /// Parses a name as typed. Errors are checked in the order empty, too long, invalid characters.
    pub fn parse(input: &str) -> Result<Self, NameError> {
        let name = collapse_whitespace(input);
        if name.is_empty() {
            return Err(NameError::Empty);
        }
        if name.chars().count() > Self::MAX_CHARS {
            return Err(NameError::TooLong { max: Self::MAX_CHARS });
        }
        if !has_only_name_characters(&name) {
            return Err(NameError::InvalidCharacters);
        }
        Ok(Self(name))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Whether every character may appear in a name, at least one is a letter, and each combining mark follows a
/// letter or another mark (so a name cannot start with a stray accent).
fn has_only_name_characters(name: &str) -> bool {
    let mut has_letter = false;
    let mut after_letter = false;
    for c in name.chars() {
        if c.is_alphabetic() {
            has_letter = true;
            after_letter = true;
        } else if is_combining_mark(c) {
            if !after_letter {
                return false;
            }
        } else if c == ' ' || c == '.' || is_apostrophe(c) || is_hyphen(c) {
            after_letter = false;
        } else {
            return false;
        }
    }
    has_letter
}

fn is_apostrophe(c: char) -> bool {
    // U+2019 is the curly apostrophe phones and word processors produce; U+2018 is what they produce when the
    // apostrophe starts a word ("‘Abdullah"). U+02BC (modifier letter apostrophe) counts as a letter already.
    matches!(c, '\'' | '\u{2019}' | '\u{2018}')
}

fn is_hyphen(c: char) -> bool {
    // The ASCII hyphen-minus, and the Unicode hyphen and non-breaking hyphen that some keyboards insert. Dashes
    // (en, em) are not hyphens and are rejected.
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Combining marks that `char::is_alphabetic` does not count as letters: the combining diacritical mark blocks
/// (a decomposed "é" is `e` + U+0301), the zero-width (non-)joiners that Persian and Indic scripts need, and the
/// Indic viramas and nuktas (the standard library has no general-category lookup, so these are listed).
fn is_combining_mark(c: char) -> bool {
    matches!(
        c,
        '\u{0300}'..='\u{036F}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{FE20}'..='\u{FE2F}'
            | '\u{200C}'
            | '\u{200D}'
            | '\u{093C}'
            | '\u{094D}'
            | '\u{09BC}'
            | '\u{09CD}'
            | '\u{0A3C}'
            | '\u{0A4D}'
            | '\u{0ABC}'
            | '\u{0ACD}'
            | '\u{0B3C}'
            | '\u{0B4D}'
            | '\u{0BCD}'
            | '\u{0C3C}'
            | '\u{0C4D}'
            | '\u{0CBC}'
            | '\u{0CCD}'
            | '\u{0D3B}'
            | '\u{0D3C}'
            | '\u{0D4D}'
            | '\u{0DCA}'
    )
}

impl fmt::Display for PersonName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for PersonName {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for PersonName {
    type Error = NameError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<PersonName> for String {
    fn from(value: PersonName) -> Self {
        value.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pretty_assertions::assert_eq;

    #[test]
    fn accepts_names_as_typed() {
        let cases = [
            ("Siân O’Brien-Smith", "Siân O’Brien-Smith"),
            ("José María", "José María"),
            ("Zoë D'Arcy", "Zoë D'Arcy"),
            ("Nguyễn Văn A", "Nguyễn Văn A"),
            ("Jane Smith", "Jane Smith"),
            ("J. R. Hartley", "J. R. Hartley"),
            ("Mary-Jane", "Mary-Jane"),
            ("mary jane", "mary jane"),
            ("ÆTHELSTAN", "ÆTHELSTAN"),
            ("Łukasz Żółć", "Łukasz Żółć"),
            ("Søren Kierkegaard", "Søren Kierkegaard"),
            ("Straße", "Straße"),
            ("Ngũgĩ wa Thiong’o", "Ngũgĩ wa Thiong’o"),
            ("‘Abdullah", "‘Abdullah"),
            ("Oʼneill", "Oʼneill"),
            ("Smith\u{2010}Jones", "Smith\u{2010}Jones"),
            ("Smith\u{2011}Jones", "Smith\u{2011}Jones"),
            ("محمد علي", "محمد علي"),
            ("Αλέξανδρος", "Αλέξανδρος"),
            ("Дмитрий", "Дмитрий"),
            ("王小明", "王小明"),
            ("लक्ष्मी", "लक्ष्मी"),
            ("A", "A"),
            // A decomposed accent (e + U+0301) is accepted and kept as typed.
            ("Rene\u{0301}e", "Rene\u{0301}e"),
        ];
        for (input, expected) in cases {
            assert_eq!(PersonName::parse(input).map(|n| n.as_str().to_owned()), Ok(expected.to_owned()), "{input:?}");
        }
    }

    #[test]
    fn trims_and_collapses_whitespace() {
        let cases = [
            ("  Jane Smith  ", "Jane Smith"),
            ("Jane    Smith", "Jane Smith"),
            ("Jane\tSmith", "Jane Smith"),
            ("Jane\u{00A0}Smith", "Jane Smith"),
            ("\n Jane \r\n Mary   Smith \n", "Jane Mary Smith"),
        ];
        for (input, expected) in cases {
            assert_eq!(PersonName::parse(input).map(|n| n.as_str().to_owned()), Ok(expected.to_owned()), "{input:?}");
        }
    }

    #[test]
    fn rejects_bad_names() {
        let cases = [
            ("", NameError::Empty),
            ("   ", NameError::Empty),
            ("\t\n\u{00A0}", NameError::Empty),
            ("Jane Smith 2", NameError::InvalidCharacters),
            ("R2D2", NameError::InvalidCharacters),
            ("<script>", NameError::InvalidCharacters),
            ("Jane{Smith}", NameError::InvalidCharacters),
            ("jane@example.com", NameError::InvalidCharacters),
            ("Jane #1", NameError::InvalidCharacters),
            ("50%", NameError::InvalidCharacters),
            ("Jane^", NameError::InvalidCharacters),
            ("Jane & John", NameError::InvalidCharacters),
            ("Jane*", NameError::InvalidCharacters),
            ("Jane=Smith", NameError::InvalidCharacters),
            ("Jane+Smith", NameError::InvalidCharacters),
            ("Jane_Smith", NameError::InvalidCharacters),
            ("Jane|Smith", NameError::InvalidCharacters),
            ("Jane\\Smith", NameError::InvalidCharacters),
            ("Jane/Smith", NameError::InvalidCharacters),
            ("$mith", NameError::InvalidCharacters),
            ("Smith, Jane", NameError::InvalidCharacters),
            ("Jane \"JJ\" Smith", NameError::InvalidCharacters),
            ("Jane (Smith)", NameError::InvalidCharacters),
            ("Jane Smith!", NameError::InvalidCharacters),
            ("Jane Smith 😀", NameError::InvalidCharacters),
            ("Smith\u{2013}Jones", NameError::InvalidCharacters),
            ("Jane\u{0000}Smith", NameError::InvalidCharacters),
            ("Jane\u{200B}Smith", NameError::InvalidCharacters),
            // Nothing but punctuation is not a name.
            ("-", NameError::InvalidCharacters),
            ("' . -", NameError::InvalidCharacters),
            // A combining mark with no letter before it.
            ("\u{0301}Jane", NameError::InvalidCharacters),
            ("Jane \u{0301}Smith", NameError::InvalidCharacters),
        ];
        for (input, expected) in cases {
            assert_eq!(PersonName::parse(input), Err(expected), "{input:?}");
        }
    }

    #[test]
    fn length_limit_counts_characters_after_collapsing() {
        let at_limit = "é".repeat(PersonName::MAX_CHARS);
        assert_eq!(PersonName::parse(&at_limit).map(|n| n.as_str().chars().count()), Ok(100));

        let over_limit = "a".repeat(PersonName::MAX_CHARS + 1);
        assert_eq!(PersonName::parse(&over_limit), Err(NameError::TooLong { max: 100 }));

        // 100 characters once the run of spaces is collapsed.
        let padded = format!("{}          {}", "a".repeat(49), "b".repeat(50));
        assert_eq!(PersonName::parse(&padded).map(|n| n.as_str().chars().count()), Ok(100));

        // Too long wins over invalid characters: the applicant is told about the length first.
        let long_and_bad = "1".repeat(101);
        assert_eq!(PersonName::parse(&long_and_bad), Err(NameError::TooLong { max: 100 }));
    }

    #[test]
    fn display_and_serde_round_trip() -> Result<(), Box<dyn std::error::Error>> {
        let name = PersonName::parse("  Siân   O’Brien ")?;
        assert_eq!(name.to_string(), "Siân O’Brien");
        let json = serde_json::to_string(&name)?;
        assert_eq!(json, "\"Siân O’Brien\"");
        assert_eq!(serde_json::from_str::<PersonName>(&json)?, name);
        Ok(())
    }

    #[test]
    fn deserialising_revalidates() {
        assert!(serde_json::from_str::<PersonName>("\"Jane 2\"").is_err());
        assert!(serde_json::from_str::<PersonName>("\"\"").is_err());
        assert_eq!(
            serde_json::from_str::<PersonName>("\"  Jane   Smith \"").map(String::from).ok(),
            Some("Jane Smith".to_owned())
        );
    }

    #[test]
    fn errors_have_developer_messages() {
        assert_eq!(NameError::Empty.to_string(), "the name is empty");
        assert_eq!(NameError::TooLong { max: 100 }.to_string(), "the name is longer than 100 characters");
    }
}
