//! "How can we contact you?": a UK phone number, and an email address if they have one. How CMS may contact them
//! safely (which ways, and when) is asked in the safety section; this is where.

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use intake::answers::ContactDetails;
use intake::domain::{EmailAddress, PhoneNumber};
use maud::{Markup, html};
use templates::components::SummaryRow;
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use crate::kit::text::{TextField, text_field};
use crate::kit::{StepContext, question_page, summary};
use crate::{Example, Page, Question, Step};

pub const PHONE: &str = "phone";
pub const EMAIL: &str = "email";

pub struct YourContactDetails;

impl Page for YourContactDetails {
    const ID: &'static str = "your-contact-details";
    const PATH: &'static str = "/your-contact-details";
    const SECTION: SectionId = SectionId::AboutYou;
    const EXAMPLE: Example = Example::both(&[&[(PHONE, "+44 7700 900982"), (EMAIL, "")]]);

    fn is_answered(answers: &Answers) -> bool {
        answers.your_contact_details.is_some()
    }

    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let contact = answers.your_contact_details.as_ref();
        let phone = contact.map(|c| c.phone.national());
        let email = contact.map(|c| c.email.as_ref().map_or(copy.no_email, EmailAddress::as_str));
        summary::rows(vec![
            summary::row(
                copy.summary_phone,
                phone.as_deref(),
                Step::YourContactDetails,
                copy.summary_phone_change,
                lang,
            ),
            summary::row(copy.summary_email, email, Step::YourContactDetails, copy.summary_email_change, lang),
        ])
    }
}

impl Question for YourContactDetails {
    fn fields(answers: &Answers) -> Fields {
        let contact = answers.your_contact_details.as_ref();
        Fields::new()
            .with(PHONE, contact.map(|c| c.phone.national()))
            .with(EMAIL, contact.and_then(|c| c.email.as_ref()).map(EmailAddress::as_str))
    }

    /// The phone number is required; an email address is checked only if one is given.
    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        let copy = Copy::of(lang);
        let mut errors = FormErrors::new();
        let phone = PhoneNumber::parse(fields.get(PHONE).unwrap_or(""))
            .map_err(|e| errors.add(PHONE, copy.phone_error(e)))
            .ok();
        let email = match fields.non_blank(EMAIL) {
            None => Ok(None),
            Some(text) => EmailAddress::parse(text).map(Some).map_err(|e| errors.add(EMAIL, copy.email_error(e))),
        };
        match (phone, email) {
            (Some(phone), Ok(email)) => {
                answers.set_contact_details(ContactDetails { phone, email });
                Ok(())
            }
            _ => Err(errors),
        }
    }

    /// The applicant's own phone number and email address: the browser may fill them in.
    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        let copy = Copy::of(context.lang);
        let body = html! {
            h1.govuk-heading-l { (copy.title) }
            (text_field(context, TextField {
                name: PHONE,
                label: copy.phone,
                hint: Some(copy.phone_hint),
                width: Some("govuk-input--width-20"),
                autocomplete: Some("tel"),
                input_type: Some("tel"),
                ..TextField::default()
            }, fields))
            (text_field(context, TextField {
                name: EMAIL,
                label: copy.email,
                autocomplete: Some("email"),
                input_type: Some("email"),
                spellcheck: Some(false),
                ..TextField::default()
            }, fields))
        };
        question_page(context, copy.title, body)
    }
}
