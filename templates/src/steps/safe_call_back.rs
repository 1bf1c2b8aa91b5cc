//! "When can we call you safely?": the number and time for a call back, asked after "call me back at a safe time".

use intake::domain::ShortTextError;
use maud::{Markup, html};

use super::{StepContext, TextField, YOUR_SAFETY, question_page, text_field};
use crate::Fields;

pub const TITLE: &str = "When can we call you safely?";
pub const PHONE: &str = "safe-phone";
pub const WHEN: &str = "safe-time";

pub fn when_error(error: ShortTextError) -> String {
    match error {
        ShortTextError::Empty => "Enter when it is safe to call you".into(),
        ShortTextError::TooLong { max } => format!("When it is safe to call you must be {max} characters or less"),
    }
}

pub fn view(context: StepContext<'_>, fields: &Fields) -> Markup {
    let body = html! {
        h1.govuk-heading-l { (TITLE) }
        p.govuk-body { "We will only call this number, and only at the time you give." }
        (text_field(context, TextField {
            name: PHONE,
            label: "A UK phone number that is safe to call",
            hint: Some("For example, 07700 900 982"),
            width: Some("govuk-input--width-20"),
            autocomplete: Some("tel"),
            input_type: Some("tel"),
            ..TextField::default()
        }, fields))
        (text_field(context, TextField {
            name: WHEN,
            label: "When is it safe to call?",
            hint: Some("For example, weekdays between 10am and 2pm"),
            autocomplete: Some("off"),
            ..TextField::default()
        }, fields))
    };
    question_page(context, YOUR_SAFETY, body)
}
