use super::*;
use crate::testing::{EN, TODAY, messages, posted};
use intake::eligibility::Role;
use intake::paying_parent::ChildCount;

#[test]
fn none_is_an_answer_and_only_a_parent_who_pays_is_asked() {
    let mut answers = Answers::default();
    answers.set_your_role(Role::Guardian);
    assert!(!ChildrenPaidFor::applies(&answers));
    answers.set_your_role(Role::ParentWithoutCare);
    ChildrenPaidFor::save(&posted("children-paid-for=none"), &mut answers, TODAY, EN).expect("saved");
    assert_eq!(answers.paying_parent.children_paid_for, Some(ChildCount::None));
    assert_eq!(ChildrenPaidFor::summary(&answers, EN)[0].value.content.render().into_string(), "None");
}

#[test]
fn nothing_or_nonsense_has_the_govuk_error() {
    for body in ["", "children-paid-for=-1"] {
        let errors = ChildrenPaidFor::save(&posted(body), &mut Answers::default(), TODAY, EN).expect_err(body);
        assert_eq!(messages(&errors), [(FIELD, "Select how many other children you pay child maintenance for")]);
    }
}
