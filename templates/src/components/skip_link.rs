use maud::{Markup, html};
use serde::Deserialize;

use super::{Content, classes};

/// <https://design-system.service.gov.uk/components/skip-link/>
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SkipLink {
    #[serde(flatten)]
    pub content: Content,
    pub href: Option<String>,
    pub classes: Option<String>,
}

pub fn skip_link(params: &SkipLink) -> Markup {
    html! {
        a href=(params.href.as_deref().unwrap_or("#content")) class=(classes("govuk-skip-link", &params.classes))
            data-module="govuk-skip-link" { (params.content) }
    }
}
