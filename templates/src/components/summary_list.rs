use maud::{Markup, html};
use serde::Deserialize;

use super::{Classes, Content, class_attr};

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
    summary_list_of(&params.rows, &params.classes, WithActions::Yes)
}

/// Whether a summary list drawn by [`summary_list_of`] shows its rows' actions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WithActions {
    Yes,
    /// None at all, as if no row had any: a sent application, read only.
    No,
}

/// [`summary_list`] drawn from rows borrowed where they are kept (check your answers' sections, casework's
/// application), rather than copied into its parameters first.
pub fn summary_list_of(rows: &[SummaryRow], extra_classes: &Option<String>, with_actions: WithActions) -> Markup {
    fn actions_of(row: &SummaryRow, with_actions: WithActions) -> Option<&SummaryActions> {
        match with_actions {
            WithActions::Yes => row.actions.as_ref().filter(|a| !a.items.is_empty()),
            WithActions::No => None,
        }
    }
    let any_actions = rows.iter().any(|row| actions_of(row, with_actions).is_some());
    html! {
        dl class=(class_attr("govuk-summary-list", extra_classes)) {
            @for row in rows {
                @let actions = actions_of(row, with_actions);
                div class=(row_class(row, any_actions && actions.is_none())) {
                    dt class=(class_attr("govuk-summary-list__key", &row.key.classes)) { (row.key.content) }
                    dd class=(class_attr("govuk-summary-list__value", &row.value.classes)) { (row.value.content) }
                    @if let Some(actions) = actions {
                        dd class=(class_attr("govuk-summary-list__actions", &actions.classes)) {
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
fn row_class(row: &SummaryRow, no_actions: bool) -> Classes<'_> {
    let base = if no_actions {
        "govuk-summary-list__row govuk-summary-list__row--no-actions"
    } else {
        "govuk-summary-list__row"
    };
    class_attr(base, &row.classes)
}

fn action_link(action: &SummaryAction) -> Markup {
    let hidden = action.visually_hidden_text.as_deref().filter(|h| !h.is_empty());
    match &action.post {
        None => html! {
            a class=(class_attr("govuk-link", &action.classes)) href=(action.href) {
                (action.content) @if let Some(hidden) = hidden { span.govuk-visually-hidden { " " (hidden) } }
            }
        },
        Some(post) => html! {
            button type="submit" form=(post.form) name=(post.name) value=(post.value)
                class=(class_attr("govuk-link app-link-button", &action.classes)) {
                (action.content) @if let Some(hidden) = hidden { span.govuk-visually-hidden { " " (hidden) } }
            }
        },
    }
}
