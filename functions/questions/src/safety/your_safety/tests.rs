use super::*;
use crate::testing::{EN, TODAY, messages, posted};

#[test]
fn yes_or_no_or_the_govuk_error() {
    let mut answers = Answers::default();
    let errors = YourSafety::save(&posted(""), &mut answers, TODAY, EN).expect_err("nothing selected");
    assert_eq!(messages(&errors), [(FIELD, copy::EN.not_selected)]);
    YourSafety::save(&posted("abuse=yes"), &mut answers, TODAY, EN).expect("saved");
    assert!(answers.disclosure.is_made());
    YourSafety::save(&posted("abuse=no"), &mut answers, TODAY, EN).expect("saved");
    assert_eq!(answers.disclosure.abuse, Some(false));
    assert_eq!(YourSafety::fields(&answers).get(FIELD), Some("no"), "shown checked again");
}

#[test]
fn the_page_is_titled_your_safety_and_asks_after_999() {
    let errors = FormErrors::new();
    let context = StepContext::new("t", crate::kit::Back::To("/"), &errors);
    let page = YourSafety::view(context, &Fields::new(), &Answers::default()).into_string();
    assert!(page.contains("<title>Your safety"), "the title says nothing of what is asked");
    let warning = page.find("call 999").expect("999 first");
    assert!(page.find(copy::EN.question).is_some_and(|question| question > warning));
}

#[test]
fn its_row_says_yes_or_no() {
    let mut answers = Answers::default();
    assert!(YourSafety::summary(&answers, EN).is_empty(), "not answered, no row");
    answers.set_abuse(true);
    let rows = YourSafety::summary(&answers, EN);
    assert_eq!(rows.len(), 1);
    let html =
        templates::components::summary_list(&templates::components::SummaryList { rows, classes: None }).into_string();
    assert!(html.contains(copy::EN.summary_key) && html.contains(">Yes<") && html.contains("value=\"your-safety\""));
}
