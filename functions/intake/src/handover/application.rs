//! The application record: every application handed over, as a caseworker who may not read disclosures sees it.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::RecordError;
use super::values::{
    self, Address, ApplicationKind, ApplicationSchema, Benefit, ChildCount, ContactMethod, Country, CourtOrder,
    HowAddressKnown, HowOften, IncomeSource, Language, PaymentService, PrivateDetail, Role, SharedCareBand,
    SupportNeed, Team, WhereOtherParentLives, YesNoOrNotKnown,
};
use crate::Answers;
use crate::store::Application;

/// An application as case management reads it (`application.v1.schema.json`). A field whose question was not
/// answered is left out, never `null`: not asked of this applicant, or asked only since the application was sent.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApplicationRecord {
    pub schema: ApplicationSchema,
    pub kind: ApplicationKind,
    /// What case management acknowledges the record by: the application's reference.
    pub id: String,
    /// "7KQM-2XHD-Q", as the applicant was given it.
    pub reference: String,
    /// When the applicant sent it: RFC 3339, UTC.
    pub submitted_at: String,
    /// The language of the pages the applicant answered in (not a choice about letters: `applicant.contact_language`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applied_in: Option<Language>,
    /// The application the same applicant sent just before this one, for children with another parent: their own
    /// answers were copied from it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub same_applicant_previous_reference: Option<String>,
    pub routing: Routing,
    pub eligibility: Eligibility,
    pub safety: Safety,
    pub applicant: Applicant,
    pub children: Vec<Child>,
    pub other_parent: OtherParent,
    /// Only for an applicant who pays maintenance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub income: Option<Income>,
    /// Only for an applicant who receives maintenance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payments: Option<Payments>,
}

/// Never printed whole: a stray `{:?}` must not leak an application. Its id is enough to find it.
impl fmt::Debug for ApplicationRecord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ApplicationRecord({})", self.id)
    }
}

/// Where the application went (`crate::routing::route`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Routing {
    pub team: Team,
    /// How maintenance will be paid, where the application settles it: left out for a parent who pays and made no
    /// disclosure (agreed later, with the other parent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_service: Option<PaymentService>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Eligibility {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<Country>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub court_order: Option<CourtOrder>,
}

/// The safety answers every caseworker of the application's team may read: asked of everyone, so they reveal
/// nothing about abuse. What only the domestic-abuse team may read is the disclosure record's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Safety {
    /// What the other parent must not learn; empty for "none of these".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keep_private_from_other_parent: Option<Vec<PrivateDetail>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safe_contact: Option<SafeContact>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safe_to_send_letters_home: Option<bool>,
    /// Where letters go instead (a refuge, a friend's): never to be given to the other parent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub letters_address: Option<Address>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SafeContact {
    pub methods: Vec<ContactMethod>,
    /// In the applicant's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safe_times: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Applicant {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_names: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_of_birth: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub national_insurance_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
    /// E.164: "+447700900982".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Whether the phone is their own: someone else may see what is sent to a shared one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_is_own: Option<bool>,
    /// Left out when they gave none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub support_needs: Option<SupportNeeds>,
    /// The language CMS is to write and call in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_language: Option<Language>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SupportNeeds {
    /// Empty for none.
    pub needs: Vec<SupportNeed>,
    /// What "other" means, in their words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Child {
    pub full_name: String,
    pub date_of_birth: String,
    /// Asked of a child aged 16 to 19.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_approved_full_time_education: Option<bool>,
    /// Asked of a child aged 16 to 19.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub married_or_in_civil_partnership: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applicant_gets_child_benefit: Option<YesNoOrNotKnown>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overnight_stays_with_other_parent: Option<OvernightStays>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_parent_on_birth_certificate: Option<YesNoOrNotKnown>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OvernightStays {
    pub usually: HowOften,
    /// The number given with "a-week", "a-fortnight" or "a-year".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nights: Option<u16>,
    pub nights_a_year: u16,
    pub shared_care_band: SharedCareBand,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OtherParent {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_names: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_of_birth: Option<MaybeKnownDate>,
    /// Asked only when the date of birth is not known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approximate_age: Option<MaybeKnownAge>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lives: Option<WhereOtherParentLives>,
    /// Living abroad: whether they work for a UK employer there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uk_employer_abroad: Option<YesNoOrNotKnown>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_abroad: Option<AddressAbroad>,
    /// Whether the applicant knows their address (current, or the last one known).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub knows_address: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
    /// As typed ("June 2024", "last summer").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when_last_lived_at_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how_address_known: Option<HowAddressKnown>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub national_insurance_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub knows_where_applicant_lives: Option<YesNoOrNotKnown>,
    /// Whether the applicant already has a case with CMS with this other parent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub existing_case_with_cms: Option<bool>,
}

