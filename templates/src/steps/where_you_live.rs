use intake::eligibility::Country;
use maud::Markup;

use super::{StepContext, heading_legend, question_page};
use crate::components::{Content, Hint, RadioItem, Radios, radios};

pub const TITLE: &str = "Where do you live?";
pub const FIELD: &str = "where-you-live";
pub const ERROR_NOT_SELECTED: &str = "Select where you live";

pub fn label(country: Country) -> &'static str {
    match country {
        Country::England => "England",
        Country::Scotland => "Scotland",
        Country::Wales => "Wales",
        Country::NorthernIreland => "Northern Ireland",
        Country::OutsideUk => "Outside the UK",
    }
}

pub fn view(context: StepContext<'_>, answer: Option<&str>) -> Markup {
    let mut items: Vec<RadioItem> = [Country::England, Country::Scotland, Country::Wales, Country::NorthernIreland]
        .into_iter()
        .map(|country| RadioItem {
            content: Content::text(label(country)),
            value: Some(country.form_value().into()),
            ..RadioItem::default()
        })
        .collect();
    items.push(RadioItem { divider: Some("or".into()), ..RadioItem::default() });
    items.push(RadioItem {
        content: Content::text(label(Country::OutsideUk)),
        value: Some(Country::OutsideUk.form_value().into()),
        ..RadioItem::default()
    });
    let field = radios(&Radios {
        name: FIELD.into(),
        fieldset: heading_legend(TITLE),
        hint: Some(Hint { content: Content::text("Where your main home is."), ..Hint::default() }),
        error_message: context.errors.message_for(FIELD),
        items,
        value: answer.map(str::to_owned),
        ..Radios::default()
    });
    question_page(context, TITLE, field)
}
