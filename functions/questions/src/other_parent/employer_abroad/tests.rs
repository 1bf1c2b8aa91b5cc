use super::*;
use crate::testing::{EN, TODAY, messages, posted};
use intake::eligibility::Role;
use intake::other_parent::WhereOtherParentLives;

fn abroad(role: Role) -> Answers {
    let mut answers = Answers::default();
    answers.set_your_role(role);
    answers.other_parent.set_lives(WhereOtherParentLives::Abroad);
    answers
}

#[test]
fn asked_only_when_the_other_parent_lives_abroad_and_would_pay() {
    assert!(EmployerAbroad::applies(&abroad(Role::ParentWithCare)));
    assert!(!EmployerAbroad::applies(&abroad(Role::ParentWithoutCare)), "a parent who receives must live in the UK");
    let mut in_the_uk = abroad(Role::ParentWithCare);
    in_the_uk.other_parent.set_lives(WhereOtherParentLives::Uk);
    assert!(!EmployerAbroad::applies(&in_the_uk));
}

#[test]
fn an_answer_is_saved_and_shown_and_nothing_has_the_govuk_error() {
    let mut answers = abroad(Role::ParentWithCare);
    EmployerAbroad::save(&posted("uk-employer-abroad=do-not-know"), &mut answers, TODAY, EN).expect("saved");
    assert_eq!(answers.other_parent.uk_employer_abroad, Some(YesNoOrNotKnown::NotKnown));
    assert_eq!(EmployerAbroad::summary(&answers, EN)[0].value.content.render().into_string(), "I do not know");
    let errors = EmployerAbroad::save(&posted(""), &mut answers, TODAY, EN).expect_err("nothing");
    assert_eq!(messages(&errors), [(FIELD, "Select whether the other parent works for a UK employer")]);
}
