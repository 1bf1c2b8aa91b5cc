use maud::{Markup, html};
use serde::Deserialize;

use super::{Content, classes};

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Legend {
    #[serde(flatten)]
    pub content: Content,
    pub classes: Option<String>,
    /// The legend is the page's h1 (one question per page): <https://design-system.service.gov.uk/get-started/labels-legends-headings/>
    pub is_page_heading: Option<bool>,
}

/// <https://design-system.service.gov.uk/components/fieldset/>
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Fieldset {
    pub described_by: Option<String>,
    pub legend: Option<Legend>,
    pub classes: Option<String>,
    pub role: Option<String>,
    #[serde(flatten)]
    pub content: Content,
}

/// Renders the fieldset around `inner` (the `caller()` of the Nunjucks macro), after any `html`/`text` content.
pub fn fieldset(params: &Fieldset, inner: Markup) -> Markup {
    html! {
        fieldset class=(classes("govuk-fieldset", &params.classes)) role=[&params.role] aria-describedby=[&params.described_by] {
            @if let Some(legend) = params.legend.as_ref().filter(|l| !l.content.is_empty()) {
                legend class=(classes("govuk-fieldset__legend", &legend.classes)) {
                    @if legend.is_page_heading.unwrap_or(false) {
                        h1.govuk-fieldset__heading { (legend.content) }
                    } @else {
                        (legend.content)
                    }
                }
            }
            (params.content)
            (inner)
        }
    }
}
