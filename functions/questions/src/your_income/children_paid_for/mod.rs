//! "How many other children do you pay child maintenance for?": children outside this application whom the paying
//! parent supports, in an arrangement made with the other parent or through another case. Maintenance is shared
//! between all the children they pay for.

mod copy;
#[cfg(test)]
mod tests;

use intake::Answers;
use maud::Markup;
use templates::components::SummaryRow;
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use crate::examples::Post;
use crate::kit::StepContext;
use crate::{Example, Page, Question, Step};

pub const FIELD: &str = "children-paid-for";

pub struct ChildrenPaidFor;

impl Page for ChildrenPaidFor {
    const ID: &'static str = "other-children-you-pay-for";
    const PATH: &'static str = "/other-children-you-pay-for";
    const SECTION: SectionId = SectionId::YourIncome;
    const EXAMPLE: Example = Example::NONE;
    const PAYING: Option<&'static [Post]> = Some(&[&[(FIELD, "none")]]);

    fn is_answered(answers: &Answers) -> bool {
        answers.paying_parent.children_paid_for.is_some()
    }

    fn applies(answers: &Answers) -> bool {
        super::asked(answers)
    }

    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        super::child_count_summary(copy::of(lang), answers.paying_parent.children_paid_for, Step::ChildrenPaidFor, lang)
    }
}

impl Question for ChildrenPaidFor {
    fn fields(answers: &Answers) -> Fields {
        super::child_count_fields(FIELD, answers.paying_parent.children_paid_for)
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        let count = super::parse_child_count(fields, FIELD, copy::of(lang))?;
        answers.paying_parent.children_paid_for = Some(count);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        super::child_count_page(context, FIELD, copy::of(context.lang), fields)
    }
}
