//! "Do you have a bank account that child maintenance can be paid into?"

use intake::Answers;
use intake::journey::Step;
use maud::Markup;
use templates::steps::StepContext;
use templates::steps::has_bank_account::{ERROR_NOT_SELECTED, FIELD, view};
use templates::{Fields, FormErrors};
use time::Date;

use super::{Question, error, parse_yes_no, yes_no_value};

pub struct HasBankAccount;

impl Question for HasBankAccount {
    const STEP: Step = Step::HasBankAccount;

    fn fields(answers: &Answers) -> Fields {
        Fields::new().with(FIELD, answers.has_bank_account.map(yes_no_value))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date) -> Result<(), FormErrors> {
        let has = parse_yes_no(fields, FIELD).ok_or_else(|| error(FIELD, ERROR_NOT_SELECTED))?;
        answers.set_has_bank_account(Some(has));
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        view(context, fields)
    }
}
