use maud::{Markup, PreEscaped, html};
use serde::Deserialize;

use super::{Content, ErrorMessage, Fieldset, Hint, classes, error_message, fieldset, hint};

/// One radio, or a divider ("or") between radios.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RadioItem {
    #[serde(flatten)]
    pub content: Content,
    pub value: Option<String>,
    pub id: Option<String>,
    pub hint: Option<Hint>,
    pub divider: Option<String>,
    pub checked: Option<bool>,
    pub conditional: Option<Content>,
    pub disabled: Option<bool>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FormGroup {
    pub classes: Option<String>,
}

/// <https://design-system.service.gov.uk/components/radios/>
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Radios {
    pub fieldset: Option<Fieldset>,
    pub hint: Option<Hint>,
    pub error_message: Option<ErrorMessage>,
    pub form_group: Option<FormGroup>,
    pub id_prefix: Option<String>,
    pub name: String,
    #[serde(default)]
    pub items: Vec<RadioItem>,
    /// The value to check (the answer already given); an item's own `checked` wins.
    pub value: Option<String>,
    pub classes: Option<String>,
}

pub fn radios(params: &Radios) -> Markup {
    let id_prefix = params.id_prefix.as_deref().unwrap_or(&params.name);
    let mut described_by: Vec<String> =
        params.fieldset.as_ref().and_then(|f| f.described_by.clone()).into_iter().collect();
    let hint_id = format!("{id_prefix}-hint");
    let error_id = format!("{id_prefix}-error");
    if params.hint.is_some() {
        described_by.push(hint_id.clone());
    }
    if params.error_message.is_some() {
        described_by.push(error_id.clone());
    }
    let mut group_class = classes("govuk-form-group", &params.form_group.as_ref().and_then(|g| g.classes.clone()));
    if params.error_message.is_some() {
        group_class = group_class.replacen("govuk-form-group", "govuk-form-group govuk-form-group--error", 1);
    }

    let inner = html! {
        @if let Some(h) = &params.hint { (hint(&Hint { id: Some(hint_id.clone()), ..h.clone() })) }
        @if let Some(e) = &params.error_message { (error_message(&ErrorMessage { id: Some(error_id.clone()), ..e.clone() })) }
        div class=(classes("govuk-radios", &params.classes)) data-module="govuk-radios" {
            @for (index, item) in params.items.iter().enumerate() {
                (radio_item(params, id_prefix, index, item))
            }
        }
    };
    let described_by = (!described_by.is_empty()).then(|| described_by.join(" "));
    html! {
        div class=(group_class) {
            @if let Some(fs) = &params.fieldset {
                (fieldset(&Fieldset { described_by, ..fs.clone() }, inner))
            } @else {
                (inner)
            }
        }
    }
}

fn radio_item(params: &Radios, id_prefix: &str, index: usize, item: &RadioItem) -> Markup {
    if let Some(divider) = &item.divider {
        return html! { div.govuk-radios__divider { (divider) } };
    }
    if item.content.is_empty() {
        return html! {};
    }
    let id = item
        .id
        .clone()
        .unwrap_or_else(|| if index == 0 { id_prefix.to_owned() } else { format!("{id_prefix}-{}", index + 1) });
    let checked =
        item.checked.unwrap_or_else(|| params.value.is_some() && params.value.as_deref() == item.value.as_deref());
    let conditional = item.conditional.as_ref().filter(|c| !c.is_empty());
    let conditional_id = format!("conditional-{id}");
    let item_hint_id = format!("{id}-item-hint");
    html! {
        div.govuk-radios__item {
            input.govuk-radios__input id=(id) name=(params.name) type="radio" value=[&item.value]
                checked[checked] disabled[item.disabled.unwrap_or(false)]
                data-aria-controls=[conditional.map(|_| &conditional_id)]
                aria-describedby=[item.hint.as_ref().map(|_| &item_hint_id)];
            label class="govuk-label govuk-radios__label" for=(id) { (item.content) }
            @if let Some(h) = &item.hint {
                (hint(&Hint { id: Some(item_hint_id.clone()), classes: Some(match &h.classes {
                    Some(c) => format!("govuk-radios__hint {c}"), None => "govuk-radios__hint".into() }), ..h.clone() }))
            }
        }
        @if let Some(conditional) = conditional {
            div class=(if checked { "govuk-radios__conditional".to_owned() } else { "govuk-radios__conditional govuk-radios__conditional--hidden".to_owned() })
                id=(conditional_id) { (PreEscaped(conditional.render().into_string())) }
        }
    }
}
