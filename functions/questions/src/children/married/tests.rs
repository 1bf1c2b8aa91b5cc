use super::*;
use crate::children::testing::{answers_with, values};
use crate::testing::{EN, TODAY, messages};
use intake::domain::DateOfBirth;

fn seventeen() -> Answers {
    let mut answers = answers_with(&["Sam Jones"]);
    let born = DateOfBirth::parse("1", "6", "2009", TODAY).expect("a date of birth");
    answers.children[0] = Child::new(answers.children[0].full_name.clone(), born, TODAY);
    answers
}

#[test]
fn asked_only_of_a_child_aged_16_to_19_and_yes_makes_them_not_eligible() {
    assert!(!ChildMarried::applies(&answers_with(&["Alex Jones"])));
    let mut answers = seventeen();
    answers.children[0].in_approved_education = Some(true);
    ChildMarried::save_for(&Fields::new().with(FIELD, Some("no")), &mut answers, 0, EN).expect("saved");
    assert_eq!(answers.children[0].qualifies(), Some(true));
    ChildMarried::save_for(&Fields::new().with(FIELD, Some("yes")), &mut answers, 0, EN).expect("saved");
    assert_eq!(answers.children[0].qualifies(), Some(false));
}

#[test]
fn nothing_chosen_has_the_govuk_error_naming_the_child() {
    let mut answers = seventeen();
    let errors = ChildMarried::save_for(&Fields::new(), &mut answers, 0, EN).expect_err("refused");
    assert_eq!(messages(&errors), [(FIELD, "Select yes if Sam Jones has married or formed a civil partnership")]);
}

#[test]
fn the_answer_is_a_row() {
    let mut answers = seventeen();
    answers.children[0].married = Some(false);
    let row = ChildMarried::row_for(&answers, 0, EN).expect("a row");
    assert_eq!(values(&row), ("Sam Jones married or in a civil partnership".into(), "No".into()));
}
