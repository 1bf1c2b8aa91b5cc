//! The request for help in danger, sent now: after "Call the police for me" or "Call me back at a safe time", a
//! short page asks only what the domestic-abuse team needs to act, and "Send this request now" sends it at once,
//! on its own (`intake::urgent`). Once sent, the same page says what happens next, and that the applicant can carry
//! on with the application or leave. 999 and the Silent Solution stay first on the page in both states, and when
//! the team is not working the page says so before anything else it promises.
//!
//! Like every safety page it is titled "Your safety" at the section's one URL.

use intake::domain::{NameError, PhoneNumberError, ShortTextError};
use intake::safety::CallRequest;
use intake::urgent::{Availability, Help, NextStart, TEAM_HOURS, UrgentRequest};
use maud::{Markup, html};
use time::Weekday;

use super::{StepContext, TextField, YOUR_SAFETY, question_form, question_form_with, question_page_with, support};
use crate::Fields;
use crate::components::{Content, Hint, InsetText, Label, Textarea, WarningText, inset_text, textarea, warning_text};
use crate::pages::journey::emergency_warning;

/// Where the applicant is now (for the police): an address or a description.
pub const WHEREABOUTS: &str = "where-you-are";
pub const PHONE: &str = "safe-phone";
/// When it is safe to call back.
pub const WHEN: &str = "safe-time";
pub const FIRST_NAME: &str = "first-name";

pub const POLICE_TITLE: &str = "Ask us to call the police for you";
pub const CALL_BACK_TITLE: &str = "Ask us to call you back at a safe time";
pub const SENT_TITLE: &str = "Your request has been sent";
pub const SEND: &str = "Send this request now";
/// Posted by the form that sends a request (not by Continue on the page that says it was sent): a second send of
/// it (a second tab, Back and send again) shows that page again rather than moving on.
pub const SEND_FIELD: &str = "send";

pub fn whereabouts_error(error: ShortTextError) -> String {
    match error {
        ShortTextError::Empty => "Enter where you are now".into(),
        ShortTextError::TooLong { max } => format!("Where you are now must be {max} characters or less"),
    }
}

/// A phone number's error: <https://design-system.service.gov.uk/patterns/telephone-numbers/>.
pub fn phone_error(error: PhoneNumberError) -> &'static str {
    match error {
        PhoneNumberError::Empty => "Enter a UK phone number that is safe to call",
        PhoneNumberError::InvalidFormat => "Enter a phone number, like 01632 960 001 or 07700 900 982",
        PhoneNumberError::NotUk => "Enter a UK phone number",
    }
}

pub fn when_error(error: ShortTextError) -> String {
    match error {
        ShortTextError::Empty => "Enter when it is safe to call you".into(),
        ShortTextError::TooLong { max } => format!("When it is safe to call you must be {max} characters or less"),
    }
}

pub fn first_name_error(error: NameError) -> String {
    match error {
        // Optional: a blank name is no name, never this error.
        NameError::Empty => "Enter your first name".into(),
        NameError::TooLong { max } => format!("First name must be {max} characters or less"),
        NameError::InvalidCharacters => {
            "First name must only include letters, spaces, hyphens, apostrophes and full stops".into()
        }
    }
}

/// An hour of the team's day as people write it: "8am", "6pm".
fn hour(hour: u8) -> String {
    match hour {
        0 => "midnight".into(),
        12 => "midday".into(),
        h @ 1..=11 => format!("{h}am"),
        h => format!("{}pm", h - 12),
    }
}

fn weekday(day: Weekday) -> &'static str {
    match day {
        Weekday::Monday => "Monday",
        Weekday::Tuesday => "Tuesday",
        Weekday::Wednesday => "Wednesday",
        Weekday::Thursday => "Thursday",
        Weekday::Friday => "Friday",
        Weekday::Saturday => "Saturday",
        Weekday::Sunday => "Sunday",
    }
}

/// When the team works, from `intake::urgent::TEAM_HOURS`, the one place it is kept.
pub fn team_hours() -> String {
    format!(
        "Our team works Monday to Friday, {} to {}, except on bank holidays.",
        hour(TEAM_HOURS.opens),
        hour(TEAM_HOURS.closes)
    )
}

/// Outside the team's hours: said before anything the page promises, with 999 again.
fn not_working(next: NextStart) -> Markup {
    let starts = hour(TEAM_HOURS.opens);
    let when = match next {
        NextStart::Today => format!("Our team is not working now. They start again at {starts} today."),
        NextStart::Tomorrow => format!("Our team is not working now. They start again at {starts} tomorrow."),
        NextStart::On(day) => format!("Our team is not working now. They start again at {starts} on {}.", weekday(day)),
    };
    warning_text(&WarningText {
        content: Content::html(html! {
            (when) " They will see your request then. If you are in danger before then, call 999."
        }),
        ..WarningText::default()
    })
}

