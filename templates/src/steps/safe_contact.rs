//! "How can we contact you safely?", asked of everyone: the ways that are safe, and when.

use intake::domain::ShortTextError;
use intake::safety::ContactMethod;
use maud::{Markup, html};

use super::{
    Choice, StepContext, TextField, YOUR_SAFETY, checkboxes_question, heading_legend, question_page, text_field,
};
use crate::Fields;

pub const FIELD: &str = "contact-methods";
pub const SAFE_TIMES: &str = "safe-times";
pub const QUESTION: &str = "How can we contact you safely?";
pub const HINT: &str = "Select all the ways that are safe for us to use.";
pub const ERROR_NOT_SELECTED: &str = "Select how we can contact you safely";

pub fn label(method: ContactMethod) -> &'static str {
    match method {
        ContactMethod::PhoneCalls => "Phone calls",
        ContactMethod::Voicemail => "Voicemail messages",
        ContactMethod::TextMessages => "Text messages",
        ContactMethod::Letters => "Letters",
        ContactMethod::Email => "Email",
    }
}

pub fn safe_times_error(error: ShortTextError) -> String {
    match error {
        ShortTextError::Empty => "Enter when it is safe to contact you".into(),
        ShortTextError::TooLong { max } => format!("When it is safe to contact you must be {max} characters or less"),
    }
}

pub fn view(context: StepContext<'_>, fields: &Fields) -> Markup {
    let choices: Vec<Choice<'_>> = ContactMethod::ALL
        .iter()
        .map(|method| Choice { value: method.form_value(), label: label(*method), hint: None })
        .collect();
    let body = html! {
        (checkboxes_question(context, FIELD, heading_legend(QUESTION), HINT, &choices, None, fields))
        (text_field(context, TextField {
            name: SAFE_TIMES,
            label: "When is it safe to contact you? (optional)",
            hint: Some("For example, weekdays between 9am and 3pm"),
            autocomplete: Some("off"),
            ..TextField::default()
        }, fields))
    };
    question_page(context, YOUR_SAFETY, body)
}
