//! "How would you like child maintenance to be paid?"

use intake::Answers;
use intake::journey::Step;
use intake::payments::PaymentService;
use maud::Markup;
use templates::steps::StepContext;
use templates::steps::payment_service::{ERROR_NOT_SELECTED, FIELD, view};
use templates::{Fields, FormErrors};
use time::Date;

use super::{Question, error};

pub struct PaymentServiceQuestion;

impl Question for PaymentServiceQuestion {
    const STEP: Step = Step::PaymentService;

    fn fields(answers: &Answers) -> Fields {
        Fields::new().with(FIELD, answers.payment_service.map(PaymentService::form_value))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date) -> Result<(), FormErrors> {
        let service =
            fields.get(FIELD).and_then(PaymentService::parse).ok_or_else(|| error(FIELD, ERROR_NOT_SELECTED))?;
        answers.payment_service = Some(service);
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
    fn either_service_or_the_govuk_error() {
        for (value, expected) in [
            ("direct-pay", Some(PaymentService::DirectPay)),
            ("collect-and-pay", Some(PaymentService::CollectAndPay)),
            ("", None),
        ] {
            let mut answers = Answers::default();
            let saved = PaymentServiceQuestion::save(
                &Fields::new().with(FIELD, Some(value)),
                &mut answers,
                time::macros::date!(2026 - 11 - 22),
            );
            assert_eq!(saved.is_ok(), expected.is_some(), "{value:?}");
            assert_eq!(answers.payment_service, expected);
        }
    }
}
