use intake::eligibility::Role;
use intake::payments::COLLECT_AND_PAY_FEES;

use super::*;
use crate::kit::Back;
use crate::testing::{EN, TODAY, messages, posted};

fn save(answers: &mut Answers, body: &str) -> Result<(), FormErrors> {
    PaymentServiceQuestion::save(&posted(body), answers, TODAY, EN)
}

fn receiving_parent() -> Answers {
    let mut answers = Answers::default();
    answers.set_your_role(Role::ParentWithCare);
    answers
}

fn page(answers: &Answers) -> String {
    let errors = FormErrors::new();
    PaymentServiceQuestion::view(StepContext::new("t", Back::To("/"), &errors), &Fields::new(), answers).into_string()
}

#[test]
fn either_service_or_the_govuk_error() {
    for (body, expected) in [
        ("payment-service=direct-pay", Some(PaymentService::DirectPay)),
        ("payment-service=collect-and-pay", Some(PaymentService::CollectAndPay)),
        ("payment-service=", None),
        ("", None),
    ] {
        let mut answers = Answers::default();
        let saved = save(&mut answers, body);
        assert_eq!(answers.payment_service, expected, "{body:?}");
        match expected {
            Some(_) => assert!(saved.is_ok(), "{body:?}"),
            None => assert_eq!(messages(&saved.expect_err(body)), [(FIELD, copy::EN.not_selected)]),
        }
    }
}

#[test]
fn after_a_disclosure_it_is_collect_and_pay_whatever_is_posted() {
    let mut answers = Answers::default();
    answers.set_abuse(true);
    save(&mut answers, "payment-service=direct-pay").expect("saved");
    assert_eq!(answers.payment_service, Some(PaymentService::CollectAndPay));
}

#[test]
fn the_fees_said_are_the_fees_charged() {
    let taken = format!("{}% is taken from each payment you receive", COLLECT_AND_PAY_FEES.receiving_parent_percent);
    let on_top = format!("the other parent pays {}% on top", COLLECT_AND_PAY_FEES.paying_parent_percent);
    for sentence in [copy::EN.collect_and_pay_explanation, copy::EN.fees] {
        assert!(sentence.contains(&taken) && sentence.contains(&on_top), "{sentence}");
    }
}

#[test]
fn the_title_does_not_say_whether_a_disclosure_was_made() {
    let title = |page: &str| page.split("<title>").nth(1).and_then(|t| t.split("</title>").next()).map(str::to_owned);
    let mut answers = receiving_parent();
    let choice = page(&answers);
    answers.set_abuse(true);
    let for_you = page(&answers);
    assert!(choice.contains(copy::EN.question) && !choice.contains(copy::EN.no_contact_or_consent));
    assert!(for_you.contains(copy::EN.no_contact_or_consent) && !for_you.contains(copy::EN.question));
    assert_eq!(title(&choice), title(&for_you));
    assert!(title(&choice).is_some_and(|t| t.starts_with(copy::EN.title)));
}

#[test]
fn the_row_is_a_choice_or_after_a_disclosure_a_fact() {
    let mut answers = receiving_parent();
    save(&mut answers, "payment-service=direct-pay").expect("saved");
    let rows = PaymentServiceQuestion::summary(&answers, EN);
    assert_eq!(rows.len(), 1);
    assert!(rows[0].actions.is_some(), "a choice can be changed");
    answers.set_abuse(true);
    let rows = PaymentServiceQuestion::summary(&answers, EN);
    assert_eq!(rows.len(), 1);
    assert!(rows[0].actions.is_none(), "a fact cannot");
}

#[test]
fn no_row_for_someone_who_pays() {
    let mut answers = Answers::default();
    answers.set_your_role(Role::ParentWithoutCare);
    answers.set_abuse(true);
    assert!(PaymentServiceQuestion::summary(&answers, EN).is_empty());
}
