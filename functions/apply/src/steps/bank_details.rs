//! "What are your bank account details?"

use intake::Answers;
use intake::domain::{AccountNumber, RollNumber, ShortText, SortCode};
use intake::journey::Step;
use intake::payments::BankDetails;
use maud::Markup;
use templates::steps::StepContext;
use templates::steps::bank_details::{
    ACCOUNT_NUMBER, NAME_ON_ACCOUNT, ROLL_NUMBER, SORT_CODE, account_number_error, name_error, roll_number_error,
    sort_code_error, view,
};
use templates::{Fields, FormErrors};
use time::Date;

use super::Question;

pub struct BankDetailsQuestion;

impl Question for BankDetailsQuestion {
    const STEP: Step = Step::BankDetails;

    fn fields(answers: &Answers) -> Fields {
        let details = answers.bank_details.as_ref();
        Fields::new()
            .with(NAME_ON_ACCOUNT, details.map(|d| d.name_on_account.as_str()))
            .with(SORT_CODE, details.map(|d| d.sort_code.to_string()))
            .with(ACCOUNT_NUMBER, details.map(|d| d.account_number.as_str()))
            .with(ROLL_NUMBER, details.and_then(|d| d.roll_number.as_ref()).map(RollNumber::as_str))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date) -> Result<(), FormErrors> {
        let value = |name| fields.get(name).unwrap_or("");
        let mut errors = FormErrors::new();
        let name =
            ShortText::parse(value(NAME_ON_ACCOUNT)).map_err(|e| errors.add(NAME_ON_ACCOUNT, name_error(e))).ok();
        let sort_code = SortCode::parse(value(SORT_CODE)).map_err(|e| errors.add(SORT_CODE, sort_code_error(e))).ok();
        let account_number = AccountNumber::parse(value(ACCOUNT_NUMBER))
            .map_err(|e| errors.add(ACCOUNT_NUMBER, account_number_error(e)))
            .ok();
        let roll_number =
            RollNumber::parse_optional(value(ROLL_NUMBER)).map_err(|e| errors.add(ROLL_NUMBER, roll_number_error(e)));
        match (name, sort_code, account_number, roll_number) {
            (Some(name_on_account), Some(sort_code), Some(account_number), Ok(roll_number)) => {
                answers.bank_details = Some(BankDetails { name_on_account, sort_code, account_number, roll_number });
                Ok(())
            }
            _ => Err(errors),
        }
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        view(context, fields)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn save(pairs: [(&str, &str); 4]) -> Result<BankDetails, Vec<(String, String)>> {
        let fields = Fields::from_pairs(pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect());
        let mut answers = Answers::default();
        BankDetailsQuestion::save(&fields, &mut answers, time::macros::date!(2026 - 11 - 22))
            .map(|()| answers.bank_details.expect("saved"))
            .map_err(|errors| errors.iter().map(|e| (e.field.clone(), e.message.clone())).collect())
    }

    #[test]
    fn sort_codes_with_spaces_or_hyphens() {
        for sort_code in ["30-94-30", "30 94 30", "309430"] {
            let details = save([
                (NAME_ON_ACCOUNT, "S Jones"),
                (SORT_CODE, sort_code),
                (ACCOUNT_NUMBER, "12345678"),
                (ROLL_NUMBER, ""),
            ])
            .expect(sort_code);
            assert_eq!(details.sort_code.to_string(), "30-94-30");
        }
    }

    #[test]
    fn every_field_reports_its_own_error() {
        assert_eq!(
            save([(NAME_ON_ACCOUNT, ""), (SORT_CODE, "12"), (ACCOUNT_NUMBER, "123"), (ROLL_NUMBER, "<b>")])
                .expect_err("bad"),
            [
                (NAME_ON_ACCOUNT.to_owned(), "Enter the name on the account".to_owned()),
                (SORT_CODE.to_owned(), "Enter a sort code like 309430".to_owned()),
                (ACCOUNT_NUMBER.to_owned(), "Account number must be between 6 and 8 digits".to_owned()),
                (
                    ROLL_NUMBER.to_owned(),
                    "Building society roll number must only include letters a to z, numbers, hyphens, spaces, forward \
                     slashes and full stops"
                        .to_owned()
                ),
            ]
        );
    }
}
