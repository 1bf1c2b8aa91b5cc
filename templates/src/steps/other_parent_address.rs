//! "What is the other parent's address?": asked only of an applicant who knows it. A page of its own rather than a
//! conditional reveal: the Design System asks for complex follow-up questions to go on the next page
//! (<https://design-system.service.gov.uk/components/radios/#conditionally-revealing-a-related-question>).

use intake::domain::ShortTextError;
use maud::{Markup, html};

use super::{StepContext, TextField, address_inputs, heading_legend, question_page, text_field};
use crate::Fields;
use crate::components::fieldset;

pub const TITLE: &str = "What is the other parent's address?";
pub const PREFIX: &str = "address";
pub const LAST_LIVED_THERE: &str = "when-last-lived-there";

pub fn last_lived_there_error(error: ShortTextError) -> String {
    match error {
        ShortTextError::Empty => "Enter when they last lived at this address".into(),
        ShortTextError::TooLong { max } => {
            format!("When they last lived at this address must be {max} characters or less")
        }
    }
}

pub fn view(context: StepContext<'_>, fields: &Fields) -> Markup {
    let body = html! {
        (fieldset(&heading_legend(TITLE).unwrap_or_default(), address_inputs(context, PREFIX, fields, false)))
        (text_field(context, TextField {
            name: LAST_LIVED_THERE,
            label: "When did they last live at this address? (optional)",
            hint: Some("For example, June 2024"),
            width: Some("govuk-!-width-two-thirds"),
            autocomplete: Some("off"),
            ..TextField::default()
        }, fields))
    };
    question_page(context, TITLE, body)
}
