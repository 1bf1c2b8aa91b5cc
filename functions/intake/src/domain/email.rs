//! Email address.

use std::fmt;

use validator::ValidateEmail;

/// An email address, trimmed but otherwise as typed.
///
/// The local part is not lowercased: it is case-sensitive in principle, and the address the applicant sees on
/// their answers should be the one they typed. Compare addresses with care if that ever matters.
///
/// The format check is `validator`'s (the HTML living standard's `type=email` rule, with the RFC 5321 limits of
/// 64 characters before the @ and 255 after it, and internationalised domains), plus one rule of our own: the domain
/// must contain a dot. "name@localhost" or "name@gmailcom" is valid to the HTML rule but cannot receive email from
/// GOV.UK Notify, so it is almost certainly a typo. IP-address domains ("name@[127.0.0.1]") are rejected for the
/// same reason.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct EmailAddress(String);

/// Why some text is not an email address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum EmailError {
    #[error("the email address is empty")]
    Empty,
    #[error("the email address is not in the format name@example.com")]
    InvalidFormat,
    #[error("the email address is longer than {max} characters")]
    TooLong { max: usize },
}

impl EmailAddress {
    /// The most characters an address may have: the longest that fits an SMTP path (RFC 5321, as corrected by
    /// erratum 1690).
    pub const MAX_CHARS: usize = 254;

    /// Parses an email address. Errors are checked in the order empty, too long, format.
    pub fn parse(input: &str) -> Result<Self, EmailError> {
        let email = input.trim();
        if email.is_empty() {
            return Err(EmailError::Empty);
        }
        if email.chars().count() > Self::MAX_CHARS {
            return Err(EmailError::TooLong { max: Self::MAX_CHARS });
        }
        if !email.validate_email() || !has_dotted_domain(email) {
            return Err(EmailError::InvalidFormat);
        }
        Ok(Self(email.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Whether the part after the last @ is a domain name with a dot in it (not an IP literal in brackets), and neither
/// starts nor ends with the dot.
fn has_dotted_domain(email: &str) -> bool {
    email.rsplit_once('@').is_some_and(|(_, domain)| {
        domain.contains('.') && !domain.starts_with('[') && !domain.starts_with('.') && !domain.ends_with('.')
    })
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for EmailAddress {
    type Error = EmailError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<EmailAddress> for String {
    fn from(value: EmailAddress) -> Self {
        value.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pretty_assertions::assert_eq;

    #[test]
    fn accepts_addresses_as_typed() {
        let cases = [
            ("name@example.com", "name@example.com"),
            ("  name@example.com  ", "name@example.com"),
            ("\tname@example.com\n", "name@example.com"),
            ("Jane.Smith@Example.COM", "Jane.Smith@Example.COM"),
            ("jane.smith+cms@example.co.uk", "jane.smith+cms@example.co.uk"),
            ("o'brien@example.org", "o'brien@example.org"),
            ("j_smith-2@sub.domain.example.gov.uk", "j_smith-2@sub.domain.example.gov.uk"),
            ("1234@example.com", "1234@example.com"),
            ("name@xn--bcher-kva.example", "name@xn--bcher-kva.example"),
            ("name@bücher.example", "name@bücher.example"),
        ];
        for (input, expected) in cases {
            assert_eq!(EmailAddress::parse(input).map(|e| e.as_str().to_owned()), Ok(expected.to_owned()), "{input:?}");
        }
    }

    #[test]
    fn rejects_bad_addresses() {
        let cases = [
            ("", EmailError::Empty),
            ("   ", EmailError::Empty),
            ("name", EmailError::InvalidFormat),
            ("name@", EmailError::InvalidFormat),
            ("@example.com", EmailError::InvalidFormat),
            ("name.example.com", EmailError::InvalidFormat),
            ("name@@example.com", EmailError::InvalidFormat),
            ("name @example.com", EmailError::InvalidFormat),
            ("name@exam ple.com", EmailError::InvalidFormat),
            ("name@example..com", EmailError::InvalidFormat),
            ("name@-example.com", EmailError::InvalidFormat),
            ("name@example.com.", EmailError::InvalidFormat),
            ("name@.example.com", EmailError::InvalidFormat),
            ("name@example,com", EmailError::InvalidFormat),
            ("name@example_site.com", EmailError::InvalidFormat),
            ("\"name\"@example.com", EmailError::InvalidFormat),
            ("na(me)@example.com", EmailError::InvalidFormat),
            ("name<x>@example.com", EmailError::InvalidFormat),
            ("josé@example.com", EmailError::InvalidFormat),
            // Valid to the HTML rule, but not deliverable: no dot in the domain, or an IP address.
            ("name@localhost", EmailError::InvalidFormat),
            ("name@gmailcom", EmailError::InvalidFormat),
            ("name@[127.0.0.1]", EmailError::InvalidFormat),
            ("Jane Smith <name@example.com>", EmailError::InvalidFormat),
        ];
        for (input, expected) in cases {
            assert_eq!(EmailAddress::parse(input), Err(expected), "{input:?}");
        }
    }

    #[test]
    fn length_limits() {
        // 64 characters before the @ is the most validator allows.
        let local = "a".repeat(64);
        let at_limit = format!("{local}@{}.example.com", "b".repeat(63));
        assert!(at_limit.len() < EmailAddress::MAX_CHARS);
        assert_eq!(EmailAddress::parse(&at_limit).map(String::from), Ok(at_limit.clone()));

        let long_local = format!("{}@example.com", "a".repeat(65));
        assert_eq!(EmailAddress::parse(&long_local), Err(EmailError::InvalidFormat));

        // 254 characters in all is accepted, 255 is too long.
        let domain_254 = format!("{}.{}.{}.com", "b".repeat(63), "c".repeat(63), "d".repeat(57));
        let email_254 = format!("{local}@{domain_254}");
        assert_eq!(email_254.len(), 254);
        assert_eq!(EmailAddress::parse(&email_254).map(String::from), Ok(email_254.clone()));

        let email_255 = format!("{local}@{}.{}.{}.com", "b".repeat(63), "c".repeat(63), "d".repeat(58));
        assert_eq!(email_255.len(), 255);
        assert_eq!(EmailAddress::parse(&email_255), Err(EmailError::TooLong { max: 254 }));

        // Surrounding spaces do not count towards the limit.
        assert!(EmailAddress::parse(&format!("   {email_254}   ")).is_ok());
    }

    #[test]
    fn display_and_serde() -> Result<(), Box<dyn std::error::Error>> {
        let email = EmailAddress::parse(" Jane@Example.com ")?;
        assert_eq!(email.to_string(), "Jane@Example.com");
        assert_eq!(serde_json::to_string(&email)?, "\"Jane@Example.com\"");
        assert_eq!(serde_json::from_str::<EmailAddress>("\"Jane@Example.com\"")?, email);
        assert!(serde_json::from_str::<EmailAddress>("\"name@localhost\"").is_err());
        Ok(())
    }
}
