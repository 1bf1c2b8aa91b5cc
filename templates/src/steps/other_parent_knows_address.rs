//! "Do you know the other parent's address?"

use maud::{Markup, html};

use super::{StepContext, question_page, yes_no};
use crate::Fields;

pub const TITLE: &str = "Do you know the other parent's address?";
pub const FIELD: &str = "know-address";
pub const ERROR_NOT_SELECTED: &str = "Select yes if you know the other parent's address";

pub fn view(context: StepContext<'_>, fields: &Fields) -> Markup {
    let hint = html! { "Their current address, or the last one you know." };
    question_page(context, TITLE, yes_no(context, FIELD, TITLE, Some(hint), fields.get(FIELD)))
}
