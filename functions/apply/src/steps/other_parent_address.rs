//! "What is the other parent's address?" (asked when the applicant knows it), and roughly when they last lived
//! there.

use intake::Answers;
use intake::domain::ShortText;
use intake::journey::Step;
use intake::other_parent::LastKnownAddress;
use maud::Markup;
use templates::steps::StepContext;
use templates::steps::other_parent_address::{LAST_LIVED_THERE, PREFIX, last_lived_there_error, view};
use templates::{Fields, FormErrors};
use time::Date;

use super::{Question, address_fields, parse_address};

pub struct OtherParentAddress;

impl Question for OtherParentAddress {
    const STEP: Step = Step::OtherParentAddress;

    fn fields(answers: &Answers) -> Fields {
        let known = answers.other_parent.address.as_ref();
        address_fields(PREFIX, known.map(|k| &k.address))
            .with(LAST_LIVED_THERE, known.and_then(|k| k.when_last_lived_there.as_ref()).map(ShortText::as_str))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date) -> Result<(), FormErrors> {
        let address = parse_address(fields, PREFIX);
        let when = ShortText::parse_optional(fields.get(LAST_LIVED_THERE).unwrap_or(""));
        match (address, when) {
            (Ok(address), Ok(when_last_lived_there)) => {
                answers.other_parent.address = Some(LastKnownAddress { address, when_last_lived_there });
                Ok(())
            }
            (address, when) => {
                let mut errors = address.err().unwrap_or_default();
                if let Err(e) = when {
                    errors.add(LAST_LIVED_THERE, last_lived_there_error(e));
                }
                Err(errors)
            }
        }
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        view(context, fields)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn save(pairs: &[(&str, &str)]) -> Result<LastKnownAddress, Vec<(String, String)>> {
        let fields = Fields::from_pairs(pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect());
        let mut answers = Answers::default();
        OtherParentAddress::save(&fields, &mut answers, time::macros::date!(2026 - 11 - 22))
            .map(|()| answers.other_parent.address.expect("saved"))
            .map_err(|errors| errors.iter().map(|e| (e.field.clone(), e.message.clone())).collect())
    }

    #[test]
    fn an_address_as_typed_and_when_they_lived_there() {
        let saved = save(&[
            ("address-line-1", " 2  Station Road "),
            ("address-town", "York"),
            ("address-postcode", "yo11aa"),
            (LAST_LIVED_THERE, "June 2024"),
        ])
        .expect("valid");
        assert_eq!(saved.address.lines(), ["2 Station Road", "York", "YO1 1AA"]);
        assert_eq!(saved.when_last_lived_there.as_ref().map(ShortText::as_str), Some("June 2024"));
    }

    #[test]
    fn missing_parts_are_reported_against_their_fields() {
        let errors = save(&[("address-postcode", "yo11aa"), (LAST_LIVED_THERE, &"x".repeat(101))]).expect_err("bad");
        let fields: Vec<_> = errors.iter().map(|(field, _)| field.as_str()).collect();
        assert_eq!(fields, ["address-line-1", "address-town", LAST_LIVED_THERE]);
    }
}
