use super::*;
use crate::children::testing::{answers_with, context, values};
use crate::testing::{EN, TODAY, messages};
use intake::domain::DateOfBirth;

/// Alex (born 2015, 11) and Sam (born 2009, 17).
fn with_a_17_year_old() -> Answers {
    let mut answers = answers_with(&["Alex Jones", "Sam Jones"]);
    let born = DateOfBirth::parse("1", "6", "2009", TODAY).expect("a date of birth");
    answers.children[1] = Child::new(answers.children[1].full_name.clone(), born, TODAY);
    answers
}

#[test]
fn asked_only_of_a_child_aged_16_to_19() {
    let under_16 = answers_with(&["Alex Jones"]);
    assert!(!ChildEducation::applies(&under_16), "passed over");
    let mut answers = with_a_17_year_old();
    assert!(ChildEducation::applies(&answers) && !ChildEducation::is_answered(&answers));
    let page = <ChildEducation as crate::Question>::view(context(), &Fields::new(), &answers).into_string();
    assert!(page.contains("Is Sam Jones in approved full-time education?"), "the 17 year old, not the first child");
    assert!(page.contains("more than 12 hours a week"));
    let posted = Fields::new().with(FIELD, Some("no"));
    <ChildEducation as crate::Question>::save(&posted, &mut answers, TODAY, EN).expect("saved");
    assert_eq!(
        (answers.children[0].in_approved_education, answers.children[1].in_approved_education),
        (None, Some(false))
    );
    assert!(ChildEducation::is_answered(&answers));
    assert_eq!(answers.children[1].qualifies(), Some(false), "not in approved education: not eligible");
}

#[test]
fn nothing_or_nonsense_has_the_govuk_error_naming_the_child() {
    for value in [None, Some(""), Some("maybe")] {
        let mut answers = with_a_17_year_old();
        let errors =
            ChildEducation::save_for(&Fields::new().with(FIELD, value), &mut answers, 1, EN).expect_err("refused");
        assert_eq!(messages(&errors), [(FIELD, "Select yes if Sam Jones is in approved full-time education")]);
    }
}

#[test]
fn each_childs_answer_is_a_row() {
    let mut answers = with_a_17_year_old();
    answers.children[1].in_approved_education = Some(true);
    let row = ChildEducation::row_for(&answers, 1, EN).expect("a row");
    assert_eq!(values(&row), ("Sam Jones in approved full-time education".into(), "Yes".into()));
    assert_eq!(row.actions.expect("Change").items[0].href, "/children/education?child=1&change=1");
    assert!(ChildEducation::row_for(&answers, 0, EN).is_none(), "not asked of an 11 year old");
}
