//! Error pages, worded as <https://design-system.service.gov.uk/patterns/page-not-found-pages/> and
//! <https://design-system.service.gov.uk/patterns/problem-with-the-service-pages/> ask.

use maud::{Markup, html};

use crate::layout::{Area, Page};

fn error_page(area: Area, title: &str, body: Markup) -> Markup {
    super::content_page(area, &Page { title, ..Page::default() }, body)
}

pub fn not_found(area: Area) -> Markup {
    error_page(
        area,
        "Page not found",
        html! {
            p.govuk-body { "If you typed the web address, check it is correct." }
            p.govuk-body { "If you pasted the web address, check you copied the entire address." }
        },
    )
}

/// A dependency failed. Nothing technical is shown: the detail is in the logs, under the request id.
pub fn problem_with_the_service(area: Area) -> Markup {
    error_page(
        area,
        "Sorry, there is a problem with the service",
        html! {
            p.govuk-body { "Try again later." }
            p.govuk-body { "We have not lost the answers you had already saved." }
        },
    )
}

/// The request could not be read (malformed form data, or too large).
pub fn bad_request(area: Area) -> Markup {
    error_page(
        area,
        "Sorry, there is a problem with the service",
        html! {
            p.govuk-body { "We could not read what your browser sent. Go back and try again." }
        },
    )
}

/// A form came back without its session's token: a stale tab after the session changed, or a forged request.
/// For caseworkers, also a page their team may not see (need to know).
pub fn forbidden(area: Area) -> Markup {
    if area == Area::Casework {
        return error_page(
            area,
            "You do not have access to this page",
            html! {
                p.govuk-body { "Your account does not give you access to this page or application." }
                p.govuk-body { "If you think it should, ask your team leader." }
                p.govuk-body { a.govuk-link href="/casework" { "Go to your applications" } }
            },
        );
    }
    error_page(
        area,
        "Sorry, we could not save your answer",
        html! {
            p.govuk-body { "This can happen if you used the service in another tab or window." }
            p.govuk-body { a.govuk-link href="/" { "Go to the start" } }
        },
    )
}
