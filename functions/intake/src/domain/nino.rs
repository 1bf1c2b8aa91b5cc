//! National Insurance number.

use std::fmt;

use super::text::without_spaces_or_dashes;

/// A National Insurance number in HMRC's format, stored as 9 uppercase characters with no spaces ("AB123456C") and
/// displayed in the grouped form people recognise ("AB 12 34 56 C").
///
/// Input may be in any case, with any spacing, and with hyphens between groups ("ab-12-34-56-c"). The format
/// checked is HMRC's: two prefix letters, six digits, and a suffix letter A to D.
/// - The first prefix letter is not D, F, I, Q, U or V.
/// - The second prefix letter is not D, F, I, O, Q, U or V.
/// - The prefixes BG, GB, KN, NK, NT, TN and ZZ are never allocated (TN is HMRC's temporary number).
///
/// So GOV.UK's own example "QQ 12 34 56 C" is rejected: QQ is a placeholder prefix, never a real one.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Nino(String);

/// Why some text is not a National Insurance number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum NinoError {
    #[error("the National Insurance number is empty")]
    Empty,
    #[error("the National Insurance number is not in HMRC's format")]
    InvalidFormat,
}

const FIRST_LETTER_NOT: &[u8] = b"DFIQUV";
const SECOND_LETTER_NOT: &[u8] = b"DFIOQUV";
const PREFIXES_NOT: &[&[u8; 2]] = &[b"BG", b"GB", b"KN", b"NK", b"NT", b"TN", b"ZZ"];

impl Nino {
    pub fn parse(input: &str) -> Result<Self, NinoError> {
        if input.trim().is_empty() {
            return Err(NinoError::Empty);
        }
        let nino = without_spaces_or_dashes(input).to_ascii_uppercase();
        if is_valid(nino.as_bytes()) { Ok(Self(nino)) } else { Err(NinoError::InvalidFormat) }
    }

    /// The canonical form: 9 uppercase characters with no spaces, "AB123456C".
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn is_valid(nino: &[u8]) -> bool {
    let [first, second, digits @ .., suffix] = nino else {
        return false;
    };
    first.is_ascii_uppercase()
        && second.is_ascii_uppercase()
        && !FIRST_LETTER_NOT.contains(first)
        && !SECOND_LETTER_NOT.contains(second)
        && !PREFIXES_NOT.contains(&&[*first, *second])
        && digits.len() == 6
        && digits.iter().all(u8::is_ascii_digit)
        && matches!(suffix, b'A'..=b'D')
}

/// "AB 12 34 56 C", the way the number is printed on HMRC letters and on GOV.UK.
impl fmt::Display for Nino {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Every character is ASCII (checked by `parse`), so these byte ranges are character boundaries.
        let n = &self.0;
        write!(f, "{} {} {} {} {}", &n[0..2], &n[2..4], &n[4..6], &n[6..8], &n[8..9])
    }
}

