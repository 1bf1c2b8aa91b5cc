use maud::{Markup, html};
use serde::Deserialize;

use super::form_group::{form_group_class, has_content, render_content};
use super::{Content, ErrorMessage, Hint, InputFormGroup, Label, classes, error_message, hint, label};

/// A prefix or suffix shown beside the input (a unit, a currency symbol).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct InputAffix {
    #[serde(flatten)]
    pub content: Content,
    pub classes: Option<String>,
}

/// The wrapper round the input and its prefix or suffix.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct InputWrapper {
    pub classes: Option<String>,
}

/// A single-line text input with its label, hint and error message.
///
/// <https://design-system.service.gov.uk/components/text-input/>
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Input {
    /// Defaults to `name`.
    pub id: Option<String>,
    pub name: String,
    /// Defaults to `text`.
    #[serde(rename = "type")]
    pub input_type: Option<String>,
    pub inputmode: Option<String>,
    #[serde(default, deserialize_with = "super::scalar::opt_string")]
    pub value: Option<String>,
    pub disabled: Option<bool>,
    /// Ids of other elements describing the input, before the hint's and error message's.
    pub described_by: Option<String>,
    pub label: Option<Label>,
    pub hint: Option<Hint>,
    pub error_message: Option<ErrorMessage>,
    pub prefix: Option<InputAffix>,
    pub suffix: Option<InputAffix>,
    pub form_group: Option<InputFormGroup>,
    pub input_wrapper: Option<InputWrapper>,
    /// Width classes such as `govuk-input--width-10` go here.
    pub classes: Option<String>,
    pub autocomplete: Option<String>,
    pub pattern: Option<String>,
    pub spellcheck: Option<bool>,
    pub autocapitalize: Option<String>,
}

pub fn input(params: &Input) -> Markup {
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

    let mut class = classes("govuk-input", &params.classes);
    if params.error_message.is_some() {
        class.push_str(" govuk-input--error");
    }
    let input_type = params.input_type.as_deref().filter(|t| !t.is_empty()).unwrap_or("text");
    let element = html! {
        input class=(class) id=(id) name=(params.name) type=(input_type)
            spellcheck=[params.spellcheck.map(|s| s.to_string())] value=[&params.value]
            disabled[params.disabled.unwrap_or(false)] aria-describedby=[&described_by]
            autocomplete=[&params.autocomplete] autocapitalize=[&params.autocapitalize] pattern=[&params.pattern]
            inputmode=[&params.inputmode];
    };

    let form_group = params.form_group.as_ref();
    let before = form_group.and_then(|g| g.before_input.as_ref()).filter(|c| has_content(c));
    let after = form_group.and_then(|g| g.after_input.as_ref()).filter(|c| has_content(c));
    let prefix = params.prefix.as_ref().filter(|a| has_content(&a.content));
    let suffix = params.suffix.as_ref().filter(|a| has_content(&a.content));
    let wrapped = before.is_some() || after.is_some() || prefix.is_some() || suffix.is_some();
    let wrapper_class = classes("govuk-input__wrapper", &params.input_wrapper.as_ref().and_then(|w| w.classes.clone()));

    html! {
        div class=(form_group_class(params.error_message.is_some(), form_group.and_then(|g| g.classes.as_ref()))) {
            @if let Some(l) = &params.label { (label(&Label { for_id: Some(id.clone()), ..l.clone() })) }
            @if let Some(h) = &params.hint { (hint(&Hint { id: Some(hint_id.clone()), ..h.clone() })) }
            @if let Some(e) = &params.error_message {
                (error_message(&ErrorMessage { id: Some(error_id.clone()), ..e.clone() }))
            }
            @if wrapped {
                div class=(wrapper_class) {
                    @if let Some(before) = before { (render_content(before)) }
                    @if let Some(prefix) = prefix { (affix(prefix, "govuk-input__prefix")) }
                    (element)
                    @if let Some(suffix) = suffix { (affix(suffix, "govuk-input__suffix")) }
                    @if let Some(after) = after { (render_content(after)) }
                }
            } @else {
                (element)
            }
        }
    }
}

fn affix(affix: &InputAffix, base: &str) -> Markup {
    html! { div class=(classes(base, &affix.classes)) aria-hidden="true" { (render_content(&affix.content)) } }
}