/// A date of birth the applicant may not know: `{"known": true, "date": "1985-06"}` or `{"known": false}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MaybeKnownDate {
    pub known: bool,
    /// ISO 8601, perhaps to the year or month only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// An age in years the applicant may not know: `{"known": true, "years": 40}` or `{"known": false}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MaybeKnownAge {
    pub known: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub years: Option<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AddressAbroad {
    pub country: String,
    /// As typed, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
}

/// What a parent who pays maintenance told CMS about their income and other children.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Income {
    /// Empty for "I do not have any income".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub income_sources: Option<Vec<IncomeSource>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employers: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub benefits: Option<Vec<Benefit>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_children_living_with_them: Option<ChildCount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_children_paid_for: Option<ChildCount>,
}

/// The account an applicant who receives maintenance is paid into.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Payments {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_bank_account: Option<bool>,
    /// With Direct Pay: whether CMS may give the bank details to the other parent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share_bank_details_with_other_parent: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_details: Option<BankDetails>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BankDetails {
    pub name_on_account: String,
    /// Six digits.
    pub sort_code: String,
    /// Eight digits.
    pub account_number: String,
    /// A building society's roll number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roll_number: Option<String>,
}

/// The application record of an application as stored. It holds what a caseworker who may not read disclosures
/// is shown (`Answers::split_need_to_know`, as casework uses it), never a disclosure, a call request or an urgent
/// request; nor casework's own state (status, who holds it), which is not the application's.
pub fn application_record(application: &Application) -> Result<ApplicationRecord, RecordError> {
    let Application { reference, answers, submitted_at, status: _, holder: _, team, payment_service } = application;
    let (answers, _restricted) = answers.split_need_to_know();
    // Every answer is named: a new one does not compile here until someone decides whether the record carries it.
    let Answers {
        where_you_live,
        your_role,
        court_order,
        disclosure: _,
        call_request: _,
        urgent_request: _,
        keep_private,
        safe_contact,
        letters_home,
        letters_address,
        your_name,
        your_date_of_birth,
        your_national_insurance_number,
        your_address,
        your_contact_details,
        phone_is_own,
        support_needs,
        contact_language,
        applied_in,
        children,
        // How the journey kept its place, not an answer.
        finished_adding_children: _,
        other_parent,
        existing_case,
        paying_parent,
        // How it will be paid is the routing's (the same choice, or Collect & Pay after a disclosure).
        payment_service: _,
        has_bank_account,
        share_bank_details,
        bank_details,
        copied_from,
    } = &answers;

    let safety = Safety {
        keep_private_from_other_parent: keep_private
            .as_ref()
            .map(|details| details.iter().map(|d| private(*d)).collect()),
        safe_contact: safe_contact.as_ref().map(|contact| {
            let crate::safety::SafeContact { methods, safe_times } = contact;
            SafeContact {
                methods: methods.iter().map(|m| contact_method(*m)).collect(),
                safe_times: safe_times.as_ref().map(|t| t.as_str().to_owned()),
            }
        }),
        safe_to_send_letters_home: *letters_home,
        letters_address: letters_address.as_ref().map(Address::from),
    };

    let (full_name, other_names) = names(your_name.as_ref());
    let (phone, email) = match your_contact_details {
        Some(crate::answers::ContactDetails { phone, email }) => {
            (Some(phone.as_str().to_owned()), email.as_ref().map(|e| e.as_str().to_owned()))
        }
        None => (None, None),
    };
    let applicant = Applicant {
        full_name,
        other_names,
        date_of_birth: your_date_of_birth.map(|d| values::iso_date(d.date())),
        national_insurance_number: your_national_insurance_number.as_ref().map(|n| n.as_str().to_owned()),
        address: your_address.as_ref().map(Address::from),
        phone,
        phone_is_own: *phone_is_own,
        email,
        support_needs: support_needs.as_ref().map(|needs| {
            let crate::answers::SupportNeeds { needs, other } = needs;
            SupportNeeds {
                needs: needs.iter().map(|n| support_need(*n)).collect(),
                other: other.as_ref().map(|o| o.as_str().to_owned()),
            }
        }),
        contact_language: contact_language.map(language),
    };

    Ok(ApplicationRecord {
        schema: ApplicationSchema::V1,
        kind: ApplicationKind::Application,
        id: super::RecordId::new(reference.clone(), super::RecordKind::Application).to_string(),
        reference: values::reference(reference),
        submitted_at: values::utc_time(submitted_at)?,
        applied_in: applied_in.map(language),
        same_applicant_previous_reference: copied_from.as_ref().map(values::reference),
        routing: Routing {
            team: match team {
                crate::routing::Team::General => Team::General,
                crate::routing::Team::DomesticAbuse => Team::DomesticAbuse,
            },
            payment_service: payment_service.map(payment),
        },
        eligibility: Eligibility {
            country: where_you_live.map(country).transpose()?,
            role: your_role.map(role),
            court_order: court_order.map(court_order_value).transpose()?,
        },
        safety,
        applicant,
        children: children.iter().map(child).collect(),
        other_parent: other_parent_record(other_parent, *existing_case),
        // The sections check your answers shows, by the same rules.
        income: answers.pays_maintenance().then(|| income(paying_parent)),
        payments: answers.receives_maintenance().then(|| Payments {
            has_bank_account: *has_bank_account,
            share_bank_details_with_other_parent: share_bank_details.filter(|_| answers.asked_to_share_bank_details()),
            bank_details: bank_details.as_ref().map(|details| {
                let crate::payments::BankDetails { name_on_account, sort_code, account_number, roll_number } = details;
                BankDetails {
                    name_on_account: name_on_account.as_str().to_owned(),
                    sort_code: sort_code.as_str().to_owned(),
                    account_number: account_number.as_str().to_owned(),
                    roll_number: roll_number.as_ref().map(|r| r.as_str().to_owned()),
                }
            }),
        }),
    })
}

