//! "Are all the children under 16, or aged 16 to 19 and in full-time education?": CMS can only arrange maintenance
//! for children under 16, or under 20 in approved education (<https://www.gov.uk/child-maintenance-service/eligibility>).
//! "No" ends the journey (`crate::journey`'s stop pages).

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use maud::{Markup, html};
use templates::components::SummaryRow;
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use crate::kit::yes_no::{yes_no, yes_no_value, yes_or_no};
use crate::kit::{KitCopy, StepContext, question_page, summary};
use crate::{Example, Page, Question, Step};

pub const FIELD: &str = "children-qualify";

pub struct ChildrensAges;

impl Page for ChildrensAges {
    const ID: &'static str = "childrens-ages";
    const PATH: &'static str = "/childrens-ages";
    const SECTION: SectionId = SectionId::Eligibility;
    const EXAMPLE: Example = Example::both(&[&[(FIELD, "yes")]]);

    fn is_answered(answers: &Answers) -> bool {
        answers.children_qualify.is_some()
    }

    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let kit = KitCopy::of(lang);
        let value = answers.children_qualify.map(|yes| if yes { kit.yes } else { kit.no });
        summary::rows(vec![summary::row(copy.summary_key, value, Step::ChildrenAges, copy.summary_change, lang)])
    }
}

impl Question for ChildrensAges {
    fn fields(answers: &Answers) -> Fields {
        Fields::new().with(FIELD, answers.children_qualify.map(yes_no_value))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        answers.children_qualify = Some(yes_or_no(fields, FIELD, Copy::of(lang).not_selected)?);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        let copy = Copy::of(context.lang);
        let hint = html! { (copy.hint) };
        question_page(context, copy.title, yes_no(context, FIELD, copy.title, Some(hint), fields.get(FIELD)))
    }
}
