use maud::{Markup, html};
use serde::Deserialize;

use super::form_group::{form_group_class, has_content, render_content};
use super::{ErrorMessage, Hint, InputFormGroup, Label, classes, error_message, hint, label};

/// A multi-line text input with its label, hint and error message.
///
/// <https://design-system.service.gov.uk/components/textarea/>
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Textarea {
    /// Defaults to `name`.
    pub id: Option<String>,
    pub name: String,
    pub spellcheck: Option<bool>,
    /// Defaults to 5.
    pub rows: Option<u32>,
    pub value: Option<String>,
    pub disabled: Option<bool>,
    /// Ids of other elements describing the textarea, before the hint's and error message's.
    pub described_by: Option<String>,
    pub label: Option<Label>,
    pub hint: Option<Hint>,
    pub error_message: Option<ErrorMessage>,
    pub form_group: Option<InputFormGroup>,
    pub classes: Option<String>,
    pub autocomplete: Option<String>,
}

pub fn textarea(params: &Textarea) -> Markup {
    let id = params.id.clone().filter(|id| !id.is_empty()).unwrap_or_else(|| params.name.clone());
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let mut described_by: Vec<&str> = params.described_by.as_deref().filter(|d| !d.is_empty()).into_iter().collect();
    if params.hint.is_some() {
        described_by.push(&hint_id);
    }
    if params.error_message.is_some() {
        described_by.push(&error_id);
    }
    let described_by = (!described_by.is_empty()).then(|| described_by.join(" "));

    let mut class = "govuk-textarea".to_owned();
    if params.error_message.is_some() {
        class.push_str(" govuk-textarea--error");
    }
    let class = classes(&class, &params.classes);
    let rows = params.rows.filter(|r| *r != 0).unwrap_or(5);
    let form_group = params.form_group.as_ref();
    let before = form_group.and_then(|g| g.before_input.as_ref()).filter(|c| has_content(c));
    let after = form_group.and_then(|g| g.after_input.as_ref()).filter(|c| has_content(c));

    html! {
        div class=(form_group_class(params.error_message.is_some(), form_group.and_then(|g| g.classes.as_ref()))) {
            @if let Some(l) = &params.label { (label(&Label { for_id: Some(id.clone()), ..l.clone() })) }
            @if let Some(h) = &params.hint { (hint(&Hint { id: Some(hint_id.clone()), ..h.clone() })) }
            @if let Some(e) = &params.error_message {
                (error_message(&ErrorMessage { id: Some(error_id.clone()), ..e.clone() }))
            }
            @if let Some(before) = before { (render_content(before)) }
            textarea class=(class) id=(id) name=(params.name) rows=(rows)
                spellcheck=[params.spellcheck.map(|s| s.to_string())] disabled[params.disabled.unwrap_or(false)]
                aria-describedby=[&described_by] autocomplete=[params.autocomplete.as_ref().filter(|a| !a.is_empty())] {
                @if let Some(value) = &params.value { (value) }
            }
            @if let Some(after) = after { (render_content(after)) }
        }
    }
}
