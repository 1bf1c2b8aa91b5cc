use maud::{Markup, html};
use serde::Deserialize;

use super::{Content, classes};

/// <https://design-system.service.gov.uk/components/error-message/>
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ErrorMessage {
    pub id: Option<String>,
    #[serde(flatten)]
    pub content: Content,
    pub classes: Option<String>,
    pub visually_hidden_text: Option<String>,
}

impl ErrorMessage {
    pub fn text(text: impl Into<String>) -> Self {
        Self { content: Content::text(text), ..Self::default() }
    }
}

pub fn error_message(params: &ErrorMessage) -> Markup {
    let hidden = params.visually_hidden_text.as_deref().unwrap_or("Error");
    html! {
        p id=[&params.id] class=(classes("govuk-error-message", &params.classes)) {
            @if !hidden.is_empty() { span.govuk-visually-hidden { (hidden) ":" } " " }
            (params.content)
        }
    }
}
