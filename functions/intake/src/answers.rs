//! What the applicant has answered so far: the whole state of a journey. Every field is `None` until its step
//! is answered; the journey (`questions::journey`) is derived from these on every request.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::children::Child;
use crate::domain::{DateOfBirth, EmailAddress, Nino, PersonName, PhoneNumber, UkAddress};
use crate::eligibility::{Country, CourtOrder, Role};
use crate::other_parent::OtherParent;
use crate::paying_parent::PayingParent;
use crate::payments::{BankDetails, PaymentService};
use crate::safety::{CallRequest, Disclosure, PrivateDetail, Restricted, SafeContact};
use crate::urgent::UrgentRequest;

#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answers {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub where_you_live: Option<Country>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub your_role: Option<Role>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub court_order: Option<CourtOrder>,

    // Your safety: asked of everyone (see `crate::safety`).
    /// Only the applicant and the domestic-abuse team ever see this; it is stored apart once sent.
    #[serde(default, skip_serializing_if = "Disclosure::is_empty")]
    pub disclosure: Disclosure,
    /// Asked only of someone in immediate danger.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call_request: Option<CallRequest>,
    /// A request to call the police or call back, once it has been sent (see `crate::urgent`). It is a fact, not
    /// an answer that can be taken back: changing the answers before it never removes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urgent_request: Option<UrgentRequest>,
    /// What the other parent must not learn; empty for "none of these".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keep_private: Option<Vec<PrivateDetail>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safe_contact: Option<SafeContact>,
    /// Whether letters may go to the applicant's home; if not, where they should go instead (a refuge, a
    /// friend's): [`Answers::set_letters_home`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub letters_home: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub letters_address: Option<UkAddress>,

    // About you
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub your_name: Option<Names>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub your_date_of_birth: Option<DateOfBirth>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub your_national_insurance_number: Option<Nino>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub your_address: Option<UkAddress>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub your_contact_details: Option<ContactDetails>,

    /// Whether the phone number given is the applicant's own: someone else may see what is sent to a shared one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_is_own: Option<bool>,
    /// The support they need for CMS to contact them (empty: none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub support_needs: Option<SupportNeeds>,
    /// The language CMS is to write and call in: the applicant's choice, whatever the language of the pages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_language: Option<Language>,
    /// The language of the pages the applicant answered in (their last answer's), for caseworkers: not a choice
    /// about letters, which is `contact_language`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applied_in: Option<Language>,

    // The children
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<Child>,
    /// The applicant answered "No" to "Do you need to add another child?" since the list last changed.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub finished_adding_children: bool,

    // The other parent
    #[serde(default, skip_serializing_if = "OtherParent::is_empty")]
    pub other_parent: OtherParent,
    /// Whether they already have a case with CMS with this other parent (then changes go through that case).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub existing_case: Option<bool>,

    // Your income and other children: asked only of an applicant who pays maintenance.
    #[serde(default, skip_serializing_if = "PayingParent::is_empty")]
    pub paying_parent: PayingParent,

    // Payments: asked only of an applicant who will receive maintenance (not of one who pays).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_service: Option<PaymentService>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_bank_account: Option<bool>,
    /// With Direct Pay: whether CMS may give the bank details to the other parent, who pays into the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share_bank_details: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_details: Option<BankDetails>,

    /// The application sent just before this one, by the same applicant, for children with another parent: the
    /// applicant's own answers were copied from it ([`Answers::for_another_parent`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copied_from: Option<crate::reference::Reference>,
}

/// A person's full name and any other names they have been known by.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Names {
    pub full_name: PersonName,
    pub other_names: Option<PersonName>,
}

choices! {
    /// A language CMS can write and call in (DWP's Welsh language scheme: Welsh and English on equal terms).
    pub enum Language {
        English => "english",
        Welsh => "welsh",
    }
}

