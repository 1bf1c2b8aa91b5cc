use super::*;
use crate::testing::{EN, TODAY, messages, posted};

#[test]
fn at_least_one_way_and_an_optional_time() {
    let mut answers = Answers::default();
    let too_long = format!("{SAFE_TIMES}={}", "x".repeat(ShortText::MAX_CHARS + 1));
    let errors = SafeContactQuestion::save(&posted(&too_long), &mut answers, TODAY, EN)
        .expect_err("nothing selected, time too long");
    assert_eq!(messages(&errors), [(FIELD, copy::EN.not_selected), (SAFE_TIMES, copy::EN.safe_times_too_long)]);
    SafeContactQuestion::save(&posted("contact-methods=letters&contact-methods=texts"), &mut answers, TODAY, EN)
        .expect("saved");
    assert_eq!(
        answers.safe_contact,
        Some(SafeContact { methods: vec![ContactMethod::TextMessages, ContactMethod::Letters], safe_times: None })
    );
    let errors = SafeContactQuestion::save(&posted("contact-methods=pigeon"), &mut answers, TODAY, EN)
        .expect_err("not a choice");
    assert_eq!(messages(&errors), [(FIELD, copy::EN.not_selected)]);
}

#[test]
fn the_limit_said_is_the_domains() {
    assert!(copy::EN.safe_times_too_long.contains(&ShortText::MAX_CHARS.to_string()));
}

#[test]
fn saved_answers_are_shown_again_and_on_check_your_answers() {
    let mut answers = Answers::default();
    let body = "contact-methods=texts&safe-times=After+6pm";
    SafeContactQuestion::save(&posted(body), &mut answers, TODAY, EN).expect("saved");
    assert_eq!(SafeContactQuestion::fields(&answers), posted(body));
    let rows = SafeContactQuestion::summary(&answers, EN);
    let html =
        templates::components::summary_list(&templates::components::SummaryList { rows, classes: None }).into_string();
    assert!(html.contains("Text messages<br>Safe times: After 6pm"), "{html}");
}
