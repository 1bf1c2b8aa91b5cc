//! "Do you have a bank account that child maintenance can be paid into?"

use maud::{Markup, html};

use super::{StepContext, question_page, yes_no};
use crate::Fields;

pub const TITLE: &str = "Do you have a bank account that child maintenance can be paid into?";
pub const FIELD: &str = "has-bank-account";
pub const ERROR_NOT_SELECTED: &str = "Select yes if you have a bank account that child maintenance can be paid into";
/// How check your answers shows "No".
pub const NO_ACCOUNT: &str = "I do not have a bank account";

pub fn view(context: StepContext<'_>, fields: &Fields) -> Markup {
    let hint = html! {
        "A bank or building society account in your name. If you do not have one, the Child Maintenance Service will \
         talk to you about other ways to be paid."
    };
    question_page(context, TITLE, yes_no(context, FIELD, TITLE, Some(hint), fields.get(FIELD)))
}
