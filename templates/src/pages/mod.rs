//! Pages that are not questions: the start of the service, the pages that end a journey, the footer's pages,
//! and the error pages.

pub mod copy;
pub mod errors;
pub mod footer;
pub mod journey;

use maud::{Markup, html};

pub use copy::LinkedSentence;

use crate::layout::{Area, Page, page};

/// A sentence with a link in it: its words before the link, the link, and its words after.
fn linked(sentence: &LinkedSentence, href: impl maud::Render) -> Markup {
    html! { (sentence.before_link) a.govuk-link href=(href) { (sentence.link_text) } (sentence.after_link) }
}

/// A page of prose: its title as the h1, then the body, in the two-thirds column the Design System uses for
/// reading (<https://design-system.service.gov.uk/styles/layout/>).
pub fn content_page(area: Area, options: &Page<'_>, body: Markup) -> Markup {
    page(
        area,
        options,
        html! { div.govuk-grid-row { div.govuk-grid-column-two-thirds { h1.govuk-heading-l { (options.title) } (body) } } },
    )
}
