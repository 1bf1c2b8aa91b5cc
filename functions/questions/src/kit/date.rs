//! A date as three fields: <https://design-system.service.gov.uk/components/date-input/>. Its error messages are
//! the Design System's, each a whole sentence, in the words of the page that asks ([`DateCopy`]).

use intake::domain::{ApproximateDate, DateError, DateOfBirth};
use maud::Markup;
use templates::components::{Content, DateInput, DateInputItem, Fieldset, Hint, date_input};
use templates::{Fields, Lang};

use super::{StepContext, heading_legend};

/// A date question's words: its parts' labels, and every error it can show, whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateCopy {
    pub day: &'static str,
    pub month: &'static str,
    pub year: &'static str,
    pub enter: &'static str,
    pub include_day: &'static str,
    pub include_month: &'static str,
    pub include_year: &'static str,
    pub include_day_and_month: &'static str,
    pub include_day_and_year: &'static str,
    pub include_month_and_year: &'static str,
    pub year_four_digits: &'static str,
    pub real: &'static str,
    pub past: &'static str,
    pub after_1900: &'static str,
}

/// The ids of a date's three inputs, `<prefix>-day` etc.: the error summary links to the first one in error.
pub fn date_ids(prefix: &str) -> [String; 3] {
    [format!("{prefix}-day"), format!("{prefix}-month"), format!("{prefix}-year")]
}

/// The id that marks the whole date as wrong (not one part).
pub fn whole_date_id(prefix: &str) -> String {
    format!("{prefix}-date")
}

/// A date as three fields, its legend the page's h1.
pub fn date_field(
    context: StepContext<'_>,
    prefix: &str,
    title: &str,
    hint: &str,
    copy: &DateCopy,
    fields: &Fields,
    autocomplete_birthday: bool,
) -> Markup {
    let fieldset = heading_legend(title).unwrap_or_default();
    date_field_in(context, prefix, fieldset, hint, copy, fields, autocomplete_birthday)
}

/// A date as three fields in the given fieldset (for a date that is one of several questions on a page).
pub fn date_field_in(
    context: StepContext<'_>,
    prefix: &str,
    fieldset: Fieldset,
    hint: &str,
    copy: &DateCopy,
    fields: &Fields,
    autocomplete_birthday: bool,
) -> Markup {
    let ids = date_ids(prefix);
    let whole = whole_date_id(prefix);
    let any_marked = ids.iter().any(|id| context.errors.has(id));
    let item = |name: &str, label: &str, id: &str, width: &str, autocomplete: &str| {
        // Only the parts in error are marked; where the whole date is wrong, all are.
        let marked = context.errors.has(id) || (context.errors.has(&whole) && !any_marked);
        DateInputItem {
            id: Some(id.to_owned()),
            name: Some(name.to_owned()),
            label: Some(label.to_owned()),
            value: fields.get(id).map(str::to_owned),
            classes: Some(if marked { format!("{width} govuk-input--error") } else { width.to_owned() }),
            autocomplete: autocomplete_birthday.then(|| autocomplete.to_owned()),
            ..DateInputItem::default()
        }
    };
    date_input(&DateInput {
        id: prefix.into(),
        name_prefix: Some(prefix.into()),
        items: vec![
            item("day", copy.day, &ids[0], "govuk-input--width-2", "bday-day"),
            item("month", copy.month, &ids[1], "govuk-input--width-2", "bday-month"),
            item("year", copy.year, &ids[2], "govuk-input--width-4", "bday-year"),
        ],
        hint: Some(Hint { content: Content::text(hint), ..Hint::default() }),
        error_message: context.errors.message_for_any(&[&ids[0], &ids[1], &ids[2], &whole], context.lang),
        fieldset: Some(Fieldset { role: Some("group".into()), ..fieldset }),
        ..DateInput::default()
    })
}

