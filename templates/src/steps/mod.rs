//! One view per question of the journey, named as its route and its form in the `apply` crate
//! (`apply::steps::where_you_live` ↔ `templates::steps::where_you_live`).

pub mod bank_details;
pub mod check_your_answers;
pub mod children;
pub mod childrens_ages;
pub mod court_order;
pub mod has_bank_account;
pub mod other_parent_address;
pub mod other_parent_date_of_birth;
pub mod other_parent_knows_address;
pub mod other_parent_knows_where_you_live;
pub mod other_parent_name;
pub mod other_parent_other_details;
pub mod payment_service;
pub mod where_you_live;
pub mod your_address;
pub mod your_contact_details;
pub mod your_date_of_birth;
pub mod your_name;
pub mod your_national_insurance_number;
pub mod your_role;
// Your safety: each page is titled `YOUR_SAFETY`, whatever it asks.
pub mod evidence;
pub mod help_now;
pub mod immediate_danger;
pub mod keep_private;
pub mod kinds_of_abuse;
pub mod safe_contact;
pub mod urgent_request;
pub mod your_safety;

use maud::{Markup, html};

use crate::components::{
    CheckboxItem, Checkboxes, Content, Fieldset, Hint, Legend, RadioItem, Radios, checkboxes, radios,
};
use crate::layout::{Area, BackForm, Page, page};
use intake::journey::SafetyPage;
use intake::urgent::Availability;

/// What every question view needs besides its own answer.
#[derive(Debug, Clone, Copy)]
pub struct StepContext<'a> {
    pub csrf_token: &'a str,
    /// Where the Back link goes.
    pub back: Back<'a>,
    pub errors: &'a crate::FormErrors,
    /// The answer could not be saved (the service's store failed): the page says so, keeping what was typed.
    pub unsaved: bool,
    /// On a page of the safety section: which page it is, which its form says (its URL cannot).
    pub safety: Option<SafetyPage>,
    /// Whether the domestic-abuse team is working now, for the pages that send it a request.
    pub team: Availability,
}

impl<'a> StepContext<'a> {
    /// A question page's context with nothing unusual: saved, not in the safety section, the team at work.
    pub fn new(csrf_token: &'a str, back: Back<'a>, errors: &'a crate::FormErrors) -> Self {
        Self { csrf_token, back, errors, unsaved: false, safety: None, team: Availability::Working }
    }
}

/// Where a question page's Back link goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Back<'a> {
    /// An ordinary link.
    To(&'a str),
    /// The page before, in the safety section: its one URL cannot name it, so Back is a form that asks the server
    /// to show it (`go=back`, with the page's own step).
    PreviousSafetyPage,
}

/// The field a safety page's forms post to say which page they are, and the one its Back button posts.
pub const STEP_FIELD: &str = "step";
pub const GO_FIELD: &str = "go";
pub const GO_BACK: &str = "back";
/// Posted by a question reached from check your answers, with `1` (in the URL's query, or a safety page's form).
pub const CHANGE_FIELD: &str = "change";
/// Posted by check your answers' Change buttons for the safety section, with the step's id.
pub const CHANGE_ANSWER_FIELD: &str = "change-answer";

/// A question page: error summary, then the form, in the two-thirds column the Design System uses for forms.
pub fn question_page(context: StepContext<'_>, title: &str, fields: Markup) -> Markup {
    question_page_then(context, title, fields, html! {})
}

/// A question page with more content after the form (help that does not belong before the question).
pub fn question_page_then(context: StepContext<'_>, title: &str, fields: Markup, after: Markup) -> Markup {
    question_page_with(context, title, html! { (question_form(context, fields)) (after) })
}

/// A question page whose form is the view's own (a page with a button other than Continue).
pub fn question_page_with(context: StepContext<'_>, title: &str, body: Markup) -> Markup {
    let back_step = context.safety.map(|page| page.step.id());
    let (back, back_form) = match (context.back, back_step) {
        (Back::To(href), _) => (Some(href), None),
        (Back::PreviousSafetyPage, Some(step)) => {
            (None, Some(BackForm { action: intake::journey::YOUR_SAFETY, csrf_token: context.csrf_token, step }))
        }
        (Back::PreviousSafetyPage, None) => (None, None),
    };
    page(
        Area::Apply,
        &Page { title, has_errors: !context.errors.is_empty() || context.unsaved, back, back_form, ..Page::default() },
        html! {
            div.govuk-grid-row {
                div.govuk-grid-column-two-thirds {
                    @if context.unsaved { (unsaved_banner(context)) }
                    (context.errors.summary())
                    (body)
                }
            }
        },
    )
}

