use maud::{Markup, html};
use serde::Deserialize;

use super::form_group::render_content;
use super::{Content, classes};

/// Content set apart from the text around it, such as a quotation or an example.
///
/// <https://design-system.service.gov.uk/components/inset-text/>
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct InsetText {
    #[serde(flatten)]
    pub content: Content,
    pub id: Option<String>,
    pub classes: Option<String>,
}

pub fn inset_text(params: &InsetText) -> Markup {
    html! {
        div id=[params.id.as_ref().filter(|id| !id.is_empty())] class=(classes("govuk-inset-text", &params.classes)) {
            (render_content(&params.content))
        }
    }
}
