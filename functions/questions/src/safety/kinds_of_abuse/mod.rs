//! "What has happened?": the kinds of abuse, optional, asked after a disclosure. Someone can disclose without giving
//! any detail; where they do, it helps the domestic-abuse team prepare. Below the form: where to get support now.

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use intake::safety::AbuseKind;
use maud::Markup;
use templates::components::SummaryRow;
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use crate::kit::choices::{CheckboxRules, Choice, checkbox_fields, checkboxes_question, parse_checkboxes};
use crate::kit::{StepContext, heading_legend, question_page_then, summary, support};
use crate::{Example, Page, Question, Step};

pub const FIELD: &str = "kinds";

pub struct KindsOfAbuse;

impl Copy {
    /// How a kind of abuse reads on the page and on check your answers.
    pub fn label(&self, kind: AbuseKind) -> &'static str {
        match kind {
            AbuseKind::Physical => self.physical,
            AbuseKind::Sexual => self.sexual,
            AbuseKind::EmotionalOrPsychological => self.emotional_or_psychological,
            AbuseKind::CoerciveOrControlling => self.coercive_or_controlling,
            AbuseKind::EconomicOrFinancial => self.economic_or_financial,
            AbuseKind::Threats => self.threats,
            AbuseKind::StalkingOrHarassment => self.stalking_or_harassment,
        }
    }

    /// An example, for the kinds whose names alone may not be understood.
    pub fn hint(&self, kind: AbuseKind) -> Option<&'static str> {
        match kind {
            AbuseKind::CoerciveOrControlling => Some(self.coercive_or_controlling_hint),
            AbuseKind::EconomicOrFinancial => Some(self.economic_or_financial_hint),
            _ => None,
        }
    }
}

impl Page for KindsOfAbuse {
    const ID: &'static str = "what-happened";
    const PATH: &'static str = crate::journey::YOUR_SAFETY;
    const SECTION: SectionId = SectionId::YourSafety;
    const EXAMPLE: Example =
        Example { plain: &[], disclosed: &[&[(FIELD, "coercive-or-controlling"), (FIELD, "economic")]] };

    fn is_answered(answers: &Answers) -> bool {
        answers.disclosure.kinds.is_some()
    }

    /// Only after a disclosure: answers given before one was withdrawn are not shown.
    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let disclosure = &answers.disclosure;
        let kinds = summary::list(disclosure.kinds.as_deref(), |kind| copy.label(kind), copy.summary_none)
            .filter(|_| disclosure.is_made());
        summary::rows(vec![summary::lines_row(copy.summary_key, kinds, Step::KindsOfAbuse, copy.summary_change, lang)])
    }
}

impl Question for KindsOfAbuse {
    fn fields(answers: &Answers) -> Fields {
        checkbox_fields(FIELD, answers.disclosure.kinds.as_deref(), AbuseKind::form_value, false)
    }

    /// Optional: nothing selected is an answer (an empty list).
    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        let rules = CheckboxRules { required: None, conflicting: Copy::of(lang).not_a_choice };
        answers.disclosure.kinds = Some(parse_checkboxes(fields, FIELD, AbuseKind::parse, rules)?);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, answers: &Answers) -> Markup {
        let copy = Copy::of(context.lang);
        let choices: Vec<Choice<'_>> = AbuseKind::ALL
            .iter()
            .map(|&kind| Choice::of(kind, AbuseKind::form_value, copy.label(kind), copy.hint(kind)))
            .collect();
        let question =
            checkboxes_question(context, FIELD, heading_legend(copy.question), copy.hint, &choices, None, fields);
        question_page_then(context, context.kit().your_safety, question, support(context.lang, answers.where_you_live))
    }
}
