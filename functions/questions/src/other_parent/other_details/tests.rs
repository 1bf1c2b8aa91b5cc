use super::*;
use crate::testing::{EN, TODAY, messages};

fn save(phone: &str, nino: &str, employer: &str) -> Result<OtherDetails, FormErrors> {
    let fields = Fields::new().with(PHONE, Some(phone)).with(NINO, Some(nino)).with(EMPLOYER, Some(employer));
    let mut answers = Answers::default();
    OtherParentOtherDetails::save(&fields, &mut answers, TODAY, EN)
        .map(|()| answers.other_parent.other_details.expect("saved"))
}

#[test]
fn all_blank_is_an_answer() {
    assert_eq!(save("", "", ""), Ok(OtherDetails::default()));
    assert_eq!(save("  ", " ", "   "), Ok(OtherDetails::default()));
    let mut answers = Answers::default();
    OtherParentOtherDetails::save(&Fields::new(), &mut answers, TODAY, EN).expect("nothing posted is nothing known");
    assert_eq!(answers.other_parent.other_details, Some(OtherDetails::default()));
}

#[test]
fn what_is_given_is_accepted_as_typed() {
    let details = save("+44 7700 900 982", " ab 12 34 56 c ", "  Marks &  Spencer plc ").expect("valid");
    assert_eq!(details.phone.map(|p| p.national()), Some("07700900982".into()));
    assert_eq!(details.national_insurance_number.map(|n| n.to_string()), Some("AB 12 34 56 C".into()));
    assert_eq!(details.employer.map(String::from), Some("Marks & Spencer plc".into()));
    for phone in ["07700 900 982", "(020) 7946 0958", "020-7946-0958"] {
        assert!(save(phone, "", "").is_ok_and(|d| d.phone.is_some()), "{phone}");
    }
    assert_eq!(save("", "", "Acme Ltd").map(|d| d.phone.is_none() && d.national_insurance_number.is_none()), Ok(true));
}

#[test]
fn each_field_given_is_checked_in_govuk_words() {
    assert_eq!(
        messages(&save("12345", "12345", &"a".repeat(101)).unwrap_err()),
        [
            (PHONE, "Enter a phone number, like 01632 960 001 or 07700 900 982"),
            (NINO, "Enter a National Insurance number in the correct format"),
            (EMPLOYER, "Employer name must be 100 characters or less"),
        ]
    );
    assert_eq!(messages(&save("+33 1 23 45 67 89", "", "").unwrap_err()), [(PHONE, "Enter a UK phone number")]);
}

#[test]
fn the_limit_said_is_the_domains() {
    let too_long = copy::EN.employer_errors.too_long;
    assert!(too_long.contains(&ShortText::MAX_CHARS.to_string()));
    let long = "a".repeat(ShortText::MAX_CHARS + 1);
    assert_eq!(messages(&save("", "", &long).unwrap_err()), [(EMPLOYER, too_long)]);
}

#[test]
fn a_saved_answer_is_shown_again() {
    let mut answers = Answers::default();
    let typed = Fields::new().with(PHONE, Some("07700 900982")).with(NINO, Some("ab123456c"));
    OtherParentOtherDetails::save(&typed, &mut answers, TODAY, EN).expect("valid");
    assert_eq!(
        OtherParentOtherDetails::fields(&answers),
        Fields::new().with(PHONE, Some("07700900982")).with(NINO, Some("AB 12 34 56 C"))
    );
}

#[test]
fn check_your_answers_says_what_is_not_known() {
    let mut answers = Answers::default();
    assert!(OtherParentOtherDetails::summary(&answers, EN).is_empty(), "not answered");
    answers.other_parent.other_details = Some(save("", "ab123456c", "").expect("valid"));
    let rows: Vec<(String, String)> = OtherParentOtherDetails::summary(&answers, EN)
        .iter()
        .map(|row| (row.key.content.render().into_string(), row.value.content.render().into_string()))
        .collect();
    let owned = |pairs: [(&str, &str); 3]| pairs.map(|(k, v)| (k.to_owned(), v.to_owned()));
    assert_eq!(
        rows,
        owned([
            ("Phone number", "Not known"),
            ("National Insurance number", "AB 12 34 56 C"),
            ("Employer", "Not known")
        ])
    );
}
