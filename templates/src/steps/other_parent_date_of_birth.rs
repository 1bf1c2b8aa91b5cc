//! "What is the other parent's date of birth?": the year, or the month and year, is enough, and blank is "not
//! known".

use intake::domain::DateError;
use maud::Markup;

use super::{StepContext, date_field, question_page};
use crate::Fields;

pub const TITLE: &str = "What is the other parent's date of birth?";
pub const PREFIX: &str = "date-of-birth";
pub const HINT: &str = "If you do not know their exact date of birth, give the year, or the month and year. For \
                        example, 1985 or 6 1985. Leave it blank if you do not know it.";

/// The input in error and its message. A blank date is not an error here (it is "not known"), but is worded for
/// completeness.
pub fn error(error: DateError) -> (String, String) {
    super::date_error(PREFIX, error, "Date of birth", "Enter the other parent's date of birth")
}

pub fn view(context: StepContext<'_>, fields: &Fields) -> Markup {
    // Not the applicant's birthday: no `bday` autocomplete.
    question_page(context, TITLE, date_field(context, PREFIX, TITLE, HINT, fields, false))
}
