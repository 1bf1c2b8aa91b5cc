use intake::domain::{AccountNumber, ShortText, SortCode};
use intake::eligibility::Role;
use intake::payments::BankDetails;

use super::*;
use crate::testing::{EN, TODAY, messages, posted};

fn receiving_parent() -> Answers {
    let mut answers = Answers::default();
    answers.set_your_role(Role::ParentWithCare);
    answers
}

fn details() -> BankDetails {
    BankDetails {
        name_on_account: ShortText::parse("S Jones").expect("valid"),
        sort_code: SortCode::parse("309430").expect("valid"),
        account_number: AccountNumber::parse("12345678").expect("valid"),
        roll_number: None,
    }
}

#[test]
fn yes_or_no_or_the_govuk_error() {
    for (body, expected) in [("has-bank-account=yes", Some(true)), ("has-bank-account=no", Some(false))] {
        let mut answers = Answers::default();
        HasBankAccount::save(&posted(body), &mut answers, TODAY, EN).expect(body);
        assert_eq!(answers.has_bank_account, expected);
    }
    for body in ["", "has-bank-account=", "has-bank-account=maybe"] {
        let errors = HasBankAccount::save(&posted(body), &mut Answers::default(), TODAY, EN).expect_err(body);
        assert_eq!(messages(&errors), [(FIELD, copy::EN.not_selected)]);
    }
}

#[test]
fn no_forgets_the_details_given_before() {
    let mut answers = receiving_parent();
    answers.set_has_bank_account(Some(true));
    answers.bank_details = Some(details());
    HasBankAccount::save(&posted("has-bank-account=no"), &mut answers, TODAY, EN).expect("saved");
    assert_eq!(answers.bank_details, None);
}

#[test]
fn the_row_says_no_account_only_when_there_is_none() {
    let mut answers = receiving_parent();
    answers.set_has_bank_account(Some(false));
    let rows = HasBankAccount::summary(&answers, EN);
    let said: Vec<_> = rows.iter().map(|row| row.value.content.text.as_deref()).collect();
    assert_eq!(said, [Some(copy::EN.no_account)]);
    answers.set_has_bank_account(Some(true));
    assert!(HasBankAccount::summary(&answers, EN).is_empty(), "yes: the details' row says it");
    answers.bank_details = Some(details());
    assert!(HasBankAccount::summary(&answers, EN).is_empty());
}
