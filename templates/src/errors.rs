//! Validation errors as the Design System shows them: a summary linking to each field, and a message by it.
//! <https://design-system.service.gov.uk/components/error-summary/>

use maud::{Markup, html};

use crate::Lang;
use crate::components::{Content, ErrorLink, ErrorMessage, ErrorSummary, error_summary};
use crate::layout::LayoutCopy;

/// One field's error: `field` is the id the summary links to (the first input of a date, the first radio).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

/// The errors of one submitted page, in the order of the fields.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormErrors(Vec<FieldError>);

impl FormErrors {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.0.push(FieldError { field: field.into(), message: message.into() });
    }

    /// Adds every error of `other`, after this one's (two parts of one page parsed apart).
    pub fn extend(&mut self, other: FormErrors) {
        self.0.extend(other.0);
    }

    /// The text of `field`'s error, if it has one.
    pub fn message(&self, field: &str) -> Option<&str> {
        self.0.iter().find(|e| e.field == field).map(|e| e.message.as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &FieldError> {
        self.0.iter()
    }

    /// The error message component for `field`, if it has an error, with its hidden prefix in `lang`.
    pub fn message_for(&self, field: &str, lang: Lang) -> Option<ErrorMessage> {
        self.0.iter().find(|e| e.field == field).map(|e| ErrorMessage {
            visually_hidden_text: Some(LayoutCopy::of(lang).error_message_prefix.to_owned()),
            ..ErrorMessage::text(e.message.clone())
        })
    }

    /// The error message for whichever of `fields` has an error (the parts of a date, the lines of an address
    /// share one message).
    pub fn message_for_any(&self, fields: &[&str], lang: Lang) -> Option<ErrorMessage> {
        fields.iter().find_map(|field| self.message_for(field, lang))
    }

    /// Whether `field` has an error.
    pub fn has(&self, field: &str) -> bool {
        self.0.iter().any(|e| e.field == field)
    }

    /// The error summary, or nothing when there are no errors.
    pub fn summary(&self, lang: Lang) -> Markup {
        if self.is_empty() {
            return html! {};
        }
        error_summary(&ErrorSummary {
            title_text: Some(LayoutCopy::of(lang).there_is_a_problem.into()),
            error_list: self
                .0
                .iter()
                .map(|e| ErrorLink { href: Some(format!("#{}", e.field)), content: Content::text(e.message.clone()) })
                .collect(),
            ..ErrorSummary::default()
        })
    }
}
