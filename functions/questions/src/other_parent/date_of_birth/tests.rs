use super::*;
use crate::testing::{EN, TODAY, messages};

fn save(day: &str, month: &str, year: &str) -> Result<MaybeKnown<String>, (String, String)> {
    let fields = Fields::new()
        .with("date-of-birth-day", Some(day))
        .with("date-of-birth-month", Some(month))
        .with("date-of-birth-year", Some(year));
    let mut answers = Answers::default();
    OtherParentDateOfBirth::save(&fields, &mut answers, TODAY, EN)
        .map(|()| match answers.other_parent.date_of_birth.expect("saved") {
            MaybeKnown::Known(date) => MaybeKnown::Known(date.to_string()),
            MaybeKnown::NotKnown => MaybeKnown::NotKnown,
        })
        .map_err(|errors| match messages(&errors).as_slice() {
            [(field, message)] => ((*field).to_owned(), (*message).to_owned()),
            other => panic!("one error, not {other:?}"),
        })
}

#[test]
fn exact_roughly_or_not_known_as_typed() {
    let known = |s: &str| Ok(MaybeKnown::Known(s.to_owned()));
    assert_eq!(save("27", "3", "1985"), known("27 March 1985"));
    assert_eq!(save(" 7 ", "Mar", "1985"), known("7 March 1985"));
    assert_eq!(save("", "6", "1985"), known("June 1985"));
    assert_eq!(save("", "june", "1985"), known("June 1985"));
    assert_eq!(save("", "", "1985"), known("1985"));
    assert_eq!(save("", "", ""), Ok(MaybeKnown::NotKnown), "blank is an answer: not known");
    assert_eq!(save("  ", " ", "   "), Ok(MaybeKnown::NotKnown));
}

#[test]
fn errors_in_govuk_words() {
    let cases = [
        (("27", "", "1985"), ("date-of-birth-month", "Date of birth must include a month")),
        (("", "3", ""), ("date-of-birth-year", "Date of birth must include a year")),
        (("27", "", ""), ("date-of-birth-month", "Date of birth must include a month and year")),
        (("31", "2", "1985"), ("date-of-birth-date", "Date of birth must be a real date")),
        (("", "13", "1985"), ("date-of-birth-date", "Date of birth must be a real date")),
        (("", "", "nineteen"), ("date-of-birth-date", "Date of birth must be a real date")),
        (("1", "1", "2030"), ("date-of-birth-date", "Date of birth must be in the past")),
        (("", "", "2027"), ("date-of-birth-date", "Date of birth must be in the past")),
        (("", "", "1899"), ("date-of-birth-date", "Date of birth must be the same as or after 1 January 1900")),
        (("", "", "85"), ("date-of-birth-year", "Year must include 4 numbers")),
    ];
    for ((d, m, y), (field, message)) in cases {
        assert_eq!(save(d, m, y), Err((field.to_owned(), message.to_owned())), "{d}/{m}/{y}");
    }
}

#[test]
fn a_saved_date_is_shown_with_only_the_parts_given() {
    let mut answers = Answers::default();
    answers.other_parent.date_of_birth =
        Some(MaybeKnown::Known(ApproximateDate::parse("", "Jun", "1985", TODAY).expect("valid")));
    let fields = OtherParentDateOfBirth::fields(&answers);
    assert_eq!(
        (fields.get("date-of-birth-day"), fields.get("date-of-birth-month"), fields.get("date-of-birth-year")),
        (None, Some("6"), Some("1985"))
    );
    answers.other_parent.date_of_birth = Some(MaybeKnown::NotKnown);
    assert_eq!(OtherParentDateOfBirth::fields(&answers), Fields::new());
}

#[test]
fn check_your_answers_says_the_date_as_given_or_not_known() {
    let value = |date: Option<MaybeKnown<ApproximateDate>>| {
        let mut answers = Answers::default();
        answers.other_parent.date_of_birth = date;
        let rows = OtherParentDateOfBirth::summary(&answers, EN);
        rows.iter().map(|row| row.value.content.render().into_string()).collect::<Vec<_>>()
    };
    let june = ApproximateDate::parse("", "6", "1985", TODAY).expect("valid");
    assert_eq!(value(Some(MaybeKnown::Known(june))), ["June 1985"]);
    assert_eq!(value(Some(MaybeKnown::NotKnown)), ["Not known"]);
    assert!(value(None).is_empty(), "not answered, no row");
}
