//! "What is your date of birth?": an exact date, in the past and not before 1900, as three fields
//! (<https://design-system.service.gov.uk/components/date-input/>).

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use intake::domain::DateOfBirth;
use maud::Markup;
use templates::components::SummaryRow;
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use crate::kit::date::{date_error, date_field, date_fields, posted_date};
use crate::kit::{StepContext, error, question_page, summary};
use crate::{Example, Page, Question, Step};

/// The date's fields are `date-of-birth-day`, `-month` and `-year`.
pub const PREFIX: &str = "date-of-birth";

pub struct YourDateOfBirth;

impl Page for YourDateOfBirth {
    const ID: &'static str = "your-date-of-birth";
    const PATH: &'static str = "/your-date-of-birth";
    const SECTION: SectionId = SectionId::AboutYou;
    const EXAMPLE: Example =
        Example::both(&[&[("date-of-birth-day", "7"), ("date-of-birth-month", "mar"), ("date-of-birth-year", "1990")]]);

    fn is_answered(answers: &Answers) -> bool {
        answers.your_date_of_birth.is_some()
    }

    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let date = answers.your_date_of_birth.as_ref().map(|date| crate::kit::date::long_date(date, lang));
        summary::rows(vec![summary::row(
            copy.summary_key,
            date.as_deref(),
            Step::YourDateOfBirth,
            copy.summary_change,
            lang,
        )])
    }
}

impl Question for YourDateOfBirth {
    fn fields(answers: &Answers) -> Fields {
        date_fields(PREFIX, answers.your_date_of_birth.as_ref().map(DateOfBirth::date))
    }

    fn save(fields: &Fields, answers: &mut Answers, today: Date, lang: Lang) -> Result<(), FormErrors> {
        let [day, month, year] = posted_date(fields, PREFIX);
        let date = DateOfBirth::parse(day, month, year, today).map_err(|e| {
            let (field, message) = date_error(PREFIX, e, &Copy::of(lang).date);
            error(&field, message)
        })?;
        answers.your_date_of_birth = Some(date);
        Ok(())
    }

    /// The applicant's own birthday: the browser may fill it in (`bday-*`).
    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        let copy = Copy::of(context.lang);
        question_page(context, copy.title, date_field(context, PREFIX, copy.title, copy.hint, &copy.date, fields, true))
    }
}
