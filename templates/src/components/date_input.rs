use std::collections::BTreeMap;

use maud::{Markup, html};
use serde::Deserialize;

use super::form_group::{form_group_class, render_content};
use super::{
    Content, ErrorMessage, Fieldset, Hint, Input, InputsFormGroup, Label, classes, error_message, fieldset, hint, input,
};

/// One field of a date input (day, month or year).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DateInputItem {
    /// Defaults to the component's `id`, a hyphen and the item's name.
    pub id: Option<String>,
    /// Prefixed with `namePrefix` and a hyphen.
    pub name: Option<String>,
    /// Defaults to the name, capitalised.
    pub label: Option<String>,
    #[serde(default, deserialize_with = "super::scalar::opt_string")]
    pub value: Option<String>,
    /// `govuk-input--width-<n>` here replaces the default width; `govuk-input--error` marks the field in error.
    pub classes: Option<String>,
    /// Marks this field in error; when the component has an error message and no field is marked, all are.
    pub error: Option<bool>,
    pub autocomplete: Option<String>,
    pub pattern: Option<String>,
    /// Defaults to `numeric`.
    pub inputmode: Option<String>,
}

/// The `day`, `month` or `year` option: the field's own options, or `false` to leave the field out.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum DatePart {
    Item(DateInputItem),
    /// `false` leaves the field out; `true` is the field with no options.
    Shown(bool),
}

/// Day, month and year fields for a date, in a fieldset when there is a question to ask.
///
/// <https://design-system.service.gov.uk/components/date-input/>
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DateInput {
    pub id: String,
    pub name_prefix: Option<String>,
    /// The fields, replacing the default day, month and year when not empty.
    #[serde(default)]
    pub items: Vec<DateInputItem>,
    pub day: Option<DatePart>,
    pub month: Option<DatePart>,
    pub year: Option<DatePart>,
    /// Values by field name (with the `namePrefix`), for fields without a `value` of their own.
    #[serde(default, deserialize_with = "super::scalar::opt_string_map")]
    pub values: Option<BTreeMap<String, String>>,
    pub hint: Option<Hint>,
    pub error_message: Option<ErrorMessage>,
    pub form_group: Option<InputsFormGroup>,
    pub fieldset: Option<Fieldset>,
    pub classes: Option<String>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Day,
    Month,
    Year,
}

impl Part {
    const ALL: [Part; 3] = [Part::Day, Part::Month, Part::Year];

    fn name(self) -> &'static str {
        match self {
            Part::Day => "day",
            Part::Month => "month",
            Part::Year => "year",
        }
    }

    fn width(self) -> u8 {
        if self == Part::Year { 4 } else { 2 }
    }
}

/// The `day`/`month`/`year` option as the macro resolves it: its own options, a default field, or none.
fn part_item(params: &DateInput, part: Part) -> Option<DateInputItem> {
    let option = match part {
        Part::Day => &params.day,
        Part::Month => &params.month,
        Part::Year => &params.year,
    };
    match option {
        Some(DatePart::Item(item)) => Some(item.clone()),
        Some(DatePart::Shown(true)) => Some(DateInputItem::default()),
        Some(DatePart::Shown(false)) => None,
        None => Some(DateInputItem {
            name: Some(part.name().to_owned()),
            value: params.values.as_ref().and_then(|v| v.get(part.name()).cloned()),
            classes: Some(format!("govuk-input--width-{}", part.width())),
            ..DateInputItem::default()
        }),
    }
}

fn has_error_class(item: &DateInputItem) -> bool {
    item.classes.as_deref().is_some_and(|c| c.contains("govuk-input--error"))
}

/// Nunjucks' `capitalize`: the first character upper case, the rest lower.
fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars.flat_map(char::to_lowercase)).collect(),
        None => String::new(),
    }
}