/// A question page's form: posts back to the same URL, server-side validation only (`novalidate`: browsers'
/// own messages are not accessible and not in GOV.UK wording), the session's CSRF token, and Continue. On a safety
/// page it also says which page it is, and whether it was reached from check your answers.
pub fn question_form(context: StepContext<'_>, fields: Markup) -> Markup {
    question_form_with(context, "Continue", fields)
}

/// [`question_form`] with another button.
pub fn question_form_with(context: StepContext<'_>, button_text: &str, fields: Markup) -> Markup {
    use crate::components::{Button, button};
    html! {
        form method="post" novalidate {
            (crate::csrf_input(context.csrf_token))
            @if let Some(page) = context.safety {
                input type="hidden" name=(STEP_FIELD) value=(page.step.id());
                @if page.change { input type="hidden" name=(CHANGE_FIELD) value="1"; }
            }
            (fields)
            (button(&Button { content: Content::text(button_text), prevent_double_click: Some(true), ..Button::default() }))
        }
    }
}

/// Shown above a question whose answer could not be saved: the GOV.UK "problem with the service" wording, and
/// that nothing typed is lost (<https://design-system.service.gov.uk/patterns/problem-with-the-service-pages/>).
fn unsaved_banner(context: StepContext<'_>) -> Markup {
    use crate::components::{NotificationBanner, notification_banner};
    let request = context.safety.is_some_and(|page| page.step == intake::journey::Step::UrgentRequest);
    notification_banner(&NotificationBanner {
        role: Some("alert".into()),
        content: Content::html(html! {
            p.govuk-notification-banner__heading { "Sorry, there is a problem with the service" }
            @if request {
                // A request for help that could not be sent: say so plainly, and 999 again.
                p.govuk-body {
                    "Your request has not been sent. What you entered is still below: try again. If you are in \
                     immediate danger, call 999."
                }
            } @else {
                p.govuk-body { "Your answer has not been saved yet. What you entered is still below: try again later." }
            }
        }),
        ..NotificationBanner::default()
    })
}

/// A legend that is the page's h1: <https://design-system.service.gov.uk/get-started/labels-legends-headings/>.
pub fn heading_legend(title: &str) -> Option<Fieldset> {
    Some(Fieldset {
        legend: Some(Legend {
            content: Content::text(title),
            classes: Some("govuk-fieldset__legend--l".into()),
            is_page_heading: Some(true),
        }),
        ..Fieldset::default()
    })
}

/// The title of every page in the safety section. A page's title is kept in the browser's history; the safety
/// pages' titles (like their URLs) say only this, so that nobody looking at the history can tell what was asked
/// after a disclosure, or that help was asked for. The question itself is the page's h1.
pub const YOUR_SAFETY: &str = "Your safety";

/// A question whose legend is the page's h1, but which sits below other content: its legend is a medium heading
/// instead (<https://design-system.service.gov.uk/get-started/labels-legends-headings/>).
pub fn sub_legend(title: &str) -> Option<Fieldset> {
    Some(Fieldset {
        legend: Some(Legend {
            content: Content::text(title),
            classes: Some("govuk-fieldset__legend--m".into()),
            is_page_heading: None,
        }),
        ..Fieldset::default()
    })
}

/// One answer of a list of checkboxes or radios.
#[derive(Debug, Clone, Copy)]
pub struct Choice<'a> {
    pub value: &'a str,
    pub label: &'a str,
    pub hint: Option<&'a str>,
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
    fields: &crate::Fields,
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
        items.push(CheckboxItem { divider: Some("or".into()), ..CheckboxItem::default() });
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
        error_message: context.errors.message_for(field),
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
    fields: &crate::Fields,
) -> Markup {
    let item = |choice: &Choice<'_>| RadioItem {
        content: Content::text(choice.label),
        value: Some(choice.value.into()),
        hint: choice.hint.map(|hint| Hint { content: Content::text(hint), ..Hint::default() }),
        ..RadioItem::default()
    };
    let mut items: Vec<RadioItem> = choices.iter().map(item).collect();
    if let Some(last) = or_else {
        items.push(RadioItem { divider: Some("or".into()), ..RadioItem::default() });
        items.push(item(&last));
    }
    radios(&Radios {
        name: field.into(),
        fieldset,
        hint: hint.map(|hint| Hint { content: Content::text(hint), ..Hint::default() }),
        error_message: context.errors.message_for(field),
        items,
        value: fields.get(field).map(str::to_owned),
        ..Radios::default()
    })
}

/// Where to get support now, shown after a disclosure and on the danger page: the helplines for the nation the
/// applicant lives in (from `intake::helplines`, the one place they are kept) and how to stay safe online.
pub fn support(nation: Option<intake::eligibility::Country>) -> Markup {
    html! {
        h2.govuk-heading-m { "Support you can get now" }
        p.govuk-body { "These helplines are free and confidential. You do not have to give your name." }
        (crate::pages::journey::helplines(&intake::helplines::for_nation(nation)))
        p.govuk-body {
            a.govuk-link href=(crate::pages::journey::STAYING_SAFE_ONLINE) { "How to use this service more safely" }
        }
    }
}

