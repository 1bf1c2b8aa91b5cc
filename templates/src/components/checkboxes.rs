use maud::{Markup, PreEscaped, html};
use serde::Deserialize;

use super::form_group::{form_group_class, has_content, render_content};
use super::{
    Content, ErrorMessage, Fieldset, Hint, InputsFormGroup, Label, classes, error_message, fieldset, hint, label,
};

/// Extra classes for one checkbox's label.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CheckboxLabel {
    pub classes: Option<String>,
}

/// Markup revealed under a checkbox while it is checked.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Conditional {
    pub html: Option<String>,
}

/// One checkbox, or a divider ("or") between checkboxes.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CheckboxItem {
    #[serde(flatten)]
    pub content: Content,
    #[serde(default, deserialize_with = "super::scalar::opt_string")]
    pub value: Option<String>,
    /// Defaults to the `idPrefix`, numbered from the second item.
    pub id: Option<String>,
    /// Defaults to the component's `name`.
    pub name: Option<String>,
    pub label: Option<CheckboxLabel>,
    pub hint: Option<Hint>,
    pub divider: Option<String>,
    pub checked: Option<bool>,
    pub conditional: Option<Conditional>,
    /// `exclusive` for a "None of these" option that unchecks the others.
    pub behaviour: Option<String>,
    pub disabled: Option<bool>,
}

/// A set of checkboxes, in a fieldset when there is a question to ask.
///
/// <https://design-system.service.gov.uk/components/checkboxes/>
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Checkboxes {
    /// Defaults to `name`.
    pub id_prefix: Option<String>,
    pub name: String,
    #[serde(default)]
    pub items: Vec<CheckboxItem>,
    /// The values to check (the answers already given); an item's own `checked` wins.
    pub values: Option<Vec<String>>,
    /// Ids of other elements describing the checkboxes; `fieldset.describedBy` replaces it.
    pub described_by: Option<String>,
    pub fieldset: Option<Fieldset>,
    pub hint: Option<Hint>,
    pub error_message: Option<ErrorMessage>,
    pub form_group: Option<InputsFormGroup>,
    pub classes: Option<String>,
}

pub fn checkboxes(params: &Checkboxes) -> Markup {
    let id_prefix = params.id_prefix.as_deref().filter(|p| !p.is_empty()).unwrap_or(&params.name);
    let fieldset_described_by = params.fieldset.as_ref().and_then(|f| f.described_by.as_deref());
    let mut described_by: Vec<&str> =
        fieldset_described_by.or(params.described_by.as_deref()).filter(|d| !d.is_empty()).into_iter().collect();
    let hint_id = format!("{id_prefix}-hint");
    let error_id = format!("{id_prefix}-error");
    if params.hint.is_some() {
        described_by.push(&hint_id);
    }
    if params.error_message.is_some() {
        described_by.push(&error_id);
    }
    let described_by = described_by.join(" ");
    // Without a fieldset to carry it, each checkbox is described by the hint and error message itself.
    let item_described_by = if params.fieldset.is_some() { "" } else { described_by.as_str() };
    let form_group = params.form_group.as_ref();

    let inner = html! {
        @if let Some(h) = &params.hint { (hint(&Hint { id: Some(hint_id.clone()), ..h.clone() })) }
        @if let Some(e) = &params.error_message {
            (error_message(&ErrorMessage { id: Some(error_id.clone()), ..e.clone() }))
        }
        div class=(classes("govuk-checkboxes", &params.classes)) data-module="govuk-checkboxes" {
            @if let Some(before) = form_group.and_then(|g| g.before_inputs.as_ref()) { (render_content(before)) }
            @for (index, item) in params.items.iter().enumerate() {
                (checkbox_item(params, id_prefix, item_described_by, index, item))
            }
            @if let Some(after) = form_group.and_then(|g| g.after_inputs.as_ref()) { (render_content(after)) }
        }
    };
    html! {
        div class=(form_group_class(params.error_message.is_some(), form_group.and_then(|g| g.classes.as_ref()))) {
            @if let Some(fs) = &params.fieldset {
                (fieldset(&Fieldset {
                    described_by: (!described_by.is_empty()).then(|| described_by.clone()),
                    classes: fs.classes.clone(),
                    legend: fs.legend.clone(),
                    ..Fieldset::default()
                }, inner))
            } @else {
                (inner)
            }
        }
    }
}

fn checkbox_item(
    params: &Checkboxes,
    id_prefix: &str,
    described_by: &str,
    index: usize,
    item: &CheckboxItem,
) -> Markup {
    let id = item
        .id
        .clone()
        .filter(|id| !id.is_empty())
        .unwrap_or_else(|| if index == 0 { id_prefix.to_owned() } else { format!("{id_prefix}-{}", index + 1) });
    if let Some(divider) = item.divider.as_ref().filter(|d| !d.is_empty()) {
        return html! { div.govuk-checkboxes__divider { (divider) } };
    }
    let name = item.name.as_deref().filter(|n| !n.is_empty()).unwrap_or(&params.name);
    let checked = match (item.checked, &params.values) {
        (Some(true), _) => true,
        (Some(false), _) | (None, None) => false,
        (None, Some(values)) => item.value.as_ref().is_some_and(|v| values.contains(v)),
    };
    let item_hint = item.hint.as_ref().filter(|h| has_content(&h.content));
    let item_hint_id = format!("{id}-item-hint");
    let mut item_described_by = described_by.to_owned();
    if item_hint.is_some() {
        if !item_described_by.is_empty() {
            item_described_by.push(' ');
        }
        item_described_by.push_str(&item_hint_id);
    }
    let conditional = item.conditional.as_ref().and_then(|c| c.html.as_deref()).filter(|h| !h.is_empty());
    let conditional_id = format!("conditional-{id}");
    let label_classes = classes("govuk-checkboxes__label", &item.label.as_ref().and_then(|l| l.classes.clone()));
    let item_label = Label {
        content: item.content.clone(),
        classes: Some(label_classes),
        for_id: Some(id.clone()),
        ..Label::default()
    };
    let conditional_class = if checked {
        "govuk-checkboxes__conditional"
    } else {
        "govuk-checkboxes__conditional govuk-checkboxes__conditional--hidden"
    };
    html! {
        div.govuk-checkboxes__item {
            input.govuk-checkboxes__input id=(id) name=(name) type="checkbox"
                value=(item.value.as_deref().unwrap_or(""))
                checked[checked] disabled[item.disabled.unwrap_or(false)]
                data-aria-controls=[conditional.map(|_| &conditional_id)]
                data-behaviour=[item.behaviour.as_ref().filter(|b| !b.is_empty())]
                aria-describedby=[(!item_described_by.is_empty()).then_some(&item_described_by)];
            (label(&item_label))
            @if let Some(h) = item_hint {
                (hint(&Hint {
                    id: Some(item_hint_id.clone()),
                    classes: Some(classes("govuk-checkboxes__hint", &h.classes)),
                    ..h.clone()
                }))
            }
        }
        @if let Some(conditional) = conditional {
            div class=(conditional_class) id=(conditional_id) { (PreEscaped(conditional)) }
        }
    }
}
