//! The application's domain, routing and DynamoDB store: everything that is not HTTP, nor a question.
//!
//! Both Lambda functions (`apply`, `casework`) and the local dev server build on this crate, so the rules that
//! matter (what an answer may be, where an application goes, how it is stored) live in exactly one place. The
//! questions themselves, and the journey's order, are the `questions` crate's.

/// An answer chosen from a fixed list, declared once: the enum, every choice in the order the pages list them
/// (`ALL`), and one identity for each choice: the value its radio or checkbox posts (`form_value`) is the value the
/// store keeps (its serde name), and `parse` is the inverse. `or "old"` names a value an earlier version stored, still
/// read from drafts saved then (<https://serde.rs/variant-attrs.html#alias>).
macro_rules! choices {
    ($(#[$meta:meta])* pub enum $name:ident {
        $($(#[$item_meta:meta])* $item:ident => $value:literal $(or $old:literal)?,)+
    }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
        pub enum $name { $($(#[$item_meta])* #[serde(rename = $value $(, alias = $old)?)] $item,)+ }

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
pub mod handover;
pub mod helplines;
pub mod other_parent;
pub mod paying_parent;
pub mod payments;
pub mod reference;
pub mod retention;
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

#[cfg(test)]
mod tests {
    use crate::answers::SupportNeed;
    use crate::children::{HowOften, OvernightStays, YesNoOrNotKnown};
    use crate::eligibility::{Country, CourtOrder, Role};
    use crate::other_parent::HowAddressKnown;
    use crate::other_parent::KnowsWhereYouLive;
    use crate::payments::PaymentService;
    use crate::safety::{AbuseKind, CallRequest, ContactMethod, Evidence, PrivateDetail};
    use crate::urgent::Outcome;

    /// One identity per choice: what the form posts is what the store keeps, and each parses back.
    fn check<T>(all: &[T], form_value: fn(T) -> &'static str, parse: fn(&str) -> Option<T>)
    where
        T: Copy + PartialEq + std::fmt::Debug + serde::Serialize + serde::de::DeserializeOwned,
    {
        let mut values = Vec::new();
        for &choice in all {
            let stored = serde_json::to_string(&choice).expect("serialises");
            assert_eq!(stored, format!("\"{}\"", form_value(choice)), "{choice:?} is stored as it is posted");
            assert_eq!(serde_json::from_str::<T>(&stored).expect("reads back"), choice);
            assert_eq!(parse(form_value(choice)), Some(choice));
            values.push(form_value(choice));
        }
        values.sort_unstable();
        values.dedup();
        assert_eq!(values.len(), all.len(), "distinct values");
    }

    #[test]
    fn every_list_of_choices_has_one_identity_for_the_form_and_the_store() {
        check(Country::ALL, Country::form_value, Country::parse);
        check(Role::ALL, Role::form_value, Role::parse);
        check(CourtOrder::ALL, CourtOrder::form_value, CourtOrder::parse);
        check(KnowsWhereYouLive::ALL, KnowsWhereYouLive::form_value, KnowsWhereYouLive::parse);
        check(PaymentService::ALL, PaymentService::form_value, PaymentService::parse);
        check(AbuseKind::ALL, AbuseKind::form_value, AbuseKind::parse);
        check(Evidence::ALL, Evidence::form_value, Evidence::parse);
        check(CallRequest::ALL, CallRequest::form_value, CallRequest::parse);
        check(PrivateDetail::ALL, PrivateDetail::form_value, PrivateDetail::parse);
        check(ContactMethod::ALL, ContactMethod::form_value, ContactMethod::parse);
        check(Outcome::ALL, Outcome::form_value, Outcome::parse);
        check(YesNoOrNotKnown::ALL, YesNoOrNotKnown::form_value, YesNoOrNotKnown::parse);
        check(HowOften::ALL, HowOften::form_value, HowOften::parse);
        check(SupportNeed::ALL, SupportNeed::form_value, SupportNeed::parse);
        check(HowAddressKnown::ALL, HowAddressKnown::form_value, HowAddressKnown::parse);
        // How often the child stays is stored as the page posts it too.
        for stays in [
            OvernightStays::None,
            OvernightStays::AWeek(2),
            OvernightStays::AFortnight(4),
            OvernightStays::AYear(9),
            OvernightStays::SharedEqually,
        ] {
            let stored = serde_json::to_value(stays).expect("stored");
            assert_eq!(stored["usually"], stays.how_often().form_value(), "{stays:?}");
        }
    }

    /// Drafts saved before the stored value became the posted one (its Rust name, in kebab case) still load.
    #[test]
    fn drafts_saved_with_the_old_names_still_load() {
        let old = r#"{
            "court_order": "made-before3-march2003",
            "disclosure": {"abuse": true, "kinds": ["emotional-or-psychological", "economic-or-financial",
                "stalking-or-harassment"], "evidence": ["letter-from-a-professional"]},
            "keep_private": ["phone-number", "email-address"],
            "safe_contact": {"methods": ["phone-calls", "text-messages"], "safe_times": null},
            "other_parent": {"knows_where_you_live": "not-known"}
        }"#;
        let answers: crate::Answers = serde_json::from_str(old).expect("an old draft loads");
        assert_eq!(answers.court_order, Some(CourtOrder::MadeBefore3March2003));
        assert_eq!(
            answers.disclosure.kinds,
            Some(vec![
                AbuseKind::EmotionalOrPsychological,
                AbuseKind::EconomicOrFinancial,
                AbuseKind::StalkingOrHarassment
            ])
        );
        assert_eq!(answers.disclosure.evidence, Some(vec![Evidence::LetterFromAProfessional]));
        assert_eq!(answers.keep_private, Some(vec![PrivateDetail::PhoneNumber, PrivateDetail::EmailAddress]));
        let methods = answers.safe_contact.as_ref().map(|c| c.methods.clone());
        assert_eq!(methods, Some(vec![ContactMethod::PhoneCalls, ContactMethod::TextMessages]));
        assert_eq!(answers.other_parent.knows_where_you_live, Some(KnowsWhereYouLive::NotKnown));
        // And saved again, with the new names.
        let saved = serde_json::to_string(&answers).expect("serialises");
        assert!(
            saved.contains("\"before-3-march-2003\"")
                && saved.contains("\"do-not-know\"")
                && saved.contains("\"calls\"")
        );
    }
}
