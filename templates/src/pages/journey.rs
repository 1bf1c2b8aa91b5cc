//! The pages around the questions: start, before you start, the pages that end an ineligible journey, and the
//! page shown when a session has ended.

use maud::{Markup, html};

use intake::Reference;

use crate::components::{Button, Content, Panel, WarningText, button, panel, warning_text};
use crate::layout::{Area, ExitButton, Page, page};

fn two_thirds(content: Markup) -> Markup {
    html! { div.govuk-grid-row { div.govuk-grid-column-two-thirds { (content) } } }
}

pub const STAYING_SAFE_ONLINE: &str = "/staying-safe-online";

/// 999 first, and the Silent Solution for someone who cannot speak (docs/domain.md, "Helplines and emergency advice").
pub fn emergency_warning() -> Markup {
    warning_text(&WarningText {
        content: Content::text(
            "If you are in immediate danger, call 999. If you cannot speak, call 999 from a mobile, then press 55 \
             when asked: this is the Silent Solution, and it tells the operator you need help.",
        ),
        ..WarningText::default()
    })
}

/// Where to get help, by phone: every number from `intake::helplines`, the one place they are kept.
pub fn helplines(lines: &[&intake::helplines::Helpline]) -> Markup {
    html! {
        ul class="govuk-list" {
            @for line in lines {
                li {
                    strong { (line.name) } br;
                    (line.description) br;
                    "Phone: " a.govuk-link href=(line.phone_uri()) { (line.phone) }
                    @if let Some(text) = line.text { br; "Text: " (text) }
                }
            }
        }
    }
}

/// Advice on using the service without leaving traces someone could find, following the "Exit a page quickly"
/// pattern's advice (<https://design-system.service.gov.uk/patterns/exit-a-page-quickly/>) and the guidance of
/// Refuge and Women's Aid it points to.
pub fn staying_safe_online(lines: &[&intake::helplines::Helpline]) -> Markup {
    const TITLE: &str = "Staying safe online";
    super::content_page(
        Area::Apply,
        &Page { title: TITLE, back: Some("/"), ..Page::default() },
        html! {
            (emergency_warning())
            p.govuk-body {
                "If you are worried that someone checks your phone or computer, these steps can make it harder for them \
                 to see that you have used this service. None of them is perfect."
            }
            h2.govuk-heading-m { "Use a device they cannot get to" }
            p.govuk-body {
                "The safest way is to use a phone or computer the other person never uses and cannot check, such as a \
                 friend's phone, or a computer at a library, a community centre or work."
            }
            h2.govuk-heading-m { "Use private browsing" }
            p.govuk-body {
                "Private browsing (sometimes called incognito mode) stops your browser keeping a history of the pages you \
                 visit once you close the window. It does not hide what you do from your internet provider, your \
                 employer, or software someone has installed on your device to watch you."
            }
            h2.govuk-heading-m { "Delete this service from your history" }
            p.govuk-body {
                "You can delete the pages of this service from your browser's history after you have used it. Deleting \
                 your whole history could make someone suspicious, so you may prefer to delete only these pages."
            }
            h2.govuk-heading-m { "What Exit this page does" }
            p.govuk-body {
                "Once you start an application, every page has an Exit this page button, and pressing the Shift key 3 \
                 times does the same. It takes you straight to the BBC Weather website, deletes the answers you have \
                 given and ends your session, so going Back does not show them."
            }
            p.govuk-body {
                "It does not delete your browser history. Someone using this device could still see that you visited \
                 this service, unless you used private browsing or delete it from your history."
            }
            h2.govuk-heading-m { "Talk to someone" }
            p.govuk-body { "These helplines are free and confidential. You do not have to give your name." }
            (helplines(lines))
            h2.govuk-heading-m { "Find out more" }
            ul class="govuk-list govuk-list--bullet" {
                li { a.govuk-link href="https://refugetechsafety.org/" { "Refuge: secure your tech" } }
                li { a.govuk-link href="https://www.womensaid.org.uk/cover-your-tracks-online/" { "Women's Aid: cover your tracks online" } }
            }
        },
    )
}