pub fn date_input(params: &DateInput) -> Markup {
    let parts: Vec<Option<DateInputItem>> = Part::ALL.iter().map(|&part| part_item(params, part)).collect();
    // Each field with the part it is (a default field is its part; an item is matched to a part by name).
    let fields: Vec<(DateInputItem, Option<Part>)> = if params.items.is_empty() {
        Part::ALL.iter().zip(&parts).filter_map(|(&part, item)| item.clone().map(|item| (item, Some(part)))).collect()
    } else {
        params
            .items
            .iter()
            .map(|item| {
                let part = item.name.as_deref().and_then(|name| {
                    Part::ALL.iter().zip(&parts).find_map(|(&part, resolved)| {
                        let resolved_name = resolved.as_ref().and_then(|r| r.name.as_deref());
                        (name == part.name() || Some(name) == resolved_name).then_some(part)
                    })
                });
                (item.clone(), part)
            })
            .collect()
    };
    let any_item_has_error = fields.iter().any(|(item, _)| item.error == Some(true) || has_error_class(item));
    let name_prefix =
        params.name_prefix.as_deref().filter(|p| !p.is_empty()).map(|p| format!("{p}-")).unwrap_or_default();

    let field = |item: &DateInputItem, part: Option<Part>| -> Markup {
        let resolved = part.and_then(|p| parts.get(p as usize)).and_then(Option::as_ref);
        let item_name = item.name.clone().or_else(|| part.map(|p| p.name().to_owned())).unwrap_or_default();
        let item_value = item.value.clone().or_else(|| resolved.and_then(|r| r.value.clone()));
        let width = part.map_or(2, Part::width);
        let item_classes = item.classes.as_deref().unwrap_or("");
        let mut class = "govuk-date-input__input".to_owned();
        if !has_error_class(item)
            && (item.error == Some(true)
                || (item.error != Some(false) && params.error_message.is_some() && !any_item_has_error))
        {
            class.push_str(" govuk-input--error");
        }
        if !item_classes.contains("govuk-input--width-") {
            class.push_str(&format!(" govuk-input--width-{width}"));
        }
        if !item_classes.trim().is_empty() {
            class.push(' ');
            class.push_str(item_classes.trim());
        }
        let name = format!("{name_prefix}{item_name}");
        let label_text = item.label.clone().filter(|l| !l.is_empty()).unwrap_or_else(|| capitalize(&item_name));
        let id = item.id.clone().filter(|id| !id.is_empty()).unwrap_or_else(|| format!("{}-{item_name}", params.id));
        let inputmode = item.inputmode.clone().filter(|i| !i.is_empty()).unwrap_or_else(|| "numeric".to_owned());
        html! {
            div.govuk-date-input__item {
                (input(&Input {
                    label: Some(Label {
                        content: Content::text(label_text),
                        classes: Some("govuk-date-input__label".to_owned()),
                        ..Label::default()
                    }),
                    id: Some(id),
                    classes: Some(class),
                    value: item_value.or_else(|| params.values.as_ref().and_then(|v| v.get(&name).cloned())),
                    name,
                    input_type: Some("text".to_owned()),
                    inputmode: Some(inputmode),
                    autocomplete: item.autocomplete.clone(),
                    pattern: item.pattern.clone(),
                    ..Input::default()
                }))
            }
        }
    };

    let hint_id = format!("{}-hint", params.id);
    let error_id = format!("{}-error", params.id);
    let mut described_by: Vec<&str> = params
        .fieldset
        .as_ref()
        .and_then(|f| f.described_by.as_deref())
        .filter(|d| !d.is_empty())
        .into_iter()
        .collect();
    if params.hint.is_some() {
        described_by.push(&hint_id);
    }
    if params.error_message.is_some() {
        described_by.push(&error_id);
    }
    let form_group = params.form_group.as_ref();
    let inner = html! {
        @if let Some(h) = &params.hint { (hint(&Hint { id: Some(hint_id.clone()), ..h.clone() })) }
        @if let Some(e) = &params.error_message {
            (error_message(&ErrorMessage { id: Some(error_id.clone()), ..e.clone() }))
        }
        div class=(classes("govuk-date-input", &params.classes)) id=[Some(&params.id).filter(|id| !id.is_empty())] {
            @if let Some(before) = form_group.and_then(|g| g.before_inputs.as_ref()) { (render_content(before)) }
            @for (item, part) in &fields { (field(item, *part)) }
            @if let Some(after) = form_group.and_then(|g| g.after_inputs.as_ref()) { (render_content(after)) }
        }
    };
    html! {
        div class=(form_group_class(params.error_message.is_some(), form_group.and_then(|g| g.classes.as_ref()))) {
            @if let Some(fs) = &params.fieldset {
                // role="group": JAWS does not announce a fieldset's description for text inputs without it.
                (fieldset(&Fieldset {
                    described_by: (!described_by.is_empty()).then(|| described_by.join(" ")),
                    classes: fs.classes.clone(),
                    role: Some("group".to_owned()),
                    legend: fs.legend.clone(),
                    ..Fieldset::default()
                }, inner))
            } @else {
                (inner)
            }
        }
    }
}
