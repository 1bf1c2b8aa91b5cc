//! The `formGroup` option of the form field components.

use serde::Deserialize;

use super::Content;

/// `formGroup` of a single-field component (input, textarea): extra classes, and content either side of the field.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct InputFormGroup {
    pub classes: Option<String>,
    pub before_input: Option<Content>,
    pub after_input: Option<Content>,
}

/// `formGroup` of a multiple-field component (checkboxes, date input): extra classes, and content either side of
/// the fields.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct InputsFormGroup {
    pub classes: Option<String>,
    pub before_inputs: Option<Content>,
    pub after_inputs: Option<Content>,
}

/// The form group's class: the error modifier before any `formGroup.classes`, as the macros put them.
pub(crate) fn form_group_class(has_error: bool, extra: Option<&String>) -> String {
    let mut class = "govuk-form-group".to_owned();
    if has_error {
        class.push_str(" govuk-form-group--error");
    }
    if let Some(extra) = extra.filter(|c| !c.is_empty()) {
        class.push(' ');
        class.push_str(extra);
    }
    class
}

/// Whether `text` or `html` is set and not empty (the macros test them for truthiness).
pub(crate) fn has_content(content: &Content) -> bool {
    content.html.as_deref().is_some_and(|h| !h.is_empty()) || content.text.as_deref().is_some_and(|t| !t.is_empty())
}

/// `html` if set and not empty, else `text`: the macros' `params.html | safe if params.html else params.text`.
pub(crate) fn render_content(content: &Content) -> maud::Markup {
    match content.html.as_deref().filter(|h| !h.is_empty()) {
        Some(markup) => maud::PreEscaped(markup.to_owned()),
        None => maud::html! { @if let Some(text) = &content.text { (text) } },
    }
}
