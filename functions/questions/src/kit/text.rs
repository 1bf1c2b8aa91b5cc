//! A text input: <https://design-system.service.gov.uk/components/text-input/>.

use maud::Markup;
use templates::Fields;
use templates::components::{Content, Hint, Input, Label, input};

use super::StepContext;

/// One text input on a page.
#[derive(Debug, Clone, Copy, Default)]
pub struct TextField<'a> {
    pub name: &'a str,
    pub label: &'a str,
    pub hint: Option<&'a str>,
    /// The label is the page's h1 (a page that asks one thing).
    pub is_heading: bool,
    /// <https://design-system.service.gov.uk/styles/layout/#width-override-classes>: fit the field to its answer.
    pub width: Option<&'a str>,
    /// <https://developer.mozilla.org/en-US/docs/Web/HTML/Attributes/autocomplete> (WCAG 1.3.5).
    pub autocomplete: Option<&'a str>,
    pub input_type: Option<&'a str>,
    pub spellcheck: Option<bool>,
}

pub fn text_field(context: StepContext<'_>, field: TextField<'_>, fields: &Fields) -> Markup {
    input(&Input {
        name: field.name.into(),
        input_type: field.input_type.map(str::to_owned),
        value: fields.get(field.name).map(str::to_owned),
        label: Some(Label {
            content: Content::text(field.label),
            classes: Some(if field.is_heading { "govuk-label--l" } else { "govuk-label--s" }.into()),
            is_page_heading: Some(field.is_heading),
            for_id: None,
        }),
        hint: field.hint.map(|hint| Hint { content: Content::text(hint), ..Hint::default() }),
        error_message: context.errors.message_for(field.name, context.lang),
        classes: field.width.map(str::to_owned),
        autocomplete: field.autocomplete.map(str::to_owned),
        spellcheck: field.spellcheck,
        ..Input::default()
    })
}

/// The words of a free-text field's errors: each a whole sentence, as the field's page words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FreeTextErrors {
    pub empty: &'static str,
    /// Says the limit (`intake::domain::FreeText::MAX_CHARS`): the step's tests check that it does.
    pub too_long: &'static str,
}

impl FreeTextErrors {
    pub fn message(&self, error: intake::domain::ShortTextError) -> &'static str {
        match error {
            intake::domain::ShortTextError::Empty => self.empty,
            intake::domain::ShortTextError::TooLong { .. } => self.too_long,
        }
    }
}