fn names(names: Option<&crate::answers::Names>) -> (Option<String>, Option<String>) {
    match names {
        Some(crate::answers::Names { full_name, other_names }) => {
            (Some(full_name.as_str().to_owned()), other_names.as_ref().map(|n| n.as_str().to_owned()))
        }
        None => (None, None),
    }
}

fn child(child: &crate::children::Child) -> Child {
    let crate::children::Child {
        full_name,
        date_of_birth,
        // Their age when added: what the journey asked of them; the date of birth says it.
        age: _,
        in_approved_education,
        married,
        child_benefit,
        overnight_stays,
        other_parent_on_birth_certificate,
    } = child;
    Child {
        full_name: full_name.as_str().to_owned(),
        date_of_birth: values::iso_date(date_of_birth.date()),
        in_approved_full_time_education: *in_approved_education,
        married_or_in_civil_partnership: *married,
        applicant_gets_child_benefit: child_benefit.map(yes_no_or_not_known),
        overnight_stays_with_other_parent: overnight_stays.map(|stays| OvernightStays {
            usually: how_often(stays.how_often()),
            nights: stays.nights(),
            nights_a_year: stays.nights_a_year(),
            shared_care_band: band(stays.band()),
        }),
        other_parent_on_birth_certificate: other_parent_on_birth_certificate.map(yes_no_or_not_known),
    }
}

