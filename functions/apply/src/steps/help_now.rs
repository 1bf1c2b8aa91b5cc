//! Call 999, the Silent Solution, and what CMS can do for someone who cannot call: call the police, call back.

use intake::Answers;
use intake::journey::Step;
use intake::safety::CallRequest;
use maud::Markup;
use templates::steps::StepContext;
use templates::steps::help_now::{ERROR_NOT_SELECTED, FIELD, view};
use templates::{Fields, FormErrors};
use time::Date;

use super::{Question, error};

pub struct HelpNow;

impl Question for HelpNow {
    const STEP: Step = Step::HelpNow;

    fn fields(answers: &Answers) -> Fields {
        Fields::new().with(FIELD, answers.call_request.map(CallRequest::form_value))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date) -> Result<(), FormErrors> {
        let request = fields.get(FIELD).and_then(CallRequest::parse).ok_or_else(|| error(FIELD, ERROR_NOT_SELECTED))?;
        answers.set_call_request(Some(request));
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, answers: &Answers) -> Markup {
        view(context, fields, answers.where_you_live)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_request_or_the_govuk_error() {
        let today = time::macros::date!(2026 - 11 - 22);
        for (value, expected) in [
            ("call-the-police", Some(CallRequest::CallThePolice)),
            ("call-me-back", Some(CallRequest::CallMeBack)),
            ("neither", Some(CallRequest::Neither)),
            ("", None),
            ("call-a-friend", None),
        ] {
            let mut answers = Answers::default();
            let saved = HelpNow::save(&Fields::new().with(FIELD, Some(value)), &mut answers, today);
            assert_eq!(saved.is_ok(), expected.is_some(), "{value}");
            assert_eq!(answers.call_request, expected);
        }
    }
}
