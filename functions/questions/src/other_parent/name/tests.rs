use intake::answers::Names;
use intake::domain::PersonName;

use super::*;
use crate::testing::{EN, TODAY, messages};

fn save(full: &str, other: &str) -> Result<Names, FormErrors> {
    let fields = Fields::new().with(FULL_NAME, Some(full)).with(OTHER_NAMES, Some(other));
    let mut answers = Answers::default();
    OtherParentName::save(&fields, &mut answers, TODAY, EN).map(|()| answers.other_parent.name.expect("saved"))
}

#[test]
fn names_are_accepted_as_typed() {
    for name in ["Siân O’Brien-Smith", "José María", "Zoë D'Arcy", "Nguyễn Văn A", "Prince"] {
        let names = save(name, "").expect(name);
        assert_eq!((names.full_name.as_str(), names.other_names), (name, None));
    }
    assert_eq!(save("  Alex   Smith ", "").expect("valid").full_name.as_str(), "Alex Smith");
    assert_eq!(
        save("Alex Smith", "Alex Jones").expect("valid").other_names.map(String::from),
        Some("Alex Jones".into())
    );
}

#[test]
fn the_full_name_is_required_and_errors_are_in_govuk_words() {
    assert_eq!(messages(&save("", "").unwrap_err()), [(FULL_NAME, "Enter the other parent's full name")]);
    assert_eq!(messages(&save("   ", "Alex").unwrap_err()), [(FULL_NAME, "Enter the other parent's full name")]);
    assert_eq!(
        messages(&save("<script>", "x@y").unwrap_err()),
        [
            (FULL_NAME, "Full name must only include letters, spaces, hyphens, apostrophes and full stops"),
            (OTHER_NAMES, "Other names must only include letters, spaces, hyphens, apostrophes and full stops"),
        ]
    );
    assert_eq!(
        messages(&save(&"a".repeat(101), "").unwrap_err()),
        [(FULL_NAME, "Full name must be 100 characters or less")]
    );
}

#[test]
fn the_limits_said_are_the_domains() {
    let max = PersonName::MAX_CHARS.to_string();
    assert!(copy::EN.names.full_name_too_long.contains(&max) && copy::EN.names.other_names_too_long.contains(&max));
    let long = "a".repeat(PersonName::MAX_CHARS + 1);
    assert_eq!(messages(&save("Alex Smith", &long).unwrap_err()), [(OTHER_NAMES, copy::EN.names.other_names_too_long)]);
}

#[test]
fn a_saved_name_is_shown_again() {
    let mut answers = Answers::default();
    let fields = Fields::new().with(FULL_NAME, Some("Alex Smith")).with(OTHER_NAMES, Some("Alex Jones"));
    OtherParentName::save(&fields, &mut answers, TODAY, EN).expect("valid");
    assert_eq!(OtherParentName::fields(&answers), fields);
}

#[test]
fn no_other_names_reads_none_on_check_your_answers() {
    let mut answers = Answers::default();
    assert!(OtherParentName::summary(&answers, EN).is_empty(), "not answered, no rows");
    answers.other_parent.name = Some(save("Alex Smith", "").expect("valid"));
    let rows = OtherParentName::summary(&answers, EN);
    let values: Vec<String> = rows.iter().map(|row| row.value.content.render().into_string()).collect();
    assert_eq!(values, ["Alex Smith", "None"]);
}
