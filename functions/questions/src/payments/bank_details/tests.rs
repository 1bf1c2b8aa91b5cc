use intake::domain::AccountNumber;
use intake::eligibility::Role;

use super::*;
use crate::testing::{EN, TODAY, messages, posted};

fn save(pairs: [(&str, &str); 4]) -> Result<BankDetails, FormErrors> {
    let fields = Fields::from_pairs(pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect());
    let mut answers = Answers::default();
    BankDetailsQuestion::save(&fields, &mut answers, TODAY, EN).map(|()| answers.bank_details.expect("saved"))
}

#[test]
fn sort_codes_with_spaces_or_hyphens() {
    for sort_code in ["30-94-30", "30 94 30", "309430"] {
        let details = save([
            (NAME_ON_ACCOUNT, "S Jones"),
            (SORT_CODE, sort_code),
            (ACCOUNT_NUMBER, "12345678"),
            (ROLL_NUMBER, ""),
        ])
        .expect(sort_code);
        assert_eq!(details.sort_code.to_string(), "30-94-30");
        assert_eq!(details.roll_number, None, "blank is none");
    }
}

#[test]
fn every_field_reports_its_own_error() {
    let errors = save([(NAME_ON_ACCOUNT, ""), (SORT_CODE, "12"), (ACCOUNT_NUMBER, "123"), (ROLL_NUMBER, "<b>")])
        .expect_err("bad");
    assert_eq!(
        messages(&errors),
        [
            (NAME_ON_ACCOUNT, "Enter the name on the account"),
            (SORT_CODE, "Enter a sort code like 309430"),
            (ACCOUNT_NUMBER, "Account number must be between 6 and 8 digits"),
            (
                ROLL_NUMBER,
                "Building society roll number must only include letters a to z, numbers, hyphens, spaces, forward \
                 slashes and full stops"
            ),
        ]
    );
}

#[test]
fn too_long_and_missing() {
    let long_name = "a".repeat(ShortText::MAX_CHARS + 1);
    let long_roll = "1".repeat(RollNumber::MAX_CHARS + 1);
    let errors =
        save([(NAME_ON_ACCOUNT, &long_name), (SORT_CODE, ""), (ACCOUNT_NUMBER, " "), (ROLL_NUMBER, &long_roll)])
            .expect_err("bad");
    assert_eq!(
        messages(&errors),
        [
            (NAME_ON_ACCOUNT, copy::EN.name_on_account_errors.too_long),
            (SORT_CODE, copy::EN.enter_sort_code),
            (ACCOUNT_NUMBER, copy::EN.enter_account_number),
            (ROLL_NUMBER, copy::EN.roll_number_too_long),
        ]
    );
}

#[test]
fn the_limits_said_are_the_domains() {
    let name_max = ShortText::MAX_CHARS.to_string();
    assert!(copy::EN.name_on_account_errors.too_long.contains(&name_max));
    assert!(copy::EN.roll_number_too_long.contains(&RollNumber::MAX_CHARS.to_string()));
    let digits = format!("between {} and {} digits", AccountNumber::MIN_DIGITS, AccountNumber::MAX_DIGITS);
    assert!(copy::EN.account_number_hint.contains(&digits) && copy::EN.account_number_length.contains(&digits));
}

#[test]
fn the_row_shows_the_account_but_not_the_roll_number() {
    let mut answers = Answers::default();
    answers.set_your_role(Role::ParentWithCare);
    let body = "name-on-account=S+Jones&sort-code=309430&account-number=12345678&roll-number=AB%2F1234";
    BankDetailsQuestion::save(&posted(body), &mut answers, TODAY, EN).expect("valid");
    let rows = BankDetailsQuestion::summary(&answers, EN);
    let value: Vec<String> = rows.iter().map(|row| row.value.content.render().into_string()).collect();
    assert_eq!(value, ["S Jones<br>Sort code 30-94-30<br>Account number 12345678"]);
}
