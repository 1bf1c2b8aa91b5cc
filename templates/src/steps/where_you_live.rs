use intake::eligibility::Country;
use maud::Markup;

use super::StepContext;
use crate::components::{Content, Fieldset, Hint, Legend, RadioItem, Radios, radios};
use crate::layout::{Area, Page, page};
use crate::question_form;

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
    let form = question_form(
        context.csrf_token,
        radios(&Radios {
            name: FIELD.into(),
            fieldset: Some(Fieldset {
                legend: Some(Legend {
                    content: Content::text(TITLE),
                    classes: Some("govuk-fieldset__legend--l".into()),
                    is_page_heading: Some(true),
                }),
                ..Fieldset::default()
            }),
            hint: Some(Hint { content: Content::text("Where your main home is."), ..Hint::default() }),
            error_message: context.errors.message_for(FIELD),
            items,
            value: answer.map(str::to_owned),
            ..Radios::default()
        }),
    );
    page(
        Area::Apply,
        &Page { title: TITLE, has_errors: !context.errors.is_empty(), back: Some(context.back) },
        maud::html! {
            div.govuk-grid-row { div.govuk-grid-column-two-thirds { (context.errors.summary()) (form) } }
        },
    )
}
