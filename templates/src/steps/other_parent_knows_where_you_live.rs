//! "Does the other parent know where you live?"

use intake::other_parent::KnowsWhereYouLive;
use maud::Markup;

use super::{StepContext, heading_legend, question_page};
use crate::components::{Content, RadioItem, Radios, radios};

pub const TITLE: &str = "Does the other parent know where you live?";
pub const FIELD: &str = "knows-where-you-live";
pub const ERROR_NOT_SELECTED: &str = "Select whether the other parent knows where you live";

pub fn label(answer: KnowsWhereYouLive) -> &'static str {
    match answer {
        KnowsWhereYouLive::Yes => "Yes",
        KnowsWhereYouLive::No => "No",
        KnowsWhereYouLive::NotKnown => "I do not know",
    }
}

pub fn view(context: StepContext<'_>, value: Option<&str>) -> Markup {
    let items = KnowsWhereYouLive::ALL
        .into_iter()
        .map(|answer| RadioItem {
            content: Content::text(label(answer)),
            value: Some(answer.form_value().into()),
            ..RadioItem::default()
        })
        .collect();
    let field = radios(&Radios {
        name: FIELD.into(),
        fieldset: heading_legend(TITLE),
        error_message: context.errors.message_for(FIELD),
        items,
        value: value.map(str::to_owned),
        ..Radios::default()
    });
    question_page(context, TITLE, field)
}
