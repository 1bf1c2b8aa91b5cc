//! "What is the other parent's date of birth?": exact, a month and year, or a year alone is enough (the applicant
//! may know only roughly), and blank is an answer: "not known".

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use intake::domain::{ApproximateDate, DateError};
use intake::other_parent::MaybeKnown;
use maud::Markup;
use templates::components::SummaryRow;
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use crate::kit::date::{date_error, date_field, date_ids, posted_date};
use crate::kit::{StepContext, error, question_page, summary};
use crate::{Example, Page, Question, Step};

/// The date's fields are `date-of-birth-day`, `-month` and `-year`.
pub const PREFIX: &str = "date-of-birth";

pub struct OtherParentDateOfBirth;

impl Page for OtherParentDateOfBirth {
    const ID: &'static str = "other-parent-date-of-birth";
    const PATH: &'static str = "/other-parent-date-of-birth";
    const SECTION: SectionId = SectionId::OtherParent;
    const EXAMPLE: Example =
        Example::both(&[&[("date-of-birth-day", ""), ("date-of-birth-month", ""), ("date-of-birth-year", "")]]);

    fn is_answered(answers: &Answers) -> bool {
        answers.other_parent.date_of_birth.is_some()
    }

    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let date = answers.other_parent.date_of_birth.as_ref().map(|date| match date.known() {
            Some(date) => crate::kit::date::approximate_date(date, lang),
            None => copy.not_known.to_owned(),
        });
        summary::rows(vec![summary::row(
            copy.summary_key,
            date.as_deref(),
            Step::OtherParentDateOfBirth,
            copy.summary_change,
            lang,
        )])
    }
}

impl Question for OtherParentDateOfBirth {
    /// Only the parts that were given: a year alone comes back as a year alone. "Not known" is three blanks.
    fn fields(answers: &Answers) -> Fields {
        let date = answers.other_parent.date_of_birth.as_ref().and_then(MaybeKnown::known);
        let [day, month, year] = date_ids(PREFIX);
        Fields::new()
            .with(&day, date.and_then(ApproximateDate::day).map(|d| d.to_string()))
            .with(&month, date.and_then(ApproximateDate::month).map(|m| u8::from(m).to_string()))
            .with(&year, date.map(|d| d.year().to_string()))
    }

    fn save(fields: &Fields, answers: &mut Answers, today: Date, lang: Lang) -> Result<(), FormErrors> {
        let [day, month, year] = posted_date(fields, PREFIX);
        let date_of_birth = match ApproximateDate::parse(day, month, year, today) {
            Ok(date) => MaybeKnown::Known(date),
            Err(DateError::Empty) => MaybeKnown::NotKnown,
            Err(e) => {
                let (field, message) = date_error(PREFIX, e, &Copy::of(lang).date);
                return Err(error(&field, message));
            }
        };
        answers.other_parent.date_of_birth = Some(date_of_birth);
        Ok(())
    }

    /// Not the applicant's birthday: no `bday` autocomplete.
    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        let copy = Copy::of(context.lang);
        question_page(
            context,
            copy.title,
            date_field(context, PREFIX, copy.title, copy.hint, &copy.date, fields, false),
        )
    }
}
