use super::*;
use crate::children::testing::{answers_with, values};
use crate::testing::{EN, messages};

fn save(value: Option<&str>, index: usize) -> Result<Answers, FormErrors> {
    let mut answers = answers_with(&["Alex Jones", "Sam Jones"]);
    ChildBenefit::save_for(&Fields::new().with(FIELD, value), &mut answers, index, EN).map(|()| answers)
}

#[test]
fn yes_no_or_do_not_know_for_the_child_named() {
    let saved = save(Some("do-not-know"), 1).expect("saved");
    assert_eq!(saved.children[1].child_benefit, Some(YesNoOrNotKnown::NotKnown));
    assert_eq!(saved.children[0].child_benefit, None, "only the child asked about");
    assert_eq!(save(Some("yes"), 0).expect("saved").children[0].child_benefit, Some(YesNoOrNotKnown::Yes));
    assert_eq!(save(Some("no"), 0).expect("saved").children[0].child_benefit, Some(YesNoOrNotKnown::No));
}

#[test]
fn nothing_or_nonsense_has_the_govuk_error_naming_the_child() {
    for value in [None, Some(""), Some("maybe"), Some("<script>")] {
        let errors = save(value, 1).expect_err("refused");
        assert_eq!(messages(&errors), [(FIELD, "Select whether you get Child Benefit for Sam Jones")], "{value:?}");
    }
}

#[test]
fn asked_of_each_child_in_turn_and_shown_again() {
    let mut answers = answers_with(&["Alex Jones", "Sam Jones"]);
    assert!(!ChildBenefit::is_answered(&answers));
    let posted = Fields::new().with(FIELD, Some("yes"));
    <ChildBenefit as crate::Question>::save(&posted, &mut answers, crate::testing::TODAY, EN).expect("saved");
    assert_eq!(answers.children[0].child_benefit, Some(YesNoOrNotKnown::Yes), "the first child first");
    let page = <ChildBenefit as crate::Question>::view(crate::children::testing::context(), &Fields::new(), &answers)
        .into_string();
    assert!(page.contains("Do you get Child Benefit for Sam Jones?"), "then the next");
    <ChildBenefit as crate::Question>::save(&posted, &mut answers, crate::testing::TODAY, EN).expect("saved");
    assert!(ChildBenefit::is_answered(&answers));
    assert_eq!(<ChildBenefit as crate::Question>::fields(&answers).get(FIELD), Some("yes"), "the last, shown again");
}

#[test]
fn each_childs_answer_is_a_row_with_a_change_link_naming_the_child() {
    let mut answers = answers_with(&["Alex Jones"]);
    assert!(ChildBenefit::row_for(&answers, 0, EN).is_none(), "not answered");
    answers.children[0].child_benefit = Some(YesNoOrNotKnown::NotKnown);
    let row = ChildBenefit::row_for(&answers, 0, EN).expect("a row");
    assert_eq!(values(&row), ("Child Benefit for Alex Jones".into(), "I do not know".into()));
    let change = &row.actions.expect("Change").items[0];
    assert_eq!(change.href, "/children/child-benefit?child=0&change=1");
    assert_eq!(change.visually_hidden_text.as_deref(), Some("whether you get Child Benefit for Alex Jones"));
}