/// The start page: <https://design-system.service.gov.uk/patterns/start-using-a-service/>.
pub fn start() -> Markup {
    const TITLE: &str = "Apply for child maintenance";
    page(
        Area::Apply,
        &Page { title: TITLE, exit: ExitButton::NotYetExplained, ..Page::default() },
        two_thirds(html! {
            h1.govuk-heading-xl { (TITLE) }
            p.govuk-body {
                "Use this service to apply to the Child Maintenance Service to arrange child maintenance for children \
                 who live in England, Scotland or Wales."
            }
            p.govuk-body { strong { "It is free to apply." } }
            p.govuk-body { "It usually takes about 20 minutes." }
            h2.govuk-heading-m { "Before you start" }
            p.govuk-body { "It will help to have:" }
            ul class="govuk-list govuk-list--bullet" {
                li { "your National Insurance number" }
                li { "your bank account details, if you have an account" }
                li { "the full names and dates of birth of the children" }
                li { "the other parent's full name, and anything else you know about them, such as their address" }
            }
            p.govuk-body {
                "You do not need to know everything about the other parent: if you only know their name, you can still apply."
            }
            (button(&Button {
                content: Content::text("Start now"),
                href: Some("/before-you-start".into()),
                is_start_button: Some(true),
                ..Button::default()
            }))
            h2.govuk-heading-m { "Staying safe online" }
            p.govuk-body {
                "If you are worried that someone might see you have used this service, read about "
                a.govuk-link href=(STAYING_SAFE_ONLINE) { "staying safe online" }
                " before you start."
            }
            h2.govuk-heading-m { "If you live in Northern Ireland" }
            p.govuk-body {
                "Apply through "
                a.govuk-link href="https://www.nidirect.gov.uk/articles/applying-for-child-maintenance" { "Child Maintenance Choices on nidirect" }
                "."
            }
        }),
    )
}

pub const BEFORE_YOU_START_TITLE: &str = "Before you start";

/// Before you start. Posting its form starts a session: the first moment anything is stored.
pub fn before_you_start() -> Markup {
    super::content_page(
        Area::Apply,
        &Page { title: BEFORE_YOU_START_TITLE, back: Some("/"), exit: ExitButton::NotYetExplained, ..Page::default() },
        html! {
            p.govuk-body { "We will ask you:" }
            ul class="govuk-list govuk-list--bullet" {
                li { "whether the Child Maintenance Service can help you" }
                li { "about you, the children and the other parent" }
                li { "how you want child maintenance to be paid" }
            }
            p.govuk-body {
                "We keep your answers for 24 hours so that you can come back to them in the same browser. \
                 If you do not send your application within 24 hours, we delete them."
            }
            h2.govuk-heading-m { "Leaving this service quickly" }
            p.govuk-body {
                "From the next page, every page has an Exit this page button. Use it if you need to leave the service \
                 quickly: it takes you to the BBC Weather website and deletes the answers you have given."
            }
            p.govuk-body {
                "On a keyboard you can also press the Shift key 3 times. If you use the Tab key or a screen reader, Exit \
                 this page is the second link on every page, after Skip to main content."
            }
            p.govuk-body {
                "Exit this page does not delete your browser history: someone using this device could still see that \
                 you visited this service. Read about "
                a.govuk-link href=(STAYING_SAFE_ONLINE) { "staying safe online" }
                " to find out what you can do."
            }
            form method="post" novalidate {
                (button(&Button { content: Content::text("Continue"), prevent_double_click: Some(true), ..Button::default() }))
            }
        },
    )
}

/// Northern Ireland has its own service.
pub fn northern_ireland(back: &str) -> Markup {
    const TITLE: &str = "You need to apply in Northern Ireland";
    super::content_page(
        Area::Apply,
        &Page { title: TITLE, back: Some(back), ..Page::default() },
        html! {
            p.govuk-body { "This service is for people who live in England, Scotland or Wales." }
            p.govuk-body {
                "If you live in Northern Ireland, contact "
                a.govuk-link href="https://www.nidirect.gov.uk/articles/applying-for-child-maintenance" { "Child Maintenance Choices on nidirect" }
                ". They will talk you through your options and help you apply to the Northern Ireland Child Maintenance Service."
            }
        },
    )
}

