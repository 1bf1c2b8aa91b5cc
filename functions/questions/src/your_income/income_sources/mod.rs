//! "Where does your income come from?": employment, self-employment, benefits, a pension, or an exclusive "I do not
//! have any income" (<https://design-system.service.gov.uk/components/checkboxes/#add-an-option-for-none>). Who
//! employs them and which benefits they get are the next pages, asked only when those are ticked.

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use intake::paying_parent::IncomeSource;
use maud::Markup;
use templates::components::SummaryRow;
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use crate::examples::Post;
use crate::kit::choices::{CheckboxRules, Choice, checkbox_fields, checkboxes_question, parse_checkboxes};
use crate::kit::{StepContext, heading_legend, question_page, summary};
use crate::{Example, Page, Question, Step};

pub const FIELD: &str = "income-sources";

pub struct IncomeSources;

impl Page for IncomeSources {
    const ID: &'static str = "where-your-income-comes-from";
    const PATH: &'static str = "/where-your-income-comes-from";
    const SECTION: SectionId = SectionId::YourIncome;
    /// Only the parent who pays comes here.
    const EXAMPLE: Example = Example::NONE;
    const PAYING: Option<&'static [Post]> = Some(&[&[(FIELD, "employment"), (FIELD, "benefits")]]);

    fn is_answered(answers: &Answers) -> bool {
        answers.paying_parent.income_sources.is_some()
    }

    fn applies(answers: &Answers) -> bool {
        super::asked(answers)
    }

    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let lines = answers.paying_parent.income_sources.as_ref().map(|sources| {
            let lines: Vec<&str> = sources.iter().map(|&source| copy.label(source)).collect();
            if lines.is_empty() { vec![copy.no_income] } else { lines }
        });
        summary::rows(vec![summary::lines_row(copy.summary_key, lines, Step::IncomeSources, copy.summary_change, lang)])
    }
}

impl Question for IncomeSources {
    /// "I do not have any income" (no sources) is shown checked again.
    fn fields(answers: &Answers) -> Fields {
        let sources = answers.paying_parent.income_sources.as_deref();
        checkbox_fields(FIELD, sources, IncomeSource::form_value, true)
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        let copy = Copy::of(lang);
        let rules = CheckboxRules { required: Some(copy.not_selected), conflicting: copy.not_selected };
        let sources = parse_checkboxes(fields, FIELD, IncomeSource::parse, rules)?;
        answers.paying_parent.set_income_sources(sources);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        let copy = Copy::of(context.lang);
        let choices: Vec<Choice<'_>> = IncomeSource::ALL
            .iter()
            .map(|&source| Choice::of(source, IncomeSource::form_value, copy.label(source), copy.hint(source)))
            .collect();
        let sources = checkboxes_question(
            context,
            FIELD,
            heading_legend(copy.title),
            copy.hint,
            &choices,
            Some(copy.no_income),
            fields,
        );
        question_page(context, copy.title, sources)
    }
}
