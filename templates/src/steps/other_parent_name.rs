//! "What is the other parent's name?": <https://design-system.service.gov.uk/patterns/names/>. The only question
//! about the other parent that must be answered.

use maud::{Markup, html};

use super::{StepContext, TextField, question_page, text_field};
use crate::Fields;

pub const TITLE: &str = "What is the other parent's name?";
pub const FULL_NAME: &str = "full-name";
pub const OTHER_NAMES: &str = "other-names";

pub fn full_name_error(error: intake::domain::NameError) -> String {
    super::name_error(error, "Full name", "Enter the other parent's full name")
}

pub fn other_names_error(error: intake::domain::NameError) -> String {
    super::name_error(error, "Other names", "Enter other names they have been known by")
}

pub fn view(context: StepContext<'_>, fields: &Fields) -> Markup {
    let body = html! {
        h1.govuk-heading-l { (TITLE) }
        // Not the applicant's own name, so the browser must not offer to fill it in.
        (text_field(context, TextField {
            name: FULL_NAME,
            label: "Full name",
            autocomplete: Some("off"),
            spellcheck: Some(false),
            ..TextField::default()
        }, fields))
        (text_field(context, TextField {
            name: OTHER_NAMES,
            label: "Other names they have been known by (optional)",
            hint: Some("For example, a name they had before they married"),
            autocomplete: Some("off"),
            spellcheck: Some(false),
            ..TextField::default()
        }, fields))
    };
    question_page(context, TITLE, body)
}
