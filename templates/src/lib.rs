//! Everything the applicant and caseworkers see: GOV.UK components, the page layout, and one view per page with
//! its copy beside it. English only for now; keeping copy in the views (not scattered through handlers) is what
//! lets Welsh be added page by page.

pub mod casework;
pub mod components;
pub mod errors;
#[cfg(test)]
mod escaping;
pub mod fields;
pub mod lang;
pub mod layout;
pub mod pages;
pub mod sections;

pub use errors::FormErrors;
pub use fields::{CSRF_FIELD, Fields, csrf_input};
pub use lang::Lang;
pub use layout::{Area, BackForm, ExitButton, Page};
