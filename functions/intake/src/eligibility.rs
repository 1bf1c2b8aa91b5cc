//! Who the Child Maintenance Service can help (docs/domain.md, "Eligibility";
//! <https://www.gov.uk/child-maintenance-service/eligibility>).

choices! {
    /// Where the applicant lives. CMS covers England, Scotland and Wales; Northern Ireland has its own service.
    pub enum Country {
        England => "england",
        Scotland => "scotland",
        Wales => "wales",
        NorthernIreland => "northern-ireland",
        OutsideUk => "outside-uk",
    }
}

impl Country {
    /// Whether this service (rather than nidirect, or nobody) can take the application.
    pub fn is_covered(self) -> bool {
        matches!(self, Country::England | Country::Scotland | Country::Wales)
    }
}

choices! {
    /// The applicant's relationship to the children.
    pub enum Role {
        /// Has the children living with them most of the time: will receive maintenance.
        ParentWithCare => "parent-with-care",
        /// Does not: will pay. The payment-method question is not asked of them.
        ParentWithoutCare => "parent-without-care",
        GrandparentOrOtherCarer => "grandparent-or-other-carer",
        Guardian => "guardian",
        /// Only in Scotland can a child (12 or over) apply for themselves.
        ChildInScotland => "child-in-scotland",
    }
}

impl Role {
    /// Roles open to someone living in `country`: a child may apply only in Scotland.
    pub fn available_in(country: Country) -> impl Iterator<Item = Role> {
        Self::ALL.iter().copied().filter(move |role| *role != Role::ChildInScotland || country == Country::Scotland)
    }
}

choices! {
    /// Whether a court order already covers child maintenance for these children.
    /// CMS cannot act on a consent order less than a year old, or one made before 3 March 2003
    /// (<https://www.gov.uk/child-maintenance-service/eligibility>).
    pub enum CourtOrder {
        None => "none",
        /// Made on or after 3 March 2003 and at least a year ago: CMS can take over.
        MoreThanAYearOld => "more-than-a-year-old",
        LessThanAYearOld => "less-than-a-year-old",
        MadeBefore3March2003 => "before-3-march-2003" or "made-before3-march2003",
    }
}

impl CourtOrder {
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
            assert_eq!(Country::parse(country.form_value()), Some(*country));
        }
        for role in Role::ALL {
            assert_eq!(Role::parse(role.form_value()), Some(*role));
        }
        assert_eq!(Country::parse("England"), None);
        assert_eq!(Role::parse(""), None);
    }

    #[test]
    fn only_recent_or_pre_2003_orders_stop_cms() {
        let allowed: Vec<_> = CourtOrder::ALL.iter().copied().filter(|o| o.allows_cms()).collect();
        assert_eq!(allowed, [CourtOrder::None, CourtOrder::MoreThanAYearOld]);
        for order in CourtOrder::ALL {
            assert_eq!(CourtOrder::parse(order.form_value()), Some(*order));
        }
    }

    #[test]
    fn only_great_britain_is_covered() {
        let covered: Vec<_> = Country::ALL.iter().copied().filter(|c| c.is_covered()).collect();
        assert_eq!(covered, [Country::England, Country::Scotland, Country::Wales]);
    }

    #[test]
    fn a_child_can_apply_only_in_scotland() {
        assert!(Role::available_in(Country::Scotland).any(|r| r == Role::ChildInScotland));
        assert!(!Role::available_in(Country::England).any(|r| r == Role::ChildInScotland));
        assert!(!Role::available_in(Country::Wales).any(|r| r == Role::ChildInScotland));
    }
}
