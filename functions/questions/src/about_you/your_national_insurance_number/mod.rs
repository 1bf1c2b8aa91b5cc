//! "What is your National Insurance number?": one field, taken in any spacing and case, and shown back as it is
//! printed on letters ("QQ 12 34 56 C").

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use intake::domain::Nino;
use maud::Markup;
use templates::components::SummaryRow;
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use crate::kit::text::{TextField, text_field};
use crate::kit::{StepContext, error, question_page, summary};
use crate::{Example, Page, Question, Step};

pub const FIELD: &str = "national-insurance-number";

pub struct YourNationalInsuranceNumber;

impl Page for YourNationalInsuranceNumber {
    const ID: &'static str = "your-national-insurance-number";
    const PATH: &'static str = "/your-national-insurance-number";
    const SECTION: SectionId = SectionId::AboutYou;
    const EXAMPLE: Example = Example::both(&[&[(FIELD, "ab 12 34 56 c")]]);

    fn is_answered(answers: &Answers) -> bool {
        answers.your_national_insurance_number.is_some()
    }

    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let number = answers.your_national_insurance_number.as_ref().map(Nino::to_string);
        summary::rows(vec![summary::row(
            copy.summary_key,
            number.as_deref(),
            Step::YourNationalInsuranceNumber,
            copy.summary_change,
            lang,
        )])
    }
}

impl Question for YourNationalInsuranceNumber {
    /// Shown back as "AB 12 34 56 C": the way it is printed on letters.
    fn fields(answers: &Answers) -> Fields {
        Fields::new().with(FIELD, answers.your_national_insurance_number.as_ref().map(Nino::to_string))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        let nino = Nino::parse(fields.get(FIELD).unwrap_or("")).map_err(|e| error(FIELD, Copy::of(lang).error(e)))?;
        answers.your_national_insurance_number = Some(nino);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        let copy = Copy::of(context.lang);
        let field = text_field(
            context,
            TextField {
                name: FIELD,
                label: copy.title,
                hint: Some(copy.hint),
                is_heading: true,
                width: Some("govuk-input--width-10"),
                spellcheck: Some(false),
                ..TextField::default()
            },
            fields,
        );
        question_page(context, copy.title, field)
    }
}
