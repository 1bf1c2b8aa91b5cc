//! "Does the other parent know where you live?": yes, no, or "I do not know". CMS never gives the applicant's
//! address to the other parent; this tells it how careful it must be with anything that could reveal it.

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use intake::other_parent::KnowsWhereYouLive;
use maud::Markup;
use templates::components::SummaryRow;
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use crate::kit::choices::{Choice, parse_choice, radios_question};
use crate::kit::{StepContext, heading_legend, question_page, summary};
use crate::{Example, Page, Question, Step};

pub const FIELD: &str = "knows-where-you-live";

pub struct OtherParentKnowsWhereYouLive;

impl Page for OtherParentKnowsWhereYouLive {
    const ID: &'static str = "does-the-other-parent-know-where-you-live";
    const PATH: &'static str = "/does-the-other-parent-know-where-you-live";
    const SECTION: SectionId = SectionId::OtherParent;
    const EXAMPLE: Example = Example::both(&[&[(FIELD, "do-not-know")]]);

    fn is_answered(answers: &Answers) -> bool {
        answers.other_parent.knows_where_you_live.is_some()
    }

    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let value = answers.other_parent.knows_where_you_live.map(|answer| copy.label(answer));
        summary::rows(vec![summary::row(
            copy.summary_key,
            value,
            Step::OtherParentKnowsWhereYouLive,
            copy.summary_change,
            lang,
        )])
    }
}

impl Question for OtherParentKnowsWhereYouLive {
    fn fields(answers: &Answers) -> Fields {
        Fields::new().with(FIELD, answers.other_parent.knows_where_you_live.map(KnowsWhereYouLive::form_value))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        let answer = parse_choice(fields, FIELD, KnowsWhereYouLive::parse, Copy::of(lang).not_selected)?;
        answers.other_parent.knows_where_you_live = Some(answer);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        let copy = Copy::of(context.lang);
        let choices: Vec<Choice<'_>> = KnowsWhereYouLive::ALL
            .iter()
            .map(|&answer| Choice::of(answer, KnowsWhereYouLive::form_value, copy.label(answer), None))
            .collect();
        let field = radios_question(context, FIELD, heading_legend(copy.title), None, &choices, None, fields);
        question_page(context, copy.title, field)
    }
}
