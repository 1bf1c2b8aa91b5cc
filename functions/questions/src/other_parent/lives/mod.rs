//! "Where does the other parent live?": in the UK (Northern Ireland included: in scope for the other parent), outside
//! it, or not known. Only for the UK (or not known) is a UK address asked; outside it CMS can act only when the
//! parent who pays works abroad for a UK employer (`employer_abroad`; docs/domain.md, "What the real application
//! asks": the other parent).

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use intake::other_parent::WhereOtherParentLives;
use maud::Markup;
use templates::components::SummaryRow;
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use crate::kit::choices::{Choice, parse_choice, radios_question};
use crate::kit::{StepContext, heading_legend, question_page, summary};
use crate::{Example, Page, Question, Step};

pub const FIELD: &str = "other-parent-lives";

pub struct OtherParentLives;

impl Page for OtherParentLives {
    const ID: &'static str = "where-the-other-parent-lives";
    const PATH: &'static str = "/where-the-other-parent-lives";
    const SECTION: SectionId = SectionId::OtherParent;
    /// The example with a disclosure: abroad, with a UK employer (the armed forces).
    const EXAMPLE: Example = Example { plain: &[&[(FIELD, "uk")]], disclosed: &[&[(FIELD, "abroad")]] };

    fn is_answered(answers: &Answers) -> bool {
        answers.other_parent.lives.is_some()
    }

    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let value = answers.other_parent.lives.map(|lives| copy.summary_value(lives));
        summary::rows(vec![summary::row(copy.summary_key, value, Step::OtherParentLives, copy.summary_change, lang)])
    }
}

impl Question for OtherParentLives {
    fn fields(answers: &Answers) -> Fields {
        Fields::new().with(FIELD, answers.other_parent.lives.map(WhereOtherParentLives::form_value))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        let lives = parse_choice(fields, FIELD, WhereOtherParentLives::parse, Copy::of(lang).not_selected)?;
        answers.other_parent.set_lives(lives);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        let copy = Copy::of(context.lang);
        let choice = |lives, label, hint| Choice::of(lives, WhereOtherParentLives::form_value, label, hint);
        let choices = [
            choice(WhereOtherParentLives::Uk, copy.uk, Some(copy.uk_hint)),
            choice(WhereOtherParentLives::Abroad, copy.abroad, None),
        ];
        let not_known = Some(choice(WhereOtherParentLives::NotKnown, copy.not_known, None));
        let radios = radios_question(context, FIELD, heading_legend(copy.title), None, &choices, not_known, fields);
        question_page(context, copy.title, radios)
    }
}
