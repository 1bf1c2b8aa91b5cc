//! "What is your address?"

use intake::domain::{AddressLineError, PostcodeError};
use maud::Markup;

use super::{StepContext, address_fields, question_page};
use crate::Fields;

pub const TITLE: &str = "What is your address?";
pub const PREFIX: &str = "address";

pub fn line_1_error(error: AddressLineError) -> String {
    match error {
        AddressLineError::Empty => "Enter address line 1, typically the building and street".into(),
        AddressLineError::TooLong { max } => format!("Address line 1 must be {max} characters or less"),
    }
}

pub fn line_error(label: &str, error: AddressLineError) -> String {
    match error {
        AddressLineError::Empty => format!("Enter {}", label.to_lowercase()),
        AddressLineError::TooLong { max } => format!("{label} must be {max} characters or less"),
    }
}

pub fn postcode_error(error: PostcodeError) -> &'static str {
    match error {
        PostcodeError::Empty => "Enter postcode",
        PostcodeError::InvalidFormat => "Enter a full UK postcode",
    }
}

pub fn view(context: StepContext<'_>, fields: &Fields) -> Markup {
    question_page(context, TITLE, address_fields(context, PREFIX, TITLE, fields))
}
