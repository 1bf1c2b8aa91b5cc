//! The pages every footer links to. Their words are in [`copy`].
//!
//! Each page is written in the language it is given: its words are its `copy` module's.

pub mod copy;

use maud::{Markup, html};

use super::linked;
use crate::Lang;
use crate::layout::{Area, Page};

/// The session cookie's name, as the browser shows it (`web::session::APPLICANT`).
const SESSION_COOKIE: &str = "__Host-session";

fn content_page(lang: Lang, path: &str, title: &str, body: Markup) -> Markup {
    super::content_page(Area::Apply, &Page { title, lang, path, ..Page::default() }, body)
}

pub fn cookies(lang: Lang) -> Markup {
    let copy = copy::cookies::Copy::of(lang);
    content_page(
        lang,
        "/cookies",
        copy.title,
        html! {
            p.govuk-body { (copy.one_cookie) }
            p.govuk-body { (copy.essential) }
            table.govuk-table {
                caption class="govuk-table__caption govuk-table__caption--m" { (copy.essential_cookie) }
                thead.govuk-table__head {
                    tr.govuk-table__row {
                        th scope="col" class="govuk-table__header" { (copy.name_header) }
                        th scope="col" class="govuk-table__header" { (copy.purpose_header) }
                        th scope="col" class="govuk-table__header" { (copy.expires_header) }
                    }
                }
                tbody.govuk-table__body {
                    tr.govuk-table__row {
                        td.govuk-table__cell { (SESSION_COOKIE) }
                        td.govuk-table__cell { (copy.session_purpose) }
                        td.govuk-table__cell { (copy.session_expires) }
                    }
                }
            }
            p.govuk-body { (copy.no_tracking) }
        },
    )
}

pub fn privacy(lang: Lang) -> Markup {
    let copy = copy::privacy::Copy::of(lang);
    content_page(
        lang,
        "/privacy",
        copy.title,
        html! {
            p.govuk-body { (copy.data_controller) }
            h2.govuk-heading-m { (copy.use_heading) }
            p.govuk-body { (copy.use_) }
            h2.govuk-heading-m { (copy.shared_heading) }
            p.govuk-body { (copy.shared) }
            h2.govuk-heading-m { (copy.kept_heading) }
            p.govuk-body { (copy.kept) }
            p.govuk-body {
                (linked(
                    &copy.charter,
                    "https://www.gov.uk/government/organisations/department-for-work-pensions/about/personal-information-charter",
                ))
            }
        },
    )
}

pub fn accessibility(lang: Lang) -> Markup {
    let copy = copy::accessibility::Copy::of(lang);
    content_page(
        lang,
        "/accessibility",
        copy.title,
        html! {
            p.govuk-body { (copy.applies_to) }
            ul class="govuk-list govuk-list--bullet" {
                li { (copy.change_colours) }
                li { (copy.zoom) }
                li { (copy.keyboard) }
                li { (copy.no_javascript) }
                li { (copy.screen_reader) }
            }
            h2.govuk-heading-m { (copy.compliance_heading) }
            p.govuk-body { (copy.compliance) }
            h2.govuk-heading-m { (copy.reporting_heading) }
            p.govuk-body { (linked(&copy.reporting, "https://www.gov.uk/child-maintenance-service/contact")) }
            h2.govuk-heading-m { (copy.enforcement_heading) }
            p.govuk-body { (linked(&copy.enforcement, "https://www.equalityadvisoryservice.com/")) }
        },
    )
}
