//! The records' own values: every enumeration a record can hold, each value a stable lower-kebab string written in
//! the schemas' `$defs` (a test holds each list here to its schema), and the small types the records share.
//!
//! These are not the answers' types (`crate::eligibility::Country` and the rest): each is mapped from them with a
//! `match`, so a new choice in the journey does not compile until someone decides what the record says for it. A
//! new value in a record is a new version of the record's schema (docs/handover.md, "Versions").

use serde::{Deserialize, Serialize};

/// A closed list of values, each with the string the record holds: the enum, every value in order (`ALL`), and
/// `as_str`, which is what serde writes.
macro_rules! values {
    ($(#[$meta:meta])* pub enum $name:ident in $def:literal {
        $($(#[$item_meta:meta])* $item:ident => $value:literal,)+
    }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
        pub enum $name { $($(#[$item_meta])* #[serde(rename = $value)] $item,)+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$item,)+];
            /// The name of its definition in the schema's `$defs`.
            pub const DEF: &'static str = $def;

            pub fn as_str(self) -> &'static str {
                match self { $($name::$item => $value,)+ }
            }
        }
    };
}

values! {
    /// The application record's version: its `schema` field.
    pub enum ApplicationSchema in "application_schema" {
        V1 => "cms-intake/application/v1",
    }
}

values! {
    /// The application record's `kind`.
    pub enum ApplicationKind in "application_kind" {
        Application => "application",
    }
}

values! {
    /// The disclosure record's version: its `schema` field.
    pub enum DisclosureSchema in "disclosure_schema" {
        V1 => "cms-intake/disclosure/v1",
    }
}

values! {
    /// The disclosure record's `kind`.
    pub enum DisclosureKind in "disclosure_kind" {
        Disclosure => "disclosure",
    }
}

values! {
    /// Where the applicant lives: the parts of Great Britain CMS covers.
    pub enum Country in "country" {
        England => "england",
        Scotland => "scotland",
        Wales => "wales",
    }
}

values! {
    /// The applicant's relationship to the children.
    pub enum Role in "role" {
        /// The children live with them most of the time: they receive maintenance.
        ParentWithCare => "parent-with-care",
        /// They do not: they pay maintenance.
        ParentWithoutCare => "parent-without-care",
        GrandparentOrOtherCarer => "grandparent-or-other-carer",
        Guardian => "guardian",
        /// A child of 12 or over applying for themselves (Scotland only).
        ChildInScotland => "child-in-scotland",
    }
}

values! {
    /// A court order about child maintenance for these children, of the kinds that let CMS act.
    pub enum CourtOrder in "court_order" {
        None => "none",
        /// Made on or after 3 March 2003 and at least a year ago.
        MoreThanAYearOld => "more-than-a-year-old",
    }
}

values! {
    /// A detail the other parent must not learn.
    pub enum PrivateDetail in "private_detail" {
        Address => "address",
        PhoneNumber => "phone-number",
        EmailAddress => "email-address",
        NewName => "new-name",
    }
}

values! {
    /// A way CMS may contact the applicant safely.
    pub enum ContactMethod in "contact_method" {
        PhoneCalls => "phone-calls",
        Voicemail => "voicemail",
        TextMessages => "text-messages",
        Letters => "letters",
        Email => "email",
    }
}

values! {
    /// Support the applicant needs for CMS to contact them.
    pub enum SupportNeed in "support_need" {
        LargePrint => "large-print",
        Braille => "braille",
        Audio => "audio",
        BritishSignLanguage => "british-sign-language",
        RelayUk => "relay-uk",
        Textphone => "textphone",
        /// In their own words: `support_needs.other`.
        Other => "other",
    }
}

values! {
    /// A language: of the pages the applicant answered in, or the one CMS is to write and call in.
    pub enum Language in "language" {
        English => "english",
        Welsh => "welsh",
    }
}

values! {
    /// An answer to a question that may be answered "I do not know".
    pub enum YesNoOrNotKnown in "yes_no_or_not_known" {
        Yes => "yes",
        No => "no",
        NotKnown => "do-not-know",
    }
}

values! {
    /// How the applicant counts a child's overnight stays with the other parent.
    pub enum HowOften in "how_often" {
        None => "none",
        AWeek => "a-week",
        AFortnight => "a-fortnight",
        AYear => "a-year",
        SharedEqually => "shared-equally",
    }
}

values! {
    /// The shared-care band the stays put the child in (Child Support Maintenance Calculation Regulations 2012,
    /// regulation 46), as `crate::children::SharedCareBand` works it out.
    pub enum SharedCareBand in "shared_care_band" {
        /// Fewer than 52 nights a year.
        None => "none",
        /// 52 to 103.
        OneSeventh => "one-seventh",
        /// 104 to 155.
        TwoSevenths => "two-sevenths",
        /// 156 to 174.
        ThreeSevenths => "three-sevenths",
        /// 175 or more.
        OneHalf => "one-half",
        /// Care shared equally: a caseworker calls to confirm who receives maintenance.
        EqualCare => "equal-care",
    }
}

values! {
    /// Where the other parent lives.
    pub enum WhereOtherParentLives in "where_other_parent_lives" {
        Uk => "uk",
        Abroad => "abroad",
        NotKnown => "not-known",
    }
}

values! {
    /// How the applicant knows the other parent's address.
    pub enum HowAddressKnown in "how_address_known" {
        TheyToldMe => "they-told-me",
        BeenThere => "been-there",
        SomeoneElse => "someone-else",
        Documents => "documents",
        AnotherWay => "another-way",
    }
}

values! {
    /// Where a paying parent's income comes from.
    pub enum IncomeSource in "income_source" {
        Employment => "employment",
        SelfEmployment => "self-employment",
        Benefits => "benefits",
        Pension => "pension",
    }
}

values! {
    /// A benefit (or the State Pension) a paying parent gets.
    pub enum Benefit in "benefit" {
        UniversalCredit => "universal-credit",
        JobseekersAllowance => "jobseekers-allowance",
        EmploymentAndSupportAllowance => "employment-and-support-allowance",
        IncomeSupport => "income-support",
        PensionCredit => "pension-credit",
        StatePension => "state-pension",
        CarersAllowance => "carers-allowance",
        PersonalIndependencePayment => "personal-independence-payment",
        Another => "another",
    }
}

values! {
    /// How many other children: the calculation's bands stop at three.
    pub enum ChildCount in "child_count" {
        None => "none",
        One => "one",
        Two => "two",
        Three => "three",
        FourOrMore => "four-or-more",
    }
}

values! {
    /// How maintenance will be paid.
    pub enum PaymentService in "payment_service" {
        /// CMS works out the amount; the paying parent pays the receiving parent directly.
        DirectPay => "direct-pay",
        /// CMS collects and pays on: no contact between the parents.
        CollectAndPay => "collect-and-pay",
    }
}

values! {
    /// The team the application was routed to.
    pub enum Team in "team" {
        General => "general",
        DomesticAbuse => "domestic-abuse",
    }
}

values! {
    /// A kind of abuse, as the Domestic Abuse Act 2021 (s.1) names them.
    pub enum AbuseKind in "abuse_kind" {
        Physical => "physical",
        Sexual => "sexual",
        EmotionalOrPsychological => "emotional-or-psychological",
        CoerciveOrControlling => "coercive-or-controlling",
        EconomicOrFinancial => "economic-or-financial",
        Threats => "threats",
        StalkingOrHarassment => "stalking-or-harassment",
    }
}

values! {
    /// Evidence of abuse the applicant holds.
    pub enum Evidence in "evidence" {
        PoliceReport => "police-report",
        CourtOrder => "court-order",
        LetterFromAProfessional => "letter-from-a-professional",
    }
}

values! {
    /// What someone in immediate danger asked CMS to do if they cannot call 999.
    pub enum HelpAskedFor in "help_asked_for" {
        CallThePolice => "call-the-police",
        CallMeBack => "call-me-back",
        Neither => "neither",
    }
}

values! {
    /// What an urgent request asked for.
    pub enum UrgentHelp in "urgent_help" {
        CallThePolice => "call-the-police",
        CallMeBack => "call-me-back",
    }
}

/// A UK address, as typed and tidied.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Address {
    pub line_1: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line_2: Option<String>,
    pub town: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub county: Option<String>,
    /// Uppercase, one space before the inward code: "SW1A 1AA".
    pub postcode: String,
}

impl From<&crate::domain::UkAddress> for Address {
    fn from(address: &crate::domain::UkAddress) -> Self {
        let crate::domain::UkAddress { line_1, line_2, town, county, postcode } = address;
        Address {
            line_1: line_1.as_str().to_owned(),
            line_2: line_2.as_ref().map(|line| line.as_str().to_owned()),
            town: town.as_str().to_owned(),
            county: county.as_ref().map(|line| line.as_str().to_owned()),
            postcode: postcode.as_str().to_owned(),
        }
    }
}

/// A date as ISO 8601 writes it: "1985-02-28".
pub(super) fn iso_date(date: time::Date) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), u8::from(date.month()), date.day())
}

/// A date known perhaps only roughly, in ISO 8601's reduced precision: "1985", "1985-02" or "1985-02-28".
pub(super) fn approximate_date(date: &crate::domain::ApproximateDate) -> String {
    match (date.month(), date.day()) {
        (Some(month), Some(day)) => format!("{:04}-{:02}-{day:02}", date.year(), u8::from(month)),
        (Some(month), None) => format!("{:04}-{:02}", date.year(), u8::from(month)),
        (None, _) => format!("{:04}", date.year()),
    }
}

/// A stored time as RFC 3339 in UTC ("2026-11-22T09:05:00Z"), whatever offset it was stored with.
pub(super) fn utc_time(stored: &str) -> Result<String, super::RecordError> {
    use time::format_description::well_known::Rfc3339;
    time::OffsetDateTime::parse(stored, &Rfc3339)
        .ok()
        .and_then(|at| at.to_offset(time::UtcOffset::UTC).format(&Rfc3339).ok())
        .ok_or(super::RecordError::Time)
}

/// An application's reference as people read it and case management keys it: "7KQM-2XHD-Q".
pub(super) fn reference(reference: &crate::Reference) -> String {
    reference.to_string()
}
