use super::*;
use crate::testing::{EN, TODAY, messages, posted};
use intake::safety::CallRequest;

#[test]
fn yes_or_no_or_the_govuk_error() {
    let mut answers = Answers::default();
    answers.set_abuse(true);
    let errors = ImmediateDanger::save(&posted("in-immediate-danger=maybe"), &mut answers, TODAY, EN)
        .expect_err("not yes or no");
    assert_eq!(messages(&errors), [(FIELD, copy::EN.not_selected)]);
    ImmediateDanger::save(&posted("in-immediate-danger=yes"), &mut answers, TODAY, EN).expect("saved");
    assert_eq!(answers.disclosure.in_immediate_danger, Some(true));
    assert_eq!(ImmediateDanger::fields(&answers).get(FIELD), Some("yes"));
}

#[test]
fn no_forgets_the_request_for_a_call() {
    let mut answers = Answers::default();
    answers.set_abuse(true);
    answers.set_in_immediate_danger(Some(true));
    answers.set_call_request(Some(CallRequest::CallMeBack));
    ImmediateDanger::save(&posted("in-immediate-danger=no"), &mut answers, TODAY, EN).expect("saved");
    assert_eq!(answers.call_request, None);
}

#[test]
fn its_row_is_shown_only_after_a_disclosure() {
    let mut answers = Answers::default();
    answers.disclosure.in_immediate_danger = Some(false);
    assert!(ImmediateDanger::summary(&answers, EN).is_empty());
    answers.disclosure.abuse = Some(true);
    assert_eq!(ImmediateDanger::summary(&answers, EN).len(), 1);
}
