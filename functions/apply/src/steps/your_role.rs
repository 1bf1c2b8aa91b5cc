//! "Which of these describes you?": who is applying. The roles offered depend on where the applicant lives.

use intake::Answers;
use intake::eligibility::{Country, Role};
use intake::journey::Step;
use maud::Markup;
use templates::steps::StepContext;
use templates::steps::your_role::{ERROR_NOT_SELECTED, FIELD, view};
use templates::{Fields, FormErrors};
use time::Date;

use super::{Question, error};

pub struct YourRole;

/// The journey shows this step only once where-you-live is answered; England stands in if that ever changes.
fn country(answers: &Answers) -> Country {
    answers.where_you_live.unwrap_or(Country::England)
}

impl Question for YourRole {
    const STEP: Step = Step::YourRole;

    fn fields(answers: &Answers) -> Fields {
        Fields::new().with(FIELD, answers.your_role.map(Role::form_value))
    }

    /// Only a role open to someone in the applicant's country is accepted.
    fn save(fields: &Fields, answers: &mut Answers, _today: Date) -> Result<(), FormErrors> {
        let role = fields
            .get(FIELD)
            .and_then(Role::parse)
            .filter(|role| Role::available_in(country(answers)).any(|r| r == *role))
            .ok_or_else(|| error(FIELD, ERROR_NOT_SELECTED))?;
        answers.set_your_role(role);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, answers: &Answers) -> Markup {
        view(context, country(answers), fields.get(FIELD))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn save(country: Country, value: &str) -> Result<Answers, FormErrors> {
        let fields = Fields::new().with(FIELD, Some(value));
        let mut answers = Answers::default();
        answers.set_where_you_live(country);
        YourRole::save(&fields, &mut answers, time::macros::date!(2026 - 11 - 22)).map(|()| answers)
    }

    #[test]
    fn a_child_may_apply_only_from_scotland() {
        assert_eq!(save(Country::Scotland, "child-in-scotland").expect("valid").your_role, Some(Role::ChildInScotland));
        assert!(save(Country::England, "child-in-scotland").is_err());
    }

    #[test]
    fn nothing_selected_has_the_govuk_message() {
        let errors = save(Country::Wales, "").expect_err("empty");
        assert_eq!(errors.iter().map(|e| e.message.as_str()).collect::<Vec<_>>(), [ERROR_NOT_SELECTED]);
    }
}
