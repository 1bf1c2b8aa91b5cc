//! "Are you or your children in immediate danger?", asked after a disclosure. "Yes" leads to what to do now
//! ([`super::help_now`]); "No" forgets any request for a call chosen before (`Answers::set_in_immediate_danger`).

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
use crate::kit::{StepContext, question_page, summary};
use crate::{Example, Page, Question, Step};

pub const FIELD: &str = "in-immediate-danger";

pub struct ImmediateDanger;

impl Page for ImmediateDanger {
    const ID: &'static str = "right-now";
    const PATH: &'static str = crate::journey::YOUR_SAFETY;
    const SECTION: SectionId = SectionId::YourSafety;
    const EXAMPLE: Example = Example { plain: &[], disclosed: &[&[(FIELD, "yes")]] };

    fn is_answered(answers: &Answers) -> bool {
        answers.disclosure.in_immediate_danger.is_some()
    }

    /// Only after a disclosure: an answer given before one was withdrawn is not shown.
    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let disclosure = &answers.disclosure;
        let value = disclosure.in_immediate_danger.map(|yes| copy.answers.label(yes)).filter(|_| disclosure.is_made());
        summary::rows(vec![summary::row(copy.summary_key, value, Step::ImmediateDanger, copy.summary_change, lang)])
    }
}

impl Question for ImmediateDanger {
    fn fields(answers: &Answers) -> Fields {
        Fields::new().with(FIELD, answers.disclosure.in_immediate_danger.map(yes_no_value))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        let danger = yes_or_no(fields, FIELD, Copy::of(lang).not_selected)?;
        answers.set_in_immediate_danger(Some(danger));
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        let copy = Copy::of(context.lang);
        let hint = html! { (copy.hint) };
        let question = yes_no(context, FIELD, copy.question, &copy.answers, Some(hint), fields.get(FIELD));
        question_page(context, context.kit().your_safety, question)
    }
}
