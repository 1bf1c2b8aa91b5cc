//! The handover to case management: the records an application becomes when a caseworker hands it over, for case
//! management's systems to read instead of a caseworker retyping it (docs/handover.md). Delivering them (a feed,
//! acknowledged by each record's `id`) is not built yet.
//!
//! Two records, each a versioned JSON document whose JSON Schema (draft 2020-12) is beside this file:
//!
//! - the **application record** ([`application_record`], `application.v1.schema.json`), for every application:
//!   what a caseworker who may not read disclosures is shown, and nothing only the domestic-abuse team may read;
//! - the **disclosure record** ([`disclosure_record`], `disclosure.v1.schema.json`), only for an application with
//!   a disclosure, a call request or an urgent request, and only for the domestic-abuse team's destination.
//!
//! Where the line between the two falls is not decided here: it is `Answers::split_need_to_know`, which casework
//! uses for what it shows. The records are a public contract, so their types are their own, mapped field by field
//! from the answers (never the answers serialised): a change to how answers are kept does not change what case
//! management reads. Each mapping names every field of the answers' types: a new answer does not compile until
//! someone decides whether a record carries it (and changes the schema, and perhaps its version: docs/handover.md).
//!
//! Pure functions of what is stored; nothing here logs.

mod application;
mod disclosure;
mod values;

#[cfg(test)]
mod tests;

pub use application::{
    AddressAbroad, Applicant, ApplicationRecord, BankDetails, Child, Eligibility, Income, MaybeKnownAge,
    MaybeKnownDate, OtherParent, OvernightStays, Payments, Routing, SafeContact, Safety, SupportNeeds,
    application_record,
};
pub use disclosure::{Abuse, DisclosureRecord, UrgentRequest, disclosure_record};
pub use values::{
    AbuseKind, Address, ApplicationKind, ApplicationSchema, Benefit, ChildCount, ContactMethod, Country, CourtOrder,
    DisclosureKind, DisclosureSchema, Evidence, HelpAskedFor, HowAddressKnown, HowOften, IncomeSource, Language,
    PaymentService, PrivateDetail, Role, SharedCareBand, SupportNeed, Team, UrgentHelp, WhereOtherParentLives,
    YesNoOrNotKnown,
};

/// The application record's JSON Schema, `application.v1.schema.json`.
pub const APPLICATION_SCHEMA: &str = include_str!("application.v1.schema.json");

/// The disclosure record's JSON Schema, `disclosure.v1.schema.json`.
pub const DISCLOSURE_SCHEMA: &str = include_str!("disclosure.v1.schema.json");

/// Why a stored application makes no record: something stored that sending never writes (a bug, or a hand edit).
/// It names the field, never its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RecordError {
    #[error("the application's submitted_at is not an RFC 3339 time")]
    Time,
    #[error("the application's {answer} is an answer that stops the journey before it can be sent")]
    NotEligible { answer: &'static str },
}
