//! "What is your address?"

use intake::Answers;
use intake::journey::Step;
use maud::Markup;
use templates::steps::StepContext;
use templates::steps::your_address::{PREFIX, view};
use templates::{Fields, FormErrors};
use time::Date;

use super::{Question, address_fields, parse_address};

pub struct YourAddress;

impl Question for YourAddress {
    const STEP: Step = Step::YourAddress;

    fn fields(answers: &Answers) -> Fields {
        address_fields(PREFIX, answers.your_address.as_ref())
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date) -> Result<(), FormErrors> {
        answers.your_address = Some(parse_address(fields, PREFIX)?);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        view(context, fields)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn save(line_1: &str, town: &str, postcode: &str) -> Result<Answers, Vec<(String, String)>> {
        let fields = Fields::new()
            .with("address-line-1", Some(line_1))
            .with("address-town", Some(town))
            .with("address-postcode", Some(postcode));
        let mut answers = Answers::default();
        YourAddress::save(&fields, &mut answers, time::macros::date!(2026 - 11 - 22))
            .map(|()| answers)
            .map_err(|errors| errors.iter().map(|e| (e.field.clone(), e.message.clone())).collect())
    }

    #[test]
    fn postcodes_in_any_case_and_spacing() {
        let answers = save("1 High St", "Leeds", " ls11aa ").expect("valid");
        assert_eq!(answers.your_address.expect("saved").lines(), ["1 High St", "Leeds", "LS1 1AA"]);
    }

    #[test]
    fn every_missing_field_is_reported_against_itself() {
        assert_eq!(
            save("", "", "nonsense").expect_err("invalid"),
            [
                ("address-line-1".to_owned(), "Enter address line 1, typically the building and street".to_owned()),
                ("address-town".to_owned(), "Enter town or city".to_owned()),
                ("address-postcode".to_owned(), "Enter a full UK postcode".to_owned()),
            ]
        );
    }
}
