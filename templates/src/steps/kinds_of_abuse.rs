//! "What has happened?": the kinds of abuse, optional. Someone can disclose without giving any detail; where
//! they do, it helps the domestic-abuse team prepare. Below the form: where to get support now.

use intake::safety::AbuseKind;
use maud::Markup;

use super::{Choice, StepContext, YOUR_SAFETY, checkboxes_question, heading_legend, question_page_then, support};
use crate::Fields;

pub const FIELD: &str = "kinds";
pub const QUESTION: &str = "What has happened? (optional)";
pub const HINT: &str = "Select all that apply. You do not have to tell us, and leaving this blank does not change \
                        what happens with your application.";

pub fn label(kind: AbuseKind) -> &'static str {
    match kind {
        AbuseKind::Physical => "Physical abuse",
        AbuseKind::Sexual => "Sexual abuse",
        AbuseKind::EmotionalOrPsychological => "Emotional or psychological abuse",
        AbuseKind::CoerciveOrControlling => "Coercive or controlling behaviour",
        AbuseKind::EconomicOrFinancial => "Economic or financial abuse",
        AbuseKind::Threats => "Threats",
        AbuseKind::StalkingOrHarassment => "Stalking or harassment",
    }
}

fn hint(kind: AbuseKind) -> Option<&'static str> {
    match kind {
        AbuseKind::CoerciveOrControlling => {
            Some("For example, isolating you, monitoring you or controlling what you do")
        }
        AbuseKind::EconomicOrFinancial => Some("For example, controlling your money or stopping you working"),
        _ => None,
    }
}

pub fn view(context: StepContext<'_>, fields: &Fields, nation: Option<intake::eligibility::Country>) -> Markup {
    let choices: Vec<Choice<'_>> = AbuseKind::ALL
        .iter()
        .map(|kind| Choice { value: kind.form_value(), label: label(*kind), hint: hint(*kind) })
        .collect();
    let question = checkboxes_question(context, FIELD, heading_legend(QUESTION), HINT, &choices, None, fields);
    question_page_then(context, YOUR_SAFETY, question, support(nation))
}
