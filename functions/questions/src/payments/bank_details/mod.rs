//! "What are your bank account details?", for an applicant who has an account
//! (<https://design-system.service.gov.uk/patterns/bank-details/>). Only the format is checked
//! (`intake::domain::bank`): whether the sort code and account number belong together is not.

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use intake::domain::{
    AccountNumber, AccountNumberError, RollNumber, RollNumberError, ShortText, SortCode, SortCodeError,
};
use intake::payments::BankDetails;
use maud::{Markup, html};
use templates::components::SummaryRow;
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use crate::kit::StepContext;
use crate::kit::text::{TextField, text_field};
use crate::kit::{question_page, summary};
use crate::{Example, Page, Question, Step};

pub const NAME_ON_ACCOUNT: &str = "name-on-account";
pub const SORT_CODE: &str = "sort-code";
pub const ACCOUNT_NUMBER: &str = "account-number";
pub const ROLL_NUMBER: &str = "roll-number";

pub struct BankDetailsQuestion;

impl Copy {
    fn sort_code_error(&self, error: SortCodeError) -> &'static str {
        match error {
            SortCodeError::Empty => self.enter_sort_code,
            SortCodeError::InvalidFormat => self.sort_code_format,
        }
    }

    fn account_number_error(&self, error: AccountNumberError) -> &'static str {
        match error {
            AccountNumberError::Empty => self.enter_account_number,
            AccountNumberError::InvalidFormat | AccountNumberError::WrongLength { .. } => self.account_number_length,
        }
    }

    fn roll_number_error(&self, error: RollNumberError) -> &'static str {
        match error {
            RollNumberError::Empty => self.enter_roll_number,
            RollNumberError::TooLong { .. } => self.roll_number_too_long,
            RollNumberError::InvalidCharacters => self.roll_number_characters,
        }
    }
}

impl Page for BankDetailsQuestion {
    const ID: &'static str = "your-bank-details";
    const PATH: &'static str = "/your-bank-details";
    const SECTION: SectionId = SectionId::Payments;
    const EXAMPLE: Example = Example::both(&[&[
        (NAME_ON_ACCOUNT, "S O'Brien"),
        (SORT_CODE, "30 94 30"),
        (ACCOUNT_NUMBER, "1234 5678"),
        (ROLL_NUMBER, ""),
    ]]);

    fn is_answered(answers: &Answers) -> bool {
        answers.bank_details.is_some()
    }

    /// The account, as its name, sort code and number (the roll number is not shown).
    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        let copy = Copy::of(lang);
        let Some(details) = answers.bank_details.as_ref().filter(|_| super::asked(answers)) else {
            return Vec::new();
        };
        let sort_code = (copy.sort_code_line)(&details.sort_code.to_string());
        let account_number = (copy.account_number_line)(details.account_number.as_str());
        let lines = vec![details.name_on_account.as_str(), &sort_code, &account_number];
        summary::rows(vec![summary::lines_row(
            copy.summary_key,
            Some(lines),
            Step::BankDetails,
            copy.summary_change,
            lang,
        )])
    }
}

impl Question for BankDetailsQuestion {
    fn fields(answers: &Answers) -> Fields {
        let details = answers.bank_details.as_ref();
        Fields::new()
            .with(NAME_ON_ACCOUNT, details.map(|d| d.name_on_account.as_str()))
            .with(SORT_CODE, details.map(|d| d.sort_code.to_string()))
            .with(ACCOUNT_NUMBER, details.map(|d| d.account_number.as_str()))
            .with(ROLL_NUMBER, details.and_then(|d| d.roll_number.as_ref()).map(RollNumber::as_str))
    }

    /// Every field's error at once, each against its field.
    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        let copy = Copy::of(lang);
        let value = |name| fields.get(name).unwrap_or("");
        let mut errors = FormErrors::new();
        let name = ShortText::parse(value(NAME_ON_ACCOUNT))
            .map_err(|e| errors.add(NAME_ON_ACCOUNT, copy.name_on_account_errors.message(e)))
            .ok();
        let sort_code =
            SortCode::parse(value(SORT_CODE)).map_err(|e| errors.add(SORT_CODE, copy.sort_code_error(e))).ok();
        let account_number = AccountNumber::parse(value(ACCOUNT_NUMBER))
            .map_err(|e| errors.add(ACCOUNT_NUMBER, copy.account_number_error(e)))
            .ok();
        let roll_number = RollNumber::parse_optional(value(ROLL_NUMBER))
            .map_err(|e| errors.add(ROLL_NUMBER, copy.roll_number_error(e)));
        match (name, sort_code, account_number, roll_number) {
            (Some(name_on_account), Some(sort_code), Some(account_number), Ok(roll_number)) => {
                answers.bank_details = Some(BankDetails { name_on_account, sort_code, account_number, roll_number });
                Ok(())
            }
            _ => Err(errors),
        }
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        let copy = Copy::of(context.lang);
        // Numbers are not words: no spellcheck, and the browser is not to offer ones it has seen.
        let numeric = |name, label, hint, width| TextField {
            name,
            label,
            hint: Some(hint),
            width: Some(width),
            autocomplete: Some("off"),
            spellcheck: Some(false),
            ..TextField::default()
        };
        let name = TextField {
            name: NAME_ON_ACCOUNT,
            label: copy.name_on_account,
            spellcheck: Some(false),
            ..TextField::default()
        };
        let body = html! {
            h1.govuk-heading-l { (copy.title) }
            (text_field(context, name, fields))
            (text_field(context, numeric(SORT_CODE, copy.sort_code, copy.sort_code_hint, "govuk-input--width-5"), fields))
            (text_field(context, numeric(ACCOUNT_NUMBER, copy.account_number, copy.account_number_hint, "govuk-input--width-10"), fields))
            (text_field(context, numeric(ROLL_NUMBER, copy.roll_number, copy.roll_number_hint, "govuk-input--width-10"), fields))
        };
        question_page(context, copy.title, body)
    }
}
