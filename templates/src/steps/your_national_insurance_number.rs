//! "What is your National Insurance number?": one field, any spacing and case.

use intake::domain::NinoError;
use maud::Markup;

use super::{StepContext, TextField, question_page, text_field};
use crate::Fields;

pub const TITLE: &str = "What is your National Insurance number?";
pub const FIELD: &str = "national-insurance-number";

pub fn error(error: NinoError) -> &'static str {
    match error {
        NinoError::Empty => "Enter your National Insurance number",
        NinoError::InvalidFormat => "Enter a National Insurance number in the correct format",
    }
}

pub fn view(context: StepContext<'_>, fields: &Fields) -> Markup {
    let field = text_field(
        context,
        TextField {
            name: FIELD,
            label: TITLE,
            hint: Some(
                "It’s on your National Insurance card, benefit letter, payslip or P60. For example, ‘QQ 12 34 56 C’.",
            ),
            is_heading: true,
            width: Some("govuk-input--width-10"),
            spellcheck: Some(false),
            ..TextField::default()
        },
        fields,
    );
    question_page(context, TITLE, field)
}
