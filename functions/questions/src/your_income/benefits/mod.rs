//! "Which benefits do you get?": asked when benefits are one of the sources of income. Several of them mean the
//! paying parent pays the flat rate of maintenance, so CMS needs to know which.

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use intake::paying_parent::{Benefit, IncomeSource};
use maud::Markup;
use templates::components::SummaryRow;
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use crate::examples::Post;
use crate::kit::choices::{CheckboxRules, Choice, checkbox_fields, checkboxes_question, parse_checkboxes};
use crate::kit::{StepContext, heading_legend, question_page, summary};
use crate::{Example, Page, Question, Step};

pub const FIELD: &str = "benefits";

pub struct Benefits;

impl Page for Benefits {
    const ID: &'static str = "your-benefits";
    const PATH: &'static str = "/your-benefits";
    const SECTION: SectionId = SectionId::YourIncome;
    const EXAMPLE: Example = Example::NONE;
    const PAYING: Option<&'static [Post]> = Some(&[&[(FIELD, "universal-credit")]]);

    fn is_answered(answers: &Answers) -> bool {
        answers.paying_parent.benefits.is_some()
    }

    fn applies(answers: &Answers) -> bool {
        super::asked(answers) && answers.paying_parent.has_source(IncomeSource::Benefits)
    }

    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let lines =
            answers.paying_parent.benefits.as_ref().map(|benefits| benefits.iter().map(|&b| copy.label(b)).collect());
        summary::rows(vec![summary::lines_row(copy.summary_key, lines, Step::Benefits, copy.summary_change, lang)])
    }
}

impl Question for Benefits {
    fn fields(answers: &Answers) -> Fields {
        checkbox_fields(FIELD, answers.paying_parent.benefits.as_deref(), Benefit::form_value, false)
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        let copy = Copy::of(lang);
        let rules = CheckboxRules { required: Some(copy.not_selected), conflicting: copy.not_selected };
        answers.paying_parent.benefits = Some(parse_checkboxes(fields, FIELD, Benefit::parse, rules)?);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        let copy = Copy::of(context.lang);
        let choices: Vec<Choice<'_>> = Benefit::ALL
            .iter()
            .map(|&benefit| Choice::of(benefit, Benefit::form_value, copy.label(benefit), None))
            .collect();
        let benefits =
            checkboxes_question(context, FIELD, heading_legend(copy.title), copy.hint, &choices, None, fields);
        question_page(context, copy.title, benefits)
    }
}
