//! The request for help in danger, sent now (`intake::urgent`): after "Call the police for me" or "Call me back at
//! a safe time", a short page asks only what the domestic-abuse team needs to act, and "Send this request now"
//! sends it at once, on its own. Saving it puts the request in the answers; `apply`'s handler sees a request that
//! was not there before and sends it, with the draft, in one transaction (`Store::send_urgent_request`), then shows
//! this page again, saying it was sent: what happens next, and that the applicant can carry on with the application
//! or leave. Once sent, Continue moves on and nothing posted changes it.
//!
//! 999 and the Silent Solution stay first on the page in both states, and when the team is not working the page
//! says so before anything else it promises. The team's hours are `intake::urgent::TEAM_HOURS`, the one place they
//! are kept. Like every safety page it is titled "Your safety" at the section's one URL.

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use intake::domain::{LongText, NameError, PersonName, PhoneNumber, PhoneNumberError, ShortText};
use intake::eligibility::Country;
use intake::safety::CallRequest;
use intake::urgent::{Availability, Help, TEAM_HOURS, UrgentRequest};
use maud::{Markup, html};
use templates::components::{
    Content, Hint, InsetText, Label, SummaryRow, Textarea, WarningText, inset_text, textarea, warning_text,
};
use templates::pages::journey::emergency_warning;
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use super::help_now;
use crate::kit::text::{TextField, text_field};
use crate::kit::{StepContext, question_form, question_form_with, question_page_with, summary, support};
use crate::{Example, Page, Question};

/// Where the applicant is now (for the police): an address or a description.
pub const WHEREABOUTS: &str = "where-you-are";
pub const PHONE: &str = "safe-phone";
/// When it is safe to call back.
pub const WHEN: &str = "safe-time";
pub const FIRST_NAME: &str = "first-name";
/// Posted by the form that sends a request (not by Continue on the page that says it was sent): a second send of
/// it (a second tab, Back and send again) shows that page again rather than moving on.
pub const SEND_FIELD: &str = "send";

pub struct UrgentRequestQuestion;

impl Copy {
    /// A phone number's error: <https://design-system.service.gov.uk/patterns/telephone-numbers/>.
    fn phone_error(&self, error: PhoneNumberError) -> &'static str {
        match error {
            PhoneNumberError::Empty => self.phone_empty,
            PhoneNumberError::InvalidFormat => self.phone_invalid,
            PhoneNumberError::NotUk => self.phone_not_uk,
        }
    }

    fn first_name_error(&self, error: NameError) -> &'static str {
        match error {
            // Optional: a blank name is no name (`Fields::non_blank`), never this error.
            NameError::Empty | NameError::TooLong { .. } => self.first_name_too_long,
            NameError::InvalidCharacters => self.first_name_characters,
        }
    }

    /// What was sent, a line each, as the team has it.
    fn request_lines(&self, request: &UrgentRequest, lang: Lang) -> Vec<String> {
        let mut lines = vec![help_now::Copy::of(lang).label(request.kind()).to_owned()];
        match &request.help {
            Help::CallThePolice { whereabouts, phone } => {
                lines.push((self.summary_whereabouts)(whereabouts.as_str()));
                if let Some(phone) = phone {
                    lines.push((self.summary_phone)(&phone.national()));
                }
            }
            Help::CallMeBack { phone, when } => {
                lines.push((self.summary_phone)(&phone.national()));
                lines.push((self.summary_when)(when.as_str()));
            }
        }
        if let Some(name) = &request.first_name {
            lines.push((self.summary_first_name)(name.as_str()));
        }
        lines
    }
}

/// The help the page asks about: the police, or (for any other choice) a call back.
fn kind(answers: &Answers) -> CallRequest {
    match answers.call_request {
        Some(CallRequest::CallThePolice) => CallRequest::CallThePolice,
        _ => CallRequest::CallMeBack,
    }
}

