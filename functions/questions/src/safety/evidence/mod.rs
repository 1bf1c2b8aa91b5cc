//! "Do you have anything that shows what has happened?", optional and asked last in the section, after a
//! disclosure. No proof is needed to apply; a caseworker decides what is enough (docs/domain.md).

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use intake::safety::Evidence;
use maud::Markup;
use templates::components::SummaryRow;
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use crate::kit::choices::{CheckboxRules, Choice, checkbox_fields, checkboxes_question, parse_checkboxes};
use crate::kit::{StepContext, heading_legend, question_page, summary};
use crate::{Example, Page, Question, Step};

pub const FIELD: &str = "evidence";

pub struct EvidenceQuestion;

impl Copy {
    /// How a kind of evidence reads on the page and on check your answers.
    pub fn label(&self, evidence: Evidence) -> &'static str {
        match evidence {
            Evidence::PoliceReport => self.police_report,
            Evidence::CourtOrder => self.court_order,
            Evidence::LetterFromAProfessional => self.letter_from_a_professional,
        }
    }
}

impl Page for EvidenceQuestion {
    const ID: &'static str = "documents";
    const PATH: &'static str = crate::journey::YOUR_SAFETY;
    const SECTION: SectionId = SectionId::YourSafety;
    const EXAMPLE: Example = Example { plain: &[], disclosed: &[&[(FIELD, "police-report")]] };

    fn is_answered(answers: &Answers) -> bool {
        answers.disclosure.evidence.is_some()
    }

    /// Only after a disclosure: answers given before one was withdrawn are not shown.
    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let disclosure = &answers.disclosure;
        let evidence =
            summary::list(disclosure.evidence.as_deref(), |evidence| copy.label(evidence), copy.summary_none)
                .filter(|_| disclosure.is_made());
        summary::rows(vec![summary::lines_row(copy.summary_key, evidence, Step::Evidence, copy.summary_change, lang)])
    }
}

impl Question for EvidenceQuestion {
    /// "None of these" (an empty list) is shown checked again.
    fn fields(answers: &Answers) -> Fields {
        checkbox_fields(FIELD, answers.disclosure.evidence.as_deref(), Evidence::form_value, true)
    }

    /// Optional: nothing selected is an answer, as is "None of these" (both an empty list).
    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        let rules = CheckboxRules { required: None, conflicting: Copy::of(lang).both };
        answers.disclosure.evidence = Some(parse_checkboxes(fields, FIELD, Evidence::parse, rules)?);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        let (copy, kit) = (Copy::of(context.lang), context.kit());
        let choices: Vec<Choice<'_>> = Evidence::ALL
            .iter()
            .map(|&evidence| Choice::of(evidence, Evidence::form_value, copy.label(evidence), None))
            .collect();
        let question = checkboxes_question(
            context,
            FIELD,
            heading_legend(copy.question),
            copy.hint,
            &choices,
            Some(kit.none_of_these),
            fields,
        );
        question_page(context, kit.your_safety, question)
    }
}
