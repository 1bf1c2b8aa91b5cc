//! "What is the other parent's name?"

use intake::Answers;
use intake::journey::Step;
use maud::Markup;
use templates::steps::other_parent_name::COPY;
use templates::steps::{StepContext, names_page};
use templates::{Fields, FormErrors};
use time::Date;

use super::{Question, names_fields, parse_names};

pub struct OtherParentName;

impl Question for OtherParentName {
    const STEP: Step = Step::OtherParentName;

    fn fields(answers: &Answers) -> Fields {
        names_fields(answers.other_parent.name.as_ref())
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date) -> Result<(), FormErrors> {
        answers.other_parent.name = Some(parse_names(fields, &COPY)?);
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
        OtherParentName::save(&fields, &mut answers, time::macros::date!(2026 - 11 - 22))
            .map(|()| answers.other_parent.name.expect("saved"))
            .map_err(|errors| errors.iter().map(|e| (e.field.clone(), e.message.clone())).collect())
    }

    #[test]
    fn names_are_accepted_as_typed() {
        for name in ["Siân O’Brien-Smith", "José María", "Zoë D'Arcy", "Nguyễn Văn A", "Prince"] {
            let names = save(name, "").expect(name);
            assert_eq!((names.full_name.as_str(), names.other_names), (name, None));
        }
        assert_eq!(save("  Alex   Smith ", "").expect("valid").full_name.as_str(), "Alex Smith");
        assert_eq!(
            save("Alex Smith", "Alex Jones").expect("valid").other_names.map(String::from),
            Some("Alex Jones".into())
        );
    }

    #[test]
    fn the_full_name_is_required_and_errors_are_in_govuk_words() {
        assert_eq!(
            save("", "").unwrap_err(),
            [(FULL_NAME.to_owned(), "Enter the other parent's full name".to_owned())]
        );
        assert_eq!(
            save("   ", "Alex").unwrap_err(),
            [(FULL_NAME.to_owned(), "Enter the other parent's full name".to_owned())]
        );
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
        assert_eq!(
            save(&"a".repeat(101), "").unwrap_err(),
            [(FULL_NAME.to_owned(), "Full name must be 100 characters or less".to_owned())]
        );
    }

    #[test]
    fn a_saved_name_is_shown_again() {
        let mut answers = Answers::default();
        let fields = Fields::new().with(FULL_NAME, Some("Alex Smith")).with(OTHER_NAMES, Some("Alex Jones"));
        OtherParentName::save(&fields, &mut answers, time::macros::date!(2026 - 11 - 22)).expect("valid");
        assert_eq!(OtherParentName::fields(&answers), fields);
    }
}
