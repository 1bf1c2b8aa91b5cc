//! "Do you know the other parent's address?": asked on a page of its own so that the address, several fields, is
//! a page of its own too (`super::address`), as the Design System asks of a complex follow-up question
//! (<https://design-system.service.gov.uk/components/radios/#conditionally-revealing-a-related-question>). "No"
//! forgets an address given before.

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use maud::{Markup, html};
use templates::components::SummaryRow;
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use crate::kit::yes_no::{yes_no, yes_no_value, yes_or_no};
use crate::kit::{StepContext, question_page, summary};
use crate::{Example, Page, Question, Step};

pub const FIELD: &str = "know-address";

pub struct OtherParentKnowsAddress;

impl Page for OtherParentKnowsAddress {
    const ID: &'static str = "do-you-know-the-other-parents-address";
    const PATH: &'static str = "/do-you-know-the-other-parents-address";
    const SECTION: SectionId = SectionId::OtherParent;
    const EXAMPLE: Example = Example::both(&[&[(FIELD, "no")]]);

    fn is_answered(answers: &Answers) -> bool {
        answers.other_parent.knows_address.is_some()
    }

    /// "Not known" is changed here, on the question; a known address is changed on the address page, whose row
    /// it is.
    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let other_parent = &answers.other_parent;
        let not_known = other_parent.knows_address == Some(false) && other_parent.address.is_none();
        summary::rows(vec![summary::row(
            copy.summary_key,
            not_known.then_some(copy.not_known),
            Step::OtherParentKnowsAddress,
            copy.summary_change,
            lang,
        )])
    }
}

impl Question for OtherParentKnowsAddress {
    fn fields(answers: &Answers) -> Fields {
        Fields::new().with(FIELD, answers.other_parent.knows_address.map(yes_no_value))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        let knows = yes_or_no(fields, FIELD, Copy::of(lang).not_selected)?;
        answers.other_parent.set_knows_address(knows);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        let copy = Copy::of(context.lang);
        let hint = html! { (copy.hint) };
        question_page(
            context,
            copy.title,
            yes_no(context, FIELD, copy.title, &copy.answers, Some(hint), fields.get(FIELD)),
        )
    }
}
