//! "What else do you know about the other parent?": a phone number, National Insurance number and employer, each
//! optional, each one given checked like the same question about the applicant. Anything given helps CMS find
//! them; all blank is an answer (nothing known).

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use intake::domain::{Nino, PhoneNumber, ShortText};
use intake::other_parent::OtherDetails;
use maud::{Markup, html};
use templates::components::SummaryRow;
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use crate::kit::text::{TextField, text_field};
use crate::kit::{StepContext, question_page, summary};
use crate::{Example, Page, Question, Step};

pub const PHONE: &str = "phone";
pub const NINO: &str = "national-insurance-number";
pub const EMPLOYER: &str = "employer";

pub struct OtherParentOtherDetails;

impl Page for OtherParentOtherDetails {
    const ID: &'static str = "other-parent-details";
    const PATH: &'static str = "/other-parent-details";
    const SECTION: SectionId = SectionId::OtherParent;
    const EXAMPLE: Example = Example::both(&[&[(PHONE, ""), (NINO, ""), (EMPLOYER, "")]]);

    fn is_answered(answers: &Answers) -> bool {
        answers.other_parent.other_details.is_some()
    }

    /// Each detail left blank reads "Not known".
    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let details = answers.other_parent.other_details.as_ref();
        let phone = details.map(|d| d.phone.as_ref().map_or_else(|| copy.not_known.to_owned(), PhoneNumber::national));
        let nino = details
            .map(|d| d.national_insurance_number.as_ref().map_or_else(|| copy.not_known.to_owned(), Nino::to_string));
        let employer = details.map(|d| d.employer.as_ref().map_or(copy.not_known, ShortText::as_str));
        let step = Step::OtherParentOtherDetails;
        summary::rows(vec![
            summary::row(copy.summary_phone, phone.as_deref(), step, copy.summary_phone_change, lang),
            summary::row(copy.summary_nino, nino.as_deref(), step, copy.summary_nino_change, lang),
            summary::row(copy.summary_employer, employer, step, copy.summary_employer_change, lang),
        ])
    }
}

impl Question for OtherParentOtherDetails {
    fn fields(answers: &Answers) -> Fields {
        let details = answers.other_parent.other_details.as_ref();
        Fields::new()
            .with(PHONE, details.and_then(|d| d.phone.as_ref()).map(PhoneNumber::national))
            .with(NINO, details.and_then(|d| d.national_insurance_number.as_ref()).map(Nino::to_string))
            .with(EMPLOYER, details.and_then(|d| d.employer.as_ref()).map(ShortText::as_str))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        let copy = Copy::of(lang);
        let mut errors = FormErrors::new();
        let phone = fields
            .non_blank(PHONE)
            .map(PhoneNumber::parse)
            .transpose()
            .map_err(|e| errors.add(PHONE, copy.phone_error(e)));
        let national_insurance_number =
            fields.non_blank(NINO).map(Nino::parse).transpose().map_err(|e| errors.add(NINO, copy.nino_error(e)));
        let employer = ShortText::parse_optional(fields.get(EMPLOYER).unwrap_or(""))
            .map_err(|e| errors.add(EMPLOYER, copy.employer_errors.message(e)));
        match (phone, national_insurance_number, employer) {
            (Ok(phone), Ok(national_insurance_number), Ok(employer)) => {
                answers.other_parent.other_details = Some(OtherDetails { phone, national_insurance_number, employer });
                Ok(())
            }
            _ => Err(errors),
        }
    }

    /// Someone else's details: the browser must not offer the applicant's own.
    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        let copy = Copy::of(context.lang);
        let body = html! {
            h1.govuk-heading-l { (copy.title) }
            p.govuk-body { (copy.intro) }
            (text_field(context, TextField {
                name: PHONE,
                label: copy.phone,
                hint: Some(copy.phone_hint),
                width: Some("govuk-input--width-20"),
                autocomplete: Some("off"),
                input_type: Some("tel"),
                ..TextField::default()
            }, fields))
            (text_field(context, TextField {
                name: NINO,
                label: copy.nino,
                hint: Some(copy.nino_hint),
                width: Some("govuk-input--width-10"),
                autocomplete: Some("off"),
                spellcheck: Some(false),
                ..TextField::default()
            }, fields))
            (text_field(context, TextField {
                name: EMPLOYER,
                label: copy.employer,
                hint: Some(copy.employer_hint),
                autocomplete: Some("off"),
                ..TextField::default()
            }, fields))
        };
        question_page(context, copy.title, body)
    }
}
