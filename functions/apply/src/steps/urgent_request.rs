//! The request for help in danger (`intake::urgent`): what the domestic-abuse team needs to call the police or call
//! back, sent at once. Saving it puts the request in the answers; the generic handler sees a request that was not
//! there before and sends it, with the draft, in one transaction (`Store::send_urgent_request`), then shows this
//! page again, saying it was sent. Once sent, Continue moves on and nothing posted changes it.

use intake::Answers;
use intake::domain::{LongText, PersonName, PhoneNumber, ShortText};
use intake::journey::Step;
use intake::safety::CallRequest;
use intake::urgent::{Help, UrgentRequest};
use maud::Markup;
use templates::steps::StepContext;
use templates::steps::urgent_request::{
    FIRST_NAME, PHONE, WHEN, WHEREABOUTS, first_name_error, phone_error, sent, view, when_error, whereabouts_error,
};
use templates::{Fields, FormErrors};
use time::Date;

use super::Question;

pub struct UrgentRequestQuestion;

/// The help the page asks about: the police, or (for any other choice) a call back.
fn kind(answers: &Answers) -> CallRequest {
    match answers.call_request {
        Some(CallRequest::CallThePolice) => CallRequest::CallThePolice,
        _ => CallRequest::CallMeBack,
    }
}

/// The request as posted, parsed; or the errors, each against its field.
fn parse(fields: &Fields, kind: CallRequest) -> Result<UrgentRequest, FormErrors> {
    let mut errors = FormErrors::new();
    let first_name = match fields.non_blank(FIRST_NAME) {
        None => None,
        Some(name) => PersonName::parse(name).map_err(|e| errors.add(FIRST_NAME, first_name_error(e))).ok(),
    };
    let help = match kind {
        CallRequest::CallThePolice => {
            let whereabouts = LongText::parse(fields.get(WHEREABOUTS).unwrap_or(""))
                .map_err(|e| errors.add(WHEREABOUTS, whereabouts_error(e)))
                .ok();
            // Optional: only a number that is safe for the police to call.
            let phone = match fields.non_blank(PHONE) {
                None => Ok(None),
                Some(phone) => PhoneNumber::parse(phone).map(Some).map_err(|e| errors.add(PHONE, phone_error(e))),
            };
            match (whereabouts, phone) {
                (Some(whereabouts), Ok(phone)) => Some(Help::CallThePolice { whereabouts, phone }),
                _ => None,
            }
        }
        _ => {
            let phone =
                PhoneNumber::parse(fields.get(PHONE).unwrap_or("")).map_err(|e| errors.add(PHONE, phone_error(e))).ok();
            let when =
                ShortText::parse(fields.get(WHEN).unwrap_or("")).map_err(|e| errors.add(WHEN, when_error(e))).ok();
            match (phone, when) {
                (Some(phone), Some(when)) => Some(Help::CallMeBack { phone, when }),
                _ => None,
            }
        }
    };
    match help {
        Some(help) if errors.is_empty() => Ok(UrgentRequest { first_name, help }),
        _ => Err(errors),
    }
}

impl Question for UrgentRequestQuestion {
    const STEP: Step = Step::UrgentRequest;

    /// Nothing is filled in from a request: once sent, the page shows it as sent, not as a form.
    fn fields(_answers: &Answers) -> Fields {
        Fields::new()
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date) -> Result<(), FormErrors> {
        if answers.urgent_request.is_some() {
            // Sent already (Continue on the page that says so, a second tab, Back and send again): one request.
            return Ok(());
        }
        answers.urgent_request = Some(parse(fields, kind(answers))?);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, answers: &Answers) -> Markup {
        match &answers.urgent_request {
            Some(request) => sent(context, request, answers.call_request, answers.where_you_live),
            None => view(context, fields, kind(answers), answers.where_you_live),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        time::macros::date!(2026 - 11 - 22)
    }

    fn asking(request: CallRequest) -> Answers {
        let mut answers = Answers::default();
        answers.set_abuse(true);
        answers.set_in_immediate_danger(Some(true));
        answers.set_call_request(Some(request));
        answers
    }

    fn posted(pairs: &[(&str, &str)]) -> Fields {
        pairs.iter().fold(Fields::new(), |fields, (name, value)| fields.with(name, Some(*value)))
    }

    #[test]
    fn the_police_need_where_you_are_and_a_number_only_if_it_is_safe() {
        let mut answers = asking(CallRequest::CallThePolice);
        let errors = UrgentRequestQuestion::save(&Fields::new(), &mut answers, today()).expect_err("nowhere");
        assert_eq!(errors.message(WHEREABOUTS), Some("Enter where you are now"));
        assert_eq!(errors.message(PHONE), None, "a number is optional");

        let too_far = "a".repeat(501);
        let errors = UrgentRequestQuestion::save(
            &posted(&[(WHEREABOUTS, &too_far), (PHONE, "not a number"), (FIRST_NAME, "S4m")]),
            &mut answers,
            today(),
        )
        .expect_err("three errors");
        assert_eq!(errors.message(WHEREABOUTS), Some("Where you are now must be 500 characters or less"));
        assert_eq!(errors.message(PHONE), Some("Enter a phone number, like 01632 960 001 or 07700 900 982"));
        assert!(errors.message(FIRST_NAME).is_some_and(|m| m.starts_with("First name must only include")));
        assert_eq!(answers.urgent_request, None, "nothing kept from a refused post");

        UrgentRequestQuestion::save(
            &posted(&[(WHEREABOUTS, "  The café,\n Station Road "), (PHONE, "")]),
            &mut answers,
            today(),
        )
        .expect("saved");
        let request = answers.urgent_request.as_ref().expect("a request");
        assert_eq!(
            request.help,
            Help::CallThePolice {
                whereabouts: LongText::parse("The café, Station Road").expect("valid"), phone: None
            }
        );
        assert_eq!(request.first_name, None);
    }

    #[test]
    fn a_call_back_needs_a_uk_number_and_a_safe_time() {
        let mut answers = asking(CallRequest::CallMeBack);
        let errors = UrgentRequestQuestion::save(&posted(&[(PHONE, "+33 1 23 45 67 89")]), &mut answers, today())
            .expect_err("not UK, no time");
        assert_eq!(errors.message(PHONE), Some("Enter a UK phone number"));
        assert_eq!(errors.message(WHEN), Some("Enter when it is safe to call you"));
        UrgentRequestQuestion::save(
            &posted(&[(PHONE, "07700 900 111"), (WHEN, "Weekday mornings"), (FIRST_NAME, "Sam")]),
            &mut answers,
            today(),
        )
        .expect("saved");
        assert_eq!(answers.urgent_request.as_ref().map(UrgentRequest::kind), Some(CallRequest::CallMeBack));
        assert_eq!(
            answers.urgent_request.as_ref().and_then(|r| r.first_name.as_ref()).map(PersonName::as_str),
            Some("Sam")
        );
    }

    #[test]
    fn once_sent_nothing_posted_changes_it() {
        let mut answers = asking(CallRequest::CallMeBack);
        UrgentRequestQuestion::save(&posted(&[(PHONE, "07700 900 111"), (WHEN, "Mornings")]), &mut answers, today())
            .expect("sent");
        let sent = answers.clone();
        UrgentRequestQuestion::save(&posted(&[(PHONE, "07700 900 222"), (WHEN, "Evenings")]), &mut answers, today())
            .expect("Continue");
        UrgentRequestQuestion::save(&Fields::new(), &mut answers, today()).expect("Continue");
        assert_eq!(answers, sent);
    }
}
