//! The handover to case management: the records an application becomes when a caseworker hands it over, for case
//! management's systems to read instead of a caseworker retyping it (docs/handover.md). They are made when the
//! application is handed over and delivered as they were made: each destination collects its own from a feed and
//! acknowledges each by its `id` ([`RecordId`]; the store's `handover` module, the casework function's `feed`).
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

/// Checking a record against its schema, for tests (the `schema-check` feature): the same validator wherever a
/// record is made or served.
#[cfg(feature = "schema-check")]
pub mod schema_check {
    use jsonschema::Validator;
    use serde_json::Value;

    /// A validator of draft 2020-12 `schema`, which must itself be a valid draft 2020-12 schema. Formats (date,
    /// date-time) are checked too, not only annotated.
    pub fn validator(schema: &str) -> Result<Validator, String> {
        let schema: Value = serde_json::from_str(schema).map_err(|error| format!("the schema is not JSON: {error}"))?;
        jsonschema::draft202012::meta::validate(&schema)
            .map_err(|error| format!("not a draft 2020-12 schema: {error}"))?;
        jsonschema::draft202012::options()
            .should_validate_formats(true)
            .build(&schema)
            .map_err(|error| format!("the schema does not compile: {error}"))
    }

    /// What the validator finds wrong, one line each: empty for a valid record.
    pub fn errors(validator: &Validator, record: &Value) -> Vec<String> {
        validator.iter_errors(record).map(|error| format!("{}: {error}", error.instance_path())).collect()
    }

    /// What is wrong with a record against the schema its `schema` field names (v1 of either record).
    pub fn record_errors(record: &Value) -> Vec<String> {
        let schema = match record["schema"].as_str() {
            Some("cms-intake/application/v1") => super::APPLICATION_SCHEMA,
            Some("cms-intake/disclosure/v1") => super::DISCLOSURE_SCHEMA,
            other => return vec![format!("no schema for {other:?}")],
        };
        match validator(schema) {
            Ok(validator) => errors(&validator, record),
            Err(error) => vec![error],
        }
    }
}

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

/// Which of an application's records: the application record (every application) or the disclosure record (only
/// the domestic-abuse team's, and only when there is one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RecordKind {
    Application,
    Disclosure,
}

impl RecordKind {
    pub const ALL: [RecordKind; 2] = [RecordKind::Application, RecordKind::Disclosure];

    pub fn as_str(self) -> &'static str {
        match self {
            RecordKind::Application => "application",
            RecordKind::Disclosure => "disclosure",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == value)
    }
}

/// What a record is acknowledged by, its `id`: the application's reference for an application record
/// (`7KQM-2XHD-F`), the reference then `/disclosure` for a disclosure record (`7KQM-2XHD-F/disclosure`). Parsing
/// takes only the form the records are written with, so an id case management sends back names one record or none.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RecordId {
    pub reference: crate::Reference,
    pub kind: RecordKind,
}

impl RecordId {
    const DISCLOSURE_SUFFIX: &'static str = "/disclosure";

    pub fn new(reference: crate::Reference, kind: RecordKind) -> Self {
        Self { reference, kind }
    }

    pub fn parse(value: &str) -> Option<Self> {
        let (reference, kind) = match value.strip_suffix(Self::DISCLOSURE_SUFFIX) {
            Some(reference) => (reference, RecordKind::Disclosure),
            None => (value, RecordKind::Application),
        };
        let reference = crate::Reference::parse(reference).filter(|parsed| parsed.to_string() == reference)?;
        Some(Self { reference, kind })
    }
}

impl std::fmt::Display for RecordId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.kind {
            RecordKind::Application => write!(f, "{}", self.reference),
            RecordKind::Disclosure => write!(f, "{}{}", self.reference, Self::DISCLOSURE_SUFFIX),
        }
    }
}

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
