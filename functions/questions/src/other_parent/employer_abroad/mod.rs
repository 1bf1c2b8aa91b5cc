//! "Does the other parent work for a UK employer?", asked when they live outside the UK and the applicant would be
//! paid: CMS can still act if the parent who pays works abroad for the Civil Service, the Diplomatic Service, the
//! armed forces, the NHS or a UK-based company (docs/domain.md, "What the real application asks": the other parent).
//! "No" ends the journey at a page that says what else can be done; "I do not know" goes on, for CMS to check.

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use intake::children::YesNoOrNotKnown;
use maud::Markup;
use templates::components::SummaryRow;
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use crate::kit::choices::parse_choice;
use crate::kit::{StepContext, question_page, summary};
use crate::{Example, Page, Question, Step};

pub const FIELD: &str = "uk-employer-abroad";

pub struct EmployerAbroad;

impl Page for EmployerAbroad {
    const ID: &'static str = "other-parent-employer-abroad";
    const PATH: &'static str = "/other-parent-employer-abroad";
    const SECTION: SectionId = SectionId::OtherParent;
    const EXAMPLE: Example = Example { plain: &[], disclosed: &[&[(FIELD, "yes")]] };

    fn is_answered(answers: &Answers) -> bool {
        answers.other_parent.uk_employer_abroad.is_some()
    }

    /// Only when they live abroad and would pay: a parent who receives maintenance must live in the UK.
    fn applies(answers: &Answers) -> bool {
        answers.other_parent.lives_abroad() && answers.receives_maintenance()
    }

    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let value = answers.other_parent.uk_employer_abroad.map(|answer| copy.answers.label(answer));
        summary::rows(vec![summary::row(copy.summary_key, value, Step::EmployerAbroad, copy.summary_change, lang)])
    }
}

impl Question for EmployerAbroad {
    fn fields(answers: &Answers) -> Fields {
        Fields::new().with(FIELD, answers.other_parent.uk_employer_abroad.map(YesNoOrNotKnown::form_value))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        let answer = parse_choice(fields, FIELD, YesNoOrNotKnown::parse, Copy::of(lang).not_selected)?;
        answers.other_parent.set_uk_employer_abroad(answer);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        let copy = Copy::of(context.lang);
        question_page(context, copy.title, copy.answers.radios(context, FIELD, copy.title, Some(copy.hint), fields))
    }
}
