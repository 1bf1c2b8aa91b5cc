//! "How would you like child maintenance to be paid?", or, after a disclosure, how it will be: Collect & Pay,
//! with no Direct Pay question and no consent step (`intake::routing` decides the same when it is stored).

use intake::Answers;
use intake::journey::Step;
use intake::payments::PaymentService;
use maud::Markup;
use templates::steps::StepContext;
use templates::steps::payment_service::{ERROR_NOT_SELECTED, FIELD, collect_and_pay_for_you, view};
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
        if answers.disclosure.is_made() {
            // Nothing was asked, and nothing posted can choose Direct Pay.
            answers.payment_service = Some(PaymentService::CollectAndPay);
            return Ok(());
        }
        let service =
            fields.get(FIELD).and_then(PaymentService::parse).ok_or_else(|| error(FIELD, ERROR_NOT_SELECTED))?;
        answers.payment_service = Some(service);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, answers: &Answers) -> Markup {
        if answers.disclosure.is_made() { collect_and_pay_for_you(context) } else { view(context, fields) }
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

    #[test]
    fn after_a_disclosure_it_is_collect_and_pay_whatever_is_posted() {
        let mut answers = Answers::default();
        answers.set_abuse(true);
        let posted = Fields::new().with(FIELD, Some("direct-pay"));
        PaymentServiceQuestion::save(&posted, &mut answers, time::macros::date!(2026 - 11 - 22)).expect("saved");
        assert_eq!(answers.payment_service, Some(PaymentService::CollectAndPay));
    }
}
