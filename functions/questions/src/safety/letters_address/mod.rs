//! "Where should we send your letters?": a safe UK address for letters (a refuge, a friend's), asked when it is
//! not safe to send them home (`letters_home`). An address, as the GOV.UK pattern asks for one
//! (<https://design-system.service.gov.uk/patterns/addresses/>); never given to the other parent.

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use intake::domain::UkAddress;
use maud::{Markup, html};
use templates::components::{Fieldset, SummaryRow, fieldset};
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use crate::kit::address::{AddressCopy, address_inputs, address_values, parse_address};
use crate::kit::{StepContext, heading_legend, question_page, summary};
use crate::{Example, Page, Question, Step};

/// The address's fields are `letters-address-line-1` … `letters-address-postcode`.
pub const PREFIX: &str = "letters-address";

pub struct LettersAddress;

impl Page for LettersAddress {
    const ID: &'static str = "letters-address";
    const PATH: &'static str = crate::journey::YOUR_SAFETY;
    const SECTION: SectionId = SectionId::YourSafety;
    const EXAMPLE: Example = Example {
        plain: &[],
        disclosed: &[&[
            ("letters-address-line-1", "Flat 3, 12 Park Road"),
            ("letters-address-line-2", ""),
            ("letters-address-town", "Swansea"),
            ("letters-address-county", ""),
            ("letters-address-postcode", "SA2 0AA"),
        ]],
    };

    fn is_answered(answers: &Answers) -> bool {
        answers.letters_address.is_some()
    }

    fn applies(answers: &Answers) -> bool {
        answers.letters_home == Some(false)
    }

    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let lines = answers.letters_address.as_ref().map(UkAddress::lines);
        summary::rows(vec![summary::lines_row(
            copy.summary_key,
            lines,
            Step::LettersAddress,
            copy.summary_change,
            lang,
        )])
    }
}

impl Question for LettersAddress {
    fn fields(answers: &Answers) -> Fields {
        address_values(PREFIX, answers.letters_address.as_ref())
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        answers.letters_address = Some(parse_address(fields, PREFIX, AddressCopy::of(lang))?);
        Ok(())
    }

    /// Not the applicant's own address: the browser is told not to fill in theirs. The hint is the fieldset's
    /// description, read with the legend.
    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        let copy = Copy::of(context.lang);
        let hint_id = format!("{PREFIX}-hint");
        let legend =
            Fieldset { described_by: Some(hint_id.clone()), ..heading_legend(copy.question).unwrap_or_default() };
        let body = fieldset(
            &legend,
            html! {
                div.govuk-hint id=(hint_id) { (copy.hint) }
                (address_inputs(context, PREFIX, fields, false))
            },
        );
        question_page(context, context.kit().your_safety, body)
    }
}
