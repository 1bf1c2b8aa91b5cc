//! The pages every footer links to.

use maud::{Markup, html};

use crate::layout::{Area, Page};

fn content_page(title: &str, body: Markup) -> Markup {
    super::content_page(Area::Apply, &Page { title, ..Page::default() }, body)
}

pub fn cookies() -> Markup {
    content_page(
        "Cookies",
        html! {
            p.govuk-body { "This service puts one small file (known as a cookie) onto your device." }
            p.govuk-body {
                "It is essential: it connects the pages you visit to the answers you have given, so you do not have to \
                 answer the same questions twice. We do not use any other cookies, so we do not ask for your permission."
            }
            table.govuk-table {
                caption class="govuk-table__caption govuk-table__caption--m" { "Essential cookie" }
                thead.govuk-table__head {
                    tr.govuk-table__row {
                        th scope="col" class="govuk-table__header" { "Name" }
                        th scope="col" class="govuk-table__header" { "Purpose" }
                        th scope="col" class="govuk-table__header" { "Expires" }
                    }
                }
                tbody.govuk-table__body {
                    tr.govuk-table__row {
                        td.govuk-table__cell { "__Host-session" }
                        td.govuk-table__cell { "Keeps your answers together while you apply" }
                        td.govuk-table__cell { "When you close your browser, or when you use Exit this page" }
                    }
                }
            }
            p.govuk-body { "We do not use analytics or any service that tracks you across websites." }
        },
    )
}

pub fn privacy() -> Markup {
    content_page(
        "Privacy",
        html! {
            p.govuk-body {
                "The Department for Work and Pensions (DWP) is the data controller for the information you give in this \
                 application. The Child Maintenance Service is part of DWP."
            }
            h2.govuk-heading-m { "What we use your information for" }
            p.govuk-body { "We use it to set up and manage child maintenance for the children you tell us about." }
            h2.govuk-heading-m { "What we share with the other parent" }
            p.govuk-body {
                "We share your name and the children's names with the other parent. We do not share your address or \
                 your contact details."
            }
            h2.govuk-heading-m { "How long we keep it" }
            p.govuk-body {
                "Answers you have not sent are deleted after 24 hours. Once you send your application, it becomes part \
                 of your child maintenance case."
            }
            p.govuk-body {
                "Read the "
                a.govuk-link href="https://www.gov.uk/government/organisations/department-for-work-pensions/about/personal-information-charter" {
                    "DWP personal information charter"
                }
                " to find out about your rights."
            }
        },
    )
}

pub fn accessibility() -> Markup {
    content_page(
        "Accessibility statement",
        html! {
            p.govuk-body {
                "This statement applies to the Apply for child maintenance service. We want as many people as possible \
                 to be able to use it. You should be able to:"
            }
            ul class="govuk-list govuk-list--bullet" {
                li { "change colours, contrast levels and fonts using browser or device settings" }
                li { "zoom in up to 400% without the text spilling off the screen" }
                li { "navigate the whole service using just a keyboard or speech recognition software" }
                li { "use the whole service with JavaScript turned off" }
                li { "listen to the whole service using a screen reader" }
            }
            h2.govuk-heading-m { "Compliance status" }
            p.govuk-body {
                "We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 AA standard. Every page is \
                 checked with automated tools as it is built; the service has not yet had an independent audit."
            }
            h2.govuk-heading-m { "Reporting accessibility problems" }
            p.govuk-body {
                "If you find a problem, or need the application in another format, contact the Child Maintenance Service: "
                a.govuk-link href="https://www.gov.uk/child-maintenance-service/contact" { "Child Maintenance Service contact details" }
                "."
            }
            h2.govuk-heading-m { "Enforcement procedure" }
            p.govuk-body {
                "The Equality and Human Rights Commission (EHRC) is responsible for enforcing the accessibility \
                 regulations. If you are not happy with how we respond to your complaint, contact the "
                a.govuk-link href="https://www.equalityadvisoryservice.com/" { "Equality Advisory and Support Service (EASS)" }
                "."
            }
        },
    )
}
