use intake::payments::PaymentService;

use super::*;
use crate::testing::{EN, TODAY, messages};

fn direct_pay() -> Answers {
    let mut answers = Answers::default();
    answers.set_your_role(intake::eligibility::Role::ParentWithCare);
    answers.payment_service = Some(PaymentService::DirectPay);
    answers.set_has_bank_account(Some(true));
    answers
}

#[test]
fn asked_only_for_direct_pay_into_an_account_and_never_after_a_disclosure() {
    assert!(ShareBankDetails::applies(&direct_pay()));
    let collect = Answers { payment_service: Some(PaymentService::CollectAndPay), ..direct_pay() };
    assert!(!ShareBankDetails::applies(&collect));
    let mut no_account = direct_pay();
    no_account.set_has_bank_account(Some(false));
    assert!(!ShareBankDetails::applies(&no_account));
    let mut disclosed = direct_pay();
    disclosed.set_abuse(true);
    disclosed.payment_service = Some(PaymentService::DirectPay);
    assert!(!ShareBankDetails::applies(&disclosed), "a tampered answer cannot bring it back");
}

#[test]
fn yes_or_no_and_the_govuk_error() {
    let mut answers = direct_pay();
    ShareBankDetails::save(&Fields::new().with(FIELD, Some("no")), &mut answers, TODAY, EN).expect("saved");
    assert_eq!(answers.share_bank_details, Some(false));
    let errors = ShareBankDetails::save(&Fields::new(), &mut answers, TODAY, EN).expect_err("refused");
    let expected = "Select yes if the Child Maintenance Service can give your bank details to the other parent";
    assert_eq!(messages(&errors), [(FIELD, expected)]);
}

#[test]
fn the_page_says_what_a_sort_code_shows_and_what_no_means() {
    let errors = FormErrors::new();
    let context = StepContext::new("t", crate::kit::Back::To("/"), &errors);
    let page = ShareBankDetails::view(context, &Fields::new(), &direct_pay()).into_string();
    assert!(page.contains("A sort code can show the area where your bank branch is"));
    assert!(page.contains("will call you to explain your options"));
    assert!(page.contains("You can choose Collect &amp; Pay instead"));
}

#[test]
fn the_row_shows_only_while_asked() {
    let mut answers = Answers { share_bank_details: Some(false), ..direct_pay() };
    let rows = ShareBankDetails::summary(&answers, EN);
    assert_eq!(rows[0].value.content.render().into_string(), "No, call me to explain my options");
    answers.payment_service = Some(PaymentService::CollectAndPay);
    assert!(ShareBankDetails::summary(&answers, EN).is_empty(), "Collect & Pay: not asked, not shown");
}
