use super::*;
use crate::testing::{EN, TODAY, messages, posted};
use intake::eligibility::Role;

fn paying() -> Answers {
    let mut answers = Answers::default();
    answers.set_your_role(Role::ParentWithoutCare);
    answers
}

#[test]
fn asked_only_of_a_parent_who_pays() {
    assert!(IncomeSources::applies(&paying()));
    let mut receiving = Answers::default();
    receiving.set_your_role(Role::ParentWithCare);
    assert!(!IncomeSources::applies(&receiving));
}

#[test]
fn sources_are_saved_in_the_pages_order_and_no_income_is_an_answer() {
    let mut answers = paying();
    IncomeSources::save(&posted("income-sources=pension&income-sources=employment"), &mut answers, TODAY, EN)
        .expect("saved");
    assert_eq!(answers.paying_parent.income_sources, Some(vec![IncomeSource::Employment, IncomeSource::Pension]));
    IncomeSources::save(&posted("income-sources=none"), &mut answers, TODAY, EN).expect("saved");
    assert_eq!(answers.paying_parent.income_sources, Some(vec![]));
    assert_eq!(IncomeSources::fields(&answers), posted("income-sources=none"), "shown checked again");
    let rows = IncomeSources::summary(&answers, EN);
    assert_eq!(rows[0].value.content.render().into_string(), "I do not have any income");
}

#[test]
fn nothing_none_with_a_source_or_nonsense_has_the_govuk_error() {
    for body in ["", "income-sources=none&income-sources=benefits", "income-sources=lottery"] {
        let errors = IncomeSources::save(&posted(body), &mut paying(), TODAY, EN).expect_err(body);
        assert_eq!(
            messages(&errors),
            [(FIELD, "Select where your income comes from, or select ‘I do not have any income’")],
            "{body}"
        );
    }
}
