use maud::{Markup, html};
use serde::Deserialize;

use super::{Content, classes};

/// Links to the same page in the other languages the service is written in, the current one marked.
///
/// <https://design-system.service.gov.uk/components/language-navigation/> (Trial): for a whole translated service
/// it sits in the Service navigation's end slot, on every page, and names each language in itself ("English",
/// "Cymraeg").
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LanguageNavigation {
    pub items: Vec<LanguageItem>,
    /// In the page's own language ("Dewis iaith" on a Welsh page).
    pub aria_label: Option<String>,
    pub classes: Option<String>,
    pub attributes: Option<LanguageAttributes>,
}

/// Of govuk-frontend's free-form `attributes`, the one a language's navigation needs: the `lang` of its label when
/// that differs from the page's. Any other is refused, as for every component (see the module's comment).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageAttributes {
    pub lang: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LanguageItem {
    #[serde(flatten)]
    pub content: Content,
    /// The language's tag ("cy"): the item's `lang`, and the link's `hreflang` unless `href_lang` says otherwise.
    pub lang: Option<String>,
    pub href: Option<String>,
    pub href_lang: Option<String>,
    #[serde(default)]
    pub current: bool,
    pub dir: Option<String>,
    pub classes: Option<String>,
    /// Read after the link's text by screen readers, in the link's language ("Newid yr iaith i’r Gymraeg").
    pub language_description_text: Option<String>,
}

pub fn language_navigation(params: &LanguageNavigation) -> Markup {
    let nav_lang = params.attributes.as_ref().and_then(|attributes| attributes.lang.as_deref());
    html! {
        nav class=(classes("govuk-language-navigation", &params.classes)) lang=[nav_lang]
            aria-label=(params.aria_label.as_deref().unwrap_or("Language")) {
            ul.govuk-language-navigation__list {
                @for item in &params.items {
                    li.govuk-language-navigation__list-item {
                        @match item.href.as_deref().filter(|_| !item.current) {
                            None => {
                                span class=(classes("govuk-language-navigation__text", &item.classes))
                                    aria-current="true" lang=[&item.lang] dir=[&item.dir] { (item.content) }
                            }
                            Some(href) => {
                                a class=(classes("govuk-language-navigation__link", &item.classes)) href=(href)
                                    rel="alternate" lang=[&item.lang] hreflang=[item.href_lang.as_ref().or(item.lang.as_ref())]
                                    dir=[&item.dir] {
                                    (item.content)
                                    @if let Some(description) = &item.language_description_text {
                                        span.govuk-visually-hidden { " " (description) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
