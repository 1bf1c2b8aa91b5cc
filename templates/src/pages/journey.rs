//! The pages around the questions: start, before you start, the pages that end an ineligible journey, and the
//! page shown when a session has ended. Their words are in [`copy`].
//!
//! Each page is written in the language it is given: its words are its `copy` module's.

pub mod copy;

use maud::{Markup, html};

use intake::Reference;

use super::linked;
use crate::Lang;
use crate::components::{Button, Content, Panel, WarningText, button, panel, warning_text};
use crate::layout::{Area, ExitButton, Page, page};

fn two_thirds(content: Markup) -> Markup {
    html! { div.govuk-grid-row { div.govuk-grid-column-two-thirds { (content) } } }
}

pub const STAYING_SAFE_ONLINE: &str = "/staying-safe-online";

const NIDIRECT: &str = "https://www.nidirect.gov.uk/articles/applying-for-child-maintenance";

/// 999 first, and the Silent Solution for someone who cannot speak (docs/domain.md, "Helplines and emergency advice").
pub fn emergency_warning(lang: Lang) -> Markup {
    let copy = copy::emergency_warning::Copy::of(lang);
    warning_text(&WarningText {
        content: Content::text(copy.text),
        icon_fallback_text: Some(crate::layout::LayoutCopy::of(lang).warning.into()),
        ..WarningText::default()
    })
}

/// Where to get help, by phone: every number from `intake::helplines`, the one place they are kept.
pub fn helplines(lang: Lang, lines: &[&intake::helplines::Helpline]) -> Markup {
    let copy = copy::helplines::Copy::of(lang);
    html! {
        ul class="govuk-list" {
            @for line in lines {
                @let (name, description) = match lang {
                    Lang::En => (line.name, line.description),
                    Lang::Cy => (line.name_cy, line.description_cy),
                };
                li {
                    strong { (name) } br;
                    (description) br;
                    (copy.phone_label) a.govuk-link href=(line.phone_uri()) { (line.phone) }
                    @if let Some(text) = line.text { br; (copy.text_label) (text) }
                }
            }
        }
    }
}

/// Advice on using the service without leaving traces someone could find, following the "Exit a page quickly"
/// pattern's advice (<https://design-system.service.gov.uk/patterns/exit-a-page-quickly/>) and the guidance of
/// Refuge and Women's Aid it points to.
pub fn staying_safe_online(lang: Lang, lines: &[&intake::helplines::Helpline]) -> Markup {
    let copy = copy::staying_safe_online::Copy::of(lang);
    super::content_page(
        Area::Apply,
        &Page { title: copy.title, lang, path: STAYING_SAFE_ONLINE, back: Some("/"), ..Page::default() },
        html! {
            (emergency_warning(lang))
            p.govuk-body { (copy.intro) }
            h2.govuk-heading-m { (copy.other_device_heading) }
            p.govuk-body { (copy.other_device) }
            h2.govuk-heading-m { (copy.private_browsing_heading) }
            p.govuk-body { (copy.private_browsing) }
            h2.govuk-heading-m { (copy.delete_history_heading) }
            p.govuk-body { (copy.delete_history) }
            h2.govuk-heading-m { (copy.exit_this_page_heading) }
            p.govuk-body { (copy.exit_this_page) }
            p.govuk-body { (copy.exit_this_page_keeps_history) }
            h2.govuk-heading-m { (copy.talk_to_someone_heading) }
            p.govuk-body { (copy.helplines_intro) }
            (helplines(lang, lines))
            h2.govuk-heading-m { (copy.find_out_more_heading) }
            ul class="govuk-list govuk-list--bullet" {
                li { a.govuk-link href="https://refugetechsafety.org/" { (copy.refuge_link) } }
                li { a.govuk-link href="https://www.womensaid.org.uk/cover-your-tracks-online/" { (copy.womens_aid_link) } }
            }
        },
    )
}

/// The start page: <https://design-system.service.gov.uk/patterns/start-using-a-service/>.
pub fn start(lang: Lang) -> Markup {
    let copy = copy::start::Copy::of(lang);
    page(
        Area::Apply,
        &Page { title: copy.title, lang, path: "/", exit: ExitButton::NotYetExplained, ..Page::default() },
        two_thirds(html! {
            h1.govuk-heading-xl { (copy.title) }
            p.govuk-body { (copy.intro) }
            p.govuk-body { strong { (copy.free) } }
            p.govuk-body { (copy.time_taken) }
            h2.govuk-heading-m { (copy.before_you_start_heading) }
            p.govuk-body { (copy.it_will_help_to_have) }
            ul class="govuk-list govuk-list--bullet" {
                li { (copy.national_insurance_number) }
                li { (copy.bank_details) }
                li { (copy.childrens_names) }
                li { (copy.other_parents_details) }
            }
            p.govuk-body { (copy.not_everything_needed) }
            (button(&Button {
                content: Content::text(copy.start_now),
                href: Some(lang.href(BEFORE_YOU_START).to_string()),
                is_start_button: Some(true),
                ..Button::default()
            }))
            h2.govuk-heading-m { (copy.staying_safe_heading) }
            p.govuk-body { (linked(&copy.staying_safe, lang.href(STAYING_SAFE_ONLINE))) }
            h2.govuk-heading-m { (copy.northern_ireland_heading) }
            p.govuk-body { (linked(&copy.northern_ireland, NIDIRECT)) }
        }),
    )
}

