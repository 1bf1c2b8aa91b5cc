use super::*;
use crate::kit::Back;
use crate::testing::{EN, TODAY, messages};

#[test]
fn yes_says_how_changes_are_made_and_does_not_stop_the_application() {
    let errors = FormErrors::new();
    let context = StepContext::new("t", Back::To("/"), &errors);
    let page = ExistingCase::view(context, &Fields::new(), &Answers::default()).into_string();
    assert!(page.contains("You can still send this application."));
    assert!(page.contains("call 0800 171 2345 (Relay UK: 18001 then 0800 171 2345) with your case number"));
    let mut answers = Answers::default();
    ExistingCase::save(&Fields::new().with(FIELD, Some("yes")), &mut answers, TODAY, EN).expect("saved");
    assert_eq!(answers.existing_case, Some(true));
    assert!(crate::journey::next_after(Step::ExistingCase, &answers).is_some(), "the journey goes on");
}

#[test]
fn nothing_chosen_has_the_govuk_error() {
    let errors = ExistingCase::save(&Fields::new(), &mut Answers::default(), TODAY, EN).expect_err("refused");
    let expected = "Select yes if you already have a Child Maintenance Service case with the other parent";
    assert_eq!(messages(&errors), [(FIELD, expected)]);
}
