//! "What is the other parent's date of birth?": exact, a month and year, a year, or blank for "not known".

use intake::Answers;
use intake::domain::{ApproximateDate, DateError};
use intake::journey::Step;
use intake::other_parent::MaybeKnown;
use maud::Markup;
use templates::steps::StepContext;
use templates::steps::other_parent_date_of_birth::{PREFIX, error, view};
use templates::{Fields, FormErrors};
use time::Date;

use super::{Question, error as field_error, posted_date};

pub struct OtherParentDateOfBirth;

impl Question for OtherParentDateOfBirth {
    const STEP: Step = Step::OtherParentDateOfBirth;

    /// Only the parts that were given: a year alone comes back as a year alone. "Not known" is three blanks.
    fn fields(answers: &Answers) -> Fields {
        let date = answers.other_parent.date_of_birth.as_ref().and_then(MaybeKnown::known);
        let [day, month, year] = templates::steps::date_ids(PREFIX);
        Fields::new()
            .with(&day, date.and_then(ApproximateDate::day).map(|d| d.to_string()))
            .with(&month, date.and_then(ApproximateDate::month).map(|m| u8::from(m).to_string()))
            .with(&year, date.map(|d| d.year().to_string()))
    }

    fn save(fields: &Fields, answers: &mut Answers, today: Date) -> Result<(), FormErrors> {
        let [day, month, year] = posted_date(fields, PREFIX);
        let date_of_birth = match ApproximateDate::parse(day, month, year, today) {
            Ok(date) => MaybeKnown::Known(date),
            Err(DateError::Empty) => MaybeKnown::NotKnown,
            Err(e) => {
                let (field, message) = error(e);
                return Err(field_error(&field, &message));
            }
        };
        answers.other_parent.date_of_birth = Some(date_of_birth);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        view(context, fields)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn save(day: &str, month: &str, year: &str) -> Result<MaybeKnown<String>, (String, String)> {
        let fields = Fields::new()
            .with("date-of-birth-day", Some(day))
            .with("date-of-birth-month", Some(month))
            .with("date-of-birth-year", Some(year));
        let mut answers = Answers::default();
        OtherParentDateOfBirth::save(&fields, &mut answers, time::macros::date!(2026 - 11 - 22))
            .map(|()| match answers.other_parent.date_of_birth.expect("saved") {
                MaybeKnown::Known(date) => MaybeKnown::Known(date.to_string()),
                MaybeKnown::NotKnown => MaybeKnown::NotKnown,
            })
            .map_err(|e| e.iter().next().map(|e| (e.field.clone(), e.message.clone())).expect("one error"))
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
        let today = time::macros::date!(2026 - 11 - 22);
        let mut answers = Answers::default();
        answers.other_parent.date_of_birth =
            Some(MaybeKnown::Known(ApproximateDate::parse("", "Jun", "1985", today).expect("valid")));
        let fields = OtherParentDateOfBirth::fields(&answers);
        assert_eq!(
            (fields.get("date-of-birth-day"), fields.get("date-of-birth-month"), fields.get("date-of-birth-year")),
            (None, Some("6"), Some("1985"))
        );
        answers.other_parent.date_of_birth = Some(MaybeKnown::NotKnown);
        assert_eq!(OtherParentDateOfBirth::fields(&answers), Fields::new());
    }
}
