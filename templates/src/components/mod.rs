//! GOV.UK Design System components as maud functions.
//!
//! Each takes a parameter struct with the same names as govuk-frontend's Nunjucks macro (camelCase in JSON, so a
//! fixture's `options` deserialise straight into it), and renders the markup of the pinned govuk-frontend's
//! `dist/govuk/components/<name>/template.njk`. `tests/fixtures.rs` holds every component to its fixtures.
//! Parameters we do not support (notably `attributes`: maud cannot emit attribute names chosen at run time)
//! are refused at deserialisation (`deny_unknown_fields`), so the fixture test
//! counts them as unsupported rather than silently rendering them wrong.

mod back_link;
mod button;
mod checkboxes;
mod date_input;
mod details;
mod error_message;
mod error_summary;
mod exit_this_page;
mod fieldset;
mod form_group;
mod hint;
mod input;
mod inset_text;
mod label;
mod language_navigation;
mod notification_banner;
mod pagination;
mod panel;
mod radios;
mod scalar;
mod skip_link;
mod summary_list;
mod table;
mod tag;
mod textarea;
mod warning_text;

pub use back_link::{BackLink, back_link};
pub use button::{Button, button};
pub use checkboxes::{CheckboxItem, CheckboxLabel, Checkboxes, Conditional, checkboxes};
pub use date_input::{DateInput, DateInputItem, DatePart, date_input};
pub use details::{Details, details};
pub use error_message::{ErrorMessage, error_message};
pub use error_summary::{ErrorLink, ErrorSummary, error_summary};
pub use exit_this_page::{ExitThisPage, exit_this_page};
pub use fieldset::{Fieldset, Legend, fieldset};
pub use form_group::{InputFormGroup, InputsFormGroup};
pub use hint::{Hint, hint};
pub use input::{Input, InputAffix, InputWrapper, input};
pub use inset_text::{InsetText, inset_text};
pub use label::{Label, label};
pub use language_navigation::{LanguageAttributes, LanguageItem, LanguageNavigation, language_navigation};
pub use notification_banner::{NotificationBanner, notification_banner};
pub use pagination::{Pagination, PaginationItem, PaginationLink, pagination};
pub use panel::{Panel, PanelAction, PanelActions, panel};
pub use radios::{RadioItem, Radios, radios};
pub use skip_link::{SkipLink, skip_link};
pub use summary_list::{
    PostAction, SummaryAction, SummaryActions, SummaryCell, SummaryList, SummaryRow, WithActions, summary_list,
    summary_list_of,
};
pub use table::{Table, TableCell, TableHeadCell, table};
pub use tag::{Tag, tag};
pub use textarea::{Textarea, textarea};
pub use warning_text::{WarningText, warning_text};

use maud::{Markup, PreEscaped};
use serde::Deserialize;

/// A component's `text` or `html` parameter: `html` is trusted markup written by us, never user input; `text`
/// is escaped. govuk-frontend gives `html` precedence when both are set.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct Content {
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    pub html: Option<String>,
}

impl Content {
    pub fn text(text: impl Into<String>) -> Self {
        Self { text: Some(text.into()), html: None }
    }

    pub fn html(markup: Markup) -> Self {
        Self { text: None, html: Some(markup.into_string()) }
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_none() && self.html.is_none()
    }

    pub fn render(&self) -> Markup {
        PreEscaped(maud::Render::render(self).into_string())
    }
}

/// Written straight into the page being drawn (`(content)` in `html!`), with no string of its own: a page is
/// mostly these, and each allocation and copy showed in the casework page's profile.
impl maud::Render for Content {
    fn render_to(&self, buffer: &mut String) {
        match (&self.html, &self.text) {
            (Some(markup), _) => buffer.push_str(markup),
            (None, Some(text)) => text.render_to(buffer),
            (None, None) => {}
        }
    }
}

/// `class="base extra"` helper: govuk-frontend appends `classes` after a space.
pub(crate) fn classes(base: &str, extra: &Option<String>) -> String {
    match extra.as_deref().filter(|c| !c.is_empty()) {
        Some(extra) => format!("{base} {extra}"),
        None => base.to_owned(),
    }
}

/// [`classes`] written into the attribute as it is drawn, with no string of its own: for the parts of a page
/// drawn many times over (a summary list's rows, a table's cells).
pub(crate) fn class_attr<'a>(base: &'a str, extra: &'a Option<String>) -> Classes<'a> {
    Classes { base, extra: extra.as_deref().filter(|c| !c.is_empty()) }
}

/// A class attribute's value: [`class_attr`].
pub(crate) struct Classes<'a> {
    base: &'a str,
    extra: Option<&'a str>,
}

impl maud::Render for Classes<'_> {
    fn render_to(&self, buffer: &mut String) {
        self.base.render_to(buffer);
        if let Some(extra) = self.extra {
            buffer.push(' ');
            extra.render_to(buffer);
        }
    }
}