/// A date's error as the Design System words it, and the input it belongs to (the summary links there; the whole
/// date's id marks every part).
pub fn date_error(prefix: &str, error: DateError, copy: &DateCopy) -> (String, &'static str) {
    let [day, month, year] = date_ids(prefix);
    match error {
        DateError::Empty | DateError::Missing { day: true, month: true, year: true } => (day, copy.enter),
        DateError::Missing { day: true, month: true, year: false } => (day, copy.include_day_and_month),
        DateError::Missing { day: true, month: false, year: true } => (day, copy.include_day_and_year),
        DateError::Missing { day: true, month: false, year: false } => (day, copy.include_day),
        DateError::Missing { day: false, month: true, year: true } => (month, copy.include_month_and_year),
        DateError::Missing { day: false, month: true, year: false } => (month, copy.include_month),
        DateError::Missing { day: false, month: false, .. } => (year, copy.include_year),
        DateError::YearNotFourDigits => (year, copy.year_four_digits),
        DateError::NotReal => (whole_date_id(prefix), copy.real),
        DateError::InFuture => (whole_date_id(prefix), copy.past),
        DateError::TooLongAgo => (whole_date_id(prefix), copy.after_1900),
    }
}

/// A date of birth as the page's language writes it: "5 January 1985", "5 Ionawr 1985".
pub fn long_date(date: &DateOfBirth, lang: Lang) -> String {
    match lang {
        Lang::En => date.to_string(),
        Lang::Cy => date.to_welsh_string(),
    }
}

/// A date known perhaps only by its month or year, as the page's language writes it.
pub fn approximate_date(date: &ApproximateDate, lang: Lang) -> String {
    match lang {
        Lang::En => date.to_string(),
        Lang::Cy => date.to_welsh_string(),
    }
}

/// The fields of a saved date, as the date input shows them.
pub fn date_fields(prefix: &str, date: Option<time::Date>) -> Fields {
    let [day, month, year] = date_ids(prefix);
    Fields::new()
        .with(&day, date.map(|d| d.day().to_string()))
        .with(&month, date.map(|d| u8::from(d.month()).to_string()))
        .with(&year, date.map(|d| d.year().to_string()))
}

/// The three parts of a posted date.
pub fn posted_date<'a>(fields: &'a Fields, prefix: &str) -> [&'a str; 3] {
    date_ids(prefix).map(|id| fields.get(&id).unwrap_or(""))
}

/// A date of birth's words in English: `enter` is the page's own ("Enter your date of birth").
pub const fn date_of_birth_en(enter: &'static str) -> DateCopy {
    DateCopy {
        day: "Day",
        month: "Month",
        year: "Year",
        enter,
        include_day: "Date of birth must include a day",
        include_month: "Date of birth must include a month",
        include_year: "Date of birth must include a year",
        include_day_and_month: "Date of birth must include a day and month",
        include_day_and_year: "Date of birth must include a day and year",
        include_month_and_year: "Date of birth must include a month and year",
        year_four_digits: "Year must include 4 numbers",
        real: "Date of birth must be a real date",
        past: "Date of birth must be in the past",
        after_1900: "Date of birth must be the same as or after 1 January 1900",
    }
}

/// A date of birth's words in Welsh: `enter` is the page's own ("Rhowch eich dyddiad geni").
pub const fn date_of_birth_cy(enter: &'static str) -> DateCopy {
    DateCopy {
        day: "Diwrnod",
        month: "Mis",
        year: "Blwyddyn",
        enter,
        include_day: "Rhaid i’r dyddiad geni gynnwys diwrnod",
        include_month: "Rhaid i’r dyddiad geni gynnwys mis",
        include_year: "Rhaid i’r dyddiad geni gynnwys blwyddyn",
        include_day_and_month: "Rhaid i’r dyddiad geni gynnwys diwrnod a mis",
        include_day_and_year: "Rhaid i’r dyddiad geni gynnwys diwrnod a blwyddyn",
        include_month_and_year: "Rhaid i’r dyddiad geni gynnwys mis a blwyddyn",
        year_four_digits: "Rhaid i’r flwyddyn gynnwys 4 rhif",
        real: "Rhaid i’r dyddiad geni fod yn ddyddiad go iawn",
        past: "Rhaid i’r dyddiad geni fod yn y gorffennol",
        after_1900: "Rhaid i’r dyddiad geni fod yr un fath â 1 Ionawr 1900 neu ar ôl hynny",
    }
}
