//! "Has … married or formed a civil partnership?", asked of each child aged 16 to 19: CMS cannot arrange
//! maintenance for a child who has (docs/domain.md, "What the real application asks"). "Yes" ends the journey at
//! the page that says which child and why, and offers to remove them (`crate::journey`'s stop pages).

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use intake::children::Child;
use maud::Markup;
use templates::components::SummaryRow;
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};

use super::{ChildQuestion, answered_for_every_child, asked_of_any_child};
use crate::kit::yes_no::{yes_no, yes_no_value, yes_or_no};
use crate::kit::{StepContext, question_page, summary};
use crate::{Example, Page, Step};

pub const FIELD: &str = "married";

pub struct ChildMarried;

impl Page for ChildMarried {
    const ID: &'static str = "children/married";
    const PATH: &'static str = "/children/married";
    const SECTION: SectionId = SectionId::Children;
    /// Only the example with a disclosure has a child of 16 to 19.
    const EXAMPLE: Example = Example { plain: &[], disclosed: &[&[(FIELD, "no")]] };

    fn is_answered(answers: &Answers) -> bool {
        answered_for_every_child::<Self>(answers)
    }

    fn applies(answers: &Answers) -> bool {
        asked_of_any_child::<Self>(answers)
    }

    /// None: the children's rows are the list's, child by child ([`ChildQuestion::row_for`]).
    fn summary(_answers: &Answers, _lang: Lang) -> Vec<SummaryRow> {
        Vec::new()
    }
}

impl ChildQuestion for ChildMarried {
    fn applies_to(child: &Child) -> bool {
        child.is_16_or_over()
    }

    fn is_answered_for(child: &Child) -> bool {
        child.married.is_some()
    }

    fn fields_for(child: &Child) -> Fields {
        Fields::new().with(FIELD, child.married.map(yes_no_value))
    }

    fn save_for(fields: &Fields, answers: &mut Answers, index: usize, lang: Lang) -> Result<(), FormErrors> {
        let child = &mut answers.children[index];
        let not_selected = (Copy::of(lang).not_selected)(child.full_name.as_str());
        child.married = Some(yes_or_no(fields, FIELD, &not_selected)?);
        Ok(())
    }

    fn view_for(context: StepContext<'_>, fields: &Fields, answers: &Answers, index: usize) -> Markup {
        let copy = Copy::of(context.lang);
        let title = (copy.title)(answers.children[index].full_name.as_str());
        question_page(context, &title, yes_no(context, FIELD, &title, &copy.answers, None, fields.get(FIELD)))
    }

    fn row_for(answers: &Answers, index: usize, lang: Lang) -> Option<SummaryRow> {
        let copy = Copy::of(lang);
        let child = &answers.children[index];
        let name = child.full_name.as_str();
        let value = child.married.map(|yes| copy.answers.label(yes));
        let (key, hidden) = ((copy.summary_key)(name), (copy.summary_change)(name));
        summary::child_row(&key, value, Step::ChildMarried, index, &hidden, lang)
    }
}