/// The applicant does not live in the UK.
pub fn outside_the_uk(back: &str) -> Markup {
    const TITLE: &str = "The Child Maintenance Service cannot help you";
    super::content_page(
        Area::Apply,
        &Page { title: TITLE, back: Some(back), ..Page::default() },
        html! {
            p.govuk-body { "You can only use this service if your main home is in the UK." }
            p.govuk-body {
                "If you live abroad and the other parent lives in the UK, you may be able to get maintenance through the courts \
                 where you live. Find out about "
                a.govuk-link href="https://www.gov.uk/child-maintenance-if-one-parent-lives-abroad" { "child maintenance if one parent lives abroad" }
                "."
            }
        },
    )
}

/// A child is too old, or 16 to 19 and not in approved education.
pub fn children_not_eligible(back: &str) -> Markup {
    const TITLE: &str = "The Child Maintenance Service cannot arrange maintenance for these children";
    super::content_page(
        Area::Apply,
        &Page { title: TITLE, back: Some(back), ..Page::default() },
        html! {
            p.govuk-body {
                "The Child Maintenance Service can only arrange maintenance for children who are under 16, or under 20 \
                 and in full-time education up to A level or equivalent."
            }
            p.govuk-body {
                "If some of the children are under 16, or 16 to 19 and in full-time education, go back and answer \
                 about them only. You can apply for them."
            }
            p.govuk-body {
                "You can still agree a family-based arrangement with the other parent. "
                a.govuk-link href="https://www.gov.uk/arranging-child-maintenance-yourself" { "Find out about arranging child maintenance yourself" }
                "."
            }
        },
    )
}

/// A court order CMS cannot replace.
pub fn court_order_in_place(back: &str) -> Markup {
    const TITLE: &str = "The Child Maintenance Service cannot help while this court order is in place";
    super::content_page(
        Area::Apply,
        &Page { title: TITLE, back: Some(back), ..Page::default() },
        html! {
            p.govuk-body {
                "The Child Maintenance Service cannot arrange maintenance if there is a court order that was made less \
                 than a year ago, or made before 3 March 2003."
            }
            h2.govuk-heading-m { "What you can do instead" }
            ul class="govuk-list govuk-list--bullet" {
                li { "If the court order was made less than a year ago, you can apply once it is a year old." }
                li {
                    "If the other parent is not paying what the order says, you can ask the court to enforce it. "
                    a.govuk-link href="https://www.gov.uk/enforce-child-maintenance-court-order" { "Find out how to enforce a court order" }
                    "."
                }
                li { "If you need to change the amount, you can ask the court that made the order to vary it." }
            }
        },
    )
}

pub const SESSION_ENDED_TITLE: &str = "For your security, we deleted your answers";

/// Shown when a journey page is asked for with a session whose draft has expired or been deleted.
/// <https://design-system.service.gov.uk/patterns/service-unavailable-pages/> for the tone; the wording follows
/// GOV.UK's "timeout" pages.
pub fn session_ended() -> Markup {
    super::content_page(
        Area::Apply,
        &Page { title: SESSION_ENDED_TITLE, ..Page::default() },
        html! {
            p.govuk-body { "We delete your answers if you do not send your application within 24 hours." }
            p.govuk-body { a.govuk-link href="/" { "Start again" } }
        },
    )
}

pub const APPLICATION_SENT_TITLE: &str = "Application sent";

/// The confirmation: <https://design-system.service.gov.uk/patterns/confirmation-pages/>. It says nothing about
/// what the application contains: it may be seen by someone looking over the applicant's shoulder.
pub fn application_sent(reference: &Reference) -> Markup {
    page(
        Area::Apply,
        &Page { title: APPLICATION_SENT_TITLE, ..Page::default() },
        two_thirds(html! {
            (panel(&Panel {
                title_text: Some(APPLICATION_SENT_TITLE.into()),
                content: Content::html(html! { "Your reference number" br; strong { (reference) } }),
                ..Panel::default()
            }))
            p.govuk-body { "Keep your reference number. You will need it if you contact the Child Maintenance Service." }
            h2.govuk-heading-m { "What happens next" }
            p.govuk-body { "The Child Maintenance Service will contact you about your application." }
            p.govuk-body {
                "They will contact the other parent to tell them about the application. They will not give the other \
                 parent your address or contact details."
            }
            p.govuk-body { "You will get a letter telling you how child maintenance will be paid." }
            p.govuk-body { "The first payment is usually made within 12 weeks." }
        }),
    )
}
