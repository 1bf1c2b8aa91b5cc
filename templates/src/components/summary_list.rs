use maud::{Markup, html};
use serde::Deserialize;

use super::{Content, classes};

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SummaryAction {
    pub href: String,
    #[serde(flatten)]
    pub content: Content,
    /// Completes the link text for screen readers: "Change<span hidden> where you live</span>".
    pub visually_hidden_text: Option<String>,
    pub classes: Option<String>,
    /// Not one of govuk-frontend's parameters: the action is a button that posts the form `form` with
    /// `name=value`, drawn as the link (`href` unused). A Change into the safety section is one, because that
    /// section's one URL cannot name the question (questions::kit::summary).
    #[serde(skip)]
    pub post: Option<PostAction>,
}

/// A summary list action that posts a form elsewhere on the page (the button's `form` attribute).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PostAction {
    pub form: String,
    pub name: String,
    pub value: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SummaryActions {
    #[serde(default)]
    pub items: Vec<SummaryAction>,
    pub classes: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SummaryCell {
    #[serde(flatten)]
    pub content: Content,
    pub classes: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SummaryRow {
    pub key: SummaryCell,
    pub value: SummaryCell,
    pub actions: Option<SummaryActions>,
    pub classes: Option<String>,
}

/// <https://design-system.service.gov.uk/components/summary-list/>
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SummaryList {
    #[serde(default)]
    pub rows: Vec<SummaryRow>,
    pub classes: Option<String>,
}

pub fn summary_list(params: &SummaryList) -> Markup {
    let any_actions = params.rows.iter().any(|row| row.actions.as_ref().is_some_and(|a| !a.items.is_empty()));
    html! {
        dl class=(classes("govuk-summary-list", &params.classes)) {
            @for row in &params.rows {
                @let actions = row.actions.as_ref().filter(|a| !a.items.is_empty());
                div class=(row_class(row, any_actions && actions.is_none())) {
                    dt class=(classes("govuk-summary-list__key", &row.key.classes)) { (row.key.content.render()) }
                    dd class=(classes("govuk-summary-list__value", &row.value.classes)) { (row.value.content.render()) }
                    @if let Some(actions) = actions {
                        dd class=(classes("govuk-summary-list__actions", &actions.classes)) {
                            @if let [only] = actions.items.as_slice() {
                                (action_link(only))
                            } @else {
                                ul.govuk-summary-list__actions-list {
                                    @for action in &actions.items {
                                        li.govuk-summary-list__actions-list-item { (action_link(action)) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A row without actions in a list where others have them is marked so its value spans the actions column.
fn row_class(row: &SummaryRow, no_actions: bool) -> String {
    let base = if no_actions {
        "govuk-summary-list__row govuk-summary-list__row--no-actions"
    } else {
        "govuk-summary-list__row"
    };
    classes(base, &row.classes)
}

fn action_link(action: &SummaryAction) -> Markup {
    let text = html! {
        (action.content.render())
        @if let Some(hidden) = action.visually_hidden_text.as_deref().filter(|h| !h.is_empty()) { span.govuk-visually-hidden { " " (hidden) } }
    };
    match &action.post {
        None => html! { a class=(classes("govuk-link", &action.classes)) href=(action.href) { (text) } },
        Some(post) => html! {
            button type="submit" form=(post.form) name=(post.name) value=(post.value)
                class=(classes("govuk-link app-link-button", &action.classes)) { (text) }
        },
    }
}
