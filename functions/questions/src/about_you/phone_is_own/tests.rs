use intake::answers::ContactDetails;
use intake::domain::PhoneNumber;

use super::*;
use crate::kit::Back;
use crate::testing::{EN, TODAY, messages};

fn with_phone(phone: &str) -> Answers {
    let mut answers = Answers::default();
    answers.set_contact_details(ContactDetails { phone: PhoneNumber::parse(phone).expect("a number"), email: None });
    answers
}

#[test]
fn asks_about_the_number_given_and_again_when_it_changes() {
    let mut answers = with_phone("07700 900982");
    let errors = FormErrors::new();
    let page = PhoneIsOwn::view(StepContext::new("t", Back::To("/"), &errors), &Fields::new(), &answers).into_string();
    assert!(page.contains("Is 07700900982 your own phone number?") || page.contains("Is 07700 900982 your own"));
    PhoneIsOwn::save(&Fields::new().with(FIELD, Some("no")), &mut answers, TODAY, EN).expect("saved");
    assert_eq!(answers.phone_is_own, Some(false));
    let same = answers.your_contact_details.clone().expect("contact");
    answers.set_contact_details(same);
    assert_eq!(answers.phone_is_own, Some(false), "the same number: still answered");
    answers.set_contact_details(ContactDetails {
        phone: PhoneNumber::parse("07700 900123").expect("a number"),
        email: None,
    });
    assert_eq!(answers.phone_is_own, None, "a new number: asked again");
}

#[test]
fn nothing_chosen_has_the_govuk_error_and_the_answer_is_a_row() {
    let mut answers = with_phone("07700 900982");
    let errors = PhoneIsOwn::save(&Fields::new(), &mut answers, TODAY, EN).expect_err("refused");
    assert_eq!(messages(&errors), [(FIELD, "Select yes if the phone number is your own")]);
    answers.phone_is_own = Some(false);
    let rows = PhoneIsOwn::summary(&answers, EN);
    assert_eq!(rows[0].value.content.render().into_string(), "No, someone else could see calls or messages");
}
