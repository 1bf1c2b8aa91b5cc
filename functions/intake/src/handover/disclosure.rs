//! The disclosure record: what only the domestic-abuse team may read of an application, for that team's
//! destination only. It is made only when there is something of the kind.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::RecordError;
use super::values::{self, AbuseKind, DisclosureKind, DisclosureSchema, Evidence, HelpAskedFor, UrgentHelp};
use crate::safety::{Disclosure, Restricted};
use crate::store::Application;

/// What only the domestic-abuse team may read of an application (`disclosure.v1.schema.json`): the disclosure of
/// abuse, what the applicant asked CMS to do in immediate danger, and the urgent request they sent. At least one
/// of the three is there. A field not answered is left out, never `null`.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DisclosureRecord {
    pub schema: DisclosureSchema,
    pub kind: DisclosureKind,
    /// What the domestic-abuse team's destination acknowledges the record by: `<reference>/disclosure`.
    pub id: String,
    /// The application's reference, as in its application record.
    pub reference: String,
    /// When the applicant sent the application: RFC 3339, UTC.
    pub submitted_at: String,
    /// The applicant told us of abuse. Left out when they did not (only a request was sent, and the answer about
    /// abuse was then changed to "no").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub abuse: Option<Abuse>,
    /// Asked of someone in immediate danger: what CMS should do if they cannot call 999.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help_asked_for: Option<HelpAskedFor>,
    /// The request for help sent while applying. The team had it the moment it was sent; this is it as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urgent_request: Option<UrgentRequest>,
}

/// Never printed whole: a stray `{:?}` must not leak a disclosure. Its id is enough to find it.
impl fmt::Debug for DisclosureRecord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DisclosureRecord({})", self.id)
    }
}

/// The answers about abuse. Each list may be empty: the applicant chose none (both are optional).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Abuse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kinds: Option<Vec<AbuseKind>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_immediate_danger: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Vec<Evidence>>,
}

/// An urgent request as the applicant sent it: to call the police (`whereabouts`, and a `phone` only if it is safe
/// for the police to call it) or to call back (`phone` and `when_safe_to_call`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UrgentRequest {
    pub asked_for: UrgentHelp,
    /// So that whoever calls knows whom to ask for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Where the applicant was, for the police.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub whereabouts: Option<String>,
    /// E.164: "+447700900982".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// In the applicant's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when_safe_to_call: Option<String>,
}

/// The disclosure record of an application as stored, with its disclosure as `Store::load_disclosure` reads it
/// (the application never holds it: sending keeps it apart). `None` when there is nothing only the domestic-abuse
/// team may read (`Answers::split_need_to_know`, as casework uses it).
pub fn disclosure_record(
    application: &Application,
    disclosure: Option<&Disclosure>,
) -> Result<Option<DisclosureRecord>, RecordError> {
    let (_general, restricted) = application.answers.split_need_to_know();
    let restricted = Restricted { disclosure: disclosure.cloned().unwrap_or_default(), ..restricted };
    if restricted.is_empty() {
        return Ok(None);
    }
    let Restricted { disclosure, call_request, urgent_request } = restricted;
    let made = disclosure.is_made();
    // Every answer is named: a new one does not compile here until someone decides whether the record carries it.
    let Disclosure { abuse: _, kinds, in_immediate_danger, evidence } = disclosure;
    let abuse = made.then(|| Abuse {
        kinds: kinds.map(|kinds| kinds.into_iter().map(abuse_kind).collect()),
        in_immediate_danger,
        evidence: evidence.map(|evidence| evidence.into_iter().map(evidence_value).collect()),
    });
    let reference = values::reference(&application.reference);
    Ok(Some(DisclosureRecord {
        schema: DisclosureSchema::V1,
        kind: DisclosureKind::Disclosure,
        id: super::RecordId::new(application.reference.clone(), super::RecordKind::Disclosure).to_string(),
        reference,
        submitted_at: values::utc_time(&application.submitted_at)?,
        abuse,
        help_asked_for: call_request.map(|request| match request {
            crate::safety::CallRequest::CallThePolice => HelpAskedFor::CallThePolice,
            crate::safety::CallRequest::CallMeBack => HelpAskedFor::CallMeBack,
            crate::safety::CallRequest::Neither => HelpAskedFor::Neither,
        }),
        urgent_request: urgent_request.map(urgent),
    }))
}

fn urgent(request: crate::urgent::UrgentRequest) -> UrgentRequest {
    use crate::urgent::Help;
    let crate::urgent::UrgentRequest { first_name, help } = request;
    let first_name = first_name.map(|name| name.as_str().to_owned());
    match help {
        Help::CallThePolice { whereabouts, phone } => UrgentRequest {
            asked_for: UrgentHelp::CallThePolice,
            first_name,
            whereabouts: Some(whereabouts.as_str().to_owned()),
            phone: phone.map(|phone| phone.as_str().to_owned()),
            when_safe_to_call: None,
        },
        Help::CallMeBack { phone, when } => UrgentRequest {
            asked_for: UrgentHelp::CallMeBack,
            first_name,
            whereabouts: None,
            phone: Some(phone.as_str().to_owned()),
            when_safe_to_call: Some(when.as_str().to_owned()),
        },
    }
}

fn abuse_kind(kind: crate::safety::AbuseKind) -> AbuseKind {
    use crate::safety::AbuseKind as K;
    match kind {
        K::Physical => AbuseKind::Physical,
        K::Sexual => AbuseKind::Sexual,
        K::EmotionalOrPsychological => AbuseKind::EmotionalOrPsychological,
        K::CoerciveOrControlling => AbuseKind::CoerciveOrControlling,
        K::EconomicOrFinancial => AbuseKind::EconomicOrFinancial,
        K::Threats => AbuseKind::Threats,
        K::StalkingOrHarassment => AbuseKind::StalkingOrHarassment,
    }
}

fn evidence_value(evidence: crate::safety::Evidence) -> Evidence {
    use crate::safety::Evidence as E;
    match evidence {
        E::PoliceReport => Evidence::PoliceReport,
        E::CourtOrder => Evidence::CourtOrder,
        E::LetterFromAProfessional => Evidence::LetterFromAProfessional,
    }
}
