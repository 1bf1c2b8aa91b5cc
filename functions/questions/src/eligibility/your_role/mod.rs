//! "Which of these describes you?": who is applying. The roles offered depend on where the applicant lives: only
//! in Scotland may a child of 12 or over apply for themselves (docs/domain.md, "Eligibility").

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use intake::eligibility::{Country, Role};
use maud::Markup;
use templates::components::SummaryRow;
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use crate::kit::StepContext;
use crate::kit::choices::{Choice, radios_question};
use crate::kit::{error, heading_legend, question_page, summary};
use crate::{Example, Page, Question, Step};

pub const FIELD: &str = "your-role";

pub struct YourRole;

/// The journey shows this step only once where-you-live is answered; England stands in if that ever changes.
fn country(answers: &Answers) -> Country {
    answers.where_you_live.unwrap_or(Country::England)
}

impl Page for YourRole {
    const ID: &'static str = "your-role";
    const PATH: &'static str = "/your-role";
    const SECTION: SectionId = SectionId::Eligibility;
    const EXAMPLE: Example = Example::both(&[&[(FIELD, "parent-with-care")]]);
    const PAYING: Option<&'static [crate::examples::Post]> = Some(&[&[(FIELD, "parent-without-care")]]);

    fn is_answered(answers: &Answers) -> bool {
        answers.your_role.is_some()
    }

    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let value = answers.your_role.map(|role| copy.label(role));
        summary::rows(vec![summary::row(copy.summary_key, value, Step::YourRole, copy.summary_change, lang)])
    }
}

impl Question for YourRole {
    fn fields(answers: &Answers) -> Fields {
        Fields::new().with(FIELD, answers.your_role.map(Role::form_value))
    }

    /// Only a role open to someone in the applicant's country is accepted.
    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        let role = fields
            .get(FIELD)
            .and_then(Role::parse)
            .filter(|role| Role::available_in(country(answers)).any(|r| r == *role))
            .ok_or_else(|| error(FIELD, Copy::of(lang).not_selected))?;
        answers.set_your_role(role);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, answers: &Answers) -> Markup {
        let copy = Copy::of(context.lang);
        let roles: Vec<Choice<'_>> = Role::available_in(country(answers))
            .map(|role| Choice::of(role, Role::form_value, copy.label(role), copy.hint(role)))
            .collect();
        let field = radios_question(context, FIELD, heading_legend(copy.title), None, &roles, None, fields);
        question_page(context, copy.title, field)
    }
}
