//! "Do you need any support when the Child Maintenance Service contacts you?": large print, braille, audio, a BSL
//! interpreter, Relay UK, a textphone, or something else (then in their words), or none
//! (docs/domain.md, "What the real application asks": the applicant). Checkboxes with an exclusive "None of these"
//! (<https://design-system.service.gov.uk/components/checkboxes/#add-an-option-for-none>); what "something else"
//! means is one field after them, not revealed under it (a conditional reveal fails axe: see
//! `children::overnight_stays`).

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use intake::answers::{SupportNeed, SupportNeeds};
use intake::domain::ShortText;
use maud::{Markup, html};
use templates::components::SummaryRow;
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use crate::kit::choices::{CheckboxRules, Choice, checkbox_fields, checkboxes_question, parse_checkboxes};
use crate::kit::text::{TextField, text_field};
use crate::kit::{StepContext, error, heading_legend, question_page, summary};
use crate::{Example, Page, Question, Step};

pub const FIELD: &str = "support-needs";
pub const OTHER: &str = "other-support";

pub struct SupportNeedsQuestion;

impl Page for SupportNeedsQuestion {
    const ID: &'static str = "support-when-we-contact-you";
    const PATH: &'static str = "/support-when-we-contact-you";
    const SECTION: SectionId = SectionId::AboutYou;
    const EXAMPLE: Example = Example {
        plain: &[&[(FIELD, "none"), (OTHER, "")]],
        disclosed: &[&[(FIELD, "large-print"), (FIELD, "other"), (OTHER, "Calls after 6pm only")]],
    };

    fn is_answered(answers: &Answers) -> bool {
        answers.support_needs.is_some()
    }

    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let needs = answers.support_needs.as_ref();
        let lines = needs.map(|needs| {
            let mut lines: Vec<&str> = needs.needs.iter().map(|&need| copy.label(need)).collect();
            if let Some(other) = &needs.other {
                lines.push(other.as_str());
            }
            if lines.is_empty() {
                lines.push(copy.summary_none);
            }
            lines
        });
        summary::rows(vec![summary::lines_row(copy.summary_key, lines, Step::SupportNeeds, copy.summary_change, lang)])
    }
}

impl Question for SupportNeedsQuestion {
    /// "None of these" (no needs) is shown checked again.
    fn fields(answers: &Answers) -> Fields {
        let needs = answers.support_needs.as_ref();
        checkbox_fields(FIELD, needs.map(|n| n.needs.as_slice()), SupportNeed::form_value, true)
            .with(OTHER, needs.and_then(|n| n.other.as_ref()).map(ShortText::as_str))
    }

    /// What "Something else" means is needed only when it is ticked, and kept only then.
    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        let copy = Copy::of(lang);
        let rules = CheckboxRules { required: Some(copy.not_selected), conflicting: copy.not_selected };
        let needs = parse_checkboxes(fields, FIELD, SupportNeed::parse, rules)?;
        let other = if needs.contains(&SupportNeed::Other) {
            let typed = ShortText::parse(fields.get(OTHER).unwrap_or(""));
            Some(typed.map_err(|e| error(OTHER, copy.other_errors.message(e)))?)
        } else {
            None
        };
        answers.support_needs = Some(SupportNeeds { needs, other });
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        let (copy, kit) = (Copy::of(context.lang), context.kit());
        let choices: Vec<Choice<'_>> = SupportNeed::ALL
            .iter()
            .map(|&need| Choice::of(need, SupportNeed::form_value, copy.label(need), None))
            .collect();
        let needs = checkboxes_question(
            context,
            FIELD,
            heading_legend(copy.title),
            copy.hint,
            &choices,
            Some(kit.none_of_these),
            fields,
        );
        let other =
            TextField { name: OTHER, label: copy.other_label, hint: Some(copy.other_hint), ..TextField::default() };
        question_page(context, copy.title, html! { (needs) (text_field(context, other, fields)) })
    }
}
