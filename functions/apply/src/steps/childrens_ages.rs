//! "Are all the children under 16, or aged 16 to 19 and in full-time education?"

use intake::Answers;
use intake::journey::Step;
use maud::Markup;
use templates::steps::StepContext;
use templates::steps::childrens_ages::{ERROR_NOT_SELECTED, FIELD, view};
use templates::{Fields, FormErrors};
use time::Date;

use super::{Question, error, parse_yes_no, yes_no_value};

pub struct ChildrensAges;

impl Question for ChildrensAges {
    const STEP: Step = Step::ChildrenAges;

    fn fields(answers: &Answers) -> Fields {
        Fields::new().with(FIELD, answers.children_qualify.map(yes_no_value))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date) -> Result<(), FormErrors> {
        answers.children_qualify = Some(parse_yes_no(fields, FIELD).ok_or_else(|| error(FIELD, ERROR_NOT_SELECTED))?);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        view(context, fields.get(FIELD))
    }
}

#[cfg(test)]
mod tests {
    use templates::steps::{NO, YES};

    use super::*;

    #[test]
    fn yes_no_or_the_govuk_error() {
        for (value, expected) in [(YES, Ok(Some(true))), (NO, Ok(Some(false))), ("", Err(())), ("maybe", Err(()))] {
            let mut answers = Answers::default();
            let saved = ChildrensAges::save(
                &Fields::new().with(FIELD, Some(value)),
                &mut answers,
                time::macros::date!(2026 - 11 - 22),
            );
            assert_eq!(saved.map(|()| answers.children_qualify).map_err(|_| ()), expected, "{value:?}");
        }
    }
}