/// Where "Before you start" is.
pub const BEFORE_YOU_START: &str = "/before-you-start";

/// The English title of "Before you start".
pub const BEFORE_YOU_START_TITLE: &str = copy::before_you_start::EN.title;

/// Before you start. Posting its form starts a session: the first moment anything is stored.
pub fn before_you_start(lang: Lang) -> Markup {
    let copy = copy::before_you_start::Copy::of(lang);
    super::content_page(
        Area::Apply,
        &Page {
            title: copy.title,
            lang,
            path: BEFORE_YOU_START,
            back: Some("/"),
            exit: ExitButton::NotYetExplained,
            ..Page::default()
        },
        html! {
            p.govuk-body { (copy.we_will_ask_you) }
            ul class="govuk-list govuk-list--bullet" {
                li { (copy.whether_cms_can_help) }
                li { (copy.about_you) }
                li { (copy.how_paid) }
            }
            p.govuk-body { (copy.answers_kept) }
            h2.govuk-heading-m { (copy.leaving_quickly_heading) }
            p.govuk-body { (copy.exit_this_page) }
            p.govuk-body { (copy.keyboard) }
            p.govuk-body { (linked(&copy.browser_history, lang.href(STAYING_SAFE_ONLINE))) }
            form method="post" novalidate {
                (button(&Button { content: Content::text(copy.continue_button), prevent_double_click: Some(true), ..Button::default() }))
            }
        },
    )
}

/// Northern Ireland has its own service.
pub fn northern_ireland(lang: Lang, path: &str, back: &str) -> Markup {
    let copy = copy::northern_ireland::Copy::of(lang);
    super::content_page(
        Area::Apply,
        &Page { title: copy.title, lang, path, back: Some(back), ..Page::default() },
        html! {
            p.govuk-body { (copy.service_is_for) }
            p.govuk-body { (linked(&copy.contact_nidirect, NIDIRECT)) }
        },
    )
}

/// The applicant does not live in the UK.
pub fn outside_the_uk(lang: Lang, path: &str, back: &str) -> Markup {
    let copy = copy::outside_the_uk::Copy::of(lang);
    super::content_page(
        Area::Apply,
        &Page { title: copy.title, lang, path, back: Some(back), ..Page::default() },
        html! {
            p.govuk-body { (copy.main_home) }
            p.govuk-body {
                (linked(&copy.courts_abroad, "https://www.gov.uk/child-maintenance-if-one-parent-lives-abroad"))
            }
        },
    )
}

/// A child CMS cannot arrange maintenance for (aged 16 to 19, and not in approved education, or married): why,
/// and what to do. `children` are those children, each with the address of the page that removes them; `back` the
/// question whose answer ruled the first out.
pub fn children_not_eligible(lang: Lang, path: &str, back: &str, children: &[(&str, String)]) -> Markup {
    let copy = copy::children_not_eligible::Copy::of(lang);
    let title = match children {
        [(name, _)] => (copy.title)(name),
        _ => copy.title_several.to_owned(),
    };
    super::content_page(
        Area::Apply,
        &Page { title: &title, lang, path, back: Some(back), ..Page::default() },
        html! {
            p.govuk-body { (copy.why) }
            h2.govuk-heading-m { (copy.what_you_can_do) }
            ul class="govuk-list govuk-list--bullet" {
                @for (name, remove) in children {
                    li { a.govuk-link href=(lang.href(remove)) { ((copy.remove)(name)) } }
                }
                li { (copy.other_children) }
                li { (copy.change_answer) }
                li { (linked(&copy.family_based_arrangement, "https://www.gov.uk/arranging-child-maintenance-yourself")) }
            }
        },
    )
}

