//! "What is your date of birth?"

use intake::domain::DateError;
use maud::Markup;

use super::{StepContext, date_field, question_page};
use crate::Fields;

pub const TITLE: &str = "What is your date of birth?";
pub const PREFIX: &str = "date-of-birth";

/// The input in error and its message.
pub fn error(error: DateError) -> (String, String) {
    super::date_error(PREFIX, error, "Date of birth", "Enter your date of birth")
}

pub fn view(context: StepContext<'_>, fields: &Fields) -> Markup {
    question_page(context, TITLE, date_field(context, PREFIX, TITLE, "For example, 27 3 1990", fields, true))
}
