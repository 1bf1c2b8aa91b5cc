//! What the applicant knows about the other parent. Only the name is needed to apply; every other question may be
//! answered "not known", and that answer is kept as such, so the journey can tell "not known" from "not asked yet".

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::answers::Names;
use crate::domain::{ApproximateDate, LongText, Nino, PhoneNumber, ShortText, UkAddress};

/// The other parent section's answers. Each field is `None` until its page is answered.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OtherParent {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Names>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_of_birth: Option<MaybeKnown<ApproximateDate>>,
    /// When the date of birth is not known: about how old they are, in years.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approximate_age: Option<MaybeKnown<u8>>,
    /// Where they live: in the UK, outside it, or not known. Only in the UK (or not known) is a UK address asked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lives: Option<WhereOtherParentLives>,
    /// Living abroad: whether they work for a UK employer there, which lets CMS act (asked only of an applicant
    /// who would be paid: the parent who pays must be the one working for a UK employer).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uk_employer_abroad: Option<crate::children::YesNoOrNotKnown>,
    /// Living abroad, and CMS may be able to act: the country, and the address if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_abroad: Option<AddressAbroad>,
    /// "Do you know the other parent's address?": asked on its own page, so that the address (several fields) is
    /// a page of its own too, as the Design System asks of a complex follow-up question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub knows_address: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<LastKnownAddress>,
    /// How the applicant knows that address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how_address_known: Option<HowAddressKnown>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_details: Option<OtherDetails>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub knows_where_you_live: Option<KnowsWhereYouLive>,
}

choices! {
    /// Where the other parent lives. CMS can act for an other parent in any part of the UK, Northern Ireland
    /// included; outside it only in a few cases (docs/domain.md, "What the real application asks").
    pub enum WhereOtherParentLives {
        Uk => "uk",
        Abroad => "abroad",
        NotKnown => "not-known",
    }
}

/// The other parent's address outside the UK: the country, and the address as typed (addresses abroad take many
/// forms, so it is free text), if the applicant knows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddressAbroad {
    pub country: ShortText,
    pub address: Option<LongText>,
}

/// The youngest and oldest age the applicant can give for the other parent.
pub const AGES: std::ops::RangeInclusive<u8> = 16..=99;

choices! {
    /// How the applicant knows the other parent's address: how far CMS can rely on it.
    pub enum HowAddressKnown {
        TheyToldMe => "they-told-me",
        BeenThere => "been-there",
        SomeoneElse => "someone-else",
        Documents => "documents",
        AnotherWay => "another-way",
    }
}

impl OtherParent {
    /// Whether the approximate age is asked: only when the date of birth is not known.
    pub fn asks_approximate_age(&self) -> bool {
        self.date_of_birth == Some(MaybeKnown::NotKnown)
    }

    /// Records where they live, forgetting what was said for anywhere else: a UK address for someone abroad, or
    /// the employer and address abroad for someone in the UK.
    pub fn set_lives(&mut self, lives: WhereOtherParentLives) {
        self.lives = Some(lives);
        if lives == WhereOtherParentLives::Abroad {
            self.knows_address = None;
            self.address = None;
            self.how_address_known = None;
        } else {
            self.uk_employer_abroad = None;
            self.address_abroad = None;
        }
    }

    /// Records whether they work for a UK employer abroad; "No" forgets an address abroad given before (CMS cannot
    /// act, so it is not asked).
    pub fn set_uk_employer_abroad(&mut self, answer: crate::children::YesNoOrNotKnown) {
        self.uk_employer_abroad = Some(answer);
        if answer == crate::children::YesNoOrNotKnown::No {
            self.address_abroad = None;
        }
    }

    /// Whether they live abroad.
    pub fn lives_abroad(&self) -> bool {
        self.lives == Some(WhereOtherParentLives::Abroad)
    }

    /// Records whether the applicant knows the address; "No" clears any address given before.
    pub fn set_knows_address(&mut self, knows: bool) {
        self.knows_address = Some(knows);
        if !knows {
            self.address = None;
            self.how_address_known = None;
        }
    }

    /// Nothing answered yet (then it is left out of the stored answers).
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// Never printed, like [`crate::Answers`]: a stray `{:?}` must not leak what the applicant said about someone.
impl fmt::Debug for OtherParent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("OtherParent(..)")
    }
}

/// An answer to a question the applicant may not know the answer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MaybeKnown<T> {
    Known(T),
    NotKnown,
}

impl<T> MaybeKnown<T> {
    /// The answer, if the applicant knew it.
    pub fn known(&self) -> Option<&T> {
        match self {
            MaybeKnown::Known(value) => Some(value),
            MaybeKnown::NotKnown => None,
        }
    }

