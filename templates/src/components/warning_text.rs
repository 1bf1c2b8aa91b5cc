use maud::{Markup, html};
use serde::Deserialize;

use super::form_group::render_content;
use super::{Content, classes};

/// Important text (legal consequences, say) beside a warning icon.
///
/// <https://design-system.service.gov.uk/components/warning-text/>
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WarningText {
    #[serde(flatten)]
    pub content: Content,
    /// Read out in place of the icon; defaults to "Warning".
    pub icon_fallback_text: Option<String>,
    pub classes: Option<String>,
}

pub fn warning_text(params: &WarningText) -> Markup {
    let fallback = params.icon_fallback_text.as_deref().filter(|t| !t.is_empty()).unwrap_or("Warning");
    html! {
        div class=(classes("govuk-warning-text", &params.classes)) {
            span.govuk-warning-text__icon aria-hidden="true" { "!" }
            strong.govuk-warning-text__text {
                span.govuk-visually-hidden { (fallback) }
                (render_content(&params.content))
            }
        }
    }
}
