//! What to do in immediate danger: 999 first, the Silent Solution, then what CMS can do for someone who cannot
//! call (call the police for them, or call them back at a safe time), and the helplines.
//!
//! The page is honest about what CMS can do: it has no duty of care and cannot keep anyone safe (Government
//! Response, foreword). A request is sent on the next page ([`super::urgent_request`]), at once, before the rest of
//! the application.

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use intake::safety::CallRequest;
use maud::{Markup, html};
use templates::components::SummaryRow;
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use crate::kit::choices::{Choice, parse_choice, radios_question};
use crate::kit::{StepContext, question_page_then, sub_legend, summary, support};
use crate::{Example, Page, Question, Step};

pub const FIELD: &str = "call-request";

pub struct HelpNow;

impl Copy {
    /// How a choice reads on the page and on check your answers (and in the request sent, on check your answers).
    pub fn label(&self, request: CallRequest) -> &'static str {
        match request {
            CallRequest::CallThePolice => self.call_the_police,
            CallRequest::CallMeBack => self.call_me_back,
            CallRequest::Neither => self.neither,
        }
    }

    /// What choosing it leads to.
    pub fn hint(&self, request: CallRequest) -> Option<&'static str> {
        match request {
            CallRequest::CallThePolice => Some(self.call_the_police_hint),
            CallRequest::CallMeBack => Some(self.call_me_back_hint),
            CallRequest::Neither => None,
        }
    }
}

impl Page for HelpNow {
    const ID: &'static str = "help-now";
    const PATH: &'static str = crate::journey::YOUR_SAFETY;
    const SECTION: SectionId = SectionId::YourSafety;
    const EXAMPLE: Example = Example { plain: &[], disclosed: &[&[(FIELD, "call-me-back")]] };

    fn is_answered(answers: &Answers) -> bool {
        answers.call_request.is_some()
    }

    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let value = answers.call_request.map(|request| copy.label(request));
        summary::rows(vec![summary::row(copy.summary_key, value, Step::HelpNow, copy.summary_change, lang)])
    }
}

impl Question for HelpNow {
    fn fields(answers: &Answers) -> Fields {
        Fields::new().with(FIELD, answers.call_request.map(CallRequest::form_value))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        let request = parse_choice(fields, FIELD, CallRequest::parse, Copy::of(lang).not_selected)?;
        answers.set_call_request(Some(request));
        Ok(())
    }

    /// 999 and the Silent Solution come first, in the form before the question, whose legend is therefore not the
    /// page's h1.
    fn view(context: StepContext<'_>, fields: &Fields, answers: &Answers) -> Markup {
        let copy = Copy::of(context.lang);
        let choice = |request: CallRequest| {
            Choice::of(request, CallRequest::form_value, copy.label(request), copy.hint(request))
        };
        let body = html! {
            h1.govuk-heading-l { (copy.title) }
            p.govuk-body { (copy.ask_for_the_police) }
            h2.govuk-heading-m { (copy.if_you_cannot_speak) }
            p.govuk-body { (copy.silent_solution) }
            p.govuk-body { (copy.silent_solution_limits) }
            (radios_question(
                context,
                FIELD,
                sub_legend(copy.question),
                Some(copy.hint),
                &[choice(CallRequest::CallThePolice), choice(CallRequest::CallMeBack)],
                Some(choice(CallRequest::Neither)),
                fields,
            ))
        };
        question_page_then(context, context.kit().your_safety, body, support(context.lang, answers.where_you_live))
    }
}
