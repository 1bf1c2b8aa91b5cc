use maud::{Markup, html};
use serde::Deserialize;

use super::{Content, classes};

/// One error in the summary: a link to the field it is about.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ErrorLink {
    pub href: Option<String>,
    #[serde(flatten)]
    pub content: Content,
}

/// <https://design-system.service.gov.uk/components/error-summary/>
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ErrorSummary {
    pub title_text: Option<String>,
    pub description_text: Option<String>,
    #[serde(default)]
    pub error_list: Vec<ErrorLink>,
    pub classes: Option<String>,
    pub disable_auto_focus: Option<bool>,
}

pub fn error_summary(params: &ErrorSummary) -> Markup {
    html! {
        div class=(classes("govuk-error-summary", &params.classes))
            data-disable-auto-focus=[params.disable_auto_focus.map(|d| d.to_string())] data-module="govuk-error-summary" {
            div role="alert" {
                h2.govuk-error-summary__title { (params.title_text.as_deref().unwrap_or("There is a problem")) }
                div.govuk-error-summary__body {
                    @if let Some(description) = &params.description_text { p { (description) } }
                    @if !params.error_list.is_empty() {
                        ul class="govuk-list govuk-error-summary__list" {
                            @for error in &params.error_list {
                                li {
                                    @if let Some(href) = &error.href { a href=(href) { (error.content) } }
                                    @else { (error.content) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