choices! {
    /// Support the applicant needs for CMS to contact them.
    pub enum SupportNeed {
        LargePrint => "large-print",
        Braille => "braille",
        Audio => "audio",
        BritishSignLanguage => "british-sign-language",
        RelayUk => "relay-uk",
        Textphone => "textphone",
        Other => "other",
    }
}

/// The support the applicant needs for contact: any of [`SupportNeed`], and what "other" means in their words.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportNeeds {
    pub needs: Vec<SupportNeed>,
    pub other: Option<crate::domain::ShortText>,
}

/// How to reach the applicant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactDetails {
    pub phone: PhoneNumber,
    pub email: Option<EmailAddress>,
}

impl Answers {
    /// Records where the applicant lives, clearing what depended on it: the roles on offer differ by country.
    pub fn set_where_you_live(&mut self, country: Country) {
        if self.where_you_live != Some(country) {
            self.your_role = self.your_role.filter(|role| Role::available_in(country).any(|r| r == *role));
        }
        self.where_you_live = Some(country);
    }

    /// Records the applicant's role, clearing what depended on it: someone who pays is not asked how they will be
    /// paid, nor for bank details to be paid into; someone who receives is not asked about their income.
    pub fn set_your_role(&mut self, role: Role) {
        self.your_role = Some(role);
        if self.receives_maintenance() {
            self.paying_parent = PayingParent::default();
        } else {
            self.payment_service = None;
            self.set_has_bank_account(None);
        }
    }

    /// Whether the applicant is asked about their income and other children: only a parent who pays.
    pub fn pays_maintenance(&self) -> bool {
        self.your_role == Some(Role::ParentWithoutCare)
    }

    /// Whether the applicant is the one maintenance is paid to (anyone but the parent without the children).
    pub fn receives_maintenance(&self) -> bool {
        self.your_role.is_some_and(|role| role != Role::ParentWithoutCare)
    }

    /// Records the answer to the routine enquiry. "No" forgets the details of a disclosure given before (an
    /// applicant who changes their answer is not asked about it again, and nothing they said is kept). Any change
    /// asks how to be paid afresh: a disclosure means Collect & Pay, with no choice to make.
    pub fn set_abuse(&mut self, abuse: bool) {
        if self.disclosure.abuse != Some(abuse) {
            self.payment_service = None;
        }
        if abuse {
            self.disclosure.abuse = Some(true);
        } else {
            self.disclosure = Disclosure { abuse: Some(false), ..Disclosure::default() };
            self.set_in_immediate_danger(None);
        }
    }

    /// Records whether they are in immediate danger; "No" forgets any call request.
    pub fn set_in_immediate_danger(&mut self, danger: Option<bool>) {
        self.disclosure.in_immediate_danger = danger;
        if danger != Some(true) {
            self.set_call_request(None);
        }
    }

    /// Records what they asked CMS to do. A request already sent stays sent whatever is chosen now.
    pub fn set_call_request(&mut self, request: Option<CallRequest>) {
        self.call_request = request;
    }

    /// Whether the applicant is asked if CMS may give their bank details to the other parent: only for Direct Pay
    /// into an account they have, and never after a disclosure (Collect & Pay: the other parent never sees them).
    pub fn asked_to_share_bank_details(&self) -> bool {
        self.receives_maintenance()
            && !self.disclosure.is_made()
            && self.payment_service == Some(PaymentService::DirectPay)
            && self.has_bank_account == Some(true)
    }

    /// Records how to contact them; a new phone number asks again whether it is their own.
    pub fn set_contact_details(&mut self, contact: ContactDetails) {
        if self.your_contact_details.as_ref().map(|c| &c.phone) != Some(&contact.phone) {
            self.phone_is_own = None;
        }
        self.your_contact_details = Some(contact);
    }

    /// Records whether letters may go to their home; "Yes" forgets any other address given for them.
    pub fn set_letters_home(&mut self, safe: bool) {
        self.letters_home = Some(safe);
        if safe {
            self.letters_address = None;
        }
    }

