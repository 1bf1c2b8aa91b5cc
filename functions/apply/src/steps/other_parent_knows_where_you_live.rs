//! "Does the other parent know where you live?"

use intake::Answers;
use intake::journey::Step;
use intake::other_parent::KnowsWhereYouLive;
use maud::Markup;
use templates::steps::StepContext;
use templates::steps::other_parent_knows_where_you_live::{ERROR_NOT_SELECTED, FIELD, view};
use templates::{Fields, FormErrors};
use time::Date;

use super::{Question, error};

pub struct OtherParentKnowsWhereYouLive;

impl Question for OtherParentKnowsWhereYouLive {
    const STEP: Step = Step::OtherParentKnowsWhereYouLive;

    fn fields(answers: &Answers) -> Fields {
        Fields::new().with(FIELD, answers.other_parent.knows_where_you_live.map(KnowsWhereYouLive::form_value))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date) -> Result<(), FormErrors> {
        let answer =
            fields.get(FIELD).and_then(KnowsWhereYouLive::parse).ok_or_else(|| error(FIELD, ERROR_NOT_SELECTED))?;
        answers.other_parent.knows_where_you_live = Some(answer);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        view(context, fields.get(FIELD))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn save(value: Option<&str>) -> Result<KnowsWhereYouLive, Vec<String>> {
        let mut answers = Answers::default();
        OtherParentKnowsWhereYouLive::save(
            &Fields::new().with(FIELD, value),
            &mut answers,
            time::macros::date!(2026 - 11 - 22),
        )
        .map(|()| answers.other_parent.knows_where_you_live.expect("saved"))
        .map_err(|errors| errors.iter().map(|e| e.message.clone()).collect())
    }

    #[test]
    fn yes_no_or_do_not_know() {
        assert_eq!(save(Some("yes")), Ok(KnowsWhereYouLive::Yes));
        assert_eq!(save(Some("no")), Ok(KnowsWhereYouLive::No));
        assert_eq!(save(Some("do-not-know")), Ok(KnowsWhereYouLive::NotKnown));
    }

    #[test]
    fn nothing_or_nonsense_has_the_govuk_error() {
        for value in [None, Some(""), Some("maybe"), Some("<script>")] {
            assert_eq!(save(value), Err(vec!["Select whether the other parent knows where you live".to_owned()]));
        }
    }
}
