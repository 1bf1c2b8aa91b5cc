//! "Do you have anything that shows what has happened?", optional and asked last in the section, after a
//! disclosure. No proof is needed to apply; a caseworker decides what is enough (docs/domain.md).

use intake::safety::Evidence;
use maud::Markup;

use super::{Choice, StepContext, YOUR_SAFETY, checkboxes_question, heading_legend, question_page};
use crate::Fields;

pub const FIELD: &str = "evidence";
pub const QUESTION: &str = "Do you have anything that shows what has happened? (optional)";
pub const HINT: &str = "You do not need proof to apply, and you do not need to send anything now. A caseworker may \
                        ask you about it later. Select all that apply.";
pub const NONE_LABEL: &str = "None of these";
pub const ERROR_BOTH: &str = "Select what you have, or select ‘None of these’";

pub fn label(evidence: Evidence) -> &'static str {
    match evidence {
        Evidence::PoliceReport => "A police report or crime reference number",
        Evidence::CourtOrder => "A court order, such as a non-molestation order",
        Evidence::LetterFromAProfessional => {
            "A letter from a professional, such as a doctor, social worker or domestic abuse support worker"
        }
    }
}

pub fn view(context: StepContext<'_>, fields: &Fields) -> Markup {
    let choices: Vec<Choice<'_>> = Evidence::ALL
        .iter()
        .map(|evidence| Choice { value: evidence.form_value(), label: label(*evidence), hint: None })
        .collect();
    let question =
        checkboxes_question(context, FIELD, heading_legend(QUESTION), HINT, &choices, Some(NONE_LABEL), fields);
    question_page(context, YOUR_SAFETY, question)
}
