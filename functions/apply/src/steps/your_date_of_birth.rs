//! "What is your date of birth?"

use intake::Answers;
use intake::domain::DateOfBirth;
use intake::journey::Step;
use maud::Markup;
use templates::steps::StepContext;
use templates::steps::your_date_of_birth::{PREFIX, error, view};
use templates::{Fields, FormErrors};
use time::Date;

use super::{Question, date_fields, posted_date};

pub struct YourDateOfBirth;

impl Question for YourDateOfBirth {
    const STEP: Step = Step::YourDateOfBirth;

    fn fields(answers: &Answers) -> Fields {
        date_fields(PREFIX, answers.your_date_of_birth.as_ref().map(DateOfBirth::date))
    }

    fn save(fields: &Fields, answers: &mut Answers, today: Date) -> Result<(), FormErrors> {
        let [day, month, year] = posted_date(fields, PREFIX);
        let date = DateOfBirth::parse(day, month, year, today).map_err(|e| {
            let (field, message) = error(e);
            let mut errors = FormErrors::new();
            errors.add(field, message);
            errors
        })?;
        answers.your_date_of_birth = Some(date);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        view(context, fields)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn save(day: &str, month: &str, year: &str) -> Result<Date, (String, String)> {
        let fields = Fields::new()
            .with("date-of-birth-day", Some(day))
            .with("date-of-birth-month", Some(month))
            .with("date-of-birth-year", Some(year));
        let mut answers = Answers::default();
        YourDateOfBirth::save(&fields, &mut answers, time::macros::date!(2026 - 11 - 22))
            .map(|()| answers.your_date_of_birth.expect("saved").date())
            .map_err(|e| e.iter().next().map(|e| (e.field.clone(), e.message.clone())).expect("one error"))
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
}