fn other_parent_record(other_parent: &crate::other_parent::OtherParent, existing_case: Option<bool>) -> OtherParent {
    use crate::other_parent::{LastKnownAddress, MaybeKnown, OtherDetails};
    let crate::other_parent::OtherParent {
        name,
        date_of_birth,
        approximate_age,
        lives,
        uk_employer_abroad,
        address_abroad,
        knows_address,
        address,
        how_address_known,
        other_details,
        knows_where_you_live,
    } = other_parent;
    let (full_name, other_names) = names(name.as_ref());
    let (address, when_last_lived_at_address) = match address {
        Some(LastKnownAddress { address, when_last_lived_there }) => {
            (Some(Address::from(address)), when_last_lived_there.as_ref().map(|w| w.as_str().to_owned()))
        }
        None => (None, None),
    };
    let OtherDetails { phone, national_insurance_number, employer } = other_details.clone().unwrap_or_default();
    OtherParent {
        full_name,
        other_names,
        date_of_birth: date_of_birth.as_ref().map(|date| MaybeKnownDate {
            known: date.known().is_some(),
            date: date.known().map(values::approximate_date),
        }),
        // As check your answers shows it: only when the date of birth is not known.
        approximate_age: approximate_age.filter(|_| other_parent.asks_approximate_age()).map(|age| match age {
            MaybeKnown::Known(years) => MaybeKnownAge { known: true, years: Some(years) },
            MaybeKnown::NotKnown => MaybeKnownAge { known: false, years: None },
        }),
        lives: lives.map(|lives| match lives {
            crate::other_parent::WhereOtherParentLives::Uk => WhereOtherParentLives::Uk,
            crate::other_parent::WhereOtherParentLives::Abroad => WhereOtherParentLives::Abroad,
            crate::other_parent::WhereOtherParentLives::NotKnown => WhereOtherParentLives::NotKnown,
        }),
        uk_employer_abroad: uk_employer_abroad.map(yes_no_or_not_known),
        address_abroad: address_abroad.as_ref().map(|abroad| {
            let crate::other_parent::AddressAbroad { country, address } = abroad;
            AddressAbroad {
                country: country.as_str().to_owned(),
                address: address.as_ref().map(|a| a.as_str().to_owned()),
            }
        }),
        knows_address: *knows_address,
        address,
        when_last_lived_at_address,
        how_address_known: how_address_known.map(|how| match how {
            crate::other_parent::HowAddressKnown::TheyToldMe => HowAddressKnown::TheyToldMe,
            crate::other_parent::HowAddressKnown::BeenThere => HowAddressKnown::BeenThere,
            crate::other_parent::HowAddressKnown::SomeoneElse => HowAddressKnown::SomeoneElse,
            crate::other_parent::HowAddressKnown::Documents => HowAddressKnown::Documents,
            crate::other_parent::HowAddressKnown::AnotherWay => HowAddressKnown::AnotherWay,
        }),
        phone: phone.map(|p| p.as_str().to_owned()),
        national_insurance_number: national_insurance_number.map(|n| n.as_str().to_owned()),
        employer: employer.map(|e| e.as_str().to_owned()),
        knows_where_applicant_lives: knows_where_you_live.map(|knows| match knows {
            crate::other_parent::KnowsWhereYouLive::Yes => YesNoOrNotKnown::Yes,
            crate::other_parent::KnowsWhereYouLive::No => YesNoOrNotKnown::No,
            crate::other_parent::KnowsWhereYouLive::NotKnown => YesNoOrNotKnown::NotKnown,
        }),
        existing_case_with_cms: existing_case,
    }
}

fn income(paying_parent: &crate::paying_parent::PayingParent) -> Income {
    use crate::paying_parent as p;
    let p::PayingParent { income_sources, employers, benefits, other_children, children_paid_for } = paying_parent;
    let count = |count: p::ChildCount| match count {
        p::ChildCount::None => ChildCount::None,
        p::ChildCount::One => ChildCount::One,
        p::ChildCount::Two => ChildCount::Two,
        p::ChildCount::Three => ChildCount::Three,
        p::ChildCount::FourOrMore => ChildCount::FourOrMore,
    };
    Income {
        income_sources: income_sources.as_ref().map(|sources| {
            sources
                .iter()
                .map(|source| match source {
                    p::IncomeSource::Employment => IncomeSource::Employment,
                    p::IncomeSource::SelfEmployment => IncomeSource::SelfEmployment,
                    p::IncomeSource::Benefits => IncomeSource::Benefits,
                    p::IncomeSource::Pension => IncomeSource::Pension,
                })
                .collect()
        }),
        employers: employers.as_ref().map(|names| names.iter().map(|n| n.as_str().to_owned()).collect()),
        benefits: benefits.as_ref().map(|benefits| {
            benefits
                .iter()
                .map(|benefit| match benefit {
                    p::Benefit::UniversalCredit => Benefit::UniversalCredit,
                    p::Benefit::JobseekersAllowance => Benefit::JobseekersAllowance,
                    p::Benefit::EmploymentAndSupportAllowance => Benefit::EmploymentAndSupportAllowance,
                    p::Benefit::IncomeSupport => Benefit::IncomeSupport,
                    p::Benefit::PensionCredit => Benefit::PensionCredit,
                    p::Benefit::StatePension => Benefit::StatePension,
                    p::Benefit::CarersAllowance => Benefit::CarersAllowance,
                    p::Benefit::PersonalIndependencePayment => Benefit::PersonalIndependencePayment,
                    p::Benefit::Another => Benefit::Another,
                })
                .collect()
        }),
        other_children_living_with_them: other_children.map(count),
        other_children_paid_for: children_paid_for.map(count),
    }
}

