//! "What is your National Insurance number?"

use intake::Answers;
use intake::domain::Nino;
use intake::journey::Step;
use maud::Markup;
use templates::steps::StepContext;
use templates::steps::your_national_insurance_number::{FIELD, error, view};
use templates::{Fields, FormErrors};
use time::Date;

use super::{Question, error as field_error};

pub struct YourNationalInsuranceNumber;

impl Question for YourNationalInsuranceNumber {
    const STEP: Step = Step::YourNationalInsuranceNumber;

    /// Shown back as "AB 12 34 56 C": the way it is printed on letters.
    fn fields(answers: &Answers) -> Fields {
        Fields::new().with(FIELD, answers.your_national_insurance_number.as_ref().map(Nino::to_string))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date) -> Result<(), FormErrors> {
        let nino = Nino::parse(fields.get(FIELD).unwrap_or("")).map_err(|e| field_error(FIELD, error(e)))?;
        answers.your_national_insurance_number = Some(nino);
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
    fn lower_case_with_spaces_is_accepted() {
        let mut answers = Answers::default();
        let fields = Fields::new().with(FIELD, Some(" ab 12 34 56 c "));
        YourNationalInsuranceNumber::save(&fields, &mut answers, time::macros::date!(2026 - 11 - 22)).expect("valid");
        assert_eq!(answers.your_national_insurance_number.map(|n| n.to_string()), Some("AB 12 34 56 C".into()));
    }

    #[test]
    fn wrong_format_has_the_govuk_message() {
        let mut answers = Answers::default();
        let fields = Fields::new().with(FIELD, Some("12345"));
        let errors = YourNationalInsuranceNumber::save(&fields, &mut answers, time::macros::date!(2026 - 11 - 22))
            .expect_err("bad");
        assert_eq!(
            errors.iter().map(|e| e.message.as_str()).collect::<Vec<_>>(),
            ["Enter a National Insurance number in the correct format"]
        );
    }
}
