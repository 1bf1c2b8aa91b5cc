use maud::{Markup, PreEscaped, html};
use serde::{Deserialize, Deserializer};

use super::form_group::{has_content, render_content};
use super::{Content, classes};

/// One numbered page link, or (`ellipsis`) a gap in the numbers.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PaginationItem {
    /// The page number shown; may be given as a number.
    #[serde(default, deserialize_with = "super::scalar::opt_string")]
    pub number: Option<String>,
    /// The link's `aria-label`; defaults to "Page <number>".
    pub visually_hidden_text: Option<String>,
    pub href: Option<String>,
    /// Marks the page the user is on.
    pub current: Option<bool>,
    /// Renders a gap ("⋯") instead of a link; the other fields are then ignored.
    pub ellipsis: Option<bool>,
}

impl PaginationItem {
    /// Whether no parameter is set: the macro leaves out an empty item (`{}`).
    fn is_empty(&self) -> bool {
        self.number.is_none()
            && self.visually_hidden_text.is_none()
            && self.href.is_none()
            && self.current.is_none()
            && self.ellipsis.is_none()
    }
}

/// The previous or next page link.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PaginationLink {
    pub href: String,
    /// Defaults to "Previous page" or "Next page" (the word " page" visually hidden).
    #[serde(flatten)]
    pub content: Content,
    /// The title of the linked page, shown beneath the link text when there are no numbered `items`.
    pub label_text: Option<String>,
}

/// Links between pages of a list (numbered, with previous and next), or between pages in a sequence (previous
/// and next only, shown as blocks).
///
/// <https://design-system.service.gov.uk/components/pagination/>
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Pagination {
    /// The numbered page links; `Some` renders the list (as the macro does for any list, even an empty one), and
    /// `None` with `previous` or `next` gives the block style. In the options, a `null` item is left out.
    #[serde(default, deserialize_with = "items")]
    pub items: Option<Vec<PaginationItem>>,
    pub previous: Option<PaginationLink>,
    pub next: Option<PaginationLink>,
    /// The navigation landmark's `aria-label`; defaults to "Pagination".
    pub landmark_label: Option<String>,
    pub classes: Option<String>,
}

const ARROW_PREVIOUS: &str = concat!(
    r#"<svg class="govuk-pagination__icon govuk-pagination__icon--prev" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13">"#,
    r#"<path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z"></path>"#,
    "</svg>",
);

const ARROW_NEXT: &str = concat!(
    r#"<svg class="govuk-pagination__icon govuk-pagination__icon--next" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13">"#,
    r#"<path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z"></path>"#,
    "</svg>",
);

#[derive(Clone, Copy, PartialEq, Eq)]
enum Direction {
    Previous,
    Next,
}

pub fn pagination(params: &Pagination) -> Markup {
    let block_level = params.items.is_none() && (params.previous.is_some() || params.next.is_some());
    let base = if block_level { "govuk-pagination govuk-pagination--block" } else { "govuk-pagination" };
    let landmark_label = params.landmark_label.as_deref().filter(|l| !l.is_empty()).unwrap_or("Pagination");
    html! {
        nav class=(classes(base, &params.classes)) aria-label=(landmark_label) {
            @if let Some(previous) = params.previous.as_ref().filter(|p| !p.href.is_empty()) {
                (arrow_link(previous, Direction::Previous, block_level))
            }
            @if let Some(items) = &params.items {
                ul.govuk-pagination__list {
                    @for item in items.iter().filter(|item| !item.is_empty()) { (page_item(item)) }
                }
            }
            @if let Some(next) = params.next.as_ref().filter(|n| !n.href.is_empty()) {
                (arrow_link(next, Direction::Next, block_level))
            }
        }
    }
}

fn arrow_link(link: &PaginationLink, direction: Direction, block_level: bool) -> Markup {
    let (kind, arrow, default_text) = match direction {
        Direction::Previous => ("prev", ARROW_PREVIOUS, "Previous"),
        Direction::Next => ("next", ARROW_NEXT, "Next"),
    };
    let label = link.label_text.as_deref().filter(|l| !l.is_empty() && block_level);
    let title_class = if block_level && label.is_none() {
        "govuk-pagination__link-title govuk-pagination__link-title--decorated"
    } else {
        "govuk-pagination__link-title"
    };
    html! {
        div class=(format!("govuk-pagination__{kind}")) {
            a.govuk-link.govuk-pagination__link href=(link.href) rel=(kind) {
                @if block_level || direction == Direction::Previous { (PreEscaped(arrow)) }
                span class=(title_class) {
                    @if has_content(&link.content) {
                        (render_content(&link.content))
                    } @else {
                        (default_text) span.govuk-visually-hidden { " page" }
                    }
                }
                @if let Some(label) = label {
                    span.govuk-visually-hidden { ":" }
                    span.govuk-pagination__link-label { (label) }
                }
                @if !block_level && direction == Direction::Next { (PreEscaped(arrow)) }
            }
        }
    }
}

fn page_item(item: &PaginationItem) -> Markup {
    let current = item.current.unwrap_or(false);
    let ellipsis = item.ellipsis.unwrap_or(false);
    let mut class = "govuk-pagination__item".to_owned();
    if current {
        class.push_str(" govuk-pagination__item--current");
    }
    if ellipsis {
        class.push_str(" govuk-pagination__item--ellipsis");
    }
    let number = item.number.as_deref().unwrap_or_default();
    let aria_label = item.visually_hidden_text.clone().unwrap_or_else(|| format!("Page {number}"));
    html! {
        li class=(class) {
            @if ellipsis {
                (PreEscaped("&ctdot;"))
            } @else {
                a.govuk-link.govuk-pagination__link href=(item.href.as_deref().unwrap_or_default())
                    aria-label=(aria_label) aria-current=[current.then_some("page")] {
                    (number)
                }
            }
        }
    }
}

/// The items, leaving out any that is `null` (the macro's `{% if item is not null %}`).
fn items<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Vec<PaginationItem>>, D::Error> {
    let items = Option::<Vec<Option<PaginationItem>>>::deserialize(deserializer)?;
    Ok(items.map(|items| items.into_iter().flatten().collect()))
}
