//! Questions with a fixed list of answers: radios for one, checkboxes for any number (with an exclusive "None of
//! these"). The lists are `intake`'s (declared once, each choice with one identity for the form and the store); the
//! labels are each step's copy.

use maud::Markup;
use templates::components::{CheckboxItem, Checkboxes, Content, Fieldset, Hint, RadioItem, Radios, checkboxes, radios};
use templates::{Fields, FormErrors};

use super::{StepContext, error};

/// One answer of a list of checkboxes or radios.
#[derive(Debug, Clone, Copy)]
pub struct Choice<'a> {
    pub value: &'a str,
    pub label: &'a str,
    pub hint: Option<&'a str>,
}

impl<'a> Choice<'a> {
    /// A choice of one of `intake`'s lists as its page labels it: the value posted is the choice's own `form_value`,
    /// the value the store keeps, so no page can post another.
    pub fn of<T: Copy>(choice: T, form_value: fn(T) -> &'static str, label: &'a str, hint: Option<&'a str>) -> Self {
        Self { value: form_value(choice), label, hint }
    }
}

/// The value of a checkbox list's "None of these" answer.
pub const NONE: &str = "none";

/// Checkboxes for "select all that apply", with an optional exclusive answer after an "or" divider that
/// unchecks the others (<https://design-system.service.gov.uk/components/checkboxes/#add-an-option-for-none>).
/// Without JavaScript both can be sent; the step's parser says so in an error.
pub fn checkboxes_question(
    context: StepContext<'_>,
    field: &str,
    fieldset: Option<Fieldset>,
    hint: &str,
    choices: &[Choice<'_>],
    none: Option<&str>,
    fields: &Fields,
) -> Markup {
    let mut items: Vec<CheckboxItem> = choices
        .iter()
        .map(|choice| CheckboxItem {
            content: Content::text(choice.label),
            value: Some(choice.value.into()),
            hint: choice.hint.map(|hint| Hint { content: Content::text(hint), ..Hint::default() }),
            ..CheckboxItem::default()
        })
        .collect();
    if let Some(none) = none {
        items.push(CheckboxItem { divider: Some(context.kit().or.into()), ..CheckboxItem::default() });
        items.push(CheckboxItem {
            content: Content::text(none),
            value: Some(NONE.into()),
            behaviour: Some("exclusive".into()),
            ..CheckboxItem::default()
        });
    }
    checkboxes(&Checkboxes {
        name: field.into(),
        fieldset,
        hint: Some(Hint { content: Content::text(hint), ..Hint::default() }),
        error_message: context.errors.message_for(field, context.lang),
        items,
        values: Some(fields.all(field).into_iter().map(str::to_owned).collect()),
        ..Checkboxes::default()
    })
}

/// Radios for one choice of several, with an optional last answer after an "or" divider
/// (<https://design-system.service.gov.uk/components/radios/#add-an-option-for-none>).
pub fn radios_question(
    context: StepContext<'_>,
    field: &str,
    fieldset: Option<Fieldset>,
    hint: Option<&str>,
    choices: &[Choice<'_>],
    or_else: Option<Choice<'_>>,
    fields: &Fields,
) -> Markup {
    let item = |choice: &Choice<'_>| RadioItem {
        content: Content::text(choice.label),
        value: Some(choice.value.into()),
        hint: choice.hint.map(|hint| Hint { content: Content::text(hint), ..Hint::default() }),
        ..RadioItem::default()
    };
    let mut items: Vec<RadioItem> = choices.iter().map(item).collect();
    if let Some(last) = or_else {
        items.push(RadioItem { divider: Some(context.kit().or.into()), ..RadioItem::default() });
        items.push(item(&last));
    }
    radios(&Radios {
        name: field.into(),
        fieldset,
        hint: hint.map(|hint| Hint { content: Content::text(hint), ..Hint::default() }),
        error_message: context.errors.message_for(field, context.lang),
        items,
        value: fields.get(field).map(str::to_owned),
        ..Radios::default()
    })
}

/// The fields of a saved checkbox answer. `none_if_empty`: an empty answer was "None of these".
pub fn checkbox_fields<T: Copy>(
    field: &str,
    chosen: Option<&[T]>,
    value: fn(T) -> &'static str,
    none_if_empty: bool,
) -> Fields {
    let Some(chosen) = chosen else { return Fields::new() };
    if chosen.is_empty() && none_if_empty {
        return Fields::new().with(field, Some(NONE));
    }
    chosen.iter().fold(Fields::new(), |fields, choice| fields.with(field, Some(value(*choice))))
}

/// What a checkbox question insists on.
pub struct CheckboxRules<'a> {
    /// The error when nothing is selected; `None` for an optional question (nothing selected is an answer).
    pub required: Option<&'a str>,
    /// The error when "None of these" is selected with something else (possible without JavaScript), or a value
    /// that is not one of the choices is posted.
    pub conflicting: &'a str,
}

/// Parses a checkbox answer into its choices, in the page's order; "None of these" is an empty list.
pub fn parse_checkboxes<T: Copy + Ord>(
    fields: &Fields,
    field: &str,
    parse: fn(&str) -> Option<T>,
    rules: CheckboxRules<'_>,
) -> Result<Vec<T>, FormErrors> {
    let values = fields.all(field);
    let none = values.contains(&NONE);
    let chosen: Vec<&str> = values.into_iter().filter(|value| *value != NONE).collect();
    let parsed = intake::safety::parse_choices(&chosen, parse).ok_or_else(|| error(field, rules.conflicting))?;
    match (none, parsed.is_empty(), rules.required) {
        (true, false, _) => Err(error(field, rules.conflicting)),
        (false, true, Some(required)) => Err(error(field, required)),
        _ => Ok(parsed),
    }
}

/// One choice of a radios question: the choice posted, or the question's error.
pub fn parse_choice<T>(
    fields: &Fields,
    field: &str,
    parse: fn(&str) -> Option<T>,
    not_selected: &str,
) -> Result<T, FormErrors> {
    fields.get(field).and_then(parse).ok_or_else(|| error(field, not_selected))
}
