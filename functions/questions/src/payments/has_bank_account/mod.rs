//! "Do you have a bank account that child maintenance can be paid into?": yes asks for its details next; no
//! forgets any details given before, and CMS talks to the applicant about other ways to be paid.

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

use crate::kit::StepContext;
use crate::kit::yes_no::{yes_no, yes_no_value, yes_or_no};
use crate::kit::{question_page, summary};
use crate::{Example, Page, Question, Step};

pub const FIELD: &str = "has-bank-account";

pub struct HasBankAccount;

impl Page for HasBankAccount {
    const ID: &'static str = "do-you-have-a-bank-account";
    const PATH: &'static str = "/do-you-have-a-bank-account";
    const SECTION: SectionId = SectionId::Payments;
    const EXAMPLE: Example = Example::both(&[&[(FIELD, "yes")]]);

    fn is_answered(answers: &Answers) -> bool {
        answers.has_bank_account.is_some()
    }

    /// "No" only: an account's row is its details' (`bank_details`), changed there.
    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let no_account =
            super::asked(answers) && answers.has_bank_account == Some(false) && answers.bank_details.is_none();
        summary::rows(vec![summary::row(
            copy.summary_key,
            no_account.then_some(copy.no_account),
            Step::HasBankAccount,
            copy.summary_change,
            lang,
        )])
    }
}

impl Question for HasBankAccount {
    fn fields(answers: &Answers) -> Fields {
        Fields::new().with(FIELD, answers.has_bank_account.map(yes_no_value))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        let has = yes_or_no(fields, FIELD, Copy::of(lang).not_selected)?;
        answers.set_has_bank_account(Some(has));
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