/// The request as posted, parsed; or the errors, each against its field.
fn parse(fields: &Fields, kind: CallRequest, copy: &Copy) -> Result<UrgentRequest, FormErrors> {
    let mut errors = FormErrors::new();
    let first_name = match fields.non_blank(FIRST_NAME) {
        None => None,
        Some(name) => PersonName::parse(name).map_err(|e| errors.add(FIRST_NAME, copy.first_name_error(e))).ok(),
    };
    let help = match kind {
        CallRequest::CallThePolice => {
            let whereabouts = LongText::parse(fields.get(WHEREABOUTS).unwrap_or(""))
                .map_err(|e| errors.add(WHEREABOUTS, copy.whereabouts_errors.message(e)))
                .ok();
            // Optional: only a number that is safe for the police to call.
            let phone = match fields.non_blank(PHONE) {
                None => Ok(None),
                Some(phone) => PhoneNumber::parse(phone).map(Some).map_err(|e| errors.add(PHONE, copy.phone_error(e))),
            };
            match (whereabouts, phone) {
                (Some(whereabouts), Ok(phone)) => Some(Help::CallThePolice { whereabouts, phone }),
                _ => None,
            }
        }
        _ => {
            let phone = PhoneNumber::parse(fields.get(PHONE).unwrap_or(""))
                .map_err(|e| errors.add(PHONE, copy.phone_error(e)))
                .ok();
            let when = ShortText::parse(fields.get(WHEN).unwrap_or(""))
                .map_err(|e| errors.add(WHEN, copy.when_errors.message(e)))
                .ok();
            match (phone, when) {
                (Some(phone), Some(when)) => Some(Help::CallMeBack { phone, when }),
                _ => None,
            }
        }
    };
    match help {
        Some(help) if errors.is_empty() => Ok(UrgentRequest { first_name, help }),
        _ => Err(errors),
    }
}

impl Page for UrgentRequestQuestion {
    const ID: &'static str = "request";
    const PATH: &'static str = crate::journey::YOUR_SAFETY;
    const SECTION: SectionId = SectionId::YourSafety;
    /// Send this request now; then the same page says it was sent, and Continue posts nothing.
    const EXAMPLE: Example = Example {
        plain: &[],
        disclosed: &[&[(SEND_FIELD, "1"), (PHONE, "07700 900 111"), (WHEN, "Weekday mornings"), (FIRST_NAME, "")], &[]],
    };

    fn is_answered(answers: &Answers) -> bool {
        answers.urgent_request.is_some()
    }

    /// What was sent, as the team has it. It cannot be changed here: it has been sent.
    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        answers
            .urgent_request
            .as_ref()
            .map(|request| summary::fact_lines_row(copy.summary_key, &copy.request_lines(request, lang)))
            .into_iter()
            .collect()
    }
}

impl Question for UrgentRequestQuestion {
    /// Nothing is filled in from a request: once sent, the page shows it as sent, not as a form.
    fn fields(_answers: &Answers) -> Fields {
        Fields::new()
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        if answers.urgent_request.is_some() {
            // Sent already (Continue on the page that says so, a second tab, Back and send again): one request.
            return Ok(());
        }
        answers.urgent_request = Some(parse(fields, kind(answers), Copy::of(lang))?);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, answers: &Answers) -> Markup {
        match &answers.urgent_request {
            Some(request) => sent(context, request, answers.call_request, answers.where_you_live),
            None => request_form(context, fields, kind(answers), answers.where_you_live),
        }
    }
}

/// Outside the team's hours: said before anything the page promises, with 999 again.
fn not_working(lang: Lang, copy: &Copy, next: intake::urgent::NextStart) -> Markup {
    warning_text(&WarningText {
        content: Content::html(html! { ((copy.not_working)(TEAM_HOURS.opens, next)) " " (copy.sees_it_then) }),
        icon_fallback_text: Some(templates::layout::LayoutCopy::of(lang).warning.into()),
        ..WarningText::default()
    })
}

/// 999 first; then, outside the team's hours, that nobody will see the request yet.
fn emergency_first(lang: Lang, copy: &Copy, team: Availability) -> Markup {
    html! {
        (emergency_warning(lang))
        @if let Availability::NotWorking(next) = team { (not_working(lang, copy, next)) }
    }
}

/// When the team works, and while it is working, that it will see the request at once.
fn team_now(copy: &Copy, team: Availability) -> Markup {
    let hours = (copy.team_hours)(TEAM_HOURS.opens, TEAM_HOURS.closes);
    match team {
        Availability::Working => html! { p.govuk-body { (hours) " " (copy.sees_it_at_once) } },
        Availability::NotWorking(_) => html! { p.govuk-body { (hours) } },
    }
}

/// That the request survives leaving, said before it is sent.
fn kept_if_you_leave(copy: &Copy) -> Markup {
    inset_text(&InsetText { content: Content::text(copy.kept_if_you_leave), ..InsetText::default() })
}

