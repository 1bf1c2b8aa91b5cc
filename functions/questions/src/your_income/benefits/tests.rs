use super::*;
use crate::testing::{EN, TODAY, messages, posted};
use intake::eligibility::Role;

fn on_benefits() -> Answers {
    let mut answers = Answers::default();
    answers.set_your_role(Role::ParentWithoutCare);
    answers.paying_parent.set_income_sources(vec![IncomeSource::Benefits]);
    answers
}

#[test]
fn asked_only_when_benefits_are_a_source_and_forgotten_when_they_are_not() {
    let mut answers = on_benefits();
    assert!(Benefits::applies(&answers));
    Benefits::save(&posted("benefits=state-pension&benefits=universal-credit"), &mut answers, TODAY, EN)
        .expect("saved");
    assert_eq!(answers.paying_parent.benefits, Some(vec![Benefit::UniversalCredit, Benefit::StatePension]));
    let rows = Benefits::summary(&answers, EN);
    assert_eq!(rows[0].value.content.render().into_string(), "Universal Credit<br>State Pension");
    answers.paying_parent.set_income_sources(vec![IncomeSource::Pension]);
    assert!(!Benefits::applies(&answers) && answers.paying_parent.benefits.is_none());
}

#[test]
fn nothing_or_nonsense_has_the_govuk_error() {
    for body in ["", "benefits=winter-fuel"] {
        let errors = Benefits::save(&posted(body), &mut on_benefits(), TODAY, EN).expect_err(body);
        assert_eq!(messages(&errors), [(FIELD, "Select the benefits you get")], "{body}");
    }
}
