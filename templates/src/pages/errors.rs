//! Error pages, worded as <https://design-system.service.gov.uk/patterns/page-not-found-pages/> and
//! <https://design-system.service.gov.uk/patterns/problem-with-the-service-pages/> ask. Their words are in
//! [`copy`].
//!
//! Each page is written in the language it is given: its words are its `copy` module's.

pub mod copy;

use maud::{Markup, html};

use crate::Lang;
use crate::layout::{Area, Page};

/// Its Language navigation offers the start page in the other language, never the address asked for: that may be
/// anything typed, and no page turns what was typed into a link.
fn error_page(area: Area, lang: Lang, title: &str, body: Markup) -> Markup {
    super::content_page(area, &Page { title, lang, path: "/", ..Page::default() }, body)
}

pub fn not_found(area: Area, lang: Lang) -> Markup {
    let copy = copy::not_found::Copy::of(lang);
    error_page(
        area,
        lang,
        copy.title,
        html! {
            p.govuk-body { (copy.typed) }
            p.govuk-body { (copy.pasted) }
        },
    )
}

/// A dependency failed. Nothing technical is shown: the detail is in the logs, under the request id.
pub fn problem_with_the_service(area: Area, lang: Lang) -> Markup {
    let copy = copy::problem_with_the_service::Copy::of(lang);
    error_page(
        area,
        lang,
        copy.title,
        html! {
            p.govuk-body { (copy.try_again_later) }
            p.govuk-body { (copy.answers_kept) }
        },
    )
}

/// The request could not be read (malformed form data, or too large).
pub fn bad_request(area: Area, lang: Lang) -> Markup {
    let copy = copy::bad_request::Copy::of(lang);
    error_page(
        area,
        lang,
        copy.title,
        html! {
            p.govuk-body { (copy.could_not_read) }
        },
    )
}

/// A form came back without its session's token: a stale tab after the session changed, or a forged request.
/// For caseworkers, also a page their team may not see (need to know).
pub fn forbidden(area: Area, lang: Lang) -> Markup {
    if area == Area::Casework {
        let copy = copy::no_access::Copy::of(lang);
        return error_page(
            area,
            lang,
            copy.title,
            html! {
                p.govuk-body { (copy.no_access) }
                p.govuk-body { (copy.ask_team_leader) }
                p.govuk-body { a.govuk-link href="/casework" { (copy.your_applications) } }
            },
        );
    }
    let copy = copy::forbidden::Copy::of(lang);
    error_page(
        area,
        lang,
        copy.title,
        html! {
            p.govuk-body { (copy.another_tab) }
            p.govuk-body { a.govuk-link href=(lang.href("/")) { (copy.go_to_the_start) } }
        },
    )
}