fn first_name_field(context: StepContext<'_>, copy: &Copy, fields: &Fields) -> Markup {
    text_field(
        context,
        TextField {
            name: FIRST_NAME,
            label: copy.first_name_label,
            hint: Some(copy.first_name_hint),
            width: Some("govuk-input--width-20"),
            // Not the browser's autofill: a name typed on this page is not the browser's to remember.
            autocomplete: Some("off"),
            spellcheck: Some(false),
            ..TextField::default()
        },
        fields,
    )
}

/// The page before the request is sent, for the kind of help chosen on the page before.
fn request_form(context: StepContext<'_>, fields: &Fields, kind: CallRequest, nation: Option<Country>) -> Markup {
    let copy = Copy::of(context.lang);
    // The same page for either request: 999 first, the team's hours, then only what the team needs.
    let page = |title: &str, intro: &str, asked: Markup| {
        html! {
            h1.govuk-heading-l { (title) }
            (emergency_first(context.lang, copy, context.team))
            (team_now(copy, context.team))
            p.govuk-body { (intro) }
            (question_form_with(context, copy.send, html! {
                input type="hidden" name=(SEND_FIELD) value="1";
                (asked)
                (first_name_field(context, copy, fields))
                (kept_if_you_leave(copy))
            }))
        }
    };
    // A safe number may not be the applicant's own: not filled in, nor kept, by the browser.
    let phone = |label: &'static str, hint: &'static str| {
        text_field(
            context,
            TextField {
                name: PHONE,
                label,
                hint: Some(hint),
                width: Some("govuk-input--width-20"),
                autocomplete: Some("off"),
                input_type: Some("tel"),
                ..TextField::default()
            },
            fields,
        )
    };
    let body = match kind {
        CallRequest::CallThePolice => page(
            copy.police_title,
            copy.police_intro,
            html! {
                (textarea(&Textarea {
                    name: WHEREABOUTS.into(),
                    value: fields.get(WHEREABOUTS).map(str::to_owned),
                    rows: Some(3),
                    label: Some(Label {
                        content: Content::text(copy.whereabouts_label),
                        classes: Some("govuk-label--s".into()),
                        ..Label::default()
                    }),
                    hint: Some(Hint { content: Content::text(copy.whereabouts_hint), ..Hint::default() }),
                    error_message: context.errors.message_for(WHEREABOUTS, context.lang),
                    autocomplete: Some("off".into()),
                    ..Textarea::default()
                }))
                (phone(copy.police_phone_label, copy.police_phone_hint))
            },
        ),
        CallRequest::CallMeBack | CallRequest::Neither => page(
            copy.call_back_title,
            copy.call_back_intro,
            html! {
                (phone(copy.call_back_phone_label, copy.call_back_phone_hint))
                (text_field(context, TextField {
                    name: WHEN,
                    label: copy.when_label,
                    hint: Some(copy.when_hint),
                    autocomplete: Some("off"),
                    ..TextField::default()
                }, fields))
            },
        ),
    };
    question_page_with(context, context.kit().your_safety, html! { (body) (support(context.lang, nation)) })
}

/// The page once the request is sent: what happens next, and the way on. `chosen` is what the danger page says
/// now: if it asks for the other kind of help, the page says that one request is all an application can send.
fn sent(
    context: StepContext<'_>,
    request: &UrgentRequest,
    chosen: Option<CallRequest>,
    nation: Option<Country>,
) -> Markup {
    let copy = Copy::of(context.lang);
    let next = match &request.help {
        Help::CallThePolice { .. } => html! { p.govuk-body { (copy.police_next) } },
        Help::CallMeBack { phone, when } => {
            html! { p.govuk-body { ((copy.call_back_next)(&phone.national(), when.as_str())) } }
        }
    };
    let other_kind = chosen.filter(|chosen| *chosen != request.kind() && *chosen != CallRequest::Neither);
    let body = html! {
        h1.govuk-heading-l { (copy.sent_title) }
        (emergency_first(context.lang, copy, context.team))
        (next)
        (team_now(copy, context.team))
        @if let Some(other) = other_kind {
            p.govuk-body {
                @match other {
                    CallRequest::CallThePolice => (copy.one_request_police),
                    _ => (copy.one_request_call_back),
                }
            }
        }
        h2.govuk-heading-m { (copy.what_you_can_do_now) }
        p.govuk-body { (copy.carry_on) }
        (question_form(context, html! {}))
        (support(context.lang, nation))
    };
    question_page_with(context, context.kit().your_safety, body)
}
