use maud::{Markup, PreEscaped, html};
use serde::Deserialize;

use super::form_group::render_content;
use super::{Content, classes};

/// A summary the user opens to reveal more content.
///
/// <https://design-system.service.gov.uk/components/details/>
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Details {
    pub summary_text: Option<String>,
    /// Takes precedence over `summaryText`.
    pub summary_html: Option<String>,
    #[serde(flatten)]
    pub content: Content,
    pub id: Option<String>,
    pub open: Option<bool>,
    pub classes: Option<String>,
}

pub fn details(params: &Details) -> Markup {
    let summary = match params.summary_html.as_deref().filter(|s| !s.is_empty()) {
        Some(markup) => PreEscaped(markup.to_owned()),
        None => html! { @if let Some(text) = &params.summary_text { (text) } },
    };
    html! {
        details id=[params.id.as_ref().filter(|id| !id.is_empty())] class=(classes("govuk-details", &params.classes))
            open[params.open.unwrap_or(false)] {
            summary.govuk-details__summary { span.govuk-details__summary-text { (summary) } }
            div.govuk-details__text { (render_content(&params.content)) }
        }
    }
}
