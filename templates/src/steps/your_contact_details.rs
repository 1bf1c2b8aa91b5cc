//! "How can we contact you?": a phone number, and an email address if they have one.

use intake::domain::{EmailError, PhoneNumberError};
use maud::{Markup, html};

use super::{StepContext, TextField, question_page, text_field};
use crate::Fields;

pub const TITLE: &str = "How can we contact you?";
pub const PHONE: &str = "phone";
pub const EMAIL: &str = "email";

/// <https://design-system.service.gov.uk/patterns/telephone-numbers/>
pub fn phone_error(error: PhoneNumberError) -> &'static str {
    match error {
        PhoneNumberError::Empty => "Enter a UK phone number",
        PhoneNumberError::InvalidFormat => "Enter a phone number, like 01632 960 001 or 07700 900 982",
        PhoneNumberError::NotUk => "Enter a UK phone number",
    }
}

/// <https://design-system.service.gov.uk/patterns/email-addresses/>
pub fn email_error(error: EmailError) -> String {
    match error {
        EmailError::Empty => "Enter an email address".into(),
        EmailError::InvalidFormat => "Enter an email address in the correct format, like name@example.com".into(),
        EmailError::TooLong { max } => format!("Email address must be {max} characters or less"),
    }
}

pub fn view(context: StepContext<'_>, fields: &Fields) -> Markup {
    let body = html! {
        h1.govuk-heading-l { (TITLE) }
        (text_field(context, TextField {
            name: PHONE,
            label: "UK phone number",
            hint: Some("For example, 07700 900 982"),
            width: Some("govuk-input--width-20"),
            autocomplete: Some("tel"),
            input_type: Some("tel"),
            ..TextField::default()
        }, fields))
        (text_field(context, TextField {
            name: EMAIL,
            label: "Email address (optional)",
            autocomplete: Some("email"),
            input_type: Some("email"),
            spellcheck: Some(false),
            ..TextField::default()
        }, fields))
    };
    question_page(context, TITLE, body)
}
