use maud::{Markup, PreEscaped, html};
use serde::Deserialize;

use super::{Content, classes};

/// <https://design-system.service.gov.uk/components/button/>
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Button {
    #[serde(flatten)]
    pub content: Content,
    pub name: Option<String>,
    #[serde(rename = "type")]
    pub button_type: Option<String>,
    pub value: Option<String>,
    pub href: Option<String>,
    pub classes: Option<String>,
    pub is_start_button: Option<bool>,
    pub prevent_double_click: Option<bool>,
    pub disabled: Option<bool>,
    pub id: Option<String>,
}

const START_ICON: &str = r#"<svg class="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
    <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z"/>
  </svg>"#;

pub fn button(params: &Button) -> Markup {
    let is_start = params.is_start_button.unwrap_or(false);
    // As the macro: base class, then `classes`, then the start modifier.
    let mut class = classes("govuk-button", &params.classes);
    if is_start {
        class.push_str(" govuk-button--start");
    }
    let icon = is_start.then_some(PreEscaped(START_ICON));
    // Start buttons use flexbox, which drops whitespace between elements: HTML content is wrapped in a span.
    let text = match (&params.content.html, is_start) {
        (Some(_), true) => html! { span { (params.content) } },
        _ => params.content.render(),
    };
    let disabled = params.disabled.unwrap_or(false);
    match &params.href {
        Some(href) => html! {
            a href=(href) role="button" draggable="false" class=(class) data-module="govuk-button" id=[&params.id] {
                (text) @if let Some(icon) = icon { (icon) }
            }
        },
        // Attribute order as the macro's, so the fixtures compare byte for byte.
        None => html! {
            button type=(params.button_type.as_deref().unwrap_or("submit")) value=[&params.value] name=[&params.name]
                disabled[disabled] aria-disabled=[disabled.then_some("true")]
                data-prevent-double-click=[params.prevent_double_click.map(|p| p.to_string())]
                class=(class) data-module="govuk-button" id=[&params.id] {
                (text) @if let Some(icon) = icon { (icon) }
            }
        },
    }
}
