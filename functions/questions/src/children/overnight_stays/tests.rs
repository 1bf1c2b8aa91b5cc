use super::*;
use crate::children::testing::{answers_with, context, values};
use crate::testing::{EN, messages};

fn save(posted: &[(&str, &str)], index: usize) -> Result<Answers, FormErrors> {
    let mut answers = answers_with(&["Alex Jones", "Sam Jones"]);
    answers.children[0].overnight_stays = Some(OvernightStays::AFortnight(4));
    let fields = Fields::from_pairs(posted.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect());
    OvernightStaysQuestion::save_for(&fields, &mut answers, index, EN).map(|()| answers)
}

fn saved(posted: &[(&str, &str)]) -> Option<OvernightStays> {
    save(posted, 1).expect("saved").children[1].overnight_stays
}

#[test]
fn each_answer_with_its_number_of_nights() {
    assert_eq!(saved(&[(FIELD, "none")]), Some(OvernightStays::None));
    assert_eq!(saved(&[(FIELD, "a-week"), (NIGHTS, "3")]), Some(OvernightStays::AWeek(3)));
    assert_eq!(saved(&[(FIELD, "a-fortnight"), (NIGHTS, "4")]), Some(OvernightStays::AFortnight(4)));
    assert_eq!(saved(&[(FIELD, "a-year"), (NIGHTS, "100")]), Some(OvernightStays::AYear(100)));
    assert_eq!(saved(&[(FIELD, "shared-equally")]), Some(OvernightStays::SharedEqually));
    // A number typed for an answer that has none is ignored.
    assert_eq!(saved(&[(FIELD, "none"), (NIGHTS, "9")]), Some(OvernightStays::None));
}

#[test]
fn the_same_as_the_first_child_copies_their_answer() {
    assert_eq!(saved(&[(FIELD, SAME_AS_FIRST)]), Some(OvernightStays::AFortnight(4)));
    // Not for the first child (a hand-made post): the question's own error.
    let errors = save(&[(FIELD, SAME_AS_FIRST)], 0).expect_err("refused");
    assert_eq!(messages(&errors), [(FIELD, "Select how many nights Alex Jones usually stays with the other parent")]);
}

#[test]
fn bad_numbers_get_a_clear_message_against_their_field() {
    let cases = [
        (vec![(FIELD, "a-week")], NIGHTS, "Enter the number of nights each week"),
        (vec![(FIELD, "a-week"), (NIGHTS, "8")], NIGHTS, "The number of nights each week must be between 1 and 7"),
        (vec![(FIELD, "a-week"), (NIGHTS, "-2")], NIGHTS, "The number of nights each week must be between 1 and 7"),
        (
            vec![(FIELD, "a-week"), (NIGHTS, "two")],
            NIGHTS,
            "The number of nights each week must be a whole number, like 2",
        ),
        (
            vec![(FIELD, "a-fortnight"), (NIGHTS, "15")],
            NIGHTS,
            "The number of nights each fortnight must be between 1 and 14",
        ),
        (vec![(FIELD, "a-year"), (NIGHTS, "1000000")], NIGHTS, "The number of nights a year must be between 1 and 365"),
        (vec![(FIELD, "a-year"), (NIGHTS, "")], NIGHTS, "Enter about how many nights a year"),
        (vec![], FIELD, "Select how many nights Sam Jones usually stays with the other parent"),
        (vec![(FIELD, "sometimes")], FIELD, "Select how many nights Sam Jones usually stays with the other parent"),
    ];
    for (posted, field, message) in cases {
        let errors = save(&posted, 1).expect_err("refused");
        assert_eq!(messages(&errors), [(field, message)], "{posted:?}");
    }
}

#[test]
fn the_limits_said_are_the_limits_kept() {
    let copy = &copy::EN;
    let said = [copy.a_week_errors.out_of_range, copy.a_fortnight_errors.out_of_range, copy.a_year_errors.out_of_range];
    for (sentence, limit) in said.iter().zip(copy::LIMITS) {
        assert!(sentence.ends_with(&format!("between 1 and {limit}")), "{sentence}");
    }
}

#[test]
fn the_page_offers_the_first_childs_answer_from_the_second_child_on() {
    let mut answers = answers_with(&["Alex Jones", "Sam Jones"]);
    let first = OvernightStaysQuestion::view_for(context(), &Fields::new(), &answers, 0).into_string();
    assert!(first.contains("How many nights does Alex Jones usually stay with the other parent?"));
    assert!(!first.contains(SAME_AS_FIRST));
    answers.children[0].overnight_stays = Some(OvernightStays::None);
    let second = OvernightStaysQuestion::view_for(context(), &Fields::new(), &answers, 1).into_string();
    assert!(second.contains("The same as for Alex Jones"));
    // The number is one field after the choices (no conditional reveal: see the module), shown again as saved.
    let fields = OvernightStaysQuestion::fields_for(&Child {
        overnight_stays: Some(OvernightStays::AWeek(2)),
        ..answers.children[1].clone()
    });
    assert_eq!((fields.get(FIELD), fields.get(NIGHTS)), (Some("a-week"), Some("2")));
    let shown = OvernightStaysQuestion::view_for(context(), &fields, &answers, 1).into_string();
    assert!(!shown.contains("conditional"), "no conditional reveal");
    assert!(shown.contains(r#"value="2""#));
}

#[test]
fn a_parent_who_pays_is_asked_about_the_nights_with_them() {
    let mut answers = answers_with(&["Alex Jones"]);
    answers.set_your_role(intake::eligibility::Role::ParentWithoutCare);
    let page = OvernightStaysQuestion::view_for(context(), &Fields::new(), &answers, 0).into_string();
    assert!(page.contains("How many nights does Alex Jones usually stay with you?"));
    let errors = OvernightStaysQuestion::save_for(&Fields::new(), &mut answers, 0, EN).expect_err("refused");
    assert_eq!(messages(&errors), [(FIELD, "Select how many nights Alex Jones usually stays with you")]);
    answers.children[0].overnight_stays = Some(OvernightStays::AWeek(2));
    let row = OvernightStaysQuestion::row_for(&answers, 0, EN).expect("a row");
    assert_eq!(values(&row), ("Nights Alex Jones stays with you".into(), "2 nights each week".into()));
}

#[test]
fn each_childs_answer_is_a_row() {
    let mut answers = answers_with(&["Alex Jones"]);
    for (stays, shown) in [
        (OvernightStays::AWeek(1), "1 night each week"),
        (OvernightStays::AFortnight(4), "4 nights each fortnight"),
        (OvernightStays::AYear(100), "About 100 nights a year"),
        (OvernightStays::SharedEqually, "We share care equally"),
        (OvernightStays::None, "None"),
    ] {
        answers.children[0].overnight_stays = Some(stays);
        let row = OvernightStaysQuestion::row_for(&answers, 0, EN).expect("a row");
        assert_eq!(values(&row), ("Nights Alex Jones stays with the other parent".into(), shown.into()));
    }
}
