use super::*;
use crate::testing::{EN, TODAY, messages, posted};

#[test]
fn one_request_or_the_govuk_error() {
    for (value, expected) in [
        ("call-the-police", Some(CallRequest::CallThePolice)),
        ("call-me-back", Some(CallRequest::CallMeBack)),
        ("neither", Some(CallRequest::Neither)),
        ("", None),
        ("call-a-friend", None),
    ] {
        let mut answers = Answers::default();
        let saved = HelpNow::save(&posted(&format!("{FIELD}={value}")), &mut answers, TODAY, EN);
        assert_eq!(answers.call_request, expected, "{value}");
        match expected {
            Some(_) => assert!(saved.is_ok(), "{value}"),
            None => assert_eq!(messages(&saved.expect_err(value)), [(FIELD, copy::EN.not_selected)]),
        }
    }
}

#[test]
fn neither_comes_last_after_or_and_999_before_the_question() {
    let errors = FormErrors::new();
    let context = StepContext::new("t", crate::kit::Back::To("/"), &errors);
    let page = HelpNow::view(context, &Fields::new(), &Answers::default()).into_string();
    let or = page.find(">or<").expect("the divider");
    assert!(page.find(copy::EN.call_me_back).is_some_and(|at| at < or));
    assert!(page.find(copy::EN.neither).is_some_and(|at| at > or));
    assert!(page.find("press 55").is_some_and(|at| page.find(copy::EN.question).is_some_and(|q| at < q)));
    assert!(page.contains("<title>Your safety"));
}
