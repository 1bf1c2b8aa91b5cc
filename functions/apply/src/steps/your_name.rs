//! "What is your name?"

use intake::Answers;
use intake::journey::Step;
use maud::Markup;
use templates::steps::your_name::COPY;
use templates::steps::{StepContext, names_page};
use templates::{Fields, FormErrors};
use time::Date;

use super::{Question, names_fields, parse_names};

pub struct YourName;

impl Question for YourName {
    const STEP: Step = Step::YourName;

    fn fields(answers: &Answers) -> Fields {
        names_fields(answers.your_name.as_ref())
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date) -> Result<(), FormErrors> {
        answers.your_name = Some(parse_names(fields, &COPY)?);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, _answers: &Answers) -> Markup {
        names_page(context, &COPY, fields)
    }
}

#[cfg(test)]
mod tests {
    use intake::answers::Names;
    use templates::steps::{FULL_NAME, OTHER_NAMES};

    use super::*;

    fn save(full: &str, other: &str) -> Result<Names, Vec<(String, String)>> {
        let fields = Fields::new().with(FULL_NAME, Some(full)).with(OTHER_NAMES, Some(other));
        let mut answers = Answers::default();
        YourName::save(&fields, &mut answers, time::macros::date!(2026 - 11 - 22))
            .map(|()| answers.your_name.expect("saved"))
            .map_err(|errors| errors.iter().map(|e| (e.field.clone(), e.message.clone())).collect())
    }

    #[test]
    fn names_are_accepted_as_typed() {
        for name in ["Siân O’Brien-Smith", "José María", "Zoë D'Arcy", "Nguyễn Văn A"] {
            assert_eq!(save(name, "").expect(name).full_name.as_str(), name);
        }
        assert_eq!(
            save("Sam Jones", "Sam Smith").expect("valid").other_names.map(String::from),
            Some("Sam Smith".into())
        );
    }

    #[test]
    fn errors_name_the_field_in_govuk_words() {
        assert_eq!(save("", "").unwrap_err(), [(FULL_NAME.to_owned(), "Enter your full name".to_owned())]);
        assert_eq!(
            save("<script>", "x@y").unwrap_err(),
            [
                (
                    FULL_NAME.to_owned(),
                    "Full name must only include letters, spaces, hyphens, apostrophes and full stops".to_owned()
                ),
                (
                    OTHER_NAMES.to_owned(),
                    "Other names must only include letters, spaces, hyphens, apostrophes and full stops".to_owned()
                ),
            ]
        );
    }
}
