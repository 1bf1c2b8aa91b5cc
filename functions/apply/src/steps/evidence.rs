//! "Do you have anything that shows what has happened? (optional)"

use intake::Answers;
use intake::journey::Step;
use intake::safety::Evidence;
use maud::Markup;
use templates::steps::StepContext;
use templates::steps::evidence::{ERROR_BOTH, FIELD, view};
use templates::{Fields, FormErrors};
use time::Date;

use super::{CheckboxRules, Question, checkbox_fields, parse_checkboxes};

pub struct EvidenceQuestion;

impl Question for EvidenceQuestion {
    const STEP: Step = Step::Evidence;

    fn fields(answers: &Answers) -> Fields {
        checkbox_fields(FIELD, answers.disclosure.evidence.as_deref(), Evidence::form_value, true)
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date) -> Result<(), FormErrors> {
        let rules = CheckboxRules { required: None, conflicting: ERROR_BOTH };
        answers.disclosure.evidence = Some(parse_checkboxes(fields, FIELD, Evidence::parse, rules)?);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        view(context, fields)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn optional_and_none_of_these_stands_alone() {
        let today = time::macros::date!(2026 - 11 - 22);
        let mut answers = Answers::default();
        EvidenceQuestion::save(&Fields::new(), &mut answers, today).expect("optional");
        assert_eq!(answers.disclosure.evidence, Some(vec![]));
        let both = Fields::new().with(FIELD, Some("none")).with(FIELD, Some("police-report"));
        let errors = EvidenceQuestion::save(&both, &mut answers, today).expect_err("both");
        assert_eq!(errors.message(FIELD), Some(ERROR_BOTH));
        let posted = Fields::new().with(FIELD, Some("letter")).with(FIELD, Some("police-report"));
        EvidenceQuestion::save(&posted, &mut answers, today).expect("saved");
        assert_eq!(answers.disclosure.evidence, Some(vec![Evidence::PoliceReport, Evidence::LetterFromAProfessional]));
    }
}
