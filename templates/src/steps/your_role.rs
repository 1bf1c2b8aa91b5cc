use intake::eligibility::{Country, Role};
use maud::Markup;

use super::{StepContext, heading_legend, question_page};
use crate::components::{Content, Hint, RadioItem, Radios, radios};

pub const TITLE: &str = "Which of these describes you?";
pub const FIELD: &str = "your-role";
pub const ERROR_NOT_SELECTED: &str = "Select which of these describes you";

pub fn label(role: Role) -> &'static str {
    match role {
        Role::ParentWithCare => "I am a parent and the children live with me most of the time",
        Role::ParentWithoutCare => "I am a parent and the children live with the other parent most of the time",
        Role::GrandparentOrOtherCarer => "I am a grandparent or another person who looks after the children",
        Role::Guardian => "I am the children's guardian",
        Role::ChildInScotland => "I am a child aged 12 or over applying for myself",
    }
}

fn hint(role: Role) -> Option<&'static str> {
    match role {
        Role::ParentWithCare => Some("You will receive child maintenance."),
        Role::ParentWithoutCare => Some("You will pay child maintenance."),
        Role::GrandparentOrOtherCarer => Some("The children live with you most of the time."),
        Role::Guardian => None,
        Role::ChildInScotland => Some("Only children living in Scotland can apply for themselves."),
    }
}

pub fn view(context: StepContext<'_>, country: Country, answer: Option<&str>) -> Markup {
    let items = Role::available_in(country)
        .map(|role| RadioItem {
            content: Content::text(label(role)),
            value: Some(role.form_value().into()),
            hint: hint(role).map(|text| Hint { content: Content::text(text), ..Hint::default() }),
            ..RadioItem::default()
        })
        .collect();
    let field = radios(&Radios {
        name: FIELD.into(),
        fieldset: heading_legend(TITLE),
        error_message: context.errors.message_for(FIELD),
        items,
        value: answer.map(str::to_owned),
        ..Radios::default()
    });
    question_page(context, TITLE, field)
}
