//! "Is there a court order for child maintenance for these children?": CMS cannot replace a consent order less than
//! a year old, or one made before 3 March 2003 (docs/domain.md, "Eligibility"); those answers end the journey.

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use intake::eligibility::CourtOrder;
use maud::Markup;
use templates::components::SummaryRow;
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use crate::kit::StepContext;
use crate::kit::choices::{Choice, parse_choice, radios_question};
use crate::kit::{heading_legend, question_page, summary};
use crate::{Example, Page, Question, Step};

pub const FIELD: &str = "court-order";

pub struct CourtOrderQuestion;

impl Page for CourtOrderQuestion {
    const ID: &'static str = "court-order";
    const PATH: &'static str = "/court-order";
    const SECTION: SectionId = SectionId::Eligibility;
    const EXAMPLE: Example = Example::both(&[&[(FIELD, "none")]]);

    fn is_answered(answers: &Answers) -> bool {
        answers.court_order.is_some()
    }

    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let value = answers.court_order.map(|order| copy.label(order));
        summary::rows(vec![summary::row(copy.summary_key, value, Step::CourtOrder, copy.summary_change, lang)])
    }
}

impl Question for CourtOrderQuestion {
    fn fields(answers: &Answers) -> Fields {
        Fields::new().with(FIELD, answers.court_order.map(CourtOrder::form_value))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        answers.court_order = Some(parse_choice(fields, FIELD, CourtOrder::parse, Copy::of(lang).not_selected)?);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        let copy = Copy::of(context.lang);
        let orders: Vec<Choice<'_>> = CourtOrder::ALL
            .iter()
            .map(|&order| Choice::of(order, CourtOrder::form_value, copy.label(order), None))
            .collect();
        let field = radios_question(context, FIELD, heading_legend(copy.title), Some(copy.hint), &orders, None, fields);
        question_page(context, copy.title, field)
    }
}
