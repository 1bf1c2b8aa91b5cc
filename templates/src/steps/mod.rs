//! One view per question of the journey, named as its route and its form in the `apply` crate
//! (`apply::steps::where_you_live` ↔ `templates::steps::where_you_live`).

pub mod check_your_answers;
pub mod childrens_ages;
pub mod court_order;
pub mod where_you_live;
pub mod your_role;

use maud::{Markup, html};

use crate::components::{Content, Fieldset, Hint, Legend, RadioItem, Radios, radios};
use crate::layout::{Area, Page, page};
use crate::question_form;

/// What every question view needs besides its own answer.
#[derive(Debug, Clone, Copy)]
pub struct StepContext<'a> {
    pub csrf_token: &'a str,
    /// The previous page on this applicant's path, for the Back link.
    pub back: &'a str,
    pub errors: &'a crate::FormErrors,
}

/// A question page: error summary, then the form, in the two-thirds column the Design System uses for forms.
pub fn question_page(context: StepContext<'_>, title: &str, fields: Markup) -> Markup {
    page(
        Area::Apply,
        &Page { title, has_errors: !context.errors.is_empty(), back: Some(context.back) },
        html! {
            div.govuk-grid-row {
                div.govuk-grid-column-two-thirds { (context.errors.summary()) (question_form(context.csrf_token, fields)) }
            }
        },
    )
}

/// A legend that is the page's h1: <https://design-system.service.gov.uk/get-started/labels-legends-headings/>.
pub fn heading_legend(title: &str) -> Option<Fieldset> {
    Some(Fieldset {
        legend: Some(Legend {
            content: Content::text(title),
            classes: Some("govuk-fieldset__legend--l".into()),
            is_page_heading: Some(true),
        }),
        ..Fieldset::default()
    })
}

/// The values a yes/no question posts.
pub const YES: &str = "yes";
pub const NO: &str = "no";

/// A yes/no question as inline radios: <https://design-system.service.gov.uk/components/radios/#inline-radios>.
pub fn yes_no(context: StepContext<'_>, field: &str, title: &str, hint: Option<Markup>, value: Option<&str>) -> Markup {
    let item = |value: &str, text: &str| RadioItem {
        content: Content::text(text),
        value: Some(value.into()),
        ..RadioItem::default()
    };
    radios(&Radios {
        name: field.into(),
        fieldset: heading_legend(title),
        hint: hint.map(|markup| Hint { content: Content::html(markup), ..Hint::default() }),
        error_message: context.errors.message_for(field),
        items: vec![item(YES, "Yes"), item(NO, "No")],
        value: value.map(str::to_owned),
        classes: Some("govuk-radios--inline".into()),
        ..Radios::default()
    })
}
