//! "How many other children live with you most of the time?": children of the paying parent's household other than
//! those the application is for (a partner's child, for example). They reduce the income maintenance is worked out
//! on.

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
        super::child_count_summary(copy::of(lang), answers.paying_parent.other_children, Step::OtherChildren, lang)
    }
}

impl Question for OtherChildren {
    fn fields(answers: &Answers) -> Fields {
        super::child_count_fields(FIELD, answers.paying_parent.other_children)
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        let count = super::parse_child_count(fields, FIELD, copy::of(lang))?;
        answers.paying_parent.other_children = Some(count);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        super::child_count_page(context, FIELD, copy::of(context.lang), fields)
    }
}
