//! The rows a step adds to check your answers (<https://design-system.service.gov.uk/patterns/check-answers/>),
//! which casework shows read only. Each Change link goes to the question with `?change=1`, so that saving it comes
//! straight back. A Change into the safety section is a button that posts which question (`change-answer=<id>`) to
//! the section's one URL: a link would have to name the question in its URL, and the browser's history would keep
//! it.

use maud::html;
use templates::Lang;
use templates::components::{Content, PostAction, SummaryAction, SummaryActions, SummaryCell, SummaryRow};

use super::{CHANGE_ANSWER_FIELD, KitCopy};
use crate::Step;

/// The query that marks a question as reached from check your answers.
pub const CHANGE_QUERY: &str = "change=1";

/// The id of the form the safety section's Change buttons post.
pub const SAFETY_CHANGE_FORM: &str = "change-safety-answer";

/// A row with a Change action, if there is a value to show.
pub fn row(key: &str, value: Option<&str>, step: Step, hidden: &str, lang: Lang) -> Option<SummaryRow> {
    row_with(key, Content::text(value?), step, hidden, lang)
}

/// A row of a question asked of each child, whose Change link names the child by their place in the list
/// (`?child=N`, [`crate::children::CHILD_QUERY`]).
pub fn child_row(
    key: &str,
    value: Option<&str>,
    step: Step,
    index: usize,
    hidden: &str,
    lang: Lang,
) -> Option<SummaryRow> {
    let mut row = row(key, value, step, hidden, lang)?;
    for action in row.actions.iter_mut().flat_map(|actions| actions.items.iter_mut()) {
        action.href = format!("{}?{}={index}&{CHANGE_QUERY}", lang.href(step.path()), crate::children::CHILD_QUERY);
    }
    Some(row)
}

/// A row whose value is several lines (an address), each escaped.
pub fn lines_row(key: &str, lines: Option<Vec<&str>>, step: Step, hidden: &str, lang: Lang) -> Option<SummaryRow> {
    let lines = lines?;
    row_with(key, lines_content(&lines), step, hidden, lang)
}

fn lines_content(lines: &[&str]) -> Content {
    Content::html(html! { @for (i, line) in lines.iter().enumerate() { @if i > 0 { br; } (line) } })
}

fn row_with(key: &str, value: Content, step: Step, hidden: &str, lang: Lang) -> Option<SummaryRow> {
    Some(SummaryRow {
        key: SummaryCell { content: Content::text(key), classes: None },
        value: SummaryCell { content: value, classes: None },
        actions: Some(SummaryActions { items: vec![change(step, hidden, lang)], classes: None }),
        classes: None,
    })
}

/// The Change action for `step`: a link with `?change=1`, or into the safety section, a button (see the module).
fn change(step: Step, hidden: &str, lang: Lang) -> SummaryAction {
    let post = step.is_safety().then(|| PostAction {
        form: SAFETY_CHANGE_FORM.to_owned(),
        name: CHANGE_ANSWER_FIELD.to_owned(),
        value: step.id().to_owned(),
    });
    SummaryAction {
        href: if post.is_some() { String::new() } else { format!("{}?{CHANGE_QUERY}", lang.href(step.path())) },
        content: Content::text(KitCopy::of(lang).change),
        visually_hidden_text: Some(hidden.into()),
        classes: None,
        post,
    }
}

pub use templates::sections::fact_row;

/// A row whose value is several lines, with nothing to change here.
pub fn fact_lines_row(key: &str, lines: &[String]) -> SummaryRow {
    let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
    fact_row_with(key, lines_content(&lines))
}

fn fact_row_with(key: &str, value: Content) -> SummaryRow {
    SummaryRow {
        key: SummaryCell { content: Content::text(key), classes: None },
        value: SummaryCell { content: value, classes: None },
        actions: None,
        classes: None,
    }
}

/// The labels of a list answer, one per line, or `empty` for an empty list.
pub fn list<T: Copy>(
    chosen: Option<&[T]>,
    label: impl Fn(T) -> &'static str,
    empty: &'static str,
) -> Option<Vec<&'static str>> {
    chosen.map(|chosen| if chosen.is_empty() { vec![empty] } else { chosen.iter().map(|c| label(*c)).collect() })
}

/// The rows that have an answer.
pub fn rows(rows: Vec<Option<SummaryRow>>) -> Vec<SummaryRow> {
    rows.into_iter().flatten().collect()
}