impl TryFrom<String> for Nino {
    type Error = NinoError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Nino> for String {
    fn from(value: Nino) -> Self {
        value.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pretty_assertions::assert_eq;

    #[test]
    fn accepts_any_case_and_spacing() {
        let cases = [
            ("AB123456C", "AB123456C"),
            ("AB 12 34 56 C", "AB123456C"),
            ("ab 12 34 56 c", "AB123456C"),
            ("ab123456c", "AB123456C"),
            ("  Ab 123 456 c  ", "AB123456C"),
            ("AB\t12\u{00A0}34 56C", "AB123456C"),
            ("AB-12-34-56-C", "AB123456C"),
            ("AB 12\u{2013}34\u{2013}56 C", "AB123456C"),
            ("JG103759A", "JG103759A"),
            ("CE 00 00 00 D", "CE000000D"),
            ("OA123456B", "OA123456B"),
            ("ZY123456A", "ZY123456A"),
            // The excluded pairs only exclude those pairs: their letters are fine elsewhere.
            ("GA123456A", "GA123456A"),
            ("BA123456A", "BA123456A"),
            ("NA123456A", "NA123456A"),
            ("TA123456A", "TA123456A"),
            ("KA123456A", "KA123456A"),
            ("ZA123456A", "ZA123456A"),
        ];
        for (input, expected) in cases {
            assert_eq!(Nino::parse(input).map(|n| n.as_str().to_owned()), Ok(expected.to_owned()), "{input:?}");
        }
    }

    #[test]
    fn rejects_the_gov_uk_example_because_qq_is_not_a_real_prefix() {
        assert_eq!(Nino::parse("QQ 12 34 56 C"), Err(NinoError::InvalidFormat));
        assert_eq!(Nino::parse("qq123456c"), Err(NinoError::InvalidFormat));
    }

    #[test]
    fn rejects_bad_numbers() {
        let cases = [
            ("", NinoError::Empty),
            ("   ", NinoError::Empty),
            // First letter D, F, I, Q, U, V.
            ("DA123456A", NinoError::InvalidFormat),
            ("FA123456A", NinoError::InvalidFormat),
            ("IA123456A", NinoError::InvalidFormat),
            ("QA123456A", NinoError::InvalidFormat),
            ("UA123456A", NinoError::InvalidFormat),
            ("VA123456A", NinoError::InvalidFormat),
            // Second letter D, F, I, O, Q, U, V.
            ("AD123456A", NinoError::InvalidFormat),
            ("AF123456A", NinoError::InvalidFormat),
            ("AI123456A", NinoError::InvalidFormat),
            ("AO123456A", NinoError::InvalidFormat),
            ("AQ123456A", NinoError::InvalidFormat),
            ("AU123456A", NinoError::InvalidFormat),
            ("AV123456A", NinoError::InvalidFormat),
            // Prefixes never allocated.
            ("BG123456A", NinoError::InvalidFormat),
            ("GB123456A", NinoError::InvalidFormat),
            ("KN123456A", NinoError::InvalidFormat),
            ("NK123456A", NinoError::InvalidFormat),
            ("NT123456A", NinoError::InvalidFormat),
            ("TN123456A", NinoError::InvalidFormat),
            ("ZZ123456A", NinoError::InvalidFormat),
            // Suffix outside A to D, or missing.
            ("AB123456E", NinoError::InvalidFormat),
            ("AB123456Z", NinoError::InvalidFormat),
            ("AB1234561", NinoError::InvalidFormat),
            ("AB123456", NinoError::InvalidFormat),
            ("AB123456 ", NinoError::InvalidFormat),
            // Wrong number of digits, digits in the wrong place.
            ("AB12345C", NinoError::InvalidFormat),
            ("AB1234567C", NinoError::InvalidFormat),
            ("A1123456C", NinoError::InvalidFormat),
            ("1B123456C", NinoError::InvalidFormat),
            ("AB12345XC", NinoError::InvalidFormat),
            // Other characters.
            ("AB.12.34.56.C", NinoError::InvalidFormat),
            ("AB/123456/C", NinoError::InvalidFormat),
            ("ÄB123456C", NinoError::InvalidFormat),
            ("AB１２３４５６C", NinoError::InvalidFormat),
            ("-", NinoError::InvalidFormat),
            ("not a number", NinoError::InvalidFormat),
        ];
        for (input, expected) in cases {
            assert_eq!(Nino::parse(input), Err(expected), "{input:?}");
        }
    }

    #[test]
    fn displays_in_groups() -> Result<(), NinoError> {
        assert_eq!(Nino::parse("ab123456c")?.to_string(), "AB 12 34 56 C");
        assert_eq!(Nino::parse("JG 10 37 59 A")?.to_string(), "JG 10 37 59 A");
        Ok(())
    }

    #[test]
    fn serde_stores_the_canonical_form_and_revalidates() -> Result<(), Box<dyn std::error::Error>> {
        let nino = Nino::parse("ab 12 34 56 c")?;
        assert_eq!(serde_json::to_string(&nino)?, "\"AB123456C\"");
        assert_eq!(serde_json::from_str::<Nino>("\"AB123456C\"")?, nino);
        assert!(serde_json::from_str::<Nino>("\"QQ123456C\"").is_err());
        assert!(serde_json::from_str::<Nino>("\"\"").is_err());
        Ok(())
    }
}
