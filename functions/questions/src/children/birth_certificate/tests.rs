use super::*;
use crate::children::testing::{answers_with, values};
use crate::testing::{EN, messages};

fn save(value: Option<&str>) -> Result<Answers, FormErrors> {
    let mut answers = answers_with(&["Alex Jones", "Sam Jones"]);
    BirthCertificate::save_for(&Fields::new().with(FIELD, value), &mut answers, 1, EN).map(|()| answers)
}

#[test]
fn yes_no_or_do_not_know_for_the_child_named() {
    for (posted, saved) in
        [("yes", YesNoOrNotKnown::Yes), ("no", YesNoOrNotKnown::No), ("do-not-know", YesNoOrNotKnown::NotKnown)]
    {
        let answers = save(Some(posted)).expect("saved");
        assert_eq!(answers.children[1].other_parent_on_birth_certificate, Some(saved));
        assert_eq!(answers.children[0].other_parent_on_birth_certificate, None);
    }
}

#[test]
fn nothing_or_nonsense_has_the_govuk_error_naming_the_child() {
    for value in [None, Some(""), Some("not-known")] {
        let errors = save(value).expect_err("refused");
        let expected = "Select whether the other parent is named on Sam Jones’s birth certificate";
        assert_eq!(messages(&errors), [(FIELD, expected)], "{value:?}");
    }
}

#[test]
fn each_childs_answer_is_a_row_with_a_change_link_naming_the_child() {
    let mut answers = answers_with(&["Alex Jones", "Sam Jones"]);
    answers.children[1].other_parent_on_birth_certificate = Some(YesNoOrNotKnown::No);
    assert!(BirthCertificate::row_for(&answers, 0, EN).is_none(), "not answered");
    let row = BirthCertificate::row_for(&answers, 1, EN).expect("a row");
    assert_eq!(values(&row), ("Other parent on Sam Jones’s birth certificate".into(), "No".into()));
    assert_eq!(row.actions.expect("Change").items[0].href, "/children/birth-certificate?child=1&change=1");
}
