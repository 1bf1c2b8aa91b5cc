use super::*;
use crate::testing::{EN, TODAY, messages};

fn save(day: &str, month: &str, year: &str) -> Result<Date, (String, String)> {
    let fields = Fields::new()
        .with("date-of-birth-day", Some(day))
        .with("date-of-birth-month", Some(month))
        .with("date-of-birth-year", Some(year));
    let mut answers = Answers::default();
    YourDateOfBirth::save(&fields, &mut answers, TODAY, EN)
        .map(|()| answers.your_date_of_birth.expect("saved").date())
        .map_err(|errors| match messages(&errors).as_slice() {
            [(field, message)] => ((*field).to_owned(), (*message).to_owned()),
            other => panic!("one error, not {other:?}"),
        })
}

#[test]
fn dates_and_their_govuk_errors() {
    assert_eq!(save("27", "3", "1990"), Ok(time::macros::date!(1990 - 03 - 27)));
    assert_eq!(save(" 7 ", "Mar", "1990"), Ok(time::macros::date!(1990 - 03 - 07)));
    let cases = [
        (("", "", ""), ("date-of-birth-day", "Enter your date of birth")),
        (("27", "", "1990"), ("date-of-birth-month", "Date of birth must include a month")),
        (("", "3", ""), ("date-of-birth-day", "Date of birth must include a day and year")),
        (("31", "2", "1990"), ("date-of-birth-date", "Date of birth must be a real date")),
        (("1", "1", "2030"), ("date-of-birth-date", "Date of birth must be in the past")),
        (("1", "1", "90"), ("date-of-birth-year", "Year must include 4 numbers")),
    ];
    for ((d, m, y), (field, message)) in cases {
        assert_eq!(save(d, m, y), Err((field.to_owned(), message.to_owned())), "{d}/{m}/{y}");
    }
}

#[test]
fn a_saved_date_is_shown_again_and_on_check_your_answers() {
    let mut answers = Answers::default();
    let typed = Fields::new()
        .with("date-of-birth-day", Some("07"))
        .with("date-of-birth-month", Some("Mar"))
        .with("date-of-birth-year", Some("1990"));
    YourDateOfBirth::save(&typed, &mut answers, TODAY, EN).expect("valid");
    let shown = YourDateOfBirth::fields(&answers);
    assert_eq!(
        (shown.get("date-of-birth-day"), shown.get("date-of-birth-month"), shown.get("date-of-birth-year")),
        (Some("7"), Some("3"), Some("1990"))
    );
    let rows = YourDateOfBirth::summary(&answers, EN);
    let values: Vec<String> = rows.iter().map(|row| row.value.content.render().into_string()).collect();
    assert_eq!(values, ["7 March 1990"]);
}
