//! "Can the Child Maintenance Service give your bank details to the other parent?": asked before the bank details
//! when the applicant chose Direct Pay (the other parent pays into their account, so needs the details), and never
//! after a disclosure (Collect & Pay). It says plainly that a sort code can show the branch's area and that another
//! account can be used; "No" means CMS calls to explain the options, and Collect & Pay is still open to them
//! (docs/domain.md, "What the real application asks": Direct Pay). Content comes before the question, so the h1 is
//! the page's own and the legend a medium heading
//! (<https://design-system.service.gov.uk/get-started/labels-legends-headings/>).

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

use crate::kit::choices::{Choice, radios_question};
use crate::kit::yes_no::{NO, YES, yes_no_value, yes_or_no};
use crate::kit::{StepContext, question_page, sub_legend, summary};
use crate::{Example, Page, Question, Step};

pub const FIELD: &str = "share-bank-details";

pub struct ShareBankDetails;

impl Page for ShareBankDetails {
    const ID: &'static str = "sharing-your-bank-details";
    const PATH: &'static str = "/sharing-your-bank-details";
    const SECTION: SectionId = SectionId::Payments;
    /// Only the example without a disclosure chooses Direct Pay.
    const EXAMPLE: Example = Example { plain: &[&[(FIELD, "yes")]], disclosed: &[] };

    fn is_answered(answers: &Answers) -> bool {
        answers.share_bank_details.is_some()
    }

    fn applies(answers: &Answers) -> bool {
        answers.asked_to_share_bank_details()
    }

    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let value = answers
            .share_bank_details
            .filter(|_| answers.asked_to_share_bank_details())
            .map(|yes| if yes { copy.summary_yes } else { copy.summary_no });
        summary::rows(vec![summary::row(copy.summary_key, value, Step::ShareBankDetails, copy.summary_change, lang)])
    }
}

impl Question for ShareBankDetails {
    fn fields(answers: &Answers) -> Fields {
        Fields::new().with(FIELD, answers.share_bank_details.map(yes_no_value))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        answers.share_bank_details = Some(yes_or_no(fields, FIELD, Copy::of(lang).not_selected)?);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        let copy = Copy::of(context.lang);
        let choices = [
            Choice { value: YES, label: copy.yes, hint: None },
            Choice { value: NO, label: copy.no, hint: Some(copy.no_hint) },
        ];
        let question = radios_question(context, FIELD, sub_legend(copy.question), None, &choices, None, fields);
        let body = html! {
            h1.govuk-heading-l { (copy.title) }
            p.govuk-body { (copy.why) }
            p.govuk-body { (copy.sort_code) }
            (question)
        };
        question_page(context, copy.title, body)
    }
}
