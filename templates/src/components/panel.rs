use maud::{Markup, PreEscaped, html};
use serde::Deserialize;

use super::form_group::{has_content, render_content};
use super::{Button, Content, button, classes};

/// One action of an interruption panel: a button, or a link when it has an `href` and is not `type: "button"`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PanelAction {
    pub text: Option<String>,
    pub href: Option<String>,
    #[serde(rename = "type")]
    pub action_type: Option<String>,
    pub classes: Option<String>,
}

/// The actions of an interruption panel.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PanelActions {
    pub classes: Option<String>,
    #[serde(default)]
    pub items: Vec<PanelAction>,
}

/// A coloured panel: a confirmation that a transaction is complete, or (`govuk-panel--interruption`) an interruption.
///
/// <https://design-system.service.gov.uk/components/panel/>
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Panel {
    pub title_text: Option<String>,
    /// Takes precedence over `titleText`.
    pub title_html: Option<String>,
    /// Defaults to 1.
    pub heading_level: Option<u8>,
    #[serde(flatten)]
    pub content: Content,
    pub classes: Option<String>,
    /// Shown only on an interruption panel.
    pub actions: Option<PanelActions>,
}

pub fn panel(params: &Panel) -> Markup {
    let level = params.heading_level.filter(|l| *l != 0).unwrap_or(1);
    let is_interruption = params.classes.as_deref().is_some_and(|c| c.contains("govuk-panel--interruption"));
    let base = if is_interruption { "govuk-panel" } else { "govuk-panel govuk-panel--confirmation" };
    let title = match params.title_html.as_deref().filter(|t| !t.is_empty()) {
        Some(markup) => PreEscaped(markup.to_owned()),
        None => html! { @if let Some(text) = &params.title_text { (text) } },
    };
    html! {
        div class=(classes(base, &params.classes)) {
            // The heading level is a number, so the tag is written out: maud cannot name an element at run time.
            (PreEscaped(format!("<h{level} class=\"govuk-panel__title\">")))
            (title)
            (PreEscaped(format!("</h{level}>")))
            @if has_content(&params.content) {
                div.govuk-panel__body { (render_content(&params.content)) }
            }
            @if let Some(actions) = params.actions.as_ref().filter(|_| is_interruption) {
                div class=(classes("govuk-panel__actions", &actions.classes)) {
                    @if !actions.items.is_empty() {
                        div.govuk-button-group { @for action in &actions.items { (panel_action(action)) } }
                    }
                }
            }
        }
    }
}

fn panel_action(action: &PanelAction) -> Markup {
    match &action.href {
        Some(href) if !href.is_empty() && action.action_type.as_deref() != Some("button") => html! {
            a class=(classes("govuk-link govuk-link--inverse", &action.classes)) href=(href) {
                @if let Some(text) = &action.text { (text) }
            }
        },
        _ => button(&Button {
            content: Content { text: action.text.clone(), html: None },
            button_type: Some(
                action.action_type.clone().filter(|t| !t.is_empty()).unwrap_or_else(|| "button".to_owned()),
            ),
            classes: Some(classes("govuk-button--inverse", &action.classes)),
            href: action.href.clone().filter(|h| !h.is_empty()),
            ..Button::default()
        }),
    }
}
