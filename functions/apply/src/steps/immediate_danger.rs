//! "Are you or your children in immediate danger?"

use intake::Answers;
use intake::journey::Step;
use maud::Markup;
use templates::steps::StepContext;
use templates::steps::immediate_danger::{ERROR_NOT_SELECTED, FIELD, view};
use templates::{Fields, FormErrors};
use time::Date;

use super::{Question, error, parse_yes_no, yes_no_value};

pub struct ImmediateDanger;

impl Question for ImmediateDanger {
    const STEP: Step = Step::ImmediateDanger;

    fn fields(answers: &Answers) -> Fields {
        Fields::new().with(FIELD, answers.disclosure.in_immediate_danger.map(yes_no_value))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date) -> Result<(), FormErrors> {
        let danger = parse_yes_no(fields, FIELD).ok_or_else(|| error(FIELD, ERROR_NOT_SELECTED))?;
        answers.set_in_immediate_danger(Some(danger));
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        view(context, fields)
    }
}
