//! The children: each added on its own page, then listed with Change and Remove until the applicant says there
//! are no more (<https://design-system.service.gov.uk/patterns/add-multiple-things/>).

use intake::children::{Child, MAX_CHILDREN};
use maud::{Markup, html};

use super::{NO, StepContext, TextField, YES, date_field_in, question_page, text_field};
use crate::Fields;
use crate::components::{
    Content, Fieldset, Legend, RadioItem, Radios, SummaryAction, SummaryActions, SummaryCell, SummaryList, SummaryRow,
    radios, summary_list,
};

pub const FULL_NAME: &str = "child-full-name";
pub const DATE_PREFIX: &str = "child-date-of-birth";
pub const ADD_ANOTHER: &str = "add-another-child";
pub const REMOVE: &str = "remove-child";

pub const ADD_ANOTHER_NOT_SELECTED: &str = "Select yes if you need to add another child";
/// The error when the list is full, from `intake::children::MAX_CHILDREN`.
pub fn too_many() -> String {
    format!("You cannot add more than {} children", intake::children::MAX_CHILDREN)
}

/// What the full list says instead of asking whether to add another.
fn list_full() -> String {
    format!("You cannot add more than {} children.", intake::children::MAX_CHILDREN)
}

pub fn full_name_error(error: intake::domain::NameError) -> String {
    super::name_error(error, "Full name", "Enter the child’s full name")
}

pub fn date_of_birth_error(error: intake::domain::DateError) -> (String, String) {
    super::date_error(DATE_PREFIX, error, "Date of birth", "Enter the child’s date of birth")
}

/// A child too old for CMS: the Design System's wording for a date before an allowed range.
pub fn too_old_error(earliest: time::Date) -> (String, String) {
    // GOV.UK style: "23 November 2006".
    let earliest = format!("{} {} {}", earliest.day(), earliest.month(), earliest.year());
    (format!("{DATE_PREFIX}-date"), format!("Date of birth must be the same as or after {earliest}"))
}

pub fn remove_not_selected(child: &Child) -> String {
    format!("Select yes if you want to remove {}", child.full_name.as_str())
}

/// Adding (`first`: the first child, or another) or changing a child.
pub fn details_view(context: StepContext<'_>, title: &str, fields: &Fields) -> Markup {
    let date_legend = Fieldset {
        legend: Some(Legend {
            content: Content::text("Date of birth"),
            classes: Some("govuk-fieldset__legend--s".into()),
            is_page_heading: Some(false),
        }),
        ..Fieldset::default()
    };
    let body = html! {
        h1.govuk-heading-l { (title) }
        (text_field(context, TextField {
            name: FULL_NAME,
            label: "Full name",
            spellcheck: Some(false),
            ..TextField::default()
        }, fields))
        (date_field_in(context, DATE_PREFIX, date_legend, "For example, 27 3 2015", fields, false))
    };
    question_page(context, title, body)
}

pub fn add_title(first: bool) -> &'static str {
    if first { "Tell us about a child you are applying for" } else { "Tell us about another child" }
}

pub const CHANGE_TITLE: &str = "Change the child’s details";

fn summary_title(count: usize) -> String {
    if count == 1 { "You have added 1 child".to_owned() } else { format!("You have added {count} children") }
}

/// The list of children, and whether to add another.
pub fn summary_view(context: StepContext<'_>, children: &[Child], fields: &Fields) -> Markup {
    let title = summary_title(children.len());
    let rows = children
        .iter()
        .enumerate()
        .map(|(index, child)| {
            let action = |verb: &str, path: &str| SummaryAction {
                href: format!("/children/{index}/{path}"),
                content: Content::text(verb),
                visually_hidden_text: Some(child.full_name.as_str().to_owned()),
                classes: None,
                post: None,
            };
            SummaryRow {
                key: SummaryCell { content: Content::text(child.full_name.as_str()), classes: None },
                value: SummaryCell { content: Content::text(child.date_of_birth.to_string()), classes: None },
                actions: Some(SummaryActions {
                    items: vec![action("Change", "change"), action("Remove", "remove")],
                    classes: None,
                }),
                classes: None,
            }
        })
        .collect();
    let question = if children.len() < MAX_CHILDREN {
        radios(&Radios {
            name: ADD_ANOTHER.into(),
            fieldset: Some(Fieldset {
                legend: Some(Legend {
                    content: Content::text("Do you need to add another child?"),
                    classes: Some("govuk-fieldset__legend--m".into()),
                    is_page_heading: Some(false),
                }),
                ..Fieldset::default()
            }),
            error_message: context.errors.message_for(ADD_ANOTHER),
            items: [(YES, "Yes"), (NO, "No")]
                .map(|(value, text)| RadioItem {
                    content: Content::text(text),
                    value: Some(value.into()),
                    ..RadioItem::default()
                })
                .into(),
            value: fields.get(ADD_ANOTHER).map(str::to_owned),
            classes: Some("govuk-radios--inline".into()),
            ..Radios::default()
        })
    } else {
        html! {
            p.govuk-body { (list_full()) }
            input type="hidden" name=(ADD_ANOTHER) value=(NO);
        }
    };
    let body = html! {
        h1.govuk-heading-l { (title) }
        (summary_list(&SummaryList { rows, classes: None }))
        (question)
    };
    question_page(context, &title, body)
}

/// "Are you sure you want to remove …?"
pub fn remove_view(context: StepContext<'_>, child: &Child, fields: &Fields) -> Markup {
    let title = format!("Are you sure you want to remove {}?", child.full_name.as_str());
    question_page(context, &title, super::yes_no(context, REMOVE, &title, None, fields.get(REMOVE)))
}
