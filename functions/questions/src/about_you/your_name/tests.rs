use intake::answers::Names;
use intake::domain::PersonName;

use super::*;
use crate::testing::{EN, TODAY, messages};

fn save(full: &str, other: &str) -> Result<Names, FormErrors> {
    let fields = Fields::new().with(FULL_NAME, Some(full)).with(OTHER_NAMES, Some(other));
    let mut answers = Answers::default();
    YourName::save(&fields, &mut answers, TODAY, EN).map(|()| answers.your_name.expect("saved"))
}

#[test]
fn names_are_accepted_as_typed() {
    for name in ["Siân O’Brien-Smith", "José María", "Zoë D'Arcy", "Nguyễn Văn A"] {
        assert_eq!(save(name, "").expect(name).full_name.as_str(), name);
    }
    assert_eq!(save("Sam Jones", "Sam Smith").expect("valid").other_names.map(String::from), Some("Sam Smith".into()));
}

#[test]
fn errors_name_the_field_in_govuk_words() {
    assert_eq!(messages(&save("", "").unwrap_err()), [(FULL_NAME, "Enter your full name")]);
    assert_eq!(
        messages(&save("<script>", "x@y").unwrap_err()),
        [
            (FULL_NAME, "Full name must only include letters, spaces, hyphens, apostrophes and full stops"),
            (OTHER_NAMES, "Other names must only include letters, spaces, hyphens, apostrophes and full stops"),
        ]
    );
}

#[test]
fn the_limits_said_are_the_domains() {
    let max = PersonName::MAX_CHARS.to_string();
    assert!(copy::EN.names.full_name_too_long.contains(&max) && copy::EN.names.other_names_too_long.contains(&max));
    let long = "a".repeat(PersonName::MAX_CHARS + 1);
    assert_eq!(
        messages(&save(&long, &long).unwrap_err()),
        [(FULL_NAME, copy::EN.names.full_name_too_long), (OTHER_NAMES, copy::EN.names.other_names_too_long)]
    );
}

#[test]
fn no_other_names_reads_none_on_check_your_answers() {
    let mut answers = Answers::default();
    assert!(YourName::summary(&answers, EN).is_empty(), "not answered, no rows");
    answers.your_name = Some(save("Sam Jones", "").expect("valid"));
    let rows: Vec<(String, String)> = YourName::summary(&answers, EN)
        .iter()
        .map(|row| (row.key.content.render().into_string(), row.value.content.render().into_string()))
        .collect();
    assert_eq!(rows, [("Full name".to_owned(), "Sam Jones".to_owned()), ("Other names".to_owned(), "None".to_owned())]);
}
