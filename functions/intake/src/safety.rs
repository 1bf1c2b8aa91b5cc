//! The safety section, asked of every applicant: the routine enquiry about domestic abuse, immediate danger and
//! the requests it allows, what the other parent must not learn, and how to contact the applicant safely.
//!
//! Why every applicant: the independent review of the CMS response to domestic abuse (Callan, 2023) recommended
//! routine enquiry, and the Government Response accepted it (docs/domain.md, "What the accepted recommendations mean").
//! No proof is asked for; the kinds of abuse and any evidence are optional, so someone can disclose without
//! giving details.
//!
//! The [`Disclosure`] is the part only the domestic-abuse team may read: on sending it is stored apart from the
//! application (`pk=APP#<ref>, sk=DISCLOSURE`), so reading an application never fetches it.

use serde::{Deserialize, Serialize};

use crate::domain::ShortText;

choices! {
    /// The kinds of abuse in the Domestic Abuse Act 2021 definition (s.1), as the review asked them to be named.
    pub enum AbuseKind {
        Physical => "physical",
        Sexual => "sexual",
        EmotionalOrPsychological => "emotional" or "emotional-or-psychological",
        CoerciveOrControlling => "coercive-or-controlling",
        EconomicOrFinancial => "economic" or "economic-or-financial",
        Threats => "threats",
        StalkingOrHarassment => "stalking" or "stalking-or-harassment",
    }
}

choices! {
    /// Evidence the applicant holds. None is required; a caseworker decides what is enough (docs/domain.md: evidence
    /// "of a prescribed kind" is optional on the form).
    pub enum Evidence {
        PoliceReport => "police-report",
        CourtOrder => "court-order",
        LetterFromAProfessional => "letter" or "letter-from-a-professional",
    }
}

choices! {
    /// What someone in immediate danger asked CMS to do, if they cannot call 999 themselves.
    pub enum CallRequest {
        CallThePolice => "call-the-police",
        CallMeBack => "call-me-back",
        Neither => "neither",
    }
}

choices! {
    /// A detail the other parent must not learn. CMS never gives them the applicant's address; a new name matters
    /// because CMS does share names (docs/domain.md, "Information asked").
    pub enum PrivateDetail {
        Address => "address",
        PhoneNumber => "phone" or "phone-number",
        EmailAddress => "email" or "email-address",
        NewName => "new-name",
    }
}

choices! {
    /// A way CMS may contact the applicant, if it is safe.
    pub enum ContactMethod {
        PhoneCalls => "calls" or "phone-calls",
        Voicemail => "voicemail",
        TextMessages => "texts" or "text-messages",
        Letters => "letters",
        Email => "email",
    }
}

/// The answers about abuse itself: only the applicant (on check your answers) and the domestic-abuse team see
/// them. Each is `None` until its question is answered; the lists may be answered empty (they are optional).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Disclosure {
    /// The routine enquiry: has the other parent been abusive towards the applicant or their children?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub abuse: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kinds: Option<Vec<AbuseKind>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_immediate_danger: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Vec<Evidence>>,
}

impl Disclosure {
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// Whether the applicant told us of abuse: what routes the application to the domestic-abuse team.
    pub fn is_made(&self) -> bool {
        self.abuse == Some(true)
    }
}

/// What only the domestic-abuse team may read of an application (docs/design.md, "Need to know"): the disclosure,
/// what someone in immediate danger asked CMS to do, and the urgent request they sent. A general caseworker never
/// sees any of it. [`crate::Answers::split_need_to_know`] draws the line, once: casework shows a caseworker who may
/// not read disclosures the rest, and the handover's general record (`crate::handover`) is made from the rest too.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Restricted {
    pub disclosure: Disclosure,
    pub call_request: Option<CallRequest>,
    pub urgent_request: Option<crate::urgent::UrgentRequest>,
}

impl Restricted {
    /// Nothing only the domestic-abuse team may read: no disclosure, no call request, no request sent.
    pub fn is_empty(&self) -> bool {
        !self.disclosure.is_made() && self.call_request.is_none() && self.urgent_request.is_none()
    }
}

/// Never printed: a stray `{:?}` must not leak a request's phone number or whereabouts.
impl std::fmt::Debug for Restricted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Restricted(..)")
    }
}

/// How CMS may contact the applicant without the other parent (or anyone else) finding out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SafeContact {
    /// At least one: CMS has to reach them somehow.
    pub methods: Vec<ContactMethod>,
    pub safe_times: Option<ShortText>,
}

/// Parses the values posted by a set of checkboxes into choices, in the page's order, each once. `None` if any
/// value is not one of the choices (a tampered form).
pub fn parse_choices<T: Copy + Ord>(values: &[&str], parse: impl Fn(&str) -> Option<T>) -> Option<Vec<T>> {
    let mut chosen = values.iter().map(|value| parse(value)).collect::<Option<Vec<T>>>()?;
    chosen.sort();
    chosen.dedup();
    Some(chosen)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checkbox_values_parse_in_the_pages_order_once_each_and_refuse_unknowns() {
        assert_eq!(
            parse_choices(&["texts", "calls", "texts"], ContactMethod::parse),
            Some(vec![ContactMethod::PhoneCalls, ContactMethod::TextMessages])
        );
        assert_eq!(parse_choices(&[], ContactMethod::parse), Some(vec![]));
        assert_eq!(parse_choices(&["calls", "carrier-pigeon"], ContactMethod::parse), None);
    }

    #[test]
    fn a_disclosure_is_made_only_by_answering_yes() {
        let mut disclosure = Disclosure::default();
        assert!(disclosure.is_empty() && !disclosure.is_made());
        disclosure.abuse = Some(false);
        assert!(!disclosure.is_made());
        disclosure.abuse = Some(true);
        assert!(disclosure.is_made());
    }
}
