//! Who the Child Maintenance Service can help (docs/domain.md, "Eligibility";
//! <https://www.gov.uk/child-maintenance-service/eligibility>).

use serde::{Deserialize, Serialize};

/// Where the applicant lives. CMS covers England, Scotland and Wales; Northern Ireland has its own service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Country {
    England,
    Scotland,
    Wales,
    NorthernIreland,
    OutsideUk,
}

impl Country {
    pub const ALL: [Country; 5] =
        [Country::England, Country::Scotland, Country::Wales, Country::NorthernIreland, Country::OutsideUk];

    /// The value the form sends; stable, because drafts store it.
    pub fn form_value(self) -> &'static str {
        match self {
            Country::England => "england",
            Country::Scotland => "scotland",
            Country::Wales => "wales",
            Country::NorthernIreland => "northern-ireland",
            Country::OutsideUk => "outside-uk",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|country| country.form_value() == value)
    }

    /// Whether this service (rather than nidirect, or nobody) can take the application.
    pub fn is_covered(self) -> bool {
        matches!(self, Country::England | Country::Scotland | Country::Wales)
    }
}

/// The applicant's relationship to the children.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Has the children living with them most of the time: will receive maintenance.
    ParentWithCare,
    /// Does not: will pay. The payment-method question is not asked of them.
    ParentWithoutCare,
    GrandparentOrOtherCarer,
    Guardian,
    /// Only in Scotland can a child (12 or over) apply for themselves.
    ChildInScotland,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::ParentWithCare,
        Role::ParentWithoutCare,
        Role::GrandparentOrOtherCarer,
        Role::Guardian,
        Role::ChildInScotland,
    ];

    pub fn form_value(self) -> &'static str {
        match self {
            Role::ParentWithCare => "parent-with-care",
            Role::ParentWithoutCare => "parent-without-care",
            Role::GrandparentOrOtherCarer => "grandparent-or-other-carer",
            Role::Guardian => "guardian",
            Role::ChildInScotland => "child-in-scotland",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|role| role.form_value() == value)
    }

    /// Roles open to someone living in `country`: a child may apply only in Scotland.
    pub fn available_in(country: Country) -> impl Iterator<Item = Role> {
        Self::ALL.into_iter().filter(move |role| *role != Role::ChildInScotland || country == Country::Scotland)
    }
}

/// Whether a court order already covers child maintenance for these children.
/// CMS cannot act on a consent order less than a year old, or one made before 3 March 2003
/// (<https://www.gov.uk/child-maintenance-service/eligibility>).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CourtOrder {
    None,
    /// Made on or after 3 March 2003 and at least a year ago: CMS can take over.
    MoreThanAYearOld,
    LessThanAYearOld,
    MadeBefore3March2003,
}

impl CourtOrder {
    pub const ALL: [CourtOrder; 4] = [
        CourtOrder::None,
        CourtOrder::MoreThanAYearOld,
        CourtOrder::LessThanAYearOld,
        CourtOrder::MadeBefore3March2003,
    ];

    pub fn form_value(self) -> &'static str {
        match self {
            CourtOrder::None => "none",
            CourtOrder::MoreThanAYearOld => "more-than-a-year-old",
            CourtOrder::LessThanAYearOld => "less-than-a-year-old",
            CourtOrder::MadeBefore3March2003 => "before-3-march-2003",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|order| order.form_value() == value)
    }

    /// Whether CMS can arrange maintenance despite this order.
    pub fn allows_cms(self) -> bool {
        matches!(self, CourtOrder::None | CourtOrder::MoreThanAYearOld)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_values_round_trip() {
        for country in Country::ALL {
            assert_eq!(Country::parse(country.form_value()), Some(country));
        }
        for role in Role::ALL {
            assert_eq!(Role::parse(role.form_value()), Some(role));
        }
        assert_eq!(Country::parse("England"), None);
        assert_eq!(Role::parse(""), None);
    }

    #[test]
    fn only_recent_or_pre_2003_orders_stop_cms() {
        let allowed: Vec<_> = CourtOrder::ALL.into_iter().filter(|o| o.allows_cms()).collect();
        assert_eq!(allowed, [CourtOrder::None, CourtOrder::MoreThanAYearOld]);
        for order in CourtOrder::ALL {
            assert_eq!(CourtOrder::parse(order.form_value()), Some(order));
        }
    }

    #[test]
    fn only_great_britain_is_covered() {
        let covered: Vec<_> = Country::ALL.into_iter().filter(|c| c.is_covered()).collect();
        assert_eq!(covered, [Country::England, Country::Scotland, Country::Wales]);
    }

    #[test]
    fn a_child_can_apply_only_in_scotland() {
        assert!(Role::available_in(Country::Scotland).any(|r| r == Role::ChildInScotland));
        assert!(!Role::available_in(Country::England).any(|r| r == Role::ChildInScotland));
        assert!(!Role::available_in(Country::Wales).any(|r| r == Role::ChildInScotland));
    }
}
