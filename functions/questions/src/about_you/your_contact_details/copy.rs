use intake::domain::{EmailError, PhoneNumberError};
use templates::Lang;

/// "How can we contact you?"
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copy {
    pub title: &'static str,
    pub phone: &'static str,
    pub phone_hint: &'static str,
    pub email: &'static str,
    /// <https://design-system.service.gov.uk/patterns/telephone-numbers/>
    pub enter_phone: &'static str,
    pub phone_format: &'static str,
    pub phone_not_uk: &'static str,
    /// <https://design-system.service.gov.uk/patterns/email-addresses/>
    pub enter_email: &'static str,
    pub email_format: &'static str,
    /// Says `EmailAddress::MAX_CHARS` (tested).
    pub email_too_long: &'static str,
    pub summary_phone: &'static str,
    pub summary_phone_change: &'static str,
    pub summary_email: &'static str,
    pub summary_email_change: &'static str,
    /// The email address, when they gave none.
    pub no_email: &'static str,
}

pub const EN: Copy = Copy {
    title: "How can we contact you?",
    phone: "UK phone number",
    phone_hint: "For example, 07700 900 982",
    email: "Email address (optional)",
    enter_phone: "Enter a UK phone number",
    phone_format: "Enter a phone number, like 01632 960 001 or 07700 900 982",
    phone_not_uk: "Enter a UK phone number",
    enter_email: "Enter an email address",
    email_format: "Enter an email address in the correct format, like name@example.com",
    email_too_long: "Email address must be 254 characters or less",
    summary_phone: "Phone number",
    summary_phone_change: "your phone number",
    summary_email: "Email address",
    summary_email_change: "your email address",
    no_email: "None",
};

pub const CY: Copy = Copy {
    title: "Sut gallwn ni gysylltu â chi?",
    phone: "Rhif ffôn yn y DU",
    phone_hint: "Er enghraifft, 07700 900 982",
    email: "Cyfeiriad e-bost (dewisol)",
    enter_phone: "Rhowch rif ffôn yn y DU",
    phone_format: "Rhowch rif ffôn, fel 01632 960 001 neu 07700 900 982",
    phone_not_uk: "Rhowch rif ffôn yn y DU",
    enter_email: "Rhowch gyfeiriad e-bost",
    email_format: "Rhowch gyfeiriad e-bost yn y fformat cywir, fel name@example.com",
    email_too_long: "Rhaid i’r cyfeiriad e-bost fod yn 254 o gymeriadau neu lai",
    summary_phone: "Rhif ffôn",
    summary_phone_change: "eich rhif ffôn",
    summary_email: "Cyfeiriad e-bost",
    summary_email_change: "eich cyfeiriad e-bost",
    no_email: "Dim",
};

impl Copy {
    pub fn of(lang: Lang) -> &'static Copy {
        match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        }
    }

    pub fn phone_error(&self, error: PhoneNumberError) -> &'static str {
        match error {
            PhoneNumberError::Empty => self.enter_phone,
            PhoneNumberError::InvalidFormat => self.phone_format,
            PhoneNumberError::NotUk => self.phone_not_uk,
        }
    }

    pub fn email_error(&self, error: EmailError) -> &'static str {
        match error {
            EmailError::Empty => self.enter_email,
            EmailError::InvalidFormat => self.email_format,
            EmailError::TooLong { .. } => self.email_too_long,
        }
    }
}
