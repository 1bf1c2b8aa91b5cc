//! "How can we contact you?"

use intake::Answers;
use intake::answers::ContactDetails;
use intake::domain::{EmailAddress, PhoneNumber};
use intake::journey::Step;
use maud::Markup;
use templates::steps::StepContext;
use templates::steps::your_contact_details::{EMAIL, PHONE, email_error, phone_error, view};
use templates::{Fields, FormErrors};
use time::Date;

use super::Question;

pub struct YourContactDetails;

impl Question for YourContactDetails {
    const STEP: Step = Step::YourContactDetails;

    fn fields(answers: &Answers) -> Fields {
        let contact = answers.your_contact_details.as_ref();
        Fields::new()
            .with(PHONE, contact.map(|c| c.phone.national()))
            .with(EMAIL, contact.and_then(|c| c.email.as_ref()).map(EmailAddress::as_str))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date) -> Result<(), FormErrors> {
        let mut errors = FormErrors::new();
        let phone =
            PhoneNumber::parse(fields.get(PHONE).unwrap_or("")).map_err(|e| errors.add(PHONE, phone_error(e))).ok();
        let email = match fields.non_blank(EMAIL) {
            None => Ok(None),
            Some(text) => EmailAddress::parse(text).map(Some).map_err(|e| errors.add(EMAIL, email_error(e))),
        };
        match (phone, email) {
            (Some(phone), Ok(email)) => {
                answers.your_contact_details = Some(ContactDetails { phone, email });
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

    fn save(phone: &str, email: &str) -> Result<ContactDetails, Vec<String>> {
        let fields = Fields::new().with(PHONE, Some(phone)).with(EMAIL, Some(email));
        let mut answers = Answers::default();
        YourContactDetails::save(&fields, &mut answers, time::macros::date!(2026 - 11 - 22))
            .map(|()| answers.your_contact_details.expect("saved"))
            .map_err(|errors| errors.iter().map(|e| e.message.clone()).collect())
    }

    #[test]
    fn any_common_uk_format_and_an_optional_email() {
        for phone in ["07700 900 982", "+44 7700 900982", "(020) 7946 0958", "020-7946-0958"] {
            assert!(save(phone, "").is_ok(), "{phone}");
        }
        assert_eq!(
            save("07700900982", " sam@example.com ").expect("valid").email.map(String::from),
            Some("sam@example.com".into())
        );
    }

    #[test]
    fn errors_in_govuk_words() {
        assert_eq!(save("", "").expect_err("empty"), ["Enter a UK phone number"]);
        assert_eq!(
            save("07700900982", "sam@").expect_err("bad email"),
            ["Enter an email address in the correct format, like name@example.com"]
        );
    }
}
