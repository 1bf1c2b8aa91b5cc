//! The application's domain, journey and DynamoDB store: everything that is not HTTP.
//!
//! Both Lambda functions (`apply`, `casework`) and the local dev server build on this crate, so the rules that
//! matter (what an answer may be, which page comes next, how an application is stored) live in exactly one place.

/// An answer chosen from a fixed list: the enum, every choice in the order the page lists them (`ALL`), the value
/// each choice posts (`form_value`, stable because drafts store it) and its inverse (`parse`).
macro_rules! choices {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$item_meta:meta])* $item:ident => $value:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "kebab-case")]
        pub enum $name { $($(#[$item_meta])* $item,)+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$item,)+];

            pub fn form_value(self) -> &'static str {
                match self { $($name::$item => $value,)+ }
            }

            pub fn parse(value: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|choice| choice.form_value() == value)
            }
        }
    };
}

pub mod answers;
pub mod casework;
pub mod children;
pub mod clock;
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
pub mod urgent;

pub use answers::Answers;
pub use clock::Clock;
pub use config::Config;
pub use reference::Reference;
pub use session::{CsrfToken, SessionId};
pub use store::{Draft, Store, StoreError};
