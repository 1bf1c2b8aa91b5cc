use super::*;
use crate::testing::{EN, TODAY, messages, posted};

fn save(body: &str) -> Result<Answers, FormErrors> {
    let mut answers = Answers::default();
    YourNationalInsuranceNumber::save(&posted(body), &mut answers, TODAY, EN).map(|()| answers)
}

#[test]
fn lower_case_with_spaces_is_accepted() {
    let answers = save("national-insurance-number=+ab+12+34+56+c+").expect("valid");
    assert_eq!(answers.your_national_insurance_number.map(|n| n.to_string()), Some("AB 12 34 56 C".into()));
}

#[test]
fn wrong_format_has_the_govuk_message() {
    let errors = save("national-insurance-number=12345").expect_err("bad");
    assert_eq!(messages(&errors), [(FIELD, "Enter a National Insurance number in the correct format")]);
    let errors = save("national-insurance-number=+").expect_err("blank");
    assert_eq!(messages(&errors), [(FIELD, "Enter your National Insurance number")]);
}

#[test]
fn a_saved_number_is_shown_as_printed_on_letters() {
    let answers = save("national-insurance-number=ab123456c").expect("valid");
    assert_eq!(YourNationalInsuranceNumber::fields(&answers).get(FIELD), Some("AB 12 34 56 C"));
    let rows = YourNationalInsuranceNumber::summary(&answers, EN);
    let values: Vec<String> = rows.iter().map(|row| row.value.content.render().into_string()).collect();
    assert_eq!(values, ["AB 12 34 56 C"]);
}
