//! What to do in immediate danger: 999 first, the Silent Solution, then what CMS can do for someone who cannot
//! call (call the police for them, or call them back at a safe time), and the helplines.
//!
//! The page is honest about what CMS can do: it has no duty of care and cannot keep anyone safe (Government
//! Response, foreword). A request is sent on the next page, at once, before the rest of the application.

use intake::safety::CallRequest;
use maud::{Markup, html};

use super::{Choice, StepContext, YOUR_SAFETY, question_page_then, radios_question, sub_legend, support};
use crate::Fields;

pub const FIELD: &str = "call-request";
pub const TITLE: &str = "Call 999 if you are in immediate danger";
pub const QUESTION: &str = "If you cannot call 999, what would you like us to do?";
pub const HINT: &str = "We are not an emergency service. If you ask us to call, you can send your request to our team \
    on the next page, straight away, before you finish your application.";
pub const ERROR_NOT_SELECTED: &str = "Select what you would like us to do";

pub fn label(request: CallRequest) -> &'static str {
    match request {
        CallRequest::CallThePolice => "Call the police for me",
        CallRequest::CallMeBack => "Call me back at a safe time",
        CallRequest::Neither => "I do not need you to do either of these",
    }
}

fn hint(request: CallRequest) -> Option<&'static str> {
    match request {
        CallRequest::CallThePolice => Some("You will be asked where you are"),
        CallRequest::CallMeBack => Some("You will be asked for a safe phone number and time"),
        CallRequest::Neither => None,
    }
}

pub fn view(context: StepContext<'_>, fields: &Fields, nation: Option<intake::eligibility::Country>) -> Markup {
    let choice =
        |request: CallRequest| Choice { value: request.form_value(), label: label(request), hint: hint(request) };
    let body = html! {
        h1.govuk-heading-l { (TITLE) }
        p.govuk-body { "Ask for the police. Call 999 as soon as it is safe to." }
        h2.govuk-heading-m { "If you cannot speak" }
        p.govuk-body {
            "Call 999 from a mobile. Listen to the operator's questions and, if you can, cough or tap the phone to \
             answer them. If you are asked to, press 55. This is the Silent Solution: it tells the operator that you \
             need the police."
        }
        p.govuk-body { "The Silent Solution only works from a mobile. Pressing 55 does not tell the police where you are." }
        (radios_question(
            context,
            FIELD,
            sub_legend(QUESTION),
            Some(HINT),
            &[choice(CallRequest::CallThePolice), choice(CallRequest::CallMeBack)],
            Some(choice(CallRequest::Neither)),
            fields,
        ))
    };
    question_page_then(context, YOUR_SAFETY, body, support(nation))
}
