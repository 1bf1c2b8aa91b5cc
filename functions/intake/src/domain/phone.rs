//! UK phone number.

use std::fmt;

use super::text::is_dash;

/// A UK phone number, stored in international (E.164) form: "07700 900982" becomes "+447700900982".
///
/// Accepted as typed: any mix of spaces, hyphens, dots and brackets; a national number starting 0; or an
/// international one starting "+44", "0044" or "44", with or without the "(0)" people write after the country code
/// ("+44 (0)20 7946 0958").
///
/// Once in national form (starting 0) the number must be:
/// - 01 (geographic) or 08 (freephone and non-geographic): 10 or 11 digits. A few 01 numbers and some 0800 numbers
///   really are 10 digits long.
/// - 02 (geographic), 03 (non-geographic at geographic rates) or 07 (mobile): 11 digits. Ofcom has allocated no
///   shorter numbers in these ranges, so 10 digits here is a typo.
/// - 05 (corporate and VoIP): 10 or 11 digits.
///
/// 09 (premium rate) is rejected: the Child Maintenance Service calls applicants back, and a premium-rate line would
/// make every call cost public money. 04 and 06 are not allocated, and 00 starts an international number.
///
/// A number that is clearly international but not UK ("+33 1 23 45 67 89": 8 to 15 digits after the "+" or "00",
/// not starting 44) gets its own error, [`PhoneNumberError::NotUk`], so the page can say that a UK number is needed
/// rather than that the number is malformed.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PhoneNumber(String);

/// Why some text is not a UK phone number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PhoneNumberError {
    #[error("the phone number is empty")]
    Empty,
    #[error("the phone number is not a UK phone number in a recognised format")]
    InvalidFormat,
    #[error("the phone number is an international number outside the UK")]
    NotUk,
}

const UK_COUNTRY_CODE: &str = "44";

impl PhoneNumber {
    pub fn parse(input: &str) -> Result<Self, PhoneNumberError> {
        let input = input.trim();
        if input.is_empty() {
            return Err(PhoneNumberError::Empty);
        }
        let compact: String = input.chars().filter(|c| !is_separator(*c)).collect();

        let national = if let Some(international) = compact.strip_prefix('+').or_else(|| compact.strip_prefix("00")) {
            if !is_digits(international) {
                return Err(PhoneNumberError::InvalidFormat);
            }
            match international.strip_prefix(UK_COUNTRY_CODE) {
                Some(subscriber) => national_from_subscriber(subscriber),
                None if (8..=15).contains(&international.len()) && !international.starts_with('0') => {
                    return Err(PhoneNumberError::NotUk);
                }
                None => return Err(PhoneNumberError::InvalidFormat),
            }
        } else if let Some(subscriber) = compact.strip_prefix(UK_COUNTRY_CODE) {
            // "44 7700 900982" without the "+": a national number always starts 0, so a leading 44 can only be the
            // country code.
            national_from_subscriber(subscriber)
        } else {
            compact
        };

        if is_valid_national(&national) {
            // `national` starts with "0" (checked), which is one byte.
            Ok(Self(format!("+{UK_COUNTRY_CODE}{}", &national[1..])))
        } else {
            Err(PhoneNumberError::InvalidFormat)
        }
    }

    /// The canonical international form, "+447700900982".
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The national form with no spaces, "07700900982".
    pub fn national(&self) -> String {
        let subscriber = self.0.strip_prefix("+44").unwrap_or(&self.0);
        format!("0{subscriber}")
    }
}

/// Characters people put between groups of digits.
fn is_separator(c: char) -> bool {
    c.is_whitespace() || is_dash(c) || matches!(c, '.' | '(' | ')')
}

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// The national form of the digits after +44: "7700900982" and "07700900982" (from "+44 (0)7700 900982") both
/// become "07700900982".
fn national_from_subscriber(subscriber: &str) -> String {
    if subscriber.starts_with('0') { subscriber.to_owned() } else { format!("0{subscriber}") }
}

fn is_valid_national(national: &str) -> bool {
    if !is_digits(national) {
        return false;
    }
    let length = national.len();
    match national.as_bytes() {
        [b'0', b'1' | b'5' | b'8', ..] => length == 10 || length == 11,
        [b'0', b'2' | b'3' | b'7', ..] => length == 11,
        // 09 premium rate, 04 and 06 unallocated, 00 international, anything not starting 0.
        _ => false,
    }
}

