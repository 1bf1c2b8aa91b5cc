use maud::{Markup, html};
use serde::Deserialize;

use super::{Content, classes};

/// <https://design-system.service.gov.uk/components/label/>
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Label {
    #[serde(flatten)]
    pub content: Content,
    pub classes: Option<String>,
    pub is_page_heading: Option<bool>,
    #[serde(rename = "for")]
    pub for_id: Option<String>,
}

pub fn label(params: &Label) -> Markup {
    if params.content.is_empty() {
        return html! {};
    }
    let label = html! {
        label class=(classes("govuk-label", &params.classes)) for=[&params.for_id] { (params.content) }
    };
    if params.is_page_heading.unwrap_or(false) {
        html! { h1.govuk-label-wrapper { (label) } }
    } else {
        label
    }
}
