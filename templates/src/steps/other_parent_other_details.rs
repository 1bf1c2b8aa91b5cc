//! "What else do you know about the other parent?": a phone number, National Insurance number and employer, each
//! optional. Anything given helps CMS find them.

use intake::domain::{NinoError, PhoneNumberError, ShortTextError};
use maud::{Markup, html};

use super::{StepContext, TextField, question_page, text_field};
use crate::Fields;

pub const TITLE: &str = "What else do you know about the other parent?";
pub const PHONE: &str = "phone";
pub const NINO: &str = "national-insurance-number";
pub const EMPLOYER: &str = "employer";

/// <https://design-system.service.gov.uk/patterns/telephone-numbers/>
pub fn phone_error(error: PhoneNumberError) -> &'static str {
    super::your_contact_details::phone_error(error)
}

pub fn nino_error(error: NinoError) -> &'static str {
    match error {
        NinoError::Empty => "Enter their National Insurance number",
        NinoError::InvalidFormat => "Enter a National Insurance number in the correct format",
    }
}

pub fn employer_error(error: ShortTextError) -> String {
    match error {
        ShortTextError::Empty => "Enter their employer's name".into(),
        ShortTextError::TooLong { max } => format!("Employer name must be {max} characters or less"),
    }
}

pub fn view(context: StepContext<'_>, fields: &Fields) -> Markup {
    // Someone else's details: the browser must not offer the applicant's own.
    let body = html! {
        h1.govuk-heading-l { (TITLE) }
        p.govuk-body { "Tell us anything you know. You can leave these blank." }
        (text_field(context, TextField {
            name: PHONE,
            label: "UK phone number (optional)",
            hint: Some("For example, 07700 900 982"),
            width: Some("govuk-input--width-20"),
            autocomplete: Some("off"),
            input_type: Some("tel"),
            ..TextField::default()
        }, fields))
        (text_field(context, TextField {
            name: NINO,
            label: "National Insurance number (optional)",
            hint: Some("For example, ‘QQ 12 34 56 C’"),
            width: Some("govuk-input--width-10"),
            autocomplete: Some("off"),
            spellcheck: Some(false),
            ..TextField::default()
        }, fields))
        (text_field(context, TextField {
            name: EMPLOYER,
            label: "Employer name (optional)",
            hint: Some("Who they work for, or the name of their business if they are self-employed"),
            autocomplete: Some("off"),
            ..TextField::default()
        }, fields))
    };
    question_page(context, TITLE, body)
}
