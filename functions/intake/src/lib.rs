//! The application's domain, journey and DynamoDB store: everything that is not HTTP.
//!
//! Both Lambda functions (`apply`, `casework`) and the local dev server build on this crate, so the rules that
//! matter (what an answer may be, which page comes next, how an application is stored) live in exactly one place.

pub mod answers;
pub mod casework;
pub mod children;
pub mod config;
pub mod domain;
pub mod eligibility;
pub mod helplines;
pub mod journey;
pub mod other_parent;
pub mod payments;
pub mod reference;
pub mod routing;
pub mod safety;
pub mod session;
pub mod store;
pub mod table;

pub use answers::Answers;
pub use config::Config;
pub use reference::Reference;
pub use session::{CsrfToken, SessionId};
pub use store::{Draft, Store, StoreError};
