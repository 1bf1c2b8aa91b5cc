//! "Do you already have a Child Maintenance Service case with the other parent?": a case there already means a
//! change goes through it, by phone with its case number; it does not stop this application (docs/domain.md, "What
//! the real application asks": the applicant). Asked last about the other parent. The number is
//! `intake::helplines::CHILD_MAINTENANCE_SERVICE`.

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use intake::helplines::CHILD_MAINTENANCE_SERVICE;
use maud::Markup;
use templates::components::SummaryRow;
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use crate::kit::choices::{Choice, radios_question};
use crate::kit::yes_no::{NO, YES, yes_no_value, yes_or_no};
use crate::kit::{StepContext, heading_legend, question_page, summary};
use crate::{Example, Page, Question, Step};

pub const FIELD: &str = "existing-case";

pub struct ExistingCase;

impl Page for ExistingCase {
    const ID: &'static str = "existing-case";
    const PATH: &'static str = "/existing-case";
    const SECTION: SectionId = SectionId::OtherParent;
    const EXAMPLE: Example = Example::both(&[&[(FIELD, "no")]]);

    fn is_answered(answers: &Answers) -> bool {
        answers.existing_case.is_some()
    }

    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let value = answers.existing_case.map(|yes| if yes { copy.yes } else { copy.no });
        summary::rows(vec![summary::row(copy.summary_key, value, Step::ExistingCase, copy.summary_change, lang)])
    }
}

impl Question for ExistingCase {
    fn fields(answers: &Answers) -> Fields {
        Fields::new().with(FIELD, answers.existing_case.map(yes_no_value))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        answers.existing_case = Some(yes_or_no(fields, FIELD, Copy::of(lang).not_selected)?);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        let copy = Copy::of(context.lang);
        let yes_hint = (copy.yes_hint)(&CHILD_MAINTENANCE_SERVICE);
        let choices = [
            Choice { value: YES, label: copy.yes, hint: Some(&yes_hint) },
            Choice { value: NO, label: copy.no, hint: None },
        ];
        let question =
            radios_question(context, FIELD, heading_legend(copy.title), Some(copy.hint), &choices, None, fields);
        question_page(context, copy.title, question)
    }
}
