//! "Where do you live?": the first eligibility question.

use intake::Answers;
use intake::eligibility::Country;
use intake::journey::Step;
use maud::Markup;
use templates::steps::StepContext;
use templates::steps::where_you_live::{ERROR_NOT_SELECTED, FIELD, view};
use templates::{Fields, FormErrors};
use time::Date;

use super::{Question, error};

pub struct WhereYouLive;

impl Question for WhereYouLive {
    const STEP: Step = Step::WhereYouLive;

    fn fields(answers: &Answers) -> Fields {
        Fields::new().with(FIELD, answers.where_you_live.map(Country::form_value))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date) -> Result<(), FormErrors> {
        let country = fields.get(FIELD).and_then(Country::parse).ok_or_else(|| error(FIELD, ERROR_NOT_SELECTED))?;
        answers.set_where_you_live(country);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        view(context, fields.get(FIELD))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn save(body: &str) -> Result<Answers, FormErrors> {
        let fields = web::PostedForm::parse(body.as_bytes()).expect("form").0;
        let mut answers = Answers::default();
        WhereYouLive::save(&fields, &mut answers, time::macros::date!(2026 - 11 - 22)).map(|()| answers)
    }

    #[test]
    fn saves_each_country() {
        for country in Country::ALL {
            let answers = save(&format!("{FIELD}={}", country.form_value())).expect("valid");
            assert_eq!(answers.where_you_live, Some(country));
        }
    }

    #[test]
    fn nothing_or_something_unknown_is_not_selected() {
        for body in ["", "where-you-live=", "where-you-live=atlantis", "where-you-live=England"] {
            let errors = save(body).expect_err(body);
            let messages: Vec<_> = errors.iter().map(|e| (e.field.as_str(), e.message.as_str())).collect();
            assert_eq!(messages, [(FIELD, ERROR_NOT_SELECTED)]);
        }
    }
}
