//! Check your answers, and the declaration before sending:
//! <https://design-system.service.gov.uk/patterns/check-answers/>. Its sections are made from the registry: each
//! step's rows ([`crate::Page::summary`]) under its section's heading, in the journey's order, so a new question's
//! rows appear here (and, read only, in casework) without a line changed in this file.

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use maud::{Markup, html};
use templates::Lang;
use templates::components::{Button, Content, SummaryRow, button};
use templates::layout::{Area, Page as Layout, page};
use templates::sections::{Section, SectionId};

use crate::journey::YOUR_SAFETY;
use crate::kit::summary::SAFETY_CHANGE_FORM;
use crate::{Example, Page, Step};

pub struct CheckYourAnswers;

impl Page for CheckYourAnswers {
    const ID: &'static str = "check-your-answers";
    const PATH: &'static str = "/check-your-answers";
    const SECTION: SectionId = SectionId::None;
    /// Where the examples end: nothing is posted here but "Send".
    const EXAMPLE: Example = Example::NONE;

    /// Never "answered": it is where a complete journey rests.
    fn is_answered(_answers: &Answers) -> bool {
        false
    }

    fn summary(_answers: &Answers, _lang: Lang) -> Vec<SummaryRow> {
        Vec::new()
    }
}

/// The sections shown, in this order; payments only for an applicant who will receive maintenance, income only for
/// one who pays it.
const SECTIONS: [SectionId; 7] = [
    SectionId::Eligibility,
    SectionId::YourSafety,
    SectionId::AboutYou,
    SectionId::Children,
    SectionId::OtherParent,
    SectionId::YourIncome,
    SectionId::Payments,
];

/// Every answer, section by section in the journey's order: what check your answers shows, and (read only) what a
/// caseworker reads.
pub fn sections(answers: &Answers, lang: Lang) -> Vec<Section> {
    let copy = Copy::of(lang);
    SECTIONS
        .into_iter()
        .filter(|&id| id != SectionId::Payments || answers.receives_maintenance())
        .filter(|&id| id != SectionId::YourIncome || answers.pays_maintenance())
        .filter_map(|id| {
            let rows =
                Step::ALL.iter().filter(|step| step.section() == id).flat_map(|step| step.summary(answers, lang));
            Some(Section { id, heading: copy.heading(id)?, rows: rows.collect() })
        })
        .collect()
}

/// The page: every section, the declaration, and Send. `back` is the page before (never a safety page's Back form:
/// this page has its own URL).
pub fn view(answers: &Answers, back: &str, csrf_token: &str, lang: Lang) -> Markup {
    let copy = Copy::of(lang);
    page(
        Area::Apply,
        &Layout { title: copy.title, back: Some(back), lang, path: CheckYourAnswers::PATH, ..Layout::default() },
        html! {
            div.govuk-grid-row {
                div.govuk-grid-column-two-thirds {
                    h1.govuk-heading-l { (copy.title) }
                    @for section in sections(answers, lang) {
                        h2.govuk-heading-m { (section.heading) }
                        (section.list())
                    }
                    h2.govuk-heading-m { (copy.send_heading) }
                    p.govuk-body { (copy.declaration) }
                    // What the safety section's Change buttons post (they are in the summary lists above).
                    form id=(SAFETY_CHANGE_FORM) method="post" action=(lang.href(YOUR_SAFETY)) novalidate {
                        (templates::csrf_input(csrf_token))
                    }
                    form method="post" novalidate {
                        (templates::csrf_input(csrf_token))
                        (button(&Button {
                            content: Content::text(copy.send_button),
                            prevent_double_click: Some(true),
                            ..Button::default()
                        }))
                    }
                }
            }
        },
    )
}

/// Where an application for children with another parent starts: the answers copied from the one just sent.
pub const COPIED_ANSWERS: &str = "/answers-we-copied";

/// The sections copied answers can be in (`intake::Answers::for_another_parent`).
const COPIED_SECTIONS: [SectionId; 3] = [SectionId::Eligibility, SectionId::YourSafety, SectionId::AboutYou];

/// The answers copied from the application just sent, shown for checking before the new application's first
/// question (read only: each can be changed on check your answers, which has every Change link), and Continue to
/// `next`, the first question not answered.
pub fn copied_view(answers: &Answers, next: &str, lang: Lang) -> Markup {
    let copy = Copy::of(lang);
    let copied = sections(answers, lang)
        .into_iter()
        .filter(|section| COPIED_SECTIONS.contains(&section.id) && !section.rows.is_empty())
        .map(Section::read_only);
    page(
        Area::Apply,
        &Layout { title: copy.copied_title, lang, path: COPIED_ANSWERS, ..Layout::default() },
        html! {
            div.govuk-grid-row {
                div.govuk-grid-column-two-thirds {
                    h1.govuk-heading-l { (copy.copied_title) }
                    p.govuk-body { (copy.copied_intro) }
                    @for section in copied {
                        h2.govuk-heading-m { (section.heading) }
                        (section.list())
                    }
                    p.govuk-body { (copy.copied_change_later) }
                    (button(&Button {
                        content: Content::text(copy.copied_continue),
                        href: Some(lang.href(next).to_string()),
                        ..Button::default()
                    }))
                }
            }
        },
    )
}
