//! "Your safety": has the other parent been abusive or controlling towards you or your children? Asked of all.

use intake::Answers;
use intake::journey::Step;
use maud::Markup;
use templates::steps::StepContext;
use templates::steps::your_safety::{ERROR_NOT_SELECTED, FIELD, view};
use templates::{Fields, FormErrors};
use time::Date;

use super::{Question, error, parse_yes_no, yes_no_value};

pub struct YourSafety;

impl Question for YourSafety {
    const STEP: Step = Step::YourSafety;

    fn fields(answers: &Answers) -> Fields {
        Fields::new().with(FIELD, answers.disclosure.abuse.map(yes_no_value))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date) -> Result<(), FormErrors> {
        let abuse = parse_yes_no(fields, FIELD).ok_or_else(|| error(FIELD, ERROR_NOT_SELECTED))?;
        answers.set_abuse(abuse);
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
    fn yes_or_no_or_the_govuk_error() {
        let today = time::macros::date!(2026 - 11 - 22);
        let mut answers = Answers::default();
        let saved = YourSafety::save(&Fields::new(), &mut answers, today);
        assert_eq!(saved.err().and_then(|e| e.message(FIELD).map(str::to_owned)).as_deref(), Some(ERROR_NOT_SELECTED));
        YourSafety::save(&Fields::new().with(FIELD, Some("yes")), &mut answers, today).expect("saved");
        assert!(answers.disclosure.is_made());
        YourSafety::save(&Fields::new().with(FIELD, Some("no")), &mut answers, today).expect("saved");
        assert_eq!(answers.disclosure.abuse, Some(false));
    }
}