    /// Records whether they have a bank account; "No" forgets any details given before.
    pub fn set_has_bank_account(&mut self, has: Option<bool>) {
        self.has_bank_account = has;
        if has != Some(true) {
            self.bank_details = None;
        }
    }
}

impl Answers {
    /// The answers split by who may read them: what any caseworker of the application's team may (everything but
    /// the [`Restricted`] answers), and what only the domestic-abuse team may (the disclosure, the call request and
    /// the urgent request). The one place that line is drawn: casework's view for a caseworker who may not read
    /// disclosures, and the handover's general record, are both made from the first.
    pub fn split_need_to_know(&self) -> (Answers, Restricted) {
        let mut general = self.clone();
        let restricted = Restricted {
            disclosure: std::mem::take(&mut general.disclosure),
            call_request: general.call_request.take(),
            urgent_request: general.urgent_request.take(),
        };
        (general, restricted)
    }
}

impl Answers {
    /// The answers a new application starts with when the applicant applies for children with another parent,
    /// right after sending this one: only what is about the applicant themselves (where they live, what the other
    /// parent must not learn, how they may be contacted and where letters go, and about you), to be shown for
    /// checking. Nothing about
    /// the other parent, the children, the role, the court order or payments is copied, since each may differ for
    /// another parent; nor is anything said about abuse (the routine enquiry is about this other parent, and is
    /// asked again) or a request for help, which was sent with the first application.
    pub fn for_another_parent(&self, sent: &crate::reference::Reference) -> Answers {
        Answers {
            where_you_live: self.where_you_live,
            keep_private: self.keep_private.clone(),
            safe_contact: self.safe_contact.clone(),
            letters_home: self.letters_home,
            letters_address: self.letters_address.clone(),
            your_name: self.your_name.clone(),
            your_date_of_birth: self.your_date_of_birth,
            your_national_insurance_number: self.your_national_insurance_number.clone(),
            your_address: self.your_address.clone(),
            your_contact_details: self.your_contact_details.clone(),
            phone_is_own: self.phone_is_own,
            support_needs: self.support_needs.clone(),
            contact_language: self.contact_language,
            copied_from: Some(sent.clone()),
            ..Answers::default()
        }
    }
}

