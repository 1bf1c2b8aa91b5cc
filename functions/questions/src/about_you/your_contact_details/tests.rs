use intake::domain::EmailAddress;

use super::*;
use crate::testing::{EN, TODAY, messages};

fn save(phone: &str, email: &str) -> Result<ContactDetails, FormErrors> {
    let fields = Fields::new().with(PHONE, Some(phone)).with(EMAIL, Some(email));
    let mut answers = Answers::default();
    YourContactDetails::save(&fields, &mut answers, TODAY, EN).map(|()| answers.your_contact_details.expect("saved"))
}

#[test]
fn any_common_uk_format_and_an_optional_email() {
    for phone in ["07700 900 982", "+44 7700 900982", "(020) 7946 0958", "020-7946-0958"] {
        assert!(save(phone, "").is_ok(), "{phone}");
    }
    assert_eq!(
        save("07700900982", " sam@example.com ").expect("valid").email.map(String::from),
        Some("sam@example.com".into())
    );
}

#[test]
fn errors_in_govuk_words() {
    assert_eq!(messages(&save("", "").expect_err("empty")), [(PHONE, "Enter a UK phone number")]);
    assert_eq!(
        messages(&save("07700900982", "sam@").expect_err("bad email")),
        [(EMAIL, "Enter an email address in the correct format, like name@example.com")]
    );
    assert_eq!(
        messages(&save("call me", "").expect_err("bad phone")),
        [(PHONE, "Enter a phone number, like 01632 960 001 or 07700 900 982")]
    );
}

#[test]
fn the_limit_said_is_the_domains() {
    assert!(copy::EN.email_too_long.contains(&EmailAddress::MAX_CHARS.to_string()));
    let long = format!("{}@example.com", "a".repeat(EmailAddress::MAX_CHARS));
    assert_eq!(messages(&save("07700900982", &long).expect_err("too long")), [(EMAIL, copy::EN.email_too_long)]);
}

#[test]
fn no_email_reads_none_on_check_your_answers() {
    let answers =
        Answers { your_contact_details: Some(save("+44 7700 900982", "").expect("valid")), ..Answers::default() };
    let rows = YourContactDetails::summary(&answers, EN);
    let values: Vec<String> = rows.iter().map(|row| row.value.content.render().into_string()).collect();
    assert_eq!(values, ["07700900982", "None"]);
    assert_eq!(YourContactDetails::fields(&answers), Fields::new().with(PHONE, Some("07700900982")));
}
