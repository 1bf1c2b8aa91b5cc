//! "Are you or your children in immediate danger?", asked after a disclosure. "Yes" leads to what to do now.

use maud::{Markup, html};

use super::{StepContext, YOUR_SAFETY, question_page, yes_no};
use crate::Fields;

pub const FIELD: &str = "in-immediate-danger";
pub const QUESTION: &str = "Are you or your children in immediate danger?";
pub const ERROR_NOT_SELECTED: &str = "Select yes if you or your children are in immediate danger";

pub fn view(context: StepContext<'_>, fields: &Fields) -> Markup {
    let hint = html! { "This means you think you or your children could be hurt now or very soon." };
    question_page(context, YOUR_SAFETY, yes_no(context, FIELD, QUESTION, Some(hint), fields.get(FIELD)))
}
