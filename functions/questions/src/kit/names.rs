//! A person's names: one field for the full name and an optional one for other names they have been known by
//! (<https://design-system.service.gov.uk/patterns/names/>).

use intake::answers::Names;
use intake::domain::{NameError, PersonName};
use maud::{Markup, html};
use templates::{Fields, FormErrors};

use super::text::{TextField, text_field};
use super::{StepContext, question_page};

/// The field names of a names page (the applicant's, the other parent's).
pub const FULL_NAME: &str = "full-name";
pub const OTHER_NAMES: &str = "other-names";

/// A names page's words: whose names they are, and every error, each a whole sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NamesCopy {
    pub title: &'static str,
    pub full_name: &'static str,
    pub other_names: &'static str,
    pub other_names_hint: &'static str,
    /// "Enter your full name", "Enter the other parent's full name".
    pub enter_full_name: &'static str,
    /// The "too long" sentences say `PersonName::MAX_CHARS` (tested).
    pub full_name_too_long: &'static str,
    pub full_name_characters: &'static str,
    pub other_names_too_long: &'static str,
    pub other_names_characters: &'static str,
}

impl NamesCopy {
    fn full_name_error(&self, error: NameError) -> &'static str {
        match error {
            NameError::Empty => self.enter_full_name,
            NameError::TooLong { .. } => self.full_name_too_long,
            NameError::InvalidCharacters => self.full_name_characters,
        }
    }

    fn other_names_error(&self, error: NameError) -> &'static str {
        match error {
            // Optional: blank is no other names, never this error.
            NameError::Empty | NameError::TooLong { .. } => self.other_names_too_long,
            NameError::InvalidCharacters => self.other_names_characters,
        }
    }
}

/// A names page. `autocomplete`: the applicant's own name may be filled in by the browser; anyone else's must not.
pub fn names_page(context: StepContext<'_>, copy: &NamesCopy, autocomplete: &str, fields: &Fields) -> Markup {
    let body = html! {
        h1.govuk-heading-l { (copy.title) }
        (text_field(context, TextField {
            name: FULL_NAME,
            label: copy.full_name,
            autocomplete: Some(autocomplete),
            spellcheck: Some(false),
            ..TextField::default()
        }, fields))
        (text_field(context, TextField {
            name: OTHER_NAMES,
            label: copy.other_names,
            hint: Some(copy.other_names_hint),
            autocomplete: Some("off"),
            spellcheck: Some(false),
            ..TextField::default()
        }, fields))
    };
    question_page(context, copy.title, body)
}

/// A names page's fields, from the saved names.
pub fn names_fields(names: Option<&Names>) -> Fields {
    Fields::new()
        .with(FULL_NAME, names.map(|n| n.full_name.as_str()))
        .with(OTHER_NAMES, names.and_then(|n| n.other_names.as_ref()).map(PersonName::as_str))
}

/// A names page's answer: the full name is required, other names are optional.
pub fn parse_names(fields: &Fields, copy: &NamesCopy) -> Result<Names, FormErrors> {
    let mut errors = FormErrors::new();
    let full_name = PersonName::parse(fields.get(FULL_NAME).unwrap_or(""))
        .map_err(|e| errors.add(FULL_NAME, copy.full_name_error(e)))
        .ok();
    let other_names = match fields.non_blank(OTHER_NAMES) {
        None => Ok(None),
        Some(text) => PersonName::parse(text).map(Some).map_err(|e| errors.add(OTHER_NAMES, copy.other_names_error(e))),
    };
    match (full_name, other_names) {
        (Some(full_name), Ok(other_names)) => Ok(Names { full_name, other_names }),
        _ => Err(errors),
    }
}

/// The sentences every English names page shares.
pub const FULL_NAME_TOO_LONG_EN: &str = "Full name must be 100 characters or less";
pub const FULL_NAME_CHARACTERS_EN: &str =
    "Full name must only include letters, spaces, hyphens, apostrophes and full stops";
pub const OTHER_NAMES_TOO_LONG_EN: &str = "Other names must be 100 characters or less";
pub const OTHER_NAMES_CHARACTERS_EN: &str =
    "Other names must only include letters, spaces, hyphens, apostrophes and full stops";

/// The sentences every Welsh names page shares.
pub const FULL_NAME_TOO_LONG_CY: &str = "Rhaid i’r enw llawn fod yn 100 o gymeriadau neu lai";
pub const FULL_NAME_CHARACTERS_CY: &str =
    "Rhaid i’r enw llawn gynnwys llythrennau, bylchau, cysylltnodau, collnodau ac atalnodau llawn yn unig";
pub const OTHER_NAMES_TOO_LONG_CY: &str = "Rhaid i enwau eraill fod yn 100 o gymeriadau neu lai";
pub const OTHER_NAMES_CHARACTERS_CY: &str =
    "Rhaid i enwau eraill gynnwys llythrennau, bylchau, cysylltnodau, collnodau ac atalnodau llawn yn unig";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_limits_said_are_the_domains() {
        let max = PersonName::MAX_CHARS.to_string();
        assert!(FULL_NAME_TOO_LONG_EN.contains(&max) && OTHER_NAMES_TOO_LONG_EN.contains(&max));
        assert!(FULL_NAME_TOO_LONG_CY.contains(&max) && OTHER_NAMES_TOO_LONG_CY.contains(&max));
    }
}
