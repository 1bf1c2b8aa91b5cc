//! "What is the other parent's address?", for an other parent who lives outside the UK where CMS may be able to act
//! (they work for a UK employer, or the applicant does not know): the country, needed, and the address as typed, if
//! known. Addresses abroad take many forms, so the address is one free-text field, not the UK pattern's.

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use intake::children::YesNoOrNotKnown;
use intake::domain::{LongText, ShortText};
use intake::other_parent::AddressAbroad;
use maud::{Markup, html};
use templates::components::{Content, Hint, Label, SummaryRow, Textarea, textarea};
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use crate::kit::text::{TextField, text_field};
use crate::kit::{StepContext, question_page, summary};
use crate::{Example, Page, Question, Step};

pub const COUNTRY: &str = "country";
pub const ADDRESS: &str = "address-abroad";

pub struct OtherParentAddressAbroad;

impl Page for OtherParentAddressAbroad {
    const ID: &'static str = "other-parent-address-abroad";
    const PATH: &'static str = "/other-parent-address-abroad";
    const SECTION: SectionId = SectionId::OtherParent;
    const EXAMPLE: Example = Example { plain: &[], disclosed: &[&[(COUNTRY, "Germany"), (ADDRESS, "")]] };

    fn is_answered(answers: &Answers) -> bool {
        answers.other_parent.address_abroad.is_some()
    }

    /// Abroad, with a UK employer or not known whether: CMS may be able to act.
    fn applies(answers: &Answers) -> bool {
        super::employer_abroad::EmployerAbroad::applies(answers)
            && answers.other_parent.uk_employer_abroad != Some(YesNoOrNotKnown::No)
    }

    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let abroad = answers.other_parent.address_abroad.as_ref();
        let address = abroad.map(|a| a.address.as_ref().map_or(copy.not_known, LongText::as_str));
        let step = Step::OtherParentAddressAbroad;
        summary::rows(vec![
            summary::row(
                copy.summary_country,
                abroad.map(|a| a.country.as_str()),
                step,
                copy.summary_country_change,
                lang,
            ),
            summary::row(copy.summary_address, address, step, copy.summary_address_change, lang),
        ])
    }
}

impl Question for OtherParentAddressAbroad {
    fn fields(answers: &Answers) -> Fields {
        let abroad = answers.other_parent.address_abroad.as_ref();
        Fields::new()
            .with(COUNTRY, abroad.map(|a| a.country.as_str()))
            .with(ADDRESS, abroad.and_then(|a| a.address.as_ref()).map(LongText::as_str))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        let copy = Copy::of(lang);
        let mut errors = FormErrors::new();
        let country = ShortText::parse(fields.get(COUNTRY).unwrap_or(""))
            .map_err(|e| errors.add(COUNTRY, copy.country_errors.message(e)))
            .ok();
        let address = LongText::parse_optional(fields.get(ADDRESS).unwrap_or(""))
            .map_err(|_| errors.add(ADDRESS, copy.address_too_long))
            .ok();
        match (country, address) {
            (Some(country), Some(address)) => {
                answers.other_parent.address_abroad = Some(AddressAbroad { country, address });
                Ok(())
            }
            _ => Err(errors),
        }
    }

    /// Someone else's address: the browser must not offer the applicant's own.
    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        let copy = Copy::of(context.lang);
        let body = html! {
            h1.govuk-heading-l { (copy.title) }
            (text_field(context, TextField {
                name: COUNTRY,
                label: copy.country,
                width: Some("govuk-!-width-two-thirds"),
                autocomplete: Some("off"),
                ..TextField::default()
            }, fields))
            (textarea(&Textarea {
                name: ADDRESS.into(),
                value: fields.get(ADDRESS).map(str::to_owned),
                rows: Some(4),
                label: Some(Label {
                    content: Content::text(copy.address),
                    classes: Some("govuk-label--s".into()),
                    ..Label::default()
                }),
                hint: Some(Hint { content: Content::text(copy.address_hint), ..Hint::default() }),
                error_message: context.errors.message_for(ADDRESS, context.lang),
                autocomplete: Some("off".into()),
                ..Textarea::default()
            }))
        };
        question_page(context, copy.title, body)
    }
}
