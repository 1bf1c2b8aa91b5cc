//! Check your answers: <https://design-system.service.gov.uk/patterns/check-answers/>. Each Change link goes to
//! the question with `?change=1`, so that saving it comes straight back here.

use intake::Answers;
use intake::journey::Step;
use maud::{Markup, html};

use super::{where_you_live, your_role};
use crate::components::{Content, SummaryAction, SummaryActions, SummaryCell, SummaryList, SummaryRow, summary_list};
use crate::layout::{Area, Page, page};

pub const TITLE: &str = "Check your answers before sending your application";

/// The query that marks a question as reached from check your answers.
pub const CHANGE_QUERY: &str = "change=1";

fn row(key: &str, value: Option<&str>, step: Step, hidden: &str) -> Option<SummaryRow> {
    Some(SummaryRow {
        key: SummaryCell { content: Content::text(key), classes: None },
        value: SummaryCell { content: Content::text(value?), classes: None },
        actions: Some(SummaryActions {
            items: vec![SummaryAction {
                href: format!("{}?{CHANGE_QUERY}", step.path()),
                content: Content::text("Change"),
                visually_hidden_text: Some(hidden.into()),
                classes: None,
            }],
            classes: None,
        }),
        classes: None,
    })
}

pub fn view(answers: &Answers, back: &str) -> Markup {
    let rows = [
        row("Where you live", answers.where_you_live.map(where_you_live::label), Step::WhereYouLive, "where you live"),
        row("About you", answers.your_role.map(your_role::label), Step::YourRole, "which of these describes you"),
    ]
    .into_iter()
    .flatten()
    .collect();
    page(
        Area::Apply,
        &Page { title: TITLE, has_errors: false, back: Some(back) },
        html! {
            div.govuk-grid-row {
                div.govuk-grid-column-two-thirds {
                    h1.govuk-heading-l { (TITLE) }
                    h2.govuk-heading-m { "Eligibility" }
                    (summary_list(&SummaryList { rows, classes: Some("govuk-!-margin-bottom-9".into()) }))
                }
            }
        },
    )
}
