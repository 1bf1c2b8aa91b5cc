//! UK postcode.

use std::fmt;

/// A UK postcode, stored uppercase with exactly one space before the inward code: "sw1a1aa" becomes "SW1A 1AA".
///
/// The check is the UK Government Data Standards postcode pattern: an outward code shaped A9, A99, AA9, AA99, A9A
/// or AA9A (where the second letter of a two-letter area is not I or Z), then an inward code shaped 9AA; plus the
/// special postcode "GIR 0AA". The stricter per-position letter rules of BS 7666 are deliberately not applied: a
/// wrongly rejected postcode stops an applicant, while a well-formed postcode that does not exist does no harm here.
/// British Forces (BFPO) and overseas territories' postcodes ("ASCN 1ZZ") are not accepted.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Postcode(String);

/// Why some text is not a UK postcode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PostcodeError {
    #[error("the postcode is empty")]
    Empty,
    #[error("the postcode is not in the UK postcode format")]
    InvalidFormat,
}

/// Length of the inward code ("1AA").
const INWARD_LEN: usize = 3;

impl Postcode {
    pub fn parse(input: &str) -> Result<Self, PostcodeError> {
        if input.trim().is_empty() {
            return Err(PostcodeError::Empty);
        }
        let compact: String = input.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
        let bytes = compact.as_bytes();
        if compact != "GIR0AA" && !is_valid(bytes) {
            return Err(PostcodeError::InvalidFormat);
        }
        // Valid means all ASCII and at least 5 bytes long, so this split is on a character boundary.
        let (outward, inward) = compact.split_at(compact.len() - INWARD_LEN);
        Ok(Self(format!("{outward} {inward}")))
    }

    /// The canonical form, "SW1A 1AA".
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The part before the space, "SW1A".
    pub fn outward(&self) -> &str {
        self.0.split_once(' ').map_or(self.0.as_str(), |(outward, _)| outward)
    }

    /// The part after the space, "1AA".
    pub fn inward(&self) -> &str {
        self.0.split_once(' ').map_or("", |(_, inward)| inward)
    }
}

fn is_valid(postcode: &[u8]) -> bool {
    let Some(split) = postcode.len().checked_sub(INWARD_LEN) else {
        return false;
    };
    let (outward, inward) = postcode.split_at(split);
    is_valid_inward(inward) && is_valid_outward(outward)
}

fn is_valid_inward(inward: &[u8]) -> bool {
    matches!(inward, [d, a, b] if d.is_ascii_digit() && a.is_ascii_uppercase() && b.is_ascii_uppercase())
}

fn is_valid_outward(outward: &[u8]) -> bool {
    let letter = |c: &u8| c.is_ascii_uppercase();
    let digit = |c: &u8| c.is_ascii_digit();
    // The second letter of a two-letter postcode area is never I or Z.
    let second_letter = |c: &u8| letter(c) && !matches!(c, b'I' | b'Z');
    match outward {
        // A9
        [a, b] => letter(a) && digit(b),
        // A99, A9A, AA9
        [a, b, c] => letter(a) && ((digit(b) && (digit(c) || letter(c))) || (second_letter(b) && digit(c))),
        // AA99, AA9A
        [a, b, c, d] => letter(a) && second_letter(b) && digit(c) && (digit(d) || letter(d)),
        _ => false,
    }
}

