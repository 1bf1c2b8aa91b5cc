//! "What is your address?": a UK address, as the GOV.UK pattern asks for it
//! (<https://design-system.service.gov.uk/patterns/addresses/>). CMS writes to it, and never gives it to the other
//! parent.

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use intake::domain::UkAddress;
use maud::Markup;
use templates::components::SummaryRow;
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use crate::kit::address::{AddressCopy, address_fields, address_values, parse_address};
use crate::kit::{StepContext, question_page, summary};
use crate::{Example, Page, Question, Step};

/// The address's fields are `address-line-1`, `address-line-2`, `address-town`, `address-county` and
/// `address-postcode`.
pub const PREFIX: &str = "address";

pub struct YourAddress;

impl Page for YourAddress {
    const ID: &'static str = "your-address";
    const PATH: &'static str = "/your-address";
    const SECTION: SectionId = SectionId::AboutYou;
    const EXAMPLE: Example = Example::both(&[&[
        ("address-line-1", "1 High Street"),
        ("address-town", "Cardiff"),
        ("address-postcode", "cf101aa"),
    ]]);

    fn is_answered(answers: &Answers) -> bool {
        answers.your_address.is_some()
    }

    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let lines = answers.your_address.as_ref().map(UkAddress::lines);
        summary::rows(vec![summary::lines_row(copy.summary_key, lines, Step::YourAddress, copy.summary_change, lang)])
    }
}

impl Question for YourAddress {
    fn fields(answers: &Answers) -> Fields {
        address_values(PREFIX, answers.your_address.as_ref())
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        answers.your_address = Some(parse_address(fields, PREFIX, AddressCopy::of(lang))?);
        Ok(())
    }

    /// The applicant's own address: the browser may fill it in.
    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        let copy = Copy::of(context.lang);
        question_page(context, copy.title, address_fields(context, PREFIX, copy.title, fields))
    }
}
