use super::*;
use crate::testing::{EN, TODAY, messages};

fn save(line_1: &str, town: &str, postcode: &str) -> Result<Answers, FormErrors> {
    let fields = Fields::new()
        .with("address-line-1", Some(line_1))
        .with("address-town", Some(town))
        .with("address-postcode", Some(postcode));
    let mut answers = Answers::default();
    YourAddress::save(&fields, &mut answers, TODAY, EN).map(|()| answers)
}

#[test]
fn postcodes_in_any_case_and_spacing() {
    let answers = save("1 High St", "Leeds", " ls11aa ").expect("valid");
    assert_eq!(answers.your_address.expect("saved").lines(), ["1 High St", "Leeds", "LS1 1AA"]);
}

#[test]
fn every_missing_field_is_reported_against_itself() {
    assert_eq!(
        messages(&save("", "", "nonsense").expect_err("invalid")),
        [
            ("address-line-1", "Enter address line 1, typically the building and street"),
            ("address-town", "Enter town or city"),
            ("address-postcode", "Enter a full UK postcode"),
        ]
    );
}

#[test]
fn a_saved_address_is_shown_again_and_line_by_line_on_check_your_answers() {
    let answers = save("1 High St", "Leeds", "ls11aa").expect("valid");
    let shown = YourAddress::fields(&answers);
    assert_eq!(
        (shown.get("address-line-1"), shown.get("address-line-2"), shown.get("address-postcode")),
        (Some("1 High St"), None, Some("LS1 1AA"))
    );
    let rows = YourAddress::summary(&answers, EN);
    let values: Vec<String> = rows.iter().map(|row| row.value.content.render().into_string()).collect();
    assert_eq!(values, ["1 High St<br>Leeds<br>LS1 1AA"]);
}
