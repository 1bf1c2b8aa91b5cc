//! "What is the other parent's address?": asked only of an applicant who knows it, and roughly when the other
//! parent last lived there. A page of its own rather than a conditional reveal: the Design System asks for complex
//! follow-up questions to go on the next page
//! (<https://design-system.service.gov.uk/components/radios/#conditionally-revealing-a-related-question>).

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use intake::domain::ShortText;
use intake::other_parent::LastKnownAddress;
use maud::{Markup, html};
use templates::components::{SummaryRow, fieldset};
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use crate::kit::address::{AddressCopy, address_inputs, address_values, parse_address};
use crate::kit::text::{TextField, text_field};
use crate::kit::{StepContext, heading_legend, question_page, summary};
use crate::{Example, Page, Question, Step};

/// The address's fields are `address-line-1`, `address-line-2`, `address-town`, `address-county` and
/// `address-postcode`.
pub const PREFIX: &str = "address";
pub const LAST_LIVED_THERE: &str = "when-last-lived-there";

pub struct OtherParentAddress;

impl Page for OtherParentAddress {
    const ID: &'static str = "other-parent-address";
    const PATH: &'static str = "/other-parent-address";
    const SECTION: SectionId = SectionId::OtherParent;
    /// Neither example application knows the other parent's address.
    const EXAMPLE: Example = Example::NONE;

    fn is_answered(answers: &Answers) -> bool {
        answers.other_parent.address.is_some()
    }

    /// A known address is changed here; "not known" is the row of the question before (`super::knows_address`).
    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let known = answers.other_parent.address.as_ref();
        let when = known.map(|k| k.when_last_lived_there.as_ref().map_or(copy.not_known, ShortText::as_str));
        summary::rows(vec![
            summary::lines_row(
                copy.summary_address,
                known.map(|k| k.address.lines()),
                Step::OtherParentAddress,
                copy.summary_address_change,
                lang,
            ),
            summary::row(
                copy.summary_last_lived_there,
                when,
                Step::OtherParentAddress,
                copy.summary_last_lived_there_change,
                lang,
            ),
        ])
    }
}

impl Question for OtherParentAddress {
    fn fields(answers: &Answers) -> Fields {
        let known = answers.other_parent.address.as_ref();
        address_values(PREFIX, known.map(|k| &k.address))
            .with(LAST_LIVED_THERE, known.and_then(|k| k.when_last_lived_there.as_ref()).map(ShortText::as_str))
    }

    /// The address's errors first, then when they last lived there: the order of the page.
    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        let copy = Copy::of(lang);
        let address = parse_address(fields, PREFIX, AddressCopy::of(lang));
        let when = ShortText::parse_optional(fields.get(LAST_LIVED_THERE).unwrap_or(""));
        match (address, when) {
            (Ok(address), Ok(when_last_lived_there)) => {
                answers.other_parent.address = Some(LastKnownAddress { address, when_last_lived_there });
                Ok(())
            }
            (address, when) => {
                let mut errors = address.err().unwrap_or_default();
                if let Err(e) = when {
                    errors.add(LAST_LIVED_THERE, copy.last_lived_there_errors.message(e));
                }
                Err(errors)
            }
        }
    }

    /// Someone else's address: the browser must not offer the applicant's own.
    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        let copy = Copy::of(context.lang);
        let body = html! {
            (fieldset(&heading_legend(copy.title).unwrap_or_default(), address_inputs(context, PREFIX, fields, false)))
            (text_field(context, TextField {
                name: LAST_LIVED_THERE,
                label: copy.last_lived_there,
                hint: Some(copy.last_lived_there_hint),
                width: Some("govuk-!-width-two-thirds"),
                autocomplete: Some("off"),
                ..TextField::default()
            }, fields))
        };
        question_page(context, copy.title, body)
    }
}
