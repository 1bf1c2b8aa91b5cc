//! What every question page is made of: its context, the page and form around it, legends, and the kinds of
//! question the steps share (yes or no, choices, free text, a date, an address, names), each with its widget and its
//! parsing side by side. A step's folder uses these with its own copy.

pub mod address;
pub mod choices;
pub mod copy;
pub mod date;
pub mod names;
pub mod summary;
pub mod text;
pub mod yes_no;

use maud::{Markup, html};
use templates::components::{Button, Content, Fieldset, Legend, NotificationBanner, button, notification_banner};
use templates::layout::{Area, BackForm, Page, page};
use templates::{FormErrors, Lang};

pub use copy::KitCopy;
pub use templates::layout::{GO_BACK, GO_FIELD, STEP_FIELD};

use crate::journey::{SafetyPage, Step, YOUR_SAFETY};
use intake::urgent::Availability;

/// What every question view needs besides its own answer.
#[derive(Debug, Clone, Copy)]
pub struct StepContext<'a> {
    pub csrf_token: &'a str,
    /// Where the Back link goes.
    pub back: Back<'a>,
    pub errors: &'a FormErrors,
    /// The answer could not be saved (the service's store failed): the page says so, keeping what was typed.
    pub unsaved: bool,
    /// On a page of the safety section: which page it is, which its form says (its URL cannot).
    pub safety: Option<SafetyPage>,
    /// Whether the domestic-abuse team is working now, for the pages that send it a request.
    pub team: Availability,
    /// The language the page is in.
    pub lang: Lang,
    /// Where the page is, as the English page's path with its query ("/child-benefit?child=1&change=1"): the
    /// Language navigation offers it in the other language.
    pub path: &'a str,
}

impl<'a> StepContext<'a> {
    /// A question page's context with nothing unusual: saved, not in the safety section, the team at work, English.
    pub fn new(csrf_token: &'a str, back: Back<'a>, errors: &'a FormErrors) -> Self {
        Self {
            csrf_token,
            back,
            errors,
            unsaved: false,
            safety: None,
            team: Availability::Working,
            lang: Lang::En,
            path: "/",
        }
    }

    /// The words every question page shares, in the page's language.
    pub fn kit(&self) -> &'static KitCopy {
        KitCopy::of(self.lang)
    }
}

/// Where a question page's Back link goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Back<'a> {
    /// An ordinary link.
    To(&'a str),
    /// The page before, in the safety section: its one URL cannot name it, so Back is a form that asks the server
    /// to show it (`go=back`, with the page's own step).
    PreviousSafetyPage,
}

/// Posted by a question reached from check your answers, with `1` (in the URL's query, or a safety page's form).
pub const CHANGE_FIELD: &str = "change";
/// Posted by check your answers' Change buttons for the safety section, with the step's id.
pub const CHANGE_ANSWER_FIELD: &str = "change-answer";

/// A question page: error summary, then the form, in the two-thirds column the Design System uses for forms.
pub fn question_page(context: StepContext<'_>, title: &str, fields: Markup) -> Markup {
    question_page_then(context, title, fields, html! {})
}

/// A question page with more content after the form (help that does not belong before the question).
pub fn question_page_then(context: StepContext<'_>, title: &str, fields: Markup, after: Markup) -> Markup {
    question_page_with(context, title, html! { (question_form(context, fields)) (after) })
}

/// A question page whose form is the view's own (a page with a button other than Continue).
pub fn question_page_with(context: StepContext<'_>, title: &str, body: Markup) -> Markup {
    let back_step = context.safety.map(|page| page.step.id());
    let (back, back_form) = match (context.back, back_step) {
        (Back::To(href), _) => (Some(href), None),
        (Back::PreviousSafetyPage, Some(step)) => {
            (None, Some(BackForm { action: YOUR_SAFETY, csrf_token: context.csrf_token, step }))
        }
        (Back::PreviousSafetyPage, None) => (None, None),
    };
    page(
        Area::Apply,
        &Page {
            title,
            has_errors: !context.errors.is_empty() || context.unsaved,
            lang: context.lang,
            path: context.path,
            back,
            back_form,
            ..Page::default()
        },
        html! {
            div.govuk-grid-row {
                div.govuk-grid-column-two-thirds {
                    @if context.unsaved { (unsaved_banner(context)) }
                    (context.errors.summary(context.lang))
                    (body)
                }
            }
        },
    )
}

