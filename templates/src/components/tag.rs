use maud::{Markup, html};
use serde::Deserialize;

use super::form_group::render_content;
use super::{Content, classes};

/// A short status label, such as "Completed" or "In progress"; `classes` such as `govuk-tag--grey` set its colour.
///
/// <https://design-system.service.gov.uk/components/tag/>
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Tag {
    #[serde(flatten)]
    pub content: Content,
    pub classes: Option<String>,
}

pub fn tag(params: &Tag) -> Markup {
    html! {
        strong class=(classes("govuk-tag", &params.classes)) { (render_content(&params.content)) }
    }
}