impl fmt::Display for Postcode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for Postcode {
    type Error = PostcodeError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Postcode> for String {
    fn from(value: Postcode) -> Self {
        value.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pretty_assertions::assert_eq;

    #[test]
    fn accepts_every_shape_in_any_case_and_spacing() {
        let cases = [
            // A9
            ("M1 1AE", "M1 1AE"),
            ("m11ae", "M1 1AE"),
            // A99
            ("B33 8TH", "B33 8TH"),
            ("b338th", "B33 8TH"),
            // AA9
            ("CR2 6XH", "CR2 6XH"),
            // AA99
            ("DN55 1PT", "DN55 1PT"),
            ("dn551pt", "DN55 1PT"),
            // A9A
            ("W1A 0AX", "W1A 0AX"),
            ("w1a0ax", "W1A 0AX"),
            ("N1C 4AG", "N1C 4AG"),
            // AA9A
            ("EC1A 1BB", "EC1A 1BB"),
            ("SW1A 1AA", "SW1A 1AA"),
            ("sw1a1aa", "SW1A 1AA"),
            ("sW1a 1aA", "SW1A 1AA"),
            ("  SW1A   1AA  ", "SW1A 1AA"),
            ("S W 1 A 1 A A", "SW1A 1AA"),
            ("SW1A\u{00A0}1AA", "SW1A 1AA"),
            ("SW1A\t1AA", "SW1A 1AA"),
            // Scotland, Wales, Northern Ireland.
            ("EH1 1YZ", "EH1 1YZ"),
            ("CF10 1EP", "CF10 1EP"),
            ("BT1 5GS", "BT1 5GS"),
            // The special case.
            ("GIR 0AA", "GIR 0AA"),
            ("gir0aa", "GIR 0AA"),
        ];
        for (input, expected) in cases {
            assert_eq!(Postcode::parse(input).map(|p| p.as_str().to_owned()), Ok(expected.to_owned()), "{input:?}");
        }
    }

    #[test]
    fn rejects_bad_postcodes() {
        let cases = [
            ("", PostcodeError::Empty),
            ("  \t ", PostcodeError::Empty),
            ("SW1A", PostcodeError::InvalidFormat),
            ("1AA", PostcodeError::InvalidFormat),
            ("SW1A 1A", PostcodeError::InvalidFormat),
            ("SW1A 1AAA", PostcodeError::InvalidFormat),
            ("SW1A AAA", PostcodeError::InvalidFormat),
            ("SW1A 11A", PostcodeError::InvalidFormat),
            ("SW1A 1A1", PostcodeError::InvalidFormat),
            ("SW1AA 1AA", PostcodeError::InvalidFormat),
            ("SWA1 1AA", PostcodeError::InvalidFormat),
            ("1W1A 1AA", PostcodeError::InvalidFormat),
            ("S11A 1AA", PostcodeError::InvalidFormat),
            ("SW11A 1AA", PostcodeError::InvalidFormat),
            ("W 1AA", PostcodeError::InvalidFormat),
            ("99 1AA", PostcodeError::InvalidFormat),
            // Second letter of the area is never I or Z.
            ("AI1 1AA", PostcodeError::InvalidFormat),
            ("AZ1 1AA", PostcodeError::InvalidFormat),
            ("AZ1A 1AA", PostcodeError::InvalidFormat),
            // Overseas territories and BFPO are not UK postcodes.
            ("ASCN 1ZZ", PostcodeError::InvalidFormat),
            ("BFPO 123", PostcodeError::InvalidFormat),
            // GIR is only valid as GIR 0AA.
            ("GIR 1AA", PostcodeError::InvalidFormat),
            ("SW1A-1AA", PostcodeError::InvalidFormat),
            ("SW1A.1AA", PostcodeError::InvalidFormat),
            ("ŚW1A 1AA", PostcodeError::InvalidFormat),
            ("12345", PostcodeError::InvalidFormat),
            ("not a postcode", PostcodeError::InvalidFormat),
        ];
        for (input, expected) in cases {
            assert_eq!(Postcode::parse(input), Err(expected), "{input:?}");
        }
    }

    #[test]
    fn outward_and_inward() -> Result<(), PostcodeError> {
        let cases = [("sw1a1aa", "SW1A", "1AA"), ("m11ae", "M1", "1AE"), ("gir0aa", "GIR", "0AA")];
        for (input, outward, inward) in cases {
            let postcode = Postcode::parse(input)?;
            assert_eq!((postcode.outward(), postcode.inward()), (outward, inward), "{input:?}");
        }
        Ok(())
    }

    #[test]
    fn display_and_serde() -> Result<(), Box<dyn std::error::Error>> {
        let postcode = Postcode::parse("sw1a1aa")?;
        assert_eq!(postcode.to_string(), "SW1A 1AA");
        assert_eq!(serde_json::to_string(&postcode)?, "\"SW1A 1AA\"");
        assert_eq!(serde_json::from_str::<Postcode>("\"SW1A 1AA\"")?, postcode);
        assert!(serde_json::from_str::<Postcode>("\"SW1A\"").is_err());
        Ok(())
    }
}