/// A question page's form: posts back to the same URL, server-side validation only (`novalidate`: browsers'
/// own messages are not accessible and not in GOV.UK wording), the session's CSRF token, and Continue. On a safety
/// page it also says which page it is, and whether it was reached from check your answers.
pub fn question_form(context: StepContext<'_>, fields: Markup) -> Markup {
    question_form_with(context, context.kit().continue_button, fields)
}

/// [`question_form`] with another button.
pub fn question_form_with(context: StepContext<'_>, button_text: &str, fields: Markup) -> Markup {
    html! {
        form method="post" novalidate {
            (templates::csrf_input(context.csrf_token))
            @if let Some(page) = context.safety {
                input type="hidden" name=(STEP_FIELD) value=(page.step.id());
                @if page.change { input type="hidden" name=(CHANGE_FIELD) value="1"; }
            }
            (fields)
            (button(&Button { content: Content::text(button_text), prevent_double_click: Some(true), ..Button::default() }))
        }
    }
}

/// Shown above a question whose answer could not be saved: the GOV.UK "problem with the service" wording, and
/// that nothing typed is lost (<https://design-system.service.gov.uk/patterns/problem-with-the-service-pages/>).
fn unsaved_banner(context: StepContext<'_>) -> Markup {
    let kit = context.kit();
    let request = context.safety.is_some_and(|page| page.step == Step::UrgentRequest);
    notification_banner(&NotificationBanner {
        role: Some("alert".into()),
        content: Content::html(html! {
            p.govuk-notification-banner__heading { (kit.unsaved_heading) }
            p.govuk-body { (if request { kit.unsaved_request } else { kit.unsaved_answer }) }
        }),
        ..NotificationBanner::default()
    })
}

/// A legend that is the page's h1: <https://design-system.service.gov.uk/get-started/labels-legends-headings/>.
pub fn heading_legend(title: &str) -> Option<Fieldset> {
    Some(Fieldset {
        legend: Some(Legend {
            content: Content::text(title),
            classes: Some("govuk-fieldset__legend--l".into()),
            is_page_heading: Some(true),
        }),
        ..Fieldset::default()
    })
}

/// A question whose legend is the page's h1, but which sits below other content: its legend is a medium heading
/// instead (<https://design-system.service.gov.uk/get-started/labels-legends-headings/>).
pub fn sub_legend(title: &str) -> Option<Fieldset> {
    Some(Fieldset {
        legend: Some(Legend {
            content: Content::text(title),
            classes: Some("govuk-fieldset__legend--m".into()),
            is_page_heading: None,
        }),
        ..Fieldset::default()
    })
}

/// Where to get support now, shown after a disclosure and on the danger page: the helplines for the nation the
/// applicant lives in (from `intake::helplines`, the one place they are kept) and how to stay safe online.
pub fn support(lang: Lang, nation: Option<intake::eligibility::Country>) -> Markup {
    let kit = KitCopy::of(lang);
    html! {
        h2.govuk-heading-m { (kit.support_heading) }
        p.govuk-body { (kit.support_intro) }
        (templates::pages::journey::helplines(lang, &intake::helplines::for_nation(nation)))
        p.govuk-body {
            a.govuk-link href=(lang.href(templates::pages::journey::STAYING_SAFE_ONLINE)) { (kit.support_link) }
        }
    }
}

/// The one error of a single-field question.
pub fn error(field: &str, message: &str) -> FormErrors {
    let mut errors = FormErrors::new();
    errors.add(field, message);
    errors
}