/// Answers are never printed: a stray `{:?}` in a log line must not leak them.
impl fmt::Debug for Answers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Answers(..)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moving_away_from_scotland_clears_a_childs_role() {
        let mut answers = Answers::default();
        answers.set_where_you_live(Country::Scotland);
        answers.set_your_role(Role::ChildInScotland);
        answers.set_where_you_live(Country::England);
        assert_eq!(answers.your_role, None);
    }

    #[test]
    fn changing_country_keeps_a_role_still_on_offer() {
        let mut answers = Answers::default();
        answers.set_where_you_live(Country::Wales);
        answers.set_your_role(Role::Guardian);
        answers.set_where_you_live(Country::Scotland);
        assert_eq!(answers.your_role, Some(Role::Guardian));
    }

    #[test]
    fn becoming_the_paying_parent_clears_how_to_be_paid() {
        let mut answers = Answers::default();
        answers.set_your_role(Role::ParentWithCare);
        answers.payment_service = Some(PaymentService::CollectAndPay);
        answers.set_has_bank_account(Some(false));
        answers.set_your_role(Role::ParentWithoutCare);
        assert_eq!((answers.payment_service, answers.has_bank_account), (None, None));
    }

    #[test]
    fn becoming_a_parent_who_receives_forgets_the_income() {
        let mut answers = Answers::default();
        answers.set_your_role(Role::ParentWithoutCare);
        answers.paying_parent.set_income_sources(vec![crate::paying_parent::IncomeSource::Pension]);
        answers.set_your_role(Role::ParentWithoutCare);
        assert!(!answers.paying_parent.is_empty(), "the same role keeps it");
        answers.set_your_role(Role::ParentWithCare);
        assert!(answers.paying_parent.is_empty());
    }

    fn a_call_back() -> UrgentRequest {
        UrgentRequest {
            first_name: None,
            help: crate::urgent::Help::CallMeBack {
                phone: crate::domain::PhoneNumber::parse("07700 900 982").expect("valid"),
                when: crate::domain::ShortText::parse("mornings").expect("valid"),
            },
        }
    }

    #[test]
    fn answering_no_to_abuse_forgets_the_disclosure_and_the_choice_but_never_a_request_sent() {
        use crate::safety::{AbuseKind, Evidence};
        let mut answers = Answers::default();
        answers.set_abuse(true);
        answers.disclosure.kinds = Some(vec![AbuseKind::Threats]);
        answers.disclosure.evidence = Some(vec![Evidence::PoliceReport]);
        answers.set_in_immediate_danger(Some(true));
        answers.set_call_request(Some(CallRequest::CallMeBack));
        answers.urgent_request = Some(a_call_back());
        answers.set_abuse(false);
        assert_eq!(answers.disclosure, Disclosure { abuse: Some(false), ..Disclosure::default() });
        assert_eq!(answers.call_request, None);
        assert_eq!(answers.urgent_request, Some(a_call_back()), "sent: the team has it, whatever is answered now");
    }

    #[test]
    fn what_only_the_domestic_abuse_team_may_read_is_split_from_the_rest() {
        use crate::safety::{AbuseKind, Restricted};
        let mut answers = Answers::default();
        answers.set_where_you_live(Country::Wales);
        answers.letters_home = Some(false);
        answers.set_abuse(true);
        answers.disclosure.kinds = Some(vec![AbuseKind::Threats]);
        answers.set_in_immediate_danger(Some(true));
        answers.set_call_request(Some(CallRequest::CallMeBack));
        answers.urgent_request = Some(a_call_back());
        let (general, restricted) = answers.split_need_to_know();
        assert_eq!(
            general,
            Answers { where_you_live: Some(Country::Wales), letters_home: Some(false), ..Answers::default() },
            "everything else stays"
        );
        assert_eq!(
            restricted,
            Restricted {
                disclosure: answers.disclosure.clone(),
                call_request: Some(CallRequest::CallMeBack),
                urgent_request: Some(a_call_back()),
            }
        );
        assert!(!restricted.is_empty() && format!("{restricted:?}") == "Restricted(..)");
        assert!(general.split_need_to_know().1.is_empty(), "nothing restricted is left");
    }

    #[test]
    fn changing_the_abuse_answer_asks_how_to_be_paid_again() {
        let mut answers = Answers::default();
        answers.set_abuse(false);
        answers.payment_service = Some(PaymentService::DirectPay);
        answers.set_abuse(false);
        assert_eq!(answers.payment_service, Some(PaymentService::DirectPay), "unchanged: kept");
        answers.set_abuse(true);
        assert_eq!(answers.payment_service, None, "a disclosure: Direct Pay is no longer on offer");
    }

    #[test]
    fn not_in_danger_forgets_the_choice_of_request() {
        let mut answers = Answers::default();
        answers.set_abuse(true);
        answers.set_in_immediate_danger(Some(true));
        answers.set_call_request(Some(CallRequest::CallMeBack));
        answers.set_in_immediate_danger(Some(false));
        assert_eq!(answers.call_request, None);
    }

    #[test]
    fn a_draft_saved_with_the_old_safe_call_back_still_loads() {
        // Before requests were sent at once, a call back's number was kept as `safe_call_back`: such a draft loads,
        // and the journey asks for the request to be sent.
        let old = r#"{"call_request":"call-me-back","safe_call_back":{"phone":"07700900982","when":"mornings"}}"#;
        let answers: Answers = serde_json::from_str(old).expect("an old draft loads");
        assert_eq!((answers.call_request, answers.urgent_request), (Some(CallRequest::CallMeBack), None));
    }

    #[test]
    fn debug_hides_answers() {
        let mut answers = Answers::default();
        answers.set_where_you_live(Country::Wales);
        assert_eq!(format!("{answers:?}"), "Answers(..)");
    }
}
