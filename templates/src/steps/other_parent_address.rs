//! "Do you know the other parent's address?": Yes reveals the address and when they last lived there. Every field
//! is in the page, so it works without JavaScript; the server ignores them when the answer is No.

use intake::domain::ShortTextError;
use maud::{Markup, html};

use super::{NO, StepContext, TextField, YES, address_inputs, heading_legend, question_page, text_field};
use crate::Fields;
use crate::components::{Content, Hint, RadioItem, Radios, radios};

pub const TITLE: &str = "Do you know the other parent's address?";
pub const FIELD: &str = "know-address";
pub const PREFIX: &str = "address";
pub const LAST_LIVED_THERE: &str = "when-last-lived-there";
pub const ERROR_NOT_SELECTED: &str = "Select yes if you know the other parent's address";

pub fn last_lived_there_error(error: ShortTextError) -> String {
    match error {
        ShortTextError::Empty => "Enter when they last lived at this address".into(),
        ShortTextError::TooLong { max } => {
            format!("When they last lived at this address must be {max} characters or less")
        }
    }
}

pub fn view(context: StepContext<'_>, fields: &Fields) -> Markup {
    let revealed = html! {
        (address_inputs(context, PREFIX, fields, false))
        (text_field(context, TextField {
            name: LAST_LIVED_THERE,
            label: "When did they last live at this address? (optional)",
            hint: Some("For example, June 2024"),
            width: Some("govuk-!-width-two-thirds"),
            autocomplete: Some("off"),
            ..TextField::default()
        }, fields))
    };
    let field = radios(&Radios {
        name: FIELD.into(),
        fieldset: heading_legend(TITLE),
        hint: Some(Hint {
            content: Content::text("Their current address, or the last one you know."),
            ..Hint::default()
        }),
        error_message: context.errors.message_for(FIELD),
        items: vec![
            RadioItem {
                content: Content::text("Yes"),
                value: Some(YES.into()),
                conditional: Some(Content::html(revealed)),
                ..RadioItem::default()
            },
            RadioItem { content: Content::text("No"), value: Some(NO.into()), ..RadioItem::default() },
        ],
        value: fields.get(FIELD).map(str::to_owned),
        ..Radios::default()
    });
    question_page(context, TITLE, field)
}
