use super::*;
use crate::testing::{EN, TODAY, messages, posted};
use intake::eligibility::Role;

fn employed() -> Answers {
    let mut answers = Answers::default();
    answers.set_your_role(Role::ParentWithoutCare);
    answers.paying_parent.set_income_sources(vec![IncomeSource::Employment]);
    answers
}

#[test]
fn asked_only_of_a_parent_who_pays_and_is_employed() {
    assert!(Employers::applies(&employed()));
    let mut self_employed = employed();
    self_employed.paying_parent.set_income_sources(vec![IncomeSource::SelfEmployment]);
    assert!(!Employers::applies(&self_employed));
}

#[test]
fn the_names_given_are_kept_in_order_without_the_blanks() {
    let mut answers = employed();
    Employers::save(
        &posted("employer-1=&employer-2=+Northside+Bakery+&employer-3=NHS+Lothian"),
        &mut answers,
        TODAY,
        EN,
    )
    .expect("saved");
    let names: Vec<&str> = answers.paying_parent.employers.iter().flatten().map(ShortText::as_str).collect();
    assert_eq!(names, ["Northside Bakery", "NHS Lothian"]);
    assert_eq!(Employers::fields(&answers), posted("employer-1=Northside+Bakery&employer-2=NHS+Lothian"));
    let rows = Employers::summary(&answers, EN);
    assert_eq!(rows[0].value.content.render().into_string(), "Northside Bakery<br>NHS Lothian");
}

#[test]
fn no_name_or_a_name_too_long_has_the_govuk_error_on_its_field() {
    let errors = Employers::save(&posted("employer-1=+&employer-2=&employer-3="), &mut employed(), TODAY, EN)
        .expect_err("no name");
    assert_eq!(messages(&errors), [("employer-1", "Enter your employer’s name")]);
    let long = "a".repeat(ShortText::MAX_CHARS + 1);
    let errors = Employers::save(&posted(&format!("employer-1=Acme&employer-3={long}")), &mut employed(), TODAY, EN)
        .expect_err("too long");
    assert_eq!(messages(&errors), [("employer-3", "Your third employer’s name must be 100 characters or less")]);
    for message in EN_COPY.too_long {
        assert!(message.contains(&ShortText::MAX_CHARS.to_string()), "{message}");
    }
}

const EN_COPY: Copy = copy::EN;
