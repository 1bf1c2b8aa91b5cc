//! "What are your bank account details?": <https://design-system.service.gov.uk/patterns/bank-details/>.

use intake::domain::{AccountNumberError, RollNumberError, ShortTextError, SortCodeError};
use maud::{Markup, html};

use super::{StepContext, TextField, question_page, text_field};
use crate::Fields;

pub const TITLE: &str = "What are your bank account details?";
pub const NAME_ON_ACCOUNT: &str = "name-on-account";
pub const SORT_CODE: &str = "sort-code";
pub const ACCOUNT_NUMBER: &str = "account-number";
pub const ROLL_NUMBER: &str = "roll-number";

pub fn name_error(error: ShortTextError) -> String {
    match error {
        ShortTextError::Empty => "Enter the name on the account".into(),
        ShortTextError::TooLong { max } => format!("Name on the account must be {max} characters or less"),
    }
}

pub fn sort_code_error(error: SortCodeError) -> &'static str {
    match error {
        SortCodeError::Empty => "Enter a sort code",
        SortCodeError::InvalidFormat => "Enter a sort code like 309430",
    }
}

pub fn account_number_error(error: AccountNumberError) -> &'static str {
    match error {
        AccountNumberError::Empty => "Enter an account number",
        AccountNumberError::InvalidFormat | AccountNumberError::WrongLength { .. } => {
            "Account number must be between 6 and 8 digits"
        }
    }
}

pub fn roll_number_error(error: RollNumberError) -> String {
    match error {
        RollNumberError::Empty => "Enter a building society roll number".into(),
        RollNumberError::TooLong { max } => format!("Building society roll number must be {max} characters or less"),
        RollNumberError::InvalidCharacters => "Building society roll number must only include letters a to z, \
            numbers, hyphens, spaces, forward slashes and full stops"
            .into(),
    }
}

pub fn view(context: StepContext<'_>, fields: &Fields) -> Markup {
    let numeric = |name, label, hint, width| TextField {
        name,
        label,
        hint: Some(hint),
        width: Some(width),
        autocomplete: Some("off"),
        spellcheck: Some(false),
        ..TextField::default()
    };
    let body = html! {
        h1.govuk-heading-l { (TITLE) }
        (text_field(context, TextField { name: NAME_ON_ACCOUNT, label: "Name on the account", spellcheck: Some(false), ..TextField::default() }, fields))
        (text_field(context, numeric(SORT_CODE, "Sort code", "Must be 6 digits long", "govuk-input--width-5"), fields))
        (text_field(context, numeric(ACCOUNT_NUMBER, "Account number", "Must be between 6 and 8 digits long", "govuk-input--width-10"), fields))
        (text_field(context, numeric(
            ROLL_NUMBER,
            "Building society roll number (if you have one)",
            "You can find it on your card, statement or passbook",
            "govuk-input--width-10",
        ), fields))
    };
    question_page(context, TITLE, body)
}
