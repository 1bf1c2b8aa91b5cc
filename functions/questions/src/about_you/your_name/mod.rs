//! "What is your name?": the applicant's full name, and any other names they have been known by (a name before
//! marriage, say), which CMS needs to find their records
//! (<https://design-system.service.gov.uk/patterns/names/>).

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use maud::Markup;
use templates::components::SummaryRow;
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use crate::kit::StepContext;
use crate::kit::names::{FULL_NAME, OTHER_NAMES, names_fields, names_page, parse_names};
use crate::kit::summary;
use crate::{Example, Page, Question, Step};

pub struct YourName;

impl Page for YourName {
    const ID: &'static str = "your-name";
    const PATH: &'static str = "/your-name";
    const SECTION: SectionId = SectionId::AboutYou;
    const EXAMPLE: Example = Example::both(&[&[(FULL_NAME, "Siân O’Brien-Smith"), (OTHER_NAMES, "")]]);

    fn is_answered(answers: &Answers) -> bool {
        answers.your_name.is_some()
    }

    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let name = answers.your_name.as_ref();
        let other_names = name.map(|n| n.other_names.as_ref().map_or(copy.no_other_names, |o| o.as_str()));
        summary::rows(vec![
            summary::row(
                copy.summary_full_name,
                name.map(|n| n.full_name.as_str()),
                Step::YourName,
                copy.summary_full_name_change,
                lang,
            ),
            summary::row(copy.summary_other_names, other_names, Step::YourName, copy.summary_other_names_change, lang),
        ])
    }
}

impl Question for YourName {
    fn fields(answers: &Answers) -> Fields {
        names_fields(answers.your_name.as_ref())
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        answers.your_name = Some(parse_names(fields, &Copy::of(lang).names)?);
        Ok(())
    }

    /// The applicant's own name: the browser may fill it in (`autocomplete="name"`).
    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        names_page(context, &Copy::of(context.lang).names, "name", fields)
    }
}
