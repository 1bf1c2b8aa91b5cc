//! "Is there a court order for child maintenance for these children?"

use intake::Answers;
use intake::eligibility::CourtOrder;
use intake::journey::Step;
use maud::Markup;
use templates::steps::StepContext;
use templates::steps::court_order::{ERROR_NOT_SELECTED, FIELD, view};
use templates::{Fields, FormErrors};
use time::Date;

use super::{Question, error};

pub struct CourtOrderQuestion;

impl Question for CourtOrderQuestion {
    const STEP: Step = Step::CourtOrder;

    fn fields(answers: &Answers) -> Fields {
        Fields::new().with(FIELD, answers.court_order.map(CourtOrder::form_value))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date) -> Result<(), FormErrors> {
        let order = fields.get(FIELD).and_then(CourtOrder::parse).ok_or_else(|| error(FIELD, ERROR_NOT_SELECTED))?;
        answers.court_order = Some(order);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        view(context, fields.get(FIELD))
    }
}
