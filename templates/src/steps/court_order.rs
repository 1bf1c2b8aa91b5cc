//! "Is there a court order for child maintenance?": CMS cannot replace a consent order less than a year old, or
//! one made before 3 March 2003.

use intake::eligibility::CourtOrder;
use maud::Markup;

use super::{StepContext, heading_legend, question_page};
use crate::components::{Content, Hint, RadioItem, Radios, radios};

pub const TITLE: &str = "Is there a court order for child maintenance for these children?";
pub const FIELD: &str = "court-order";
pub const ERROR_NOT_SELECTED: &str = "Select whether there is a court order for child maintenance";

pub fn label(order: CourtOrder) -> &'static str {
    match order {
        CourtOrder::None => "No",
        CourtOrder::MoreThanAYearOld => "Yes, made on or after 3 March 2003 and more than a year ago",
        CourtOrder::LessThanAYearOld => "Yes, made less than a year ago",
        CourtOrder::MadeBefore3March2003 => "Yes, made before 3 March 2003",
    }
}

pub fn view(context: StepContext<'_>, value: Option<&str>) -> Markup {
    let items = CourtOrder::ALL
        .into_iter()
        .map(|order| RadioItem {
            content: Content::text(label(order)),
            value: Some(order.form_value().into()),
            ..RadioItem::default()
        })
        .collect();
    let field = radios(&Radios {
        name: FIELD.into(),
        fieldset: heading_legend(TITLE),
        hint: Some(Hint {
            content: Content::text("An order from a court that says how much child maintenance should be paid."),
            ..Hint::default()
        }),
        error_message: context.errors.message_for(FIELD),
        items,
        value: value.map(str::to_owned),
        ..Radios::default()
    });
    question_page(context, TITLE, field)
}
