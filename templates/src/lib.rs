//! Everything the applicant and caseworkers see: GOV.UK components, the page layout, and one view per page with
//! its copy beside it. English only for now; keeping copy in the views (not scattered through handlers) is what
//! lets Welsh be added page by page.

pub mod casework;
pub mod components;
pub mod errors;
pub mod fields;
pub mod layout;
pub mod pages;
pub mod steps;

pub use errors::FormErrors;
pub use fields::Fields;
pub use layout::{Area, ExitButton, Page};

use maud::{Markup, html};

use components::{Button, Content, button};

/// A question page's form: posts back to the same URL, server-side validation only (`novalidate`: browsers'
/// own messages are not accessible and not in GOV.UK wording), the session's CSRF token, and Continue.
pub fn question_form(csrf_token: &str, fields: Markup) -> Markup {
    html! {
        form method="post" novalidate {
            input type="hidden" name="csrf_token" value=(csrf_token);
            (fields)
            (button(&Button { content: Content::text("Continue"), prevent_double_click: Some(true), ..Button::default() }))
        }
    }
}
