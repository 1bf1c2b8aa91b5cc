//! "Is it safe for us to send letters to your home?", asked of everyone after how they can be contacted safely:
//! post can be opened or seen by someone else in the home, so an applicant may ask for letters to go to a safe
//! address instead, such as a refuge or a friend's (`letters_address`; docs/domain.md, "What the real application
//! asks": the applicant).

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

pub const FIELD: &str = "letters-home";

pub struct LettersHome;

impl Page for LettersHome {
    const ID: &'static str = "letters";
    const PATH: &'static str = crate::journey::YOUR_SAFETY;
    const SECTION: SectionId = SectionId::YourSafety;
    const EXAMPLE: Example = Example { plain: &[&[(FIELD, "yes")]], disclosed: &[&[(FIELD, "no")]] };

    fn is_answered(answers: &Answers) -> bool {
        answers.letters_home.is_some()
    }

    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let value = answers.letters_home.map(|safe| if safe { copy.summary_yes } else { copy.summary_no });
        summary::rows(vec![summary::row(copy.summary_key, value, Step::LettersHome, copy.summary_change, lang)])
    }
}

impl Question for LettersHome {
    fn fields(answers: &Answers) -> Fields {
        Fields::new().with(FIELD, answers.letters_home.map(yes_no_value))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        answers.set_letters_home(yes_or_no(fields, FIELD, Copy::of(lang).not_selected)?);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        let copy = Copy::of(context.lang);
        let hint = html! { (copy.hint) };
        question_page(
            context,
            context.kit().your_safety,
            yes_no(context, FIELD, copy.question, &copy.answers, Some(hint), fields.get(FIELD)),
        )
    }
}
