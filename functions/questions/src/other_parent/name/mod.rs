//! "What is the other parent's name?": the only question about the other parent that must be answered, and any
//! other names they have been known by (<https://design-system.service.gov.uk/patterns/names/>).

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

pub struct OtherParentName;

impl Page for OtherParentName {
    const ID: &'static str = "other-parent-name";
    const PATH: &'static str = "/other-parent-name";
    const SECTION: SectionId = SectionId::OtherParent;
    const EXAMPLE: Example = Example::both(&[&[(FULL_NAME, "Alex Smith"), (OTHER_NAMES, "")]]);

    fn is_answered(answers: &Answers) -> bool {
        answers.other_parent.name.is_some()
    }

    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let name = answers.other_parent.name.as_ref();
        let other_names = name.map(|n| n.other_names.as_ref().map_or(copy.no_other_names, |o| o.as_str()));
        summary::rows(vec![
            summary::row(
                copy.summary_full_name,
                name.map(|n| n.full_name.as_str()),
                Step::OtherParentName,
                copy.summary_full_name_change,
                lang,
            ),
            summary::row(
                copy.summary_other_names,
                other_names,
                Step::OtherParentName,
                copy.summary_other_names_change,
                lang,
            ),
        ])
    }
}

impl Question for OtherParentName {
    fn fields(answers: &Answers) -> Fields {
        names_fields(answers.other_parent.name.as_ref())
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        answers.other_parent.name = Some(parse_names(fields, &Copy::of(lang).names)?);
        Ok(())
    }

    /// Not the applicant's own name, so the browser must not offer to fill it in (`autocomplete="off"`).
    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        names_page(context, &Copy::of(context.lang).names, "off", fields)
    }
}
