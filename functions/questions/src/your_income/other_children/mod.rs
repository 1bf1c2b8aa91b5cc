//! "How many other children live with you most of the time?": children of the paying parent's household other than
//! those the application is for (a partner's child, for example). They reduce the income maintenance is worked out
//! on.

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

pub const FIELD: &str = "other-children";

pub struct OtherChildren;

impl Page for OtherChildren {
    const ID: &'static str = "other-children-living-with-you";
    const PATH: &'static str = "/other-children-living-with-you";
    const SECTION: SectionId = SectionId::YourIncome;
    const EXAMPLE: Example = Example::NONE;
    const PAYING: Option<&'static [Post]> = Some(&[&[(FIELD, "1")]]);

    fn is_answered(answers: &Answers) -> bool {
        answers.paying_parent.other_children.is_some()
    }

    fn applies(answers: &Answers) -> bool {
        super::asked(answers)
    }

    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let value = answers.paying_parent.other_children.map(|count| copy.counts.label(count));
        summary::rows(vec![summary::row(copy.summary_key, value, Step::OtherChildren, copy.summary_change, lang)])
    }
}

impl Question for OtherChildren {
    fn fields(answers: &Answers) -> Fields {
        Fields::new().with(FIELD, answers.paying_parent.other_children.map(|count| count.form_value()))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        let count = super::parse_child_count(fields, FIELD, Copy::of(lang).not_selected)?;
        answers.paying_parent.other_children = Some(count);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        let copy = Copy::of(context.lang);
        super::child_count_page(context, FIELD, copy.title, copy.hint, &copy.counts, fields)
    }
}
