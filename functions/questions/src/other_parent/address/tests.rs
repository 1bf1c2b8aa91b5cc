use super::*;
use crate::testing::{EN, TODAY, messages};

fn save(pairs: &[(&str, &str)]) -> Result<LastKnownAddress, FormErrors> {
    let fields = Fields::from_pairs(pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect());
    let mut answers = Answers::default();
    OtherParentAddress::save(&fields, &mut answers, TODAY, EN).map(|()| answers.other_parent.address.expect("saved"))
}

#[test]
fn an_address_as_typed_and_when_they_lived_there() {
    let saved = save(&[
        ("address-line-1", " 2  Station Road "),
        ("address-town", "York"),
        ("address-postcode", "yo11aa"),
        (LAST_LIVED_THERE, "June 2024"),
    ])
    .expect("valid");
    assert_eq!(saved.address.lines(), ["2 Station Road", "York", "YO1 1AA"]);
    assert_eq!(saved.when_last_lived_there.as_ref().map(ShortText::as_str), Some("June 2024"));
}

#[test]
fn missing_parts_are_reported_against_their_fields() {
    let errors = save(&[("address-postcode", "yo11aa"), (LAST_LIVED_THERE, &"x".repeat(101))]).expect_err("bad");
    let fields: Vec<&str> = messages(&errors).into_iter().map(|(field, _)| field).collect();
    assert_eq!(fields, ["address-line-1", "address-town", LAST_LIVED_THERE]);
}

#[test]
fn the_limit_said_is_the_domains() {
    let too_long = copy::EN.last_lived_there_errors.too_long;
    assert!(too_long.contains(&ShortText::MAX_CHARS.to_string()));
    let long = "x".repeat(ShortText::MAX_CHARS + 1);
    let errors = save(&[
        ("address-line-1", "2 Station Road"),
        ("address-town", "York"),
        ("address-postcode", "YO1 1AA"),
        (LAST_LIVED_THERE, &long),
    ])
    .expect_err("too long");
    assert_eq!(messages(&errors), [(LAST_LIVED_THERE, too_long)]);
}

#[test]
fn a_saved_address_is_shown_again_and_on_check_your_answers() {
    let mut answers = Answers::default();
    answers.other_parent.address = Some(
        save(&[("address-line-1", "2 Station Road"), ("address-town", "York"), ("address-postcode", "yo11aa")])
            .expect("valid"),
    );
    let fields = OtherParentAddress::fields(&answers);
    assert_eq!((fields.get("address-town"), fields.get(LAST_LIVED_THERE)), (Some("York"), None));
    let rows: Vec<(String, String)> = OtherParentAddress::summary(&answers, EN)
        .iter()
        .map(|row| (row.key.content.render().into_string(), row.value.content.render().into_string()))
        .collect();
    assert_eq!(
        rows,
        [
            ("Address".to_owned(), "2 Station Road<br>York<br>YO1 1AA".to_owned()),
            ("When they last lived there".to_owned(), "Not known".to_owned()),
        ]
    );
    assert!(OtherParentAddress::summary(&Answers::default(), EN).is_empty(), "not known: no rows here");
}
