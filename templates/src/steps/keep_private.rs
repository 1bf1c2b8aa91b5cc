//! "Is there anything the other parent must not find out?", asked of everyone. CMS never gives the other parent
//! the applicant's address, but does share names (docs/domain.md), so a new name is asked about too.

use intake::safety::PrivateDetail;
use maud::Markup;

use super::{Choice, StepContext, YOUR_SAFETY, checkboxes_question, heading_legend, question_page};
use crate::Fields;

pub const FIELD: &str = "keep-private";
pub const QUESTION: &str = "Is there anything the other parent must not find out about you?";
pub const HINT: &str = "We never give the other parent your address. Select all that apply.";
pub const NONE_LABEL: &str = "None of these";
pub const ERROR_NOT_SELECTED: &str = "Select what the other parent must not find out, or select ‘None of these’";

pub fn label(detail: PrivateDetail) -> &'static str {
    match detail {
        PrivateDetail::Address => "Your address",
        PrivateDetail::PhoneNumber => "Your phone number",
        PrivateDetail::EmailAddress => "Your email address",
        PrivateDetail::NewName => "A new name you use",
    }
}

pub fn view(context: StepContext<'_>, fields: &Fields) -> Markup {
    let choices: Vec<Choice<'_>> = PrivateDetail::ALL
        .iter()
        .map(|detail| Choice { value: detail.form_value(), label: label(*detail), hint: None })
        .collect();
    let question =
        checkboxes_question(context, FIELD, heading_legend(QUESTION), HINT, &choices, Some(NONE_LABEL), fields);
    question_page(context, YOUR_SAFETY, question)
}
