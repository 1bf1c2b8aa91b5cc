//! "What else do you know about the other parent?": each field optional, each one given checked like the same
//! question about the applicant.

use intake::Answers;
use intake::domain::{Nino, PhoneNumber, ShortText};
use intake::journey::Step;
use intake::other_parent::OtherDetails;
use maud::Markup;
use templates::steps::StepContext;
use templates::steps::other_parent_other_details::{
    EMPLOYER, NINO, PHONE, employer_error, nino_error, phone_error, view,
};
use templates::{Fields, FormErrors};
use time::Date;

use super::Question;

pub struct OtherParentOtherDetails;

impl Question for OtherParentOtherDetails {
    const STEP: Step = Step::OtherParentOtherDetails;

    fn fields(answers: &Answers) -> Fields {
        let details = answers.other_parent.other_details.as_ref();
        Fields::new()
            .with(PHONE, details.and_then(|d| d.phone.as_ref()).map(PhoneNumber::national))
            .with(NINO, details.and_then(|d| d.national_insurance_number.as_ref()).map(Nino::to_string))
            .with(EMPLOYER, details.and_then(|d| d.employer.as_ref()).map(ShortText::as_str))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date) -> Result<(), FormErrors> {
        let mut errors = FormErrors::new();
        let phone =
            fields.non_blank(PHONE).map(PhoneNumber::parse).transpose().map_err(|e| errors.add(PHONE, phone_error(e)));
        let national_insurance_number =
            fields.non_blank(NINO).map(Nino::parse).transpose().map_err(|e| errors.add(NINO, nino_error(e)));
        let employer = ShortText::parse_optional(fields.get(EMPLOYER).unwrap_or(""))
            .map_err(|e| errors.add(EMPLOYER, employer_error(e)));
        match (phone, national_insurance_number, employer) {
            (Ok(phone), Ok(national_insurance_number), Ok(employer)) => {
                answers.other_parent.other_details = Some(OtherDetails { phone, national_insurance_number, employer });
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

    fn save(phone: &str, nino: &str, employer: &str) -> Result<OtherDetails, Vec<(String, String)>> {
        let fields = Fields::new().with(PHONE, Some(phone)).with(NINO, Some(nino)).with(EMPLOYER, Some(employer));
        let mut answers = Answers::default();
        OtherParentOtherDetails::save(&fields, &mut answers, time::macros::date!(2026 - 11 - 22))
            .map(|()| answers.other_parent.other_details.expect("saved"))
            .map_err(|errors| errors.iter().map(|e| (e.field.clone(), e.message.clone())).collect())
    }

    #[test]
    fn all_blank_is_an_answer() {
        assert_eq!(save("", "", ""), Ok(OtherDetails::default()));
        assert_eq!(save("  ", " ", "   "), Ok(OtherDetails::default()));
        let mut answers = Answers::default();
        OtherParentOtherDetails::save(&Fields::new(), &mut answers, time::macros::date!(2026 - 11 - 22))
            .expect("nothing posted is nothing known");
        assert_eq!(answers.other_parent.other_details, Some(OtherDetails::default()));
    }

    #[test]
    fn what_is_given_is_accepted_as_typed() {
        let details = save("+44 7700 900 982", " ab 12 34 56 c ", "  Marks &  Spencer plc ").expect("valid");
        assert_eq!(details.phone.map(|p| p.national()), Some("07700900982".into()));
        assert_eq!(details.national_insurance_number.map(|n| n.to_string()), Some("AB 12 34 56 C".into()));
        assert_eq!(details.employer.map(String::from), Some("Marks & Spencer plc".into()));
        for phone in ["07700 900 982", "(020) 7946 0958", "020-7946-0958"] {
            assert!(save(phone, "", "").is_ok_and(|d| d.phone.is_some()), "{phone}");
        }
        assert_eq!(
            save("", "", "Acme Ltd").map(|d| d.phone.is_none() && d.national_insurance_number.is_none()),
            Ok(true)
        );
    }

    #[test]
    fn each_field_given_is_checked_in_govuk_words() {
        let owned = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
            pairs.iter().map(|(f, m)| ((*f).to_owned(), (*m).to_owned())).collect()
        };
        assert_eq!(
            save("12345", "12345", &"a".repeat(101)).unwrap_err(),
            owned(&[
                (PHONE, "Enter a phone number, like 01632 960 001 or 07700 900 982"),
                (NINO, "Enter a National Insurance number in the correct format"),
                (EMPLOYER, "Employer name must be 100 characters or less"),
            ])
        );
        assert_eq!(save("+33 1 23 45 67 89", "", "").unwrap_err(), owned(&[(PHONE, "Enter a UK phone number")]));
    }

    #[test]
    fn a_saved_answer_is_shown_again() {
        let mut answers = Answers::default();
        let typed = Fields::new().with(PHONE, Some("07700 900982")).with(NINO, Some("ab123456c"));
        OtherParentOtherDetails::save(&typed, &mut answers, time::macros::date!(2026 - 11 - 22)).expect("valid");
        assert_eq!(
            OtherParentOtherDetails::fields(&answers),
            Fields::new().with(PHONE, Some("07700900982")).with(NINO, Some("AB 12 34 56 C"))
        );
    }
}
