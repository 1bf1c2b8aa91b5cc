//! "Do you know the other parent's address?": Yes with the address (and, optionally, when they last lived there),
//! or No. The address fields are posted whatever is chosen (they are in the page for when JavaScript is off), and
//! are read only when the answer is Yes.

use intake::Answers;
use intake::domain::ShortText;
use intake::journey::Step;
use intake::other_parent::{LastKnownAddress, MaybeKnown};
use maud::Markup;
use templates::steps::StepContext;
use templates::steps::other_parent_address::{
    ERROR_NOT_SELECTED, FIELD, LAST_LIVED_THERE, PREFIX, last_lived_there_error, view,
};
use templates::{Fields, FormErrors};
use time::Date;

use super::{Question, address_fields, error, parse_address, parse_yes_no, yes_no_value};

pub struct OtherParentAddress;

impl Question for OtherParentAddress {
    const STEP: Step = Step::OtherParentAddress;

    fn fields(answers: &Answers) -> Fields {
        let answer = answers.other_parent.address.as_ref();
        let known = answer.and_then(MaybeKnown::known);
        address_fields(PREFIX, known.map(|k| &k.address))
            .with(FIELD, answer.map(|a| yes_no_value(a.known().is_some())))
            .with(LAST_LIVED_THERE, known.and_then(|k| k.when_last_lived_there.as_ref()).map(ShortText::as_str))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date) -> Result<(), FormErrors> {
        let answer = match parse_yes_no(fields, FIELD) {
            None => return Err(error(FIELD, ERROR_NOT_SELECTED)),
            Some(false) => MaybeKnown::NotKnown,
            Some(true) => {
                let address = parse_address(fields, PREFIX);
                let when = ShortText::parse_optional(fields.get(LAST_LIVED_THERE).unwrap_or(""));
                match (address, when) {
                    (Ok(address), Ok(when_last_lived_there)) => {
                        MaybeKnown::Known(LastKnownAddress { address, when_last_lived_there })
                    }
                    (address, when) => {
                        let mut errors = address.err().unwrap_or_default();
                        if let Err(e) = when {
                            errors.add(LAST_LIVED_THERE, last_lived_there_error(e));
                        }
                        return Err(errors);
                    }
                }
            }
        };
        answers.other_parent.address = Some(answer);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        view(context, fields)
    }
}

#[cfg(test)]
mod tests {
    use templates::steps::{NO, YES};

    use super::*;

    fn save(pairs: &[(&str, &str)]) -> Result<MaybeKnown<LastKnownAddress>, Vec<(String, String)>> {
        let fields = Fields::from_pairs(pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect());
        let mut answers = Answers::default();
        OtherParentAddress::save(&fields, &mut answers, time::macros::date!(2026 - 11 - 22))
            .map(|()| answers.other_parent.address.expect("saved"))
            .map_err(|errors| errors.iter().map(|e| (e.field.clone(), e.message.clone())).collect())
    }

    const ADDRESS: [(&str, &str); 3] =
        [("address-line-1", " 2  Station Road "), ("address-town", "York"), ("address-postcode", "yo11aa")];

    #[test]
    fn yes_with_an_address_as_typed() {
        let known = save(&[[(FIELD, YES)].as_slice(), &ADDRESS, &[(LAST_LIVED_THERE, " June  2024 ")]].concat())
            .expect("valid");
        let known = known.known().expect("known");
        assert_eq!(known.address.lines(), ["2 Station Road", "York", "YO1 1AA"]);
        assert_eq!(known.when_last_lived_there.as_ref().map(ShortText::as_str), Some("June 2024"));
        let without_when = save(&[[(FIELD, YES)].as_slice(), &ADDRESS].concat()).expect("valid");
        assert_eq!(without_when.known().map(|k| k.when_last_lived_there.clone()), Some(None));
    }

    #[test]
    fn no_ignores_whatever_is_in_the_address_fields() {
        assert_eq!(save(&[(FIELD, NO)]), Ok(MaybeKnown::NotKnown));
        let half_typed = [(FIELD, NO), ("address-line-1", "2 Station Road"), ("address-postcode", "nonsense")];
        assert_eq!(save(&half_typed), Ok(MaybeKnown::NotKnown));
        assert_eq!(save(&[(FIELD, NO), (LAST_LIVED_THERE, &"a".repeat(500))]), Ok(MaybeKnown::NotKnown));
    }

    #[test]
    fn errors_in_govuk_words_only_for_what_yes_reveals() {
        let owned = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
            pairs.iter().map(|(f, m)| ((*f).to_owned(), (*m).to_owned())).collect()
        };
        assert_eq!(save(&[]).unwrap_err(), owned(&[(FIELD, "Select yes if you know the other parent's address")]));
        assert_eq!(save(&[(FIELD, "maybe")]).unwrap_err(), owned(&[(FIELD, ERROR_NOT_SELECTED)]));
        assert_eq!(
            save(&[(FIELD, YES), ("address-postcode", "nonsense"), (LAST_LIVED_THERE, &"a".repeat(101))]).unwrap_err(),
            owned(&[
                ("address-line-1", "Enter address line 1, typically the building and street"),
                ("address-town", "Enter town or city"),
                ("address-postcode", "Enter a full UK postcode"),
                (LAST_LIVED_THERE, "When they last lived at this address must be 100 characters or less"),
            ])
        );
        let long = "a".repeat(101);
        let too_long = [[(FIELD, YES)].as_slice(), &ADDRESS, &[(LAST_LIVED_THERE, &long)]].concat();
        assert_eq!(
            save(&too_long).unwrap_err(),
            owned(&[(LAST_LIVED_THERE, "When they last lived at this address must be 100 characters or less")])
        );
    }

    #[test]
    fn a_saved_answer_is_shown_again() {
        let mut answers = Answers::default();
        let posted = [[(FIELD, YES)].as_slice(), &ADDRESS, &[(LAST_LIVED_THERE, "June 2024")]].concat();
        let fields = Fields::from_pairs(posted.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect());
        OtherParentAddress::save(&fields, &mut answers, time::macros::date!(2026 - 11 - 22)).expect("valid");
        let shown = OtherParentAddress::fields(&answers);
        assert_eq!(
            [FIELD, "address-line-1", "address-town", "address-postcode", LAST_LIVED_THERE].map(|f| shown.get(f)),
            [Some(YES), Some("2 Station Road"), Some("York"), Some("YO1 1AA"), Some("June 2024")]
        );
        answers.other_parent.address = Some(MaybeKnown::NotKnown);
        assert_eq!(OtherParentAddress::fields(&answers), Fields::new().with(FIELD, Some(NO)));
    }
}
