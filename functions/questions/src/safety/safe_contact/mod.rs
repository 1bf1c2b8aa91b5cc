//! "How can we contact you safely?", asked of everyone: the ways that are safe (at least one: CMS has to reach them
//! somehow), and when (optional).

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use intake::domain::ShortText;
use intake::safety::{ContactMethod, SafeContact};
use maud::{Markup, html};
use templates::components::SummaryRow;
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use crate::kit::choices::{CheckboxRules, Choice, checkbox_fields, checkboxes_question, parse_checkboxes};
use crate::kit::text::{TextField, text_field};
use crate::kit::{StepContext, heading_legend, question_page, summary};
use crate::{Example, Page, Question, Step};

pub const FIELD: &str = "contact-methods";
pub const SAFE_TIMES: &str = "safe-times";

pub struct SafeContactQuestion;

impl Copy {
    /// How a way of contact reads on the page and on check your answers.
    pub fn label(&self, method: ContactMethod) -> &'static str {
        match method {
            ContactMethod::PhoneCalls => self.phone_calls,
            ContactMethod::Voicemail => self.voicemail,
            ContactMethod::TextMessages => self.text_messages,
            ContactMethod::Letters => self.letters,
            ContactMethod::Email => self.email,
        }
    }
}

impl Page for SafeContactQuestion {
    const ID: &'static str = "contact";
    const PATH: &'static str = crate::journey::YOUR_SAFETY;
    const SECTION: SectionId = SectionId::YourSafety;
    const EXAMPLE: Example =
        Example { plain: &[&[(FIELD, "letters")]], disclosed: &[&[(FIELD, "texts"), (SAFE_TIMES, "After 6pm")]] };

    fn is_answered(answers: &Answers) -> bool {
        answers.safe_contact.is_some()
    }

    /// The ways, one a line, then the safe times if given.
    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let lines = answers.safe_contact.as_ref().map(|contact| {
            let mut lines: Vec<String> = contact.methods.iter().map(|m| copy.label(*m).to_owned()).collect();
            if let Some(times) = &contact.safe_times {
                lines.push((copy.summary_safe_times)(times.as_str()));
            }
            lines
        });
        let lines = lines.as_ref().map(|lines| lines.iter().map(String::as_str).collect());
        summary::rows(vec![summary::lines_row(copy.summary_key, lines, Step::SafeContact, copy.summary_change, lang)])
    }
}

impl Question for SafeContactQuestion {
    fn fields(answers: &Answers) -> Fields {
        let contact = answers.safe_contact.as_ref();
        checkbox_fields(FIELD, contact.map(|c| c.methods.as_slice()), ContactMethod::form_value, false)
            .with(SAFE_TIMES, contact.and_then(|c| c.safe_times.as_ref()).map(ShortText::as_str))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        let copy = Copy::of(lang);
        let rules = CheckboxRules { required: Some(copy.not_selected), conflicting: copy.not_selected };
        let mut errors = FormErrors::new();
        let methods = parse_checkboxes(fields, FIELD, ContactMethod::parse, rules).map_err(|e| errors.extend(e)).ok();
        // Optional: blank is no time given, so the only error is one too long.
        let safe_times = ShortText::parse_optional(fields.get(SAFE_TIMES).unwrap_or(""))
            .map_err(|_| errors.add(SAFE_TIMES, copy.safe_times_too_long))
            .ok();
        match (methods, safe_times) {
            (Some(methods), Some(safe_times)) => {
                answers.safe_contact = Some(SafeContact { methods, safe_times });
                Ok(())
            }
            _ => Err(errors),
        }
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        let copy = Copy::of(context.lang);
        let choices: Vec<Choice<'_>> = ContactMethod::ALL
            .iter()
            .map(|&method| Choice::of(method, ContactMethod::form_value, copy.label(method), None))
            .collect();
        let body = html! {
            (checkboxes_question(context, FIELD, heading_legend(copy.question), copy.hint, &choices, None, fields))
            (text_field(context, TextField {
                name: SAFE_TIMES,
                label: copy.safe_times_label,
                hint: Some(copy.safe_times_hint),
                // A safe time is not the browser's to remember, nor to offer to whoever uses it next.
                autocomplete: Some("off"),
                ..TextField::default()
            }, fields))
        };
        question_page(context, context.kit().your_safety, body)
    }
}
