use super::*;
use crate::kit::Back;
use crate::testing::{EN, TODAY, messages};

fn child(name: &str, day: &str, month: &str, year: &str) -> Result<Child, FormErrors> {
    let fields = Fields::new()
        .with(FULL_NAME, Some(name))
        .with("child-date-of-birth-day", Some(day))
        .with("child-date-of-birth-month", Some(month))
        .with("child-date-of-birth-year", Some(year));
    parse_child(&fields, TODAY, EN)
}

#[test]
fn a_child_under_20_is_accepted() {
    assert_eq!(child("Alex Jones", "1", "6", "2015").expect("valid").full_name.as_str(), "Alex Jones");
    assert!(child("Alex Jones", "23", "11", "2006").is_ok(), "19 for one more day");
}

#[test]
fn a_child_of_20_or_over_is_refused_with_the_earliest_date() {
    let errors = child("Alex Jones", "22", "11", "2006").expect_err("20 today");
    assert_eq!(
        messages(&errors),
        [("child-date-of-birth-date", "Date of birth must be the same as or after 23 November 2006")]
    );
}

#[test]
fn both_fields_report_their_errors() {
    let errors = child("", "", "", "").expect_err("empty");
    assert_eq!(
        messages(&errors),
        [(FULL_NAME, "Enter the child’s full name"), ("child-date-of-birth-day", "Enter the child’s date of birth")]
    );
    let errors = child(&"a".repeat(PersonName::MAX_CHARS + 1), "1", "", "2015").expect_err("bad");
    assert_eq!(
        messages(&errors),
        [(FULL_NAME, copy::EN.full_name_too_long), ("child-date-of-birth-month", copy::EN.date.include_month)]
    );
}

#[test]
fn the_limit_said_is_the_domains() {
    assert!(copy::EN.full_name_too_long.contains(&PersonName::MAX_CHARS.to_string()));
}

#[test]
fn no_more_than_20_children() {
    let mut answers = Answers::default();
    let fields = child_fields(&child("Alex Jones", "1", "6", "2015").expect("valid"));
    for _ in 0..MAX_CHILDREN {
        AddChild::save(&fields, &mut answers, TODAY, EN).expect("room for more");
    }
    let refused = AddChild::save(&fields, &mut answers, TODAY, EN).expect_err("full");
    assert_eq!(messages(&refused), [(FULL_NAME, crate::children::list::Copy::of(EN).too_many)]);
    assert_eq!(answers.children.len(), MAX_CHILDREN);
}

#[test]
fn adding_a_child_asks_again_whether_there_are_more() {
    let mut answers = Answers { finished_adding_children: true, ..Answers::default() };
    let fields = child_fields(&child("Alex Jones", "1", "6", "2015").expect("valid"));
    AddChild::save(&fields, &mut answers, TODAY, EN).expect("saved");
    assert!(!answers.finished_adding_children);
}

#[test]
fn a_saved_child_fills_the_change_form_in() {
    let saved = child("Alex Jones", "1", "6", "2015").expect("valid");
    assert_eq!(parse_child(&child_fields(&saved), TODAY, EN), Ok(saved));
}

#[test]
fn the_title_says_first_another_or_change() {
    let errors = FormErrors::new();
    let context = StepContext::new("t", Back::To("/"), &errors);
    let mut answers = Answers::default();
    assert!(AddChild::view(context, &Fields::new(), &answers).into_string().contains(copy::EN.first_title));
    answers.children.push(child("Alex Jones", "1", "6", "2015").expect("valid"));
    assert!(AddChild::view(context, &Fields::new(), &answers).into_string().contains(copy::EN.another_title));
    assert!(change_view(context, &Fields::new()).into_string().contains(copy::EN.change_title));
}
