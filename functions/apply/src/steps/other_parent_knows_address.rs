//! "Do you know the other parent's address?"

use intake::Answers;
use intake::journey::Step;
use maud::Markup;
use templates::steps::StepContext;
use templates::steps::other_parent_knows_address::{ERROR_NOT_SELECTED, FIELD, view};
use templates::{Fields, FormErrors};
use time::Date;

use super::{Question, error, parse_yes_no, yes_no_value};

pub struct OtherParentKnowsAddress;

impl Question for OtherParentKnowsAddress {
    const STEP: Step = Step::OtherParentKnowsAddress;

    fn fields(answers: &Answers) -> Fields {
        Fields::new().with(FIELD, answers.other_parent.knows_address.map(yes_no_value))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date) -> Result<(), FormErrors> {
        let knows = parse_yes_no(fields, FIELD).ok_or_else(|| error(FIELD, ERROR_NOT_SELECTED))?;
        answers.other_parent.set_knows_address(knows);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        view(context, fields)
    }
}

#[cfg(test)]
mod tests {
    use templates::steps::{NO, YES};

    use super::*;

    fn save(value: &str, answers: &mut Answers) -> Result<(), FormErrors> {
        OtherParentKnowsAddress::save(
            &Fields::new().with(FIELD, Some(value)),
            answers,
            time::macros::date!(2026 - 11 - 22),
        )
    }

    #[test]
    fn no_forgets_an_address_given_before() {
        let mut answers = Answers::default();
        save(YES, &mut answers).expect("valid");
        assert_eq!(answers.other_parent.knows_address, Some(true));
        save(NO, &mut answers).expect("valid");
        assert_eq!((answers.other_parent.knows_address, answers.other_parent.address), (Some(false), None));
    }

    #[test]
    fn nothing_chosen_has_the_govuk_message() {
        let errors = save("", &mut Answers::default()).expect_err("empty");
        assert_eq!(errors.iter().map(|e| e.message.as_str()).collect::<Vec<_>>(), [ERROR_NOT_SELECTED]);
    }
}
