//! "Is there anything the other parent must not find out about you?"

use intake::Answers;
use intake::journey::Step;
use intake::safety::PrivateDetail;
use maud::Markup;
use templates::steps::StepContext;
use templates::steps::keep_private::{ERROR_NOT_SELECTED, FIELD, view};
use templates::{Fields, FormErrors};
use time::Date;

use super::{CheckboxRules, Question, checkbox_fields, parse_checkboxes};

pub struct KeepPrivate;

impl Question for KeepPrivate {
    const STEP: Step = Step::KeepPrivate;

    fn fields(answers: &Answers) -> Fields {
        checkbox_fields(FIELD, answers.keep_private.as_deref(), PrivateDetail::form_value, true)
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date) -> Result<(), FormErrors> {
        let rules = CheckboxRules { required: Some(ERROR_NOT_SELECTED), conflicting: ERROR_NOT_SELECTED };
        answers.keep_private = Some(parse_checkboxes(fields, FIELD, PrivateDetail::parse, rules)?);
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
    fn some_details_or_none_of_these_but_not_both_and_not_nothing() {
        let today = time::macros::date!(2026 - 11 - 22);
        let save = |posted: &[&str]| {
            let fields = posted.iter().fold(Fields::new(), |f, v| f.with(FIELD, Some(*v)));
            let mut answers = Answers::default();
            KeepPrivate::save(&fields, &mut answers, today).map(|()| answers.keep_private)
        };
        assert_eq!(
            save(&["new-name", "address"]).ok(),
            Some(Some(vec![PrivateDetail::Address, PrivateDetail::NewName]))
        );
        assert_eq!(save(&["none"]).ok(), Some(Some(vec![])));
        for refused in [&[][..], &["none", "phone"], &["passport"]] {
            let errors = save(refused).expect_err("refused");
            assert_eq!(errors.message(FIELD), Some(ERROR_NOT_SELECTED), "{refused:?}");
        }
        let answers = Answers { keep_private: Some(vec![]), ..Answers::default() };
        assert_eq!(KeepPrivate::fields(&answers).get(FIELD), Some("none"), "none of these is shown checked again");
    }
}