/// The values a yes/no question posts.
pub const YES: &str = "yes";
pub const NO: &str = "no";

/// A yes/no question as inline radios: <https://design-system.service.gov.uk/components/radios/#inline-radios>.
pub fn yes_no(context: StepContext<'_>, field: &str, title: &str, hint: Option<Markup>, value: Option<&str>) -> Markup {
    yes_no_in(context, field, heading_legend(title), hint, value)
}

/// A yes/no question in the given fieldset (for a question below other content).
pub fn yes_no_in(
    context: StepContext<'_>,
    field: &str,
    fieldset: Option<Fieldset>,
    hint: Option<Markup>,
    value: Option<&str>,
) -> Markup {
    let item = |value: &str, text: &str| RadioItem {
        content: Content::text(text),
        value: Some(value.into()),
        ..RadioItem::default()
    };
    radios(&Radios {
        name: field.into(),
        fieldset,
        hint: hint.map(|markup| Hint { content: Content::html(markup), ..Hint::default() }),
        error_message: context.errors.message_for(field),
        items: vec![item(YES, "Yes"), item(NO, "No")],
        value: value.map(str::to_owned),
        classes: Some("govuk-radios--inline".into()),
        ..Radios::default()
    })
}

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

pub fn text_field(context: StepContext<'_>, field: TextField<'_>, fields: &crate::Fields) -> Markup {
    use crate::components::{Input, Label, input};
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
        error_message: context.errors.message_for(field.name),
        classes: field.width.map(str::to_owned),
        autocomplete: field.autocomplete.map(str::to_owned),
        spellcheck: field.spellcheck,
        ..Input::default()
    })
}

/// The ids of a date's three inputs, `<prefix>-day` etc.: the error summary links to the first one in error.
pub fn date_ids(prefix: &str) -> [String; 3] {
    [format!("{prefix}-day"), format!("{prefix}-month"), format!("{prefix}-year")]
}

/// A date as three fields, its legend the page's h1: <https://design-system.service.gov.uk/components/date-input/>.
pub fn date_field(
    context: StepContext<'_>,
    prefix: &str,
    title: &str,
    hint: &str,
    fields: &crate::Fields,
    autocomplete_birthday: bool,
) -> Markup {
    let fieldset = heading_legend(title).unwrap_or_default();
    date_field_in(context, prefix, fieldset, hint, fields, autocomplete_birthday)
}

/// A date as three fields in the given fieldset (for a date that is one of several questions on a page).
pub fn date_field_in(
    context: StepContext<'_>,
    prefix: &str,
    fieldset: Fieldset,
    hint: &str,
    fields: &crate::Fields,
    autocomplete_birthday: bool,
) -> Markup {
    use crate::components::{DateInput, DateInputItem, date_input};
    let ids = date_ids(prefix);
    let any_marked = ids.iter().any(|id| context.errors.has(id));
    let item = |name: &str, id: &str, width: &str, autocomplete: &str| {
        // Only the parts in error are marked; where the whole date is wrong, all are.
        let marked = context.errors.has(id) || (context.errors.has(&format!("{prefix}-date")) && !any_marked);
        DateInputItem {
            id: Some(id.to_owned()),
            name: Some(name.to_owned()),
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
            item("day", &ids[0], "govuk-input--width-2", "bday-day"),
            item("month", &ids[1], "govuk-input--width-2", "bday-month"),
            item("year", &ids[2], "govuk-input--width-4", "bday-year"),
        ],
        hint: Some(Hint { content: Content::text(hint), ..Hint::default() }),
        error_message: context.errors.message_for_any(&[&ids[0], &ids[1], &ids[2], &format!("{prefix}-date")]),
        fieldset: Some(Fieldset { role: Some("group".into()), ..fieldset }),
        ..DateInput::default()
    })
}

/// The names of an address's fields, `<prefix>-line-1` etc.
pub fn address_ids(prefix: &str) -> [String; 5] {
    ["line-1", "line-2", "town", "county", "postcode"].map(|part| format!("{prefix}-{part}"))
}

/// An address as the GOV.UK address pattern asks for it: <https://design-system.service.gov.uk/patterns/addresses/>.
pub fn address_fields(context: StepContext<'_>, prefix: &str, title: &str, fields: &crate::Fields) -> Markup {
    crate::components::fieldset(
        &heading_legend(title).unwrap_or_default(),
        address_inputs(context, prefix, fields, true),
    )
}

