use maud::{Markup, html};
use serde::Deserialize;

use super::{Content, classes};

/// <https://design-system.service.gov.uk/components/back-link/>
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BackLink {
    pub href: Option<String>,
    #[serde(flatten)]
    pub content: Content,
    pub classes: Option<String>,
}

pub fn back_link(params: &BackLink) -> Markup {
    html! {
        a href=(params.href.as_deref().unwrap_or("#")) class=(classes("govuk-back-link", &params.classes)) {
            @if params.content.is_empty() { "Back" } @else { (params.content) }
        }
    }
}