/// A sent application is for someone in Great Britain: the journey stops anyone else before they can send.
fn country(country: crate::eligibility::Country) -> Result<Country, RecordError> {
    use crate::eligibility::Country as C;
    match country {
        C::England => Ok(Country::England),
        C::Scotland => Ok(Country::Scotland),
        C::Wales => Ok(Country::Wales),
        C::NorthernIreland | C::OutsideUk => Err(RecordError::NotEligible { answer: "where_you_live" }),
    }
}

fn role(role: crate::eligibility::Role) -> Role {
    use crate::eligibility::Role as R;
    match role {
        R::ParentWithCare => Role::ParentWithCare,
        R::ParentWithoutCare => Role::ParentWithoutCare,
        R::GrandparentOrOtherCarer => Role::GrandparentOrOtherCarer,
        R::Guardian => Role::Guardian,
        R::ChildInScotland => Role::ChildInScotland,
    }
}

/// A sent application has no court order that stops CMS: the journey stops it before it can be sent.
fn court_order_value(order: crate::eligibility::CourtOrder) -> Result<CourtOrder, RecordError> {
    use crate::eligibility::CourtOrder as O;
    match order {
        O::None => Ok(CourtOrder::None),
        O::MoreThanAYearOld => Ok(CourtOrder::MoreThanAYearOld),
        O::LessThanAYearOld | O::MadeBefore3March2003 => Err(RecordError::NotEligible { answer: "court_order" }),
    }
}

fn private(detail: crate::safety::PrivateDetail) -> PrivateDetail {
    use crate::safety::PrivateDetail as D;
    match detail {
        D::Address => PrivateDetail::Address,
        D::PhoneNumber => PrivateDetail::PhoneNumber,
        D::EmailAddress => PrivateDetail::EmailAddress,
        D::NewName => PrivateDetail::NewName,
    }
}

fn contact_method(method: crate::safety::ContactMethod) -> ContactMethod {
    use crate::safety::ContactMethod as M;
    match method {
        M::PhoneCalls => ContactMethod::PhoneCalls,
        M::Voicemail => ContactMethod::Voicemail,
        M::TextMessages => ContactMethod::TextMessages,
        M::Letters => ContactMethod::Letters,
        M::Email => ContactMethod::Email,
    }
}

fn support_need(need: crate::answers::SupportNeed) -> SupportNeed {
    use crate::answers::SupportNeed as N;
    match need {
        N::LargePrint => SupportNeed::LargePrint,
        N::Braille => SupportNeed::Braille,
        N::Audio => SupportNeed::Audio,
        N::BritishSignLanguage => SupportNeed::BritishSignLanguage,
        N::RelayUk => SupportNeed::RelayUk,
        N::Textphone => SupportNeed::Textphone,
        N::Other => SupportNeed::Other,
    }
}

fn language(language: crate::answers::Language) -> Language {
    match language {
        crate::answers::Language::English => Language::English,
        crate::answers::Language::Welsh => Language::Welsh,
    }
}

fn yes_no_or_not_known(answer: crate::children::YesNoOrNotKnown) -> YesNoOrNotKnown {
    use crate::children::YesNoOrNotKnown as A;
    match answer {
        A::Yes => YesNoOrNotKnown::Yes,
        A::No => YesNoOrNotKnown::No,
        A::NotKnown => YesNoOrNotKnown::NotKnown,
    }
}

fn how_often(how: crate::children::HowOften) -> HowOften {
    use crate::children::HowOften as H;
    match how {
        H::None => HowOften::None,
        H::AWeek => HowOften::AWeek,
        H::AFortnight => HowOften::AFortnight,
        H::AYear => HowOften::AYear,
        H::SharedEqually => HowOften::SharedEqually,
    }
}

fn band(band: crate::children::SharedCareBand) -> SharedCareBand {
    use crate::children::SharedCareBand as B;
    match band {
        B::None => SharedCareBand::None,
        B::OneSeventh => SharedCareBand::OneSeventh,
        B::TwoSevenths => SharedCareBand::TwoSevenths,
        B::ThreeSevenths => SharedCareBand::ThreeSevenths,
        B::OneHalf => SharedCareBand::OneHalf,
        B::EqualCare => SharedCareBand::EqualCare,
    }
}

fn payment(service: crate::payments::PaymentService) -> PaymentService {
    match service {
        crate::payments::PaymentService::DirectPay => PaymentService::DirectPay,
        crate::payments::PaymentService::CollectAndPay => PaymentService::CollectAndPay,
    }
}
