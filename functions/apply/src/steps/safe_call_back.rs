//! "When can we call you safely?": a safe number and time, after "call me back at a safe time".

use intake::Answers;
use intake::domain::{PhoneNumber, ShortText};
use intake::journey::Step;
use intake::safety;
use maud::Markup;
use templates::steps::StepContext;
use templates::steps::safe_call_back::{PHONE, WHEN, view, when_error};
use templates::steps::your_contact_details::phone_error;
use templates::{Fields, FormErrors};
use time::Date;

use super::Question;

pub struct SafeCallBack;

impl Question for SafeCallBack {
    const STEP: Step = Step::SafeCallBack;

    fn fields(answers: &Answers) -> Fields {
        let call_back = answers.safe_call_back.as_ref();
        Fields::new().with(PHONE, call_back.map(|c| c.phone.national())).with(WHEN, call_back.map(|c| c.when.as_str()))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date) -> Result<(), FormErrors> {
        let mut errors = FormErrors::new();
        let phone =
            PhoneNumber::parse(fields.get(PHONE).unwrap_or("")).map_err(|e| errors.add(PHONE, phone_error(e))).ok();
        let when = ShortText::parse(fields.get(WHEN).unwrap_or("")).map_err(|e| errors.add(WHEN, when_error(e))).ok();
        match (phone, when) {
            (Some(phone), Some(when)) => {
                answers.safe_call_back = Some(safety::SafeCallBack { phone, when });
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
    fn both_a_number_and_a_time_are_needed() {
        let today = time::macros::date!(2026 - 11 - 22);
        let mut answers = Answers::default();
        let errors = SafeCallBack::save(&Fields::new(), &mut answers, today).expect_err("both missing");
        assert_eq!(errors.message(PHONE), Some("Enter a UK phone number"));
        assert_eq!(errors.message(WHEN), Some("Enter when it is safe to call you"));
        let posted = Fields::new().with(PHONE, Some("07700 900 982")).with(WHEN, Some("  weekdays   after 10am "));
        SafeCallBack::save(&posted, &mut answers, today).expect("saved");
        assert_eq!(answers.safe_call_back.as_ref().map(|c| c.when.as_str()), Some("weekdays after 10am"));
    }
}
