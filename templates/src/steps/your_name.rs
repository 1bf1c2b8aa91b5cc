//! "What is your name?": <https://design-system.service.gov.uk/patterns/names/> (one full-name field).

use maud::{Markup, html};

use super::{StepContext, TextField, question_page, text_field};
use crate::Fields;

pub const TITLE: &str = "What is your name?";
pub const FULL_NAME: &str = "full-name";
pub const OTHER_NAMES: &str = "other-names";

pub fn full_name_error(error: intake::domain::NameError) -> String {
    super::name_error(error, "Full name", "Enter your full name")
}

pub fn other_names_error(error: intake::domain::NameError) -> String {
    super::name_error(error, "Other names", "Enter other names you have been known by")
}

pub fn view(context: StepContext<'_>, fields: &Fields) -> Markup {
    let body = html! {
        h1.govuk-heading-l { (TITLE) }
        (text_field(context, TextField {
            name: FULL_NAME,
            label: "Full name",
            autocomplete: Some("name"),
            spellcheck: Some(false),
            ..TextField::default()
        }, fields))
        (text_field(context, TextField {
            name: OTHER_NAMES,
            label: "Other names you have been known by (optional)",
            hint: Some("For example, a name you had before you married"),
            spellcheck: Some(false),
            ..TextField::default()
        }, fields))
    };
    question_page(context, TITLE, body)
}