    /// `Some` is known, `None` is not.
    pub fn from_option(value: Option<T>) -> Self {
        value.map_or(MaybeKnown::NotKnown, MaybeKnown::Known)
    }
}

/// The other parent's address as the applicant last knew it, and roughly when they last lived there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LastKnownAddress {
    pub address: UkAddress,
    /// As typed ("June 2024", "last summer"): often only roughly known, so not forced into a date.
    pub when_last_lived_there: Option<ShortText>,
}

/// Anything else the applicant knows that helps CMS find the other parent. Each part is optional: all blank is a
/// complete answer.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OtherDetails {
    pub phone: Option<PhoneNumber>,
    pub national_insurance_number: Option<Nino>,
    pub employer: Option<ShortText>,
}

choices! {
    /// "Does the other parent know where you live?"
    pub enum KnowsWhereYouLive {
        Yes => "yes",
        No => "no",
        NotKnown => "do-not-know" or "not-known",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::PersonName;

    #[test]
    fn moving_abroad_forgets_the_uk_address_and_coming_back_forgets_the_address_abroad() {
        let mut other = OtherParent::default();
        other.set_knows_address(true);
        other.how_address_known = Some(HowAddressKnown::TheyToldMe);
        other.set_lives(WhereOtherParentLives::Abroad);
        assert_eq!((other.knows_address, other.how_address_known), (None, None));
        other.uk_employer_abroad = Some(crate::children::YesNoOrNotKnown::Yes);
        other.address_abroad =
            Some(AddressAbroad { country: ShortText::parse("Germany").expect("a country"), address: None });
        let kept = other.clone();
        let mut without_uk_employer = kept.clone();
        without_uk_employer.set_uk_employer_abroad(crate::children::YesNoOrNotKnown::No);
        assert_eq!(without_uk_employer.address_abroad, None, "CMS cannot act: the address abroad is not kept");
        other.set_lives(WhereOtherParentLives::NotKnown);
        assert_eq!((other.uk_employer_abroad, other.address_abroad.as_ref()), (None, None));
        assert!(!other.lives_abroad());
    }

    #[test]
    fn not_known_is_stored_as_an_answer() -> Result<(), Box<dyn std::error::Error>> {
        let other_parent = OtherParent {
            name: Some(Names { full_name: PersonName::parse("Alex Smith")?, other_names: None }),
            date_of_birth: Some(MaybeKnown::NotKnown),
            approximate_age: Some(MaybeKnown::NotKnown),
            lives: Some(WhereOtherParentLives::NotKnown),
            uk_employer_abroad: None,
            address_abroad: None,
            knows_address: Some(false),
            address: None,
            how_address_known: None,
            other_details: Some(OtherDetails::default()),
            knows_where_you_live: Some(KnowsWhereYouLive::NotKnown),
        };
        let json = serde_json::to_string(&other_parent)?;
        assert_eq!(
            json,
            r#"{"name":{"full_name":"Alex Smith","other_names":null},"date_of_birth":"not-known","approximate_age":"not-known","lives":"not-known","knows_address":false,"other_details":{"phone":null,"national_insurance_number":null,"employer":null},"knows_where_you_live":"do-not-know"}"#
        );
        assert_eq!(serde_json::from_str::<OtherParent>(&json)?, other_parent);
        Ok(())
    }

    #[test]
    fn a_known_answer_round_trips() -> Result<(), Box<dyn std::error::Error>> {
        let today = time::macros::date!(2026 - 11 - 22);
        let date_of_birth = MaybeKnown::Known(ApproximateDate::parse("", "6", "1985", today)?);
        let json = serde_json::to_string(&date_of_birth)?;
        assert_eq!(json, r#"{"known":"1985-06"}"#);
        assert_eq!(serde_json::from_str::<MaybeKnown<ApproximateDate>>(&json)?, date_of_birth);
        assert_eq!(MaybeKnown::from_option(Some(1)).known(), Some(&1));
        assert_eq!(MaybeKnown::<u8>::from_option(None), MaybeKnown::NotKnown);
        Ok(())
    }

    #[test]
    fn form_values_round_trip_and_nothing_else_parses() {
        for answer in KnowsWhereYouLive::ALL {
            assert_eq!(KnowsWhereYouLive::parse(answer.form_value()), Some(*answer));
        }
        assert_eq!(KnowsWhereYouLive::parse("maybe"), None);
    }

    #[test]
    fn empty_until_answered_and_debug_hides_it() {
        let mut other_parent = OtherParent::default();
        assert!(other_parent.is_empty());
        other_parent.knows_where_you_live = Some(KnowsWhereYouLive::Yes);
        assert!(!other_parent.is_empty());
        assert_eq!(format!("{other_parent:?}"), "OtherParent(..)");
    }
}