/// An address's inputs without their fieldset, for an address revealed by a radio. `own_address`: the browser may
/// fill in the applicant's own address; for anyone else's it is told not to (it would offer the applicant's).
pub fn address_inputs(context: StepContext<'_>, prefix: &str, fields: &crate::Fields, own_address: bool) -> Markup {
    let [line_1, line_2, town, county, postcode] = address_ids(prefix);
    fn field<'a>(name: &'a str, label: &'a str, width: Option<&'a str>, autocomplete: &'a str) -> TextField<'a> {
        TextField { name, label, width, autocomplete: Some(autocomplete), ..TextField::default() }
    }
    let auto = |token: &'static str| if own_address { token } else { "off" };
    html! {
        (text_field(context, field(&line_1, "Address line 1", None, auto("address-line1")), fields))
        (text_field(context, field(&line_2, "Address line 2 (optional)", None, auto("address-line2")), fields))
        (text_field(context, field(&town, "Town or city", Some("govuk-!-width-two-thirds"), auto("address-level2")), fields))
        (text_field(context, field(&county, "County (optional)", Some("govuk-!-width-two-thirds"), auto("address-level1")), fields))
        (text_field(context, field(&postcode, "Postcode", Some("govuk-input--width-10"), auto("postal-code")), fields))
    }
}

/// A date's error as the Design System words it (<https://design-system.service.gov.uk/components/date-input/>),
/// and the input it belongs to (the summary links there; `<prefix>-date` marks the whole date).
pub fn date_error(prefix: &str, error: intake::domain::DateError, subject: &str, enter: &str) -> (String, String) {
    use intake::domain::DateError;
    let [day, month, year] = date_ids(prefix);
    let whole = format!("{prefix}-date");
    match error {
        DateError::Empty => (day, enter.to_owned()),
        DateError::Missing { day: d, month: m, year: y } => {
            let parts: Vec<&str> = [(d, "day"), (m, "month"), (y, "year")]
                .into_iter()
                .filter_map(|(missing, name)| missing.then_some(name))
                .collect();
            let first = if d {
                day
            } else if m {
                month
            } else {
                year
            };
            (first, format!("{subject} must include a {}", parts.join(" and ")))
        }
        DateError::YearNotFourDigits => (year, "Year must include 4 numbers".to_owned()),
        DateError::NotReal => (whole, format!("{subject} must be a real date")),
        DateError::InFuture => (whole, format!("{subject} must be in the past")),
        DateError::TooLongAgo => (whole, format!("{subject} must be the same as or after 1 January 1900")),
    }
}

/// A name's error: <https://design-system.service.gov.uk/patterns/names/>.
pub fn name_error(error: intake::domain::NameError, subject: &str, enter: &str) -> String {
    use intake::domain::NameError;
    match error {
        NameError::Empty => enter.to_owned(),
        NameError::TooLong { max } => format!("{subject} must be {max} characters or less"),
        NameError::InvalidCharacters => {
            format!("{subject} must only include letters, spaces, hyphens, apostrophes and full stops")
        }
    }
}

/// The field names of a names page (the applicant's, the other parent's).
pub const FULL_NAME: &str = "full-name";
pub const OTHER_NAMES: &str = "other-names";

/// What differs between the pages that ask for a person's names: the page title and whose names they are.
#[derive(Debug, Clone, Copy)]
pub struct NamesCopy {
    pub title: &'static str,
    /// "Enter your full name", "Enter the other parent's full name".
    pub enter_full_name: &'static str,
    pub enter_other_names: &'static str,
    pub other_names_label: &'static str,
    pub other_names_hint: &'static str,
    /// The applicant's own name may be filled in by the browser; anyone else's must not be.
    pub autocomplete: &'static str,
}

impl NamesCopy {
    pub fn full_name_error(&self, error: intake::domain::NameError) -> String {
        name_error(error, "Full name", self.enter_full_name)
    }

    pub fn other_names_error(&self, error: intake::domain::NameError) -> String {
        name_error(error, "Other names", self.enter_other_names)
    }
}

/// A names page: one full-name field and an optional one for other names
/// (<https://design-system.service.gov.uk/patterns/names/>).
pub fn names_page(context: StepContext<'_>, copy: &NamesCopy, fields: &crate::Fields) -> Markup {
    let body = html! {
        h1.govuk-heading-l { (copy.title) }
        (text_field(context, TextField {
            name: FULL_NAME,
            label: "Full name",
            autocomplete: Some(copy.autocomplete),
            spellcheck: Some(false),
            ..TextField::default()
        }, fields))
        (text_field(context, TextField {
            name: OTHER_NAMES,
            label: copy.other_names_label,
            hint: Some(copy.other_names_hint),
            autocomplete: Some("off"),
            spellcheck: Some(false),
            ..TextField::default()
        }, fields))
    };
    question_page(context, copy.title, body)
}