/// A court order CMS cannot replace.
pub fn court_order_in_place(lang: Lang, path: &str, back: &str) -> Markup {
    let copy = copy::court_order_in_place::Copy::of(lang);
    super::content_page(
        Area::Apply,
        &Page { title: copy.title, lang, path, back: Some(back), ..Page::default() },
        html! {
            p.govuk-body { (copy.which_orders) }
            h2.govuk-heading-m { (copy.instead_heading) }
            ul class="govuk-list govuk-list--bullet" {
                li { (copy.wait_a_year) }
                li { (linked(&copy.enforce, "https://www.gov.uk/enforce-child-maintenance-court-order")) }
                li { (copy.vary) }
            }
        },
    )
}

/// The other parent lives outside the UK and CMS cannot act: what can be done instead. `back` is the answer that
/// led here.
pub fn other_parent_abroad(lang: Lang, path: &str, back: &str) -> Markup {
    let copy = copy::other_parent_abroad::Copy::of(lang);
    super::content_page(
        Area::Apply,
        &Page { title: copy.title, lang, path, back: Some(back), ..Page::default() },
        html! {
            p.govuk-body { (copy.only_uk_employer) }
            p.govuk-body { (copy.receiving_parent) }
            h2.govuk-heading-m { (copy.instead_heading) }
            ul class="govuk-list govuk-list--bullet" {
                li { (linked(&copy.abroad, "https://www.gov.uk/child-maintenance-if-one-parent-lives-abroad")) }
                li { (copy.family_arrangement) }
                li { (copy.moves_back) }
            }
        },
    )
}

/// Where the page shown when a session has ended is (it is also the answer to any journey page asked for then).
pub const SESSION_ENDED: &str = "/session-ended";

/// The English title of the page shown when a session has ended.
pub const SESSION_ENDED_TITLE: &str = copy::session_ended::EN.title;

/// Shown when a journey page is asked for with a session whose draft has expired or been deleted.
/// <https://design-system.service.gov.uk/patterns/service-unavailable-pages/> for the tone; the wording follows
/// GOV.UK's "timeout" pages.
pub fn session_ended(lang: Lang) -> Markup {
    let copy = copy::session_ended::Copy::of(lang);
    super::content_page(
        Area::Apply,
        &Page { title: copy.title, lang, path: SESSION_ENDED, ..Page::default() },
        html! {
            p.govuk-body { (copy.why) }
            p.govuk-body { a.govuk-link href=(lang.href("/")) { (copy.start_again) } }
        },
    )
}

/// The English title of the confirmation.
pub const APPLICATION_SENT_TITLE: &str = copy::application_sent::EN.title;

/// The confirmation: <https://design-system.service.gov.uk/patterns/confirmation-pages/>. It says nothing about
/// what the application contains: it may be seen by someone looking over the applicant's shoulder.
pub fn application_sent(lang: Lang, reference: &Reference) -> Markup {
    let copy = copy::application_sent::Copy::of(lang);
    let number = intake::helplines::CHILD_MAINTENANCE_SERVICE;
    page(
        Area::Apply,
        &Page { title: copy.title, lang, path: APPLICATION_SENT, ..Page::default() },
        two_thirds(html! {
            (panel(&Panel {
                title_text: Some(copy.title.into()),
                content: Content::html(html! { (copy.reference_label) br; strong { (reference) } }),
                ..Panel::default()
            }))
            p.govuk-body { (copy.keep_reference) }
            h2.govuk-heading-m { (copy.what_happens_next_heading) }
            p.govuk-body { (copy.cms_will_contact_other_parent) }
            p.govuk-body { (copy.service_and_amount) }
            p.govuk-body { (copy.processing_time) }
            p.govuk-body { ((copy.calls_from)(&number)) }
            h2.govuk-heading-m { (copy.contact_heading) }
            ul.govuk-list {
                li { (copy.phone_label) a.govuk-link href=(number.phone_uri()) { (number.phone) } }
                li { ((copy.relay_uk)(&number)) }
            }
            // One application covers the children of one other parent: the next starts with the applicant's own
            // answers copied. The form carries no token: the session cookie is SameSite=Lax, so no other site's
            // form can post it, and all a post does is copy the applicant's answers into a new draft of their own.
            h2.govuk-heading-m { (copy.another_parent_heading) }
            p.govuk-body { (copy.separate_application) }
            p.govuk-body { (copy.answers_copied) }
            form method="post" action=(lang.href(APPLY_FOR_ANOTHER_PARENT)) novalidate {
                (button(&Button {
                    content: Content::text(copy.apply_for_another_parent),
                    classes: Some("govuk-button--secondary".into()),
                    prevent_double_click: Some(true),
                    ..Button::default()
                }))
            }
        }),
    )
}

/// Where the confirmation is shown.
pub const APPLICATION_SENT: &str = "/application-sent";

/// Where the confirmation's "Apply for children with another parent" posts.
pub const APPLY_FOR_ANOTHER_PARENT: &str = "/apply-for-another-parent";