/// 999 first; then, outside the team's hours, that nobody will see the request yet.
fn emergency_first(team: Availability) -> Markup {
    html! {
        (emergency_warning())
        @if let Availability::NotWorking(next) = team { (not_working(next)) }
    }
}

/// That the request survives leaving, said before it is sent.
fn kept_if_you_leave() -> Markup {
    inset_text(&InsetText {
        content: Content::text(
            "We will send your request as soon as you press the button. It will not be deleted if you leave this \
             service, use Exit this page, or do not finish your application.",
        ),
        ..InsetText::default()
    })
}

fn first_name_field(context: StepContext<'_>, fields: &Fields) -> Markup {
    super::text_field(
        context,
        TextField {
            name: FIRST_NAME,
            label: "Your first name (optional)",
            hint: Some("So that we know who to ask for"),
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
pub fn view(
    context: StepContext<'_>,
    fields: &Fields,
    kind: CallRequest,
    nation: Option<intake::eligibility::Country>,
) -> Markup {
    let team_now = match context.team {
        Availability::Working => {
            html! { p.govuk-body { (team_hours()) " They will see your request as soon as it arrives." } }
        }
        Availability::NotWorking(_) => html! { p.govuk-body { (team_hours()) } },
    };
    // The same page for either request: 999 first, the team's hours, then only what the team needs.
    let page = |title: &str, intro: &str, asked: Markup| {
        html! {
            h1.govuk-heading-l { (title) }
            (emergency_first(context.team))
            (team_now)
            p.govuk-body { (intro) }
            (question_form_with(context, SEND, html! {
                input type="hidden" name=(SEND_FIELD) value="1";
                (asked)
                (first_name_field(context, fields))
                (kept_if_you_leave())
            }))
        }
    };
    // A safe number may not be the applicant's own: not filled in, nor kept, by the browser.
    let phone = |label: &'static str, hint: &'static str| {
        super::text_field(
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
            POLICE_TITLE,
            "Tell us where you are, so that we can tell the police.",
            html! {
                (textarea(&Textarea {
                    name: WHEREABOUTS.into(),
                    value: fields.get(WHEREABOUTS).map(str::to_owned),
                    rows: Some(3),
                    label: Some(Label {
                        content: Content::text("Where are you now?"),
                        classes: Some("govuk-label--s".into()),
                        ..Label::default()
                    }),
                    hint: Some(Hint {
                        content: Content::text("An address, or a description of the place, such as the name of a shop and the street it is on"),
                        ..Hint::default()
                    }),
                    error_message: context.errors.message_for(WHEREABOUTS),
                    autocomplete: Some("off".into()),
                    ..Textarea::default()
                }))
                (phone("A phone number the police can call you on (optional)", "Only give a number if it is safe for the police to call it"))
            },
        ),
        CallRequest::CallMeBack | CallRequest::Neither => page(
            CALL_BACK_TITLE,
            "We will only call this number, and only when you tell us it is safe.",
            html! {
                (phone("A UK phone number that is safe to call", "For example, 07700 900 982"))
                (super::text_field(context, TextField {
                    name: WHEN,
                    label: "When is it safe to call?",
                    hint: Some("For example, weekdays between 10am and 2pm"),
                    autocomplete: Some("off"),
                    ..TextField::default()
                }, fields))
            },
        ),
    };
    question_page_with(context, YOUR_SAFETY, html! { (body) (support(nation)) })
}

/// The page once the request is sent: what happens next, and the way on. `chosen` is what the danger page says
/// now: if it asks for the other kind of help, the page says that one request is all an application can send.
pub fn sent(
    context: StepContext<'_>,
    request: &UrgentRequest,
    chosen: Option<CallRequest>,
    nation: Option<intake::eligibility::Country>,
) -> Markup {
    let next = match &request.help {
        Help::CallThePolice { .. } => html! {
            p.govuk-body { "Someone from our team will call the police and tell them where you are." }
        },
        Help::CallMeBack { phone, when } => html! {
            p.govuk-body {
                "Someone from our team will call you on " strong { (phone.national()) } " when you told us it is safe: "
                strong { (when.as_str()) } "."
            }
        },
    };
    let other_kind = chosen.filter(|chosen| *chosen != request.kind() && *chosen != CallRequest::Neither);
    let body = html! {
        h1.govuk-heading-l { (SENT_TITLE) }
        (emergency_first(context.team))
        (next)
        @if context.team == Availability::Working {
            p.govuk-body { (team_hours()) " They will see your request as soon as it arrives." }
        } @else {
            p.govuk-body { (team_hours()) }
        }
        @if let Some(other) = other_kind {
            p.govuk-body {
                @match other {
                    CallRequest::CallThePolice => "You can only send one request from an application, and you have sent one already. If you need the police, call 999.",
                    _ => "You can only send one request from an application, and you have sent one already. If you need to speak to someone, call one of the helplines below.",
                }
            }
        }
        h2.govuk-heading-m { "What you can do now" }
        p.govuk-body {
            "You can carry on with your application, or leave this service now. Your request will not be deleted if you \
             leave, use Exit this page, or do not finish your application."
        }
        (question_form(context, html! {}))
        (support(nation))
    };
    question_page_with(context, YOUR_SAFETY, body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::FormErrors;
    use crate::steps::Back;
    use intake::domain::{LongText, PhoneNumber, ShortText};
    use intake::journey::{SafetyPage, Step};

    fn context(errors: &FormErrors, team: Availability) -> StepContext<'_> {
        StepContext {
            safety: Some(SafetyPage { step: Step::UrgentRequest, change: false }),
            team,
            ..StepContext::new("0123456789abcdef0123456789abcdef", Back::PreviousSafetyPage, errors)
        }
    }

    fn position(page: &str, text: &str) -> usize {
        page.find(text).unwrap_or_else(|| panic!("{text:?} is not on the page"))
    }

    #[test]
    fn outside_the_teams_hours_the_page_says_so_after_999_and_before_the_form() {
        let errors = FormErrors::new();
        for (next, when) in [
            (NextStart::Today, "at 8am today"),
            (NextStart::Tomorrow, "at 8am tomorrow"),
            (NextStart::On(Weekday::Monday), "at 8am on Monday"),
        ] {
            let page =
                view(context(&errors, Availability::NotWorking(next)), &Fields::new(), CallRequest::CallMeBack, None)
                    .into_string();
            let call_999 = position(&page, "call 999");
            let not_working = position(&page, "Our team is not working now.");
            assert!(page.contains(when), "{when}");
            assert!(call_999 < not_working && not_working < position(&page, "A UK phone number that is safe to call"));
            assert!(!page.contains("as soon as it arrives"), "no promise the team will see it now");
        }
        let page = view(context(&errors, Availability::Working), &Fields::new(), CallRequest::CallThePolice, None)
            .into_string();
        assert!(page.contains("Monday to Friday, 8am to 6pm, except on bank holidays"));
        assert!(!page.contains("not working now"));
        assert!(position(&page, "press 55") < position(&page, "Where are you now?"));
    }

    #[test]
    fn a_request_that_could_not_be_sent_says_so_and_999_again() {
        let errors = FormErrors::new();
        let unsaved = StepContext { unsaved: true, ..context(&errors, Availability::Working) };
        let page = view(unsaved, &Fields::new(), CallRequest::CallMeBack, None).into_string();
        assert!(page.contains("Your request has not been sent.") && page.contains("call 999."));
        assert!(page.contains("<title>Error: Your safety"), "the title says something is wrong, and nothing more");
    }

    #[test]
    fn once_sent_it_says_what_happens_next_and_the_way_on() {
        let errors = FormErrors::new();
        let police = UrgentRequest {
            first_name: None,
            help: Help::CallThePolice { whereabouts: LongText::parse("Mill Lane").expect("valid"), phone: None },
        };
        let page = sent(context(&errors, Availability::Working), &police, Some(CallRequest::CallThePolice), None)
            .into_string();
        assert!(position(&page, "call 999") < position(&page, "call the police and tell them where you are"));
        assert!(page.contains("carry on with your application, or leave this service now"));
        assert!(page.contains(">Continue<") && !page.contains(SEND_FIELD), "Continue, not another send");
        assert!(!page.contains("only send one request"));

        let call_back = UrgentRequest {
            first_name: None,
            help: Help::CallMeBack {
                phone: PhoneNumber::parse("07700 900 111").expect("valid"),
                when: ShortText::parse("after <b>6</b>").expect("valid"),
            },
        };
        let page = sent(context(&errors, Availability::Working), &call_back, Some(CallRequest::CallThePolice), None)
            .into_string();
        assert!(page.contains("07700900111") && page.contains("after &lt;b&gt;6&lt;/b&gt;"), "escaped");
        assert!(page.contains("If you need the police, call 999."), "one request an application: said, with 999");
    }
}
