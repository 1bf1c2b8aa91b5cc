use maud::{Markup, html};
use serde::Deserialize;

use super::{Content, classes};

/// <https://design-system.service.gov.uk/components/hint/>
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Hint {
    pub id: Option<String>,
    #[serde(flatten)]
    pub content: Content,
    pub classes: Option<String>,
}

pub fn hint(params: &Hint) -> Markup {
    html! { div id=[&params.id] class=(classes("govuk-hint", &params.classes)) { (params.content) } }
}
