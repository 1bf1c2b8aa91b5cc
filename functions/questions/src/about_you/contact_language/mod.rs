//! "Which language should we use when we contact you?" (in letters and on the phone): Welsh or English, asked of everyone whatever
//! the language of the pages (DWP's Welsh language scheme treats the two equally, and someone may read the pages in
//! one language and want letters in the other; docs/domain.md, "Languages"). Caseworkers see it with the
//! applicant's details.

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use intake::answers::Language;
use maud::Markup;
use templates::components::SummaryRow;
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use crate::kit::choices::{Choice, parse_choice, radios_question};
use crate::kit::{StepContext, heading_legend, question_page, summary};
use crate::{Example, Page, Question, Step};

pub const FIELD: &str = "contact-language";

pub struct ContactLanguage;

impl Page for ContactLanguage {
    // Its title and address say "contact", not "call": the browser's history must not suggest a request to be
    // called (tests/browser/history.test.mjs).
    const ID: &'static str = "contact-language";
    const PATH: &'static str = "/contact-language";
    const SECTION: SectionId = SectionId::AboutYou;
    /// The example with a disclosure wants Welsh (its applicant lives in Wales).
    const EXAMPLE: Example = Example { plain: &[&[(FIELD, "english")]], disclosed: &[&[(FIELD, "welsh")]] };

    fn is_answered(answers: &Answers) -> bool {
        answers.contact_language.is_some()
    }

    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let value = answers.contact_language.map(|language| copy.summary_value(language));
        summary::rows(vec![summary::row(copy.summary_key, value, Step::ContactLanguage, copy.summary_change, lang)])
    }
}

impl Question for ContactLanguage {
    fn fields(answers: &Answers) -> Fields {
        Fields::new().with(FIELD, answers.contact_language.map(Language::form_value))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        answers.contact_language = Some(parse_choice(fields, FIELD, Language::parse, Copy::of(lang).not_selected)?);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        let copy = Copy::of(context.lang);
        let choice = |language, label| Choice::of(language, Language::form_value, label, None);
        let choices = [choice(Language::English, copy.english), choice(Language::Welsh, copy.welsh)];
        let radios =
            radios_question(context, FIELD, heading_legend(copy.title), Some(copy.hint), &choices, None, fields);
        question_page(context, copy.title, radios)
    }
}
