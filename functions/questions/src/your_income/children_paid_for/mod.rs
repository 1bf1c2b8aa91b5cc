//! "How many other children do you pay child maintenance for?": children outside this application whom the paying
//! parent supports, in an arrangement made with the other parent or through another case. Maintenance is shared
//! between all the children they pay for.

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

use crate::examples::Post;
use crate::kit::{StepContext, summary};
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
        let copy = Copy::of(lang);
        let value = answers.paying_parent.children_paid_for.map(|count| copy.counts.label(count));
        summary::rows(vec![summary::row(copy.summary_key, value, Step::ChildrenPaidFor, copy.summary_change, lang)])
    }
}

impl Question for ChildrenPaidFor {
    fn fields(answers: &Answers) -> Fields {
        Fields::new().with(FIELD, answers.paying_parent.children_paid_for.map(|count| count.form_value()))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        let count = super::parse_child_count(fields, FIELD, Copy::of(lang).not_selected)?;
        answers.paying_parent.children_paid_for = Some(count);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        let copy = Copy::of(context.lang);
        super::child_count_page(context, FIELD, copy.title, copy.hint, &copy.counts, fields)
    }
}