impl fmt::Display for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for PhoneNumber {
    type Error = PhoneNumberError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<PhoneNumber> for String {
    fn from(value: PhoneNumber) -> Self {
        value.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pretty_assertions::assert_eq;

    #[test]
    fn accepts_common_uk_formats() {
        let cases = [
            ("07700 900 982", "+447700900982"),
            ("07700900982", "+447700900982"),
            ("+44 7700 900982", "+447700900982"),
            ("+447700900982", "+447700900982"),
            ("(020) 7946 0958", "+442079460958"),
            ("0044 20 7946 0958", "+442079460958"),
            ("020-7946-0958", "+442079460958"),
            ("020 7946 0958", "+442079460958"),
            ("020.7946.0958", "+442079460958"),
            ("+44 (0)20 7946 0958", "+442079460958"),
            ("+44(0)7700900982", "+447700900982"),
            ("0044 (0) 7700 900982", "+447700900982"),
            ("44 7700 900982", "+447700900982"),
            ("447700900982", "+447700900982"),
            ("  07700 900982  ", "+447700900982"),
            ("07700\u{00A0}900982", "+447700900982"),
            ("07700–900982", "+447700900982"),
            // 01 geographic, 11 and 10 digits.
            ("0113 496 0000", "+441134960000"),
            ("01632 960 001", "+441632960001"),
            ("016977 3000", "+44169773000"),
            // 03 non-geographic, 05, 08 (including 10-digit freephone).
            ("0300 123 4567", "+443001234567"),
            ("0800 123 4567", "+448001234567"),
            ("0800 123 456", "+44800123456"),
            ("0845 600 0000", "+448456000000"),
            ("05600 123456", "+445600123456"),
            ("0500 123456", "+44500123456"),
            // Northern Ireland numbers are UK numbers.
            ("028 9018 0000", "+442890180000"),
        ];
        for (input, expected) in cases {
            assert_eq!(PhoneNumber::parse(input).map(|p| p.as_str().to_owned()), Ok(expected.to_owned()), "{input:?}");
        }
    }

    #[test]
    fn rejects_non_uk_international_numbers_with_their_own_error() {
        let cases = [
            "+33 1 23 45 67 89",
            "0033 1 23 45 67 89",
            "+1 (202) 555-0123",
            "+353 1 234 5678",
            "+48 12 345 67 89",
            "+91 98765 43210",
            "+12345678",
            "+123456789012345",
        ];
        for input in cases {
            assert_eq!(PhoneNumber::parse(input), Err(PhoneNumberError::NotUk), "{input:?}");
        }
    }

    #[test]
    fn rejects_bad_numbers() {
        let cases = [
            ("", PhoneNumberError::Empty),
            ("   ", PhoneNumberError::Empty),
            // Premium rate.
            ("0906 123 4567", PhoneNumberError::InvalidFormat),
            ("+44 906 123 4567", PhoneNumberError::InvalidFormat),
            // Unallocated ranges.
            ("0400 123 4567", PhoneNumberError::InvalidFormat),
            ("0600 123 4567", PhoneNumberError::InvalidFormat),
            // Wrong lengths.
            ("0770090098", PhoneNumberError::InvalidFormat),
            ("077009009821", PhoneNumberError::InvalidFormat),
            ("020 7946 095", PhoneNumberError::InvalidFormat),
            ("0300 123 456", PhoneNumberError::InvalidFormat),
            ("0113 496 00", PhoneNumberError::InvalidFormat),
            ("0113 496 00000", PhoneNumberError::InvalidFormat),
            ("+44 7700 90098", PhoneNumberError::InvalidFormat),
            ("+44 7700 9009822", PhoneNumberError::InvalidFormat),
            ("999", PhoneNumberError::InvalidFormat),
            // No leading 0 or country code.
            ("7700 900982", PhoneNumberError::InvalidFormat),
            // Letters, extensions and other symbols.
            ("07700 900 98X", PhoneNumberError::InvalidFormat),
            ("020 7946 0958 ext 123", PhoneNumberError::InvalidFormat),
            ("020 7946 0958 #123", PhoneNumberError::InvalidFormat),
            ("07700/900982", PhoneNumberError::InvalidFormat),
            ("+44 7700 900982 +", PhoneNumberError::InvalidFormat),
            ("++447700900982", PhoneNumberError::InvalidFormat),
            ("07700+900982", PhoneNumberError::InvalidFormat),
            ("０７７００９００９８２", PhoneNumberError::InvalidFormat),
            ("not a number", PhoneNumberError::InvalidFormat),
            ("+", PhoneNumberError::InvalidFormat),
            ("()", PhoneNumberError::InvalidFormat),
            // International, but too short or too long to be a real number, or a "+0".
            ("+1234567", PhoneNumberError::InvalidFormat),
            ("+1234567890123456", PhoneNumberError::InvalidFormat),
            ("+07700900982", PhoneNumberError::InvalidFormat),
            ("000 1234 5678", PhoneNumberError::InvalidFormat),
        ];
        for (input, expected) in cases {
            assert_eq!(PhoneNumber::parse(input), Err(expected), "{input:?}");
        }
    }

    #[test]
    fn national_form() -> Result<(), PhoneNumberError> {
        let cases =
            [("+44 7700 900982", "07700900982"), ("(020) 7946 0958", "02079460958"), ("0800 123 456", "0800123456")];
        for (input, expected) in cases {
            assert_eq!(PhoneNumber::parse(input)?.national(), expected, "{input:?}");
        }
        Ok(())
    }

    #[test]
    fn display_and_serde() -> Result<(), Box<dyn std::error::Error>> {
        let phone = PhoneNumber::parse("07700 900982")?;
        assert_eq!(phone.to_string(), "+447700900982");
        assert_eq!(serde_json::to_string(&phone)?, "\"+447700900982\"");
        assert_eq!(serde_json::from_str::<PhoneNumber>("\"+447700900982\"")?, phone);
        assert!(serde_json::from_str::<PhoneNumber>("\"+33123456789\"").is_err());
        assert!(serde_json::from_str::<PhoneNumber>("\"0906 123 4567\"").is_err());
        Ok(())
    }
}
