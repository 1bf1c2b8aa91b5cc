//! "How do you know the other parent's address?": asked after the address, so that CMS knows how far it can rely on
//! it before it writes there (docs/domain.md, "What the real application asks": the other parent).

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use intake::other_parent::HowAddressKnown;
use maud::Markup;
use templates::components::SummaryRow;
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use crate::kit::choices::{Choice, parse_choice, radios_question};
use crate::kit::{StepContext, heading_legend, question_page, summary};
use crate::{Example, Page, Question, Step};

pub const FIELD: &str = "how-address-known";

pub struct HowAddressKnownQuestion;

impl Page for HowAddressKnownQuestion {
    const ID: &'static str = "how-you-know-the-address";
    const PATH: &'static str = "/how-you-know-the-address";
    const SECTION: SectionId = SectionId::OtherParent;
    /// Neither example knows the address (the bad-input walk and the recorded pages answer it after "yes").
    const EXAMPLE: Example = Example::NONE;

    fn is_answered(answers: &Answers) -> bool {
        answers.other_parent.how_address_known.is_some()
    }

    fn applies(answers: &Answers) -> bool {
        answers.other_parent.knows_address == Some(true)
    }

    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let value = answers.other_parent.how_address_known.map(|how| copy.label(how));
        summary::rows(vec![summary::row(copy.summary_key, value, Step::HowAddressKnown, copy.summary_change, lang)])
    }
}

impl Question for HowAddressKnownQuestion {
    fn fields(answers: &Answers) -> Fields {
        Fields::new().with(FIELD, answers.other_parent.how_address_known.map(HowAddressKnown::form_value))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        let how = parse_choice(fields, FIELD, HowAddressKnown::parse, Copy::of(lang).not_selected)?;
        answers.other_parent.how_address_known = Some(how);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        let copy = Copy::of(context.lang);
        let choices: Vec<Choice<'_>> = HowAddressKnown::ALL
            .iter()
            .map(|&how| Choice::of(how, HowAddressKnown::form_value, copy.label(how), None))
            .collect();
        question_page(
            context,
            copy.title,
            radios_question(context, FIELD, heading_legend(copy.title), None, &choices, None, fields),
        )
    }
}
