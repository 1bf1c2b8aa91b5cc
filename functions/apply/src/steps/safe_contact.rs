//! "How can we contact you safely?": at least one way, and when (optional).

use intake::Answers;
use intake::domain::ShortText;
use intake::journey::Step;
use intake::safety::{ContactMethod, SafeContact};
use maud::Markup;
use templates::steps::StepContext;
use templates::steps::safe_contact::{ERROR_NOT_SELECTED, FIELD, SAFE_TIMES, safe_times_error, view};
use templates::{Fields, FormErrors};
use time::Date;

use super::{CheckboxRules, Question, checkbox_fields, parse_checkboxes};

pub struct SafeContactQuestion;

impl Question for SafeContactQuestion {
    const STEP: Step = Step::SafeContact;

    fn fields(answers: &Answers) -> Fields {
        let contact = answers.safe_contact.as_ref();
        let mut fields =
            checkbox_fields(FIELD, contact.map(|c| c.methods.as_slice()), ContactMethod::form_value, false);
        if let Some(times) = contact.and_then(|c| c.safe_times.as_ref()) {
            fields = fields.with(SAFE_TIMES, Some(times.as_str()));
        }
        fields
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date) -> Result<(), FormErrors> {
        let rules = CheckboxRules { required: Some(ERROR_NOT_SELECTED), conflicting: ERROR_NOT_SELECTED };
        let mut errors = FormErrors::new();
        let methods = parse_checkboxes(fields, FIELD, ContactMethod::parse, rules).map_err(|e| errors.extend(e)).ok();
        let safe_times = ShortText::parse_optional(fields.get(SAFE_TIMES).unwrap_or(""))
            .map_err(|e| errors.add(SAFE_TIMES, safe_times_error(e)))
            .ok();
        match (methods, safe_times) {
            (Some(methods), Some(safe_times)) => {
                answers.safe_contact = Some(SafeContact { methods, safe_times });
                Ok(())
            }
            _ => Err(errors),
        }
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        view(context, fields)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_least_one_way_and_an_optional_time() {
        let today = time::macros::date!(2026 - 11 - 22);
        let mut answers = Answers::default();
        let errors =
            SafeContactQuestion::save(&Fields::new().with(SAFE_TIMES, Some(&"x".repeat(101))), &mut answers, today)
                .expect_err("nothing selected, time too long");
        assert_eq!(errors.message(FIELD), Some(ERROR_NOT_SELECTED));
        assert_eq!(errors.message(SAFE_TIMES), Some("When it is safe to contact you must be 100 characters or less"));
        let posted = Fields::new().with(FIELD, Some("letters")).with(FIELD, Some("texts"));
        SafeContactQuestion::save(&posted, &mut answers, today).expect("saved");
        assert_eq!(
            answers.safe_contact,
            Some(SafeContact { methods: vec![ContactMethod::TextMessages, ContactMethod::Letters], safe_times: None })
        );
    }
}
