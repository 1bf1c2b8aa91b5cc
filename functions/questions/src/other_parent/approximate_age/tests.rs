use super::*;
use crate::testing::{EN, TODAY, messages};

fn not_known_date_of_birth() -> Answers {
    let mut answers = Answers::default();
    answers.other_parent.date_of_birth = Some(MaybeKnown::NotKnown);
    answers
}

fn save(typed: &str) -> Result<MaybeKnown<u8>, FormErrors> {
    let mut answers = not_known_date_of_birth();
    OtherParentApproximateAge::save(&Fields::new().with(FIELD, Some(typed)), &mut answers, TODAY, EN)
        .map(|()| answers.other_parent.approximate_age.expect("saved"))
}

#[test]
fn asked_only_when_the_date_of_birth_is_not_known() {
    assert!(OtherParentApproximateAge::applies(&not_known_date_of_birth()));
    assert!(!OtherParentApproximateAge::applies(&Answers::default()), "not asked yet");
}

#[test]
fn a_whole_number_of_years_or_blank_for_not_known() {
    assert_eq!(save(" 35 "), Ok(MaybeKnown::Known(35)));
    assert_eq!(save(""), Ok(MaybeKnown::NotKnown));
    assert_eq!(save("16"), Ok(MaybeKnown::Known(16)));
    assert_eq!(save("99"), Ok(MaybeKnown::Known(99)));
}

#[test]
fn bad_ages_get_a_clear_message() {
    let copy = Copy::of(EN);
    for typed in ["thirty", "35.5", "-", "3 5"] {
        assert_eq!(messages(&save(typed).expect_err("refused")), [(FIELD, copy.not_a_whole_number)], "{typed}");
    }
    for typed in ["15", "100", "-40", "99999999999999999999"] {
        assert_eq!(messages(&save(typed).expect_err("refused")), [(FIELD, copy.out_of_range)], "{typed}");
    }
    let (low, high) = (AGES.start().to_string(), AGES.end().to_string());
    assert!(copy.out_of_range.ends_with(&format!("between {low} and {high}")), "the limits said are the limits kept");
}

#[test]
fn the_row_only_while_the_date_of_birth_is_not_known() {
    let mut answers = not_known_date_of_birth();
    answers.other_parent.approximate_age = Some(MaybeKnown::Known(35));
    let rows = OtherParentApproximateAge::summary(&answers, EN);
    assert_eq!(rows[0].value.content.render().into_string(), "About 35");
    answers.other_parent.date_of_birth = None;
    assert!(OtherParentApproximateAge::summary(&answers, EN).is_empty());
}
