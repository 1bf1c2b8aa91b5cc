//! The children the application is for, added one at a time
//! (<https://design-system.service.gov.uk/patterns/add-multiple-things/>), and what is asked about each of them:
//! Child Benefit, overnight stays with the other parent (from which the shared-care band, [`SharedCareBand`]) and
//! whether the other parent is on the birth certificate (docs/domain.md, "What the real application asks").

use serde::{Deserialize, Serialize};
use time::Date;

use crate::domain::{DateOfBirth, PersonName, age_on};

/// From this age a child qualifies only while in approved full-time education (up to A level or equivalent).
pub const FULL_TIME_EDUCATION_FROM: u8 = 16;

/// The most children one application can name.
pub const MAX_CHILDREN: usize = 20;

/// CMS arranges maintenance for children under 20 (under 16, or 16 to 19 in approved education: the
/// eligibility question asks which).
pub const AGE_LIMIT: u8 = 20;

/// A child, and the answers asked about them after their name and date of birth. Those answers are `None` until
/// asked: children saved before they were asked have none, and the journey asks them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Child {
    pub full_name: PersonName,
    pub date_of_birth: DateOfBirth,
    /// Their age on the day their date of birth was given (an application is made within a day): whether they are
    /// asked about education and marriage. `None` for a child saved before it was kept, when one eligibility
    /// question asked it of all the children at once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<u8>,
    /// For a child aged 16 to 19: whether they are in approved full-time education.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_approved_education: Option<bool>,
    /// For a child aged 16 to 19: whether they have married or formed a civil partnership.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub married: Option<bool>,
    /// Whether the applicant gets Child Benefit for the child: CMS mainly decides who receives maintenance by who
    /// gets it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub child_benefit: Option<YesNoOrNotKnown>,
    /// How many nights the child usually stays with the other parent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overnight_stays: Option<OvernightStays>,
    /// Whether the other parent is named on the child's birth certificate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_parent_on_birth_certificate: Option<YesNoOrNotKnown>,
}

choices! {
    /// A question that may be answered "I do not know".
    pub enum YesNoOrNotKnown {
        Yes => "yes",
        No => "no",
        NotKnown => "do-not-know",
    }
}

/// Nights in a week, a fortnight and a year, for counting overnight stays: CMS counts nights a year, and people
/// often say a usual week or fortnight instead.
pub const NIGHTS_A_WEEK: u16 = 7;
pub const NIGHTS_A_FORTNIGHT: u16 = 14;
pub const NIGHTS_A_YEAR: u16 = 365;

/// How often the child stays overnight with the other parent, as the applicant says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "usually", content = "nights", rename_all = "kebab-case")]
pub enum OvernightStays {
    /// No nights (or fewer than one a week: "none" is what most people mean by it).
    None,
    /// A usual number of nights each week, 1 to 7.
    AWeek(u16),
    /// A usual number of nights each fortnight, 1 to 14.
    AFortnight(u16),
    /// About this many nights a year, 1 to 365.
    AYear(u16),
    /// The parents share the child's care equally: a caseworker calls to work out who receives maintenance.
    SharedEqually,
}

choices! {
    /// How the applicant counts the overnight stays: the first question of the page, with the number of nights
    /// asked beside the three that need one.
    pub enum HowOften {
        None => "none",
        AWeek => "a-week",
        AFortnight => "a-fortnight",
        AYear => "a-year",
        SharedEqually => "shared-equally",
    }
}

impl HowOften {
    /// The most nights it can be; `None` for the answers without a number.
    pub fn most_nights(self) -> Option<u16> {
        match self {
            HowOften::AWeek => Some(NIGHTS_A_WEEK),
            HowOften::AFortnight => Some(NIGHTS_A_FORTNIGHT),
            HowOften::AYear => Some(NIGHTS_A_YEAR),
            HowOften::None | HowOften::SharedEqually => None,
        }
    }
}

/// Why a number of nights was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NightsError {
    Missing,
    NotAWholeNumber,
    /// Fewer than 1, or more than the most there can be ([`HowOften::most_nights`]).
    OutOfRange,
}

impl OvernightStays {
    /// The stays, from how often and (for a week, a fortnight or a year) the number of nights as typed: a whole
    /// number from 1 to the most there can be.
    pub fn parse(how_often: HowOften, nights: &str) -> Result<Self, NightsError> {
        let Some(most) = how_often.most_nights() else {
            return Ok(if how_often == HowOften::None { OvernightStays::None } else { OvernightStays::SharedEqually });
        };
        let nights = nights.trim();
        if nights.is_empty() {
            return Err(NightsError::Missing);
        }
        let digits = nights.strip_prefix('-').unwrap_or(nights);
        if !digits.bytes().all(|b| b.is_ascii_digit()) || digits.is_empty() {
            return Err(NightsError::NotAWholeNumber);
        }
        // Digits, perhaps negative, perhaps too long for any number type: either way out of range unless 1 to most.
        let count =
            nights.parse::<u16>().ok().filter(|count| (1..=most).contains(count)).ok_or(NightsError::OutOfRange)?;
        Ok(match how_often {
            HowOften::AWeek => OvernightStays::AWeek(count),
            HowOften::AFortnight => OvernightStays::AFortnight(count),
            _ => OvernightStays::AYear(count),
        })
    }

    /// How often, as the page's first question asks it.
    pub fn how_often(self) -> HowOften {
        match self {
            OvernightStays::None => HowOften::None,
            OvernightStays::AWeek(_) => HowOften::AWeek,
            OvernightStays::AFortnight(_) => HowOften::AFortnight,
            OvernightStays::AYear(_) => HowOften::AYear,
            OvernightStays::SharedEqually => HowOften::SharedEqually,
        }
    }

    /// The number of nights given, for the answers with one.
    pub fn nights(self) -> Option<u16> {
        match self {
            OvernightStays::AWeek(nights) | OvernightStays::AFortnight(nights) | OvernightStays::AYear(nights) => {
                Some(nights)
            }
            OvernightStays::None | OvernightStays::SharedEqually => None,
        }
    }

    /// The nights a year this implies (a week is 52 of them, a fortnight 26); equal care is half the year.
    pub fn nights_a_year(self) -> u16 {
        match self {
            OvernightStays::None => 0,
            OvernightStays::AWeek(nights) => nights.min(NIGHTS_A_WEEK) * 52,
            OvernightStays::AFortnight(nights) => nights.min(NIGHTS_A_FORTNIGHT) * 26,
            OvernightStays::AYear(nights) => nights.min(NIGHTS_A_YEAR),
            OvernightStays::SharedEqually => NIGHTS_A_YEAR.div_ceil(2),
        }
    }

    /// The shared-care band these stays put the child in.
    pub fn band(self) -> SharedCareBand {
        match self {
            OvernightStays::SharedEqually => SharedCareBand::EqualCare,
            other => SharedCareBand::for_nights(other.nights_a_year()),
        }
    }
}

/// How shared care reduces the maintenance the paying parent pays for a child: the nights a year the child stays
/// with them, in the bands of the Child Support Maintenance Calculation Regulations 2012 (regulation 46;
/// <https://www.gov.uk/guidance/how-child-maintenance-is-worked-out>). The one place the bands are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SharedCareBand {
    /// Fewer than 52 nights: no reduction.
    None,
    /// 52 to 103 nights: one seventh off.
    OneSeventh,
    /// 104 to 155 nights: two sevenths off.
    TwoSevenths,
    /// 156 to 174 nights: three sevenths off.
    ThreeSevenths,
    /// 175 nights or more: half off (and £7 a week more per child).
    OneHalf,
    /// Care shared equally: it may be that nothing is paid, and who receives maintenance depends on who gets Child
    /// Benefit. A caseworker calls.
    EqualCare,
}

impl SharedCareBand {
    /// The band for this many nights a year with the paying parent.
    pub fn for_nights(nights_a_year: u16) -> Self {
        match nights_a_year {
            0..=51 => SharedCareBand::None,
            52..=103 => SharedCareBand::OneSeventh,
            104..=155 => SharedCareBand::TwoSevenths,
            156..=174 => SharedCareBand::ThreeSevenths,
            _ => SharedCareBand::OneHalf,
        }
    }

    /// How a caseworker reads it.
    pub fn describe(self) -> &'static str {
        match self {
            SharedCareBand::None => "No shared-care reduction (fewer than 52 nights a year)",
            SharedCareBand::OneSeventh => "One seventh off (52 to 103 nights a year)",
            SharedCareBand::TwoSevenths => "Two sevenths off (104 to 155 nights a year)",
            SharedCareBand::ThreeSevenths => "Three sevenths off (156 to 174 nights a year)",
            SharedCareBand::OneHalf => "Half off, and £7 a week less per child (175 nights a year or more)",
            SharedCareBand::EqualCare => "Care shared equally: call the applicant to confirm who receives maintenance",
        }
    }
}

impl Child {
    /// A child just added on `today`: their name and date of birth, nothing yet asked about them.
    pub fn new(full_name: PersonName, date_of_birth: DateOfBirth, today: Date) -> Self {
        Self {
            full_name,
            date_of_birth,
            age: Some(age_on(date_of_birth.date(), today)),
            in_approved_education: None,
            married: None,
            child_benefit: None,
            overnight_stays: None,
            other_parent_on_birth_certificate: None,
        }
    }

    /// A new name and date of birth given on `today`, keeping what was asked about the child; the questions that
    /// depend on their age are asked again if their age group changed.
    pub fn with_details(&self, full_name: PersonName, date_of_birth: DateOfBirth, today: Date) -> Self {
        let changed = Self::new(full_name, date_of_birth, today);
        let same_age_group = changed.is_16_or_over() == self.is_16_or_over();
        Self {
            in_approved_education: self.in_approved_education.filter(|_| same_age_group),
            married: self.married.filter(|_| same_age_group),
            child_benefit: self.child_benefit,
            overnight_stays: self.overnight_stays,
            other_parent_on_birth_certificate: self.other_parent_on_birth_certificate,
            ..changed
        }
    }

    /// 16 or over (and so, being under 20, 16 to 19): CMS can arrange maintenance for them only while they are in
    /// approved full-time education and have not married or formed a civil partnership.
    pub fn is_16_or_over(&self) -> bool {
        self.age.is_some_and(|age| age >= FULL_TIME_EDUCATION_FROM)
    }

    /// A child of 16 to 19 who is not in approved full-time education: not eligible.
    pub fn left_education(&self) -> bool {
        self.is_16_or_over() && self.in_approved_education == Some(false)
    }

    /// Whether CMS can arrange maintenance for the child, from what has been answered: `Some(false)` once an
    /// answer rules them out, `None` while a question that could is unanswered.
    pub fn qualifies(&self) -> Option<bool> {
        if !self.is_16_or_over() {
            return Some(true);
        }
        match (self.in_approved_education, self.married) {
            (Some(false), _) | (_, Some(true)) => Some(false),
            (Some(true), Some(false)) => Some(true),
            _ => None,
        }
    }

    /// Whether CMS could arrange maintenance for this child by age, on `today`.
    pub fn is_young_enough(date_of_birth: &DateOfBirth, today: Date) -> bool {
        age_on(date_of_birth.date(), today) < AGE_LIMIT
    }
}

/// The earliest date of birth a child can have on `today`, to be young enough: the day after their 20th
/// birthday would have been.
pub fn earliest_date_of_birth(today: Date) -> Date {
    let years_ago = today.replace_year(today.year() - i32::from(AGE_LIMIT)).unwrap_or_else(|_| {
        // 29 February, 20 years back, in a year without one.
        Date::from_calendar_date(today.year() - i32::from(AGE_LIMIT), time::Month::March, 1).unwrap_or(today)
    });
    years_ago.next_day().unwrap_or(years_ago)
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    #[test]
    fn shared_care_bands_by_nights_a_year() {
        let cases = [
            (0, SharedCareBand::None),
            (51, SharedCareBand::None),
            (52, SharedCareBand::OneSeventh),
            (103, SharedCareBand::OneSeventh),
            (104, SharedCareBand::TwoSevenths),
            (155, SharedCareBand::TwoSevenths),
            (156, SharedCareBand::ThreeSevenths),
            (174, SharedCareBand::ThreeSevenths),
            (175, SharedCareBand::OneHalf),
            (365, SharedCareBand::OneHalf),
        ];
        for (nights, band) in cases {
            assert_eq!(SharedCareBand::for_nights(nights), band, "{nights} nights");
        }
    }

    #[test]
    fn overnight_stays_as_nights_a_year_and_their_band() {
        use OvernightStays::*;
        let cases = [
            (None, 0, SharedCareBand::None),
            (AWeek(1), 52, SharedCareBand::OneSeventh),
            (AWeek(2), 104, SharedCareBand::TwoSevenths),
            (AWeek(3), 156, SharedCareBand::ThreeSevenths),
            (AWeek(7), 364, SharedCareBand::OneHalf),
            (AFortnight(1), 26, SharedCareBand::None),
            (AFortnight(2), 52, SharedCareBand::OneSeventh),
            (AFortnight(4), 104, SharedCareBand::TwoSevenths),
            (AFortnight(7), 182, SharedCareBand::OneHalf),
            (AYear(51), 51, SharedCareBand::None),
            (AYear(175), 175, SharedCareBand::OneHalf),
            (SharedEqually, 183, SharedCareBand::EqualCare),
        ];
        for (stays, nights, band) in cases {
            assert_eq!((stays.nights_a_year(), stays.band()), (nights, band), "{stays:?}");
        }
    }

    #[test]
    fn nights_are_a_whole_number_from_1_to_the_most_there_can_be() {
        use HowOften::*;
        let cases = [
            (None, "", Ok(OvernightStays::None)),
            (SharedEqually, "junk", Ok(OvernightStays::SharedEqually)),
            (AWeek, " 2 ", Ok(OvernightStays::AWeek(2))),
            (AWeek, "7", Ok(OvernightStays::AWeek(7))),
            (AWeek, "8", Err(NightsError::OutOfRange)),
            (AWeek, "0", Err(NightsError::OutOfRange)),
            (AWeek, "-1", Err(NightsError::OutOfRange)),
            (AWeek, "99999999999999999999999", Err(NightsError::OutOfRange)),
            (AWeek, "", Err(NightsError::Missing)),
            (AWeek, "two", Err(NightsError::NotAWholeNumber)),
            (AWeek, "2.5", Err(NightsError::NotAWholeNumber)),
            (AWeek, "-", Err(NightsError::NotAWholeNumber)),
            (AFortnight, "14", Ok(OvernightStays::AFortnight(14))),
            (AFortnight, "15", Err(NightsError::OutOfRange)),
            (AYear, "365", Ok(OvernightStays::AYear(365))),
            (AYear, "366", Err(NightsError::OutOfRange)),
        ];
        for (how_often, typed, expected) in cases {
            assert_eq!(OvernightStays::parse(how_often, typed), expected, "{how_often:?} {typed:?}");
        }
        for stays in
            [OvernightStays::None, OvernightStays::AWeek(3), OvernightStays::AYear(100), OvernightStays::SharedEqually]
        {
            let typed = stays.nights().map(|n| n.to_string()).unwrap_or_default();
            assert_eq!(OvernightStays::parse(stays.how_often(), &typed), Ok(stays), "round trip");
        }
    }

    #[test]
    fn a_child_of_16_to_19_qualifies_in_approved_education_and_unmarried() {
        let today = date!(2026 - 11 - 22);
        let name = || PersonName::parse("Alex Jones").expect("a name");
        let under_16 = Child::new(name(), born("23", "11", "2010"), today);
        assert!(!under_16.is_16_or_over());
        assert_eq!(under_16.qualifies(), Some(true));
        let sixteen = Child::new(name(), born("22", "11", "2010"), today);
        assert!(sixteen.is_16_or_over(), "16 today");
        let cases = [
            (None, None, None),
            (Some(true), None, None),
            (Some(false), None, Some(false)),
            (Some(true), Some(false), Some(true)),
            (Some(true), Some(true), Some(false)),
            (None, Some(true), Some(false)),
        ];
        for (education, married, qualifies) in cases {
            let child = Child { in_approved_education: education, married, ..sixteen.clone() };
            assert_eq!(child.qualifies(), qualifies, "{education:?} {married:?}");
        }
        // A new date of birth in the same age group keeps the answers; in another, asks them again.
        let answered = Child {
            in_approved_education: Some(true),
            married: Some(false),
            child_benefit: Some(YesNoOrNotKnown::Yes),
            ..sixteen
        };
        let still_16 = answered.with_details(name(), born("1", "1", "2009"), today);
        assert_eq!((still_16.in_approved_education, still_16.married), (Some(true), Some(false)));
        let now_12 = answered.with_details(name(), born("1", "1", "2014"), today);
        assert_eq!(
            (now_12.in_approved_education, now_12.married, now_12.child_benefit),
            (None, None, Some(YesNoOrNotKnown::Yes))
        );
    }

    #[test]
    fn a_child_saved_before_the_questions_about_them_still_loads() {
        let saved = r#"{"full_name":"Alex Jones","date_of_birth":"2015-06-01"}"#;
        let child: Child = serde_json::from_str(saved).expect("loads");
        assert_eq!(
            (child.child_benefit, child.overnight_stays, child.other_parent_on_birth_certificate),
            (None, None, None)
        );
        let stays = OvernightStays::AFortnight(4);
        let json = serde_json::to_string(&stays).expect("saves");
        assert_eq!(json, r#"{"usually":"a-fortnight","nights":4}"#);
        assert_eq!(serde_json::from_str::<OvernightStays>(&json).ok(), Some(stays));
    }

    fn born(day: &str, month: &str, year: &str) -> DateOfBirth {
        DateOfBirth::parse(day, month, year, date!(2026 - 11 - 22)).expect("valid")
    }

    #[test]
    fn a_child_is_young_enough_until_their_20th_birthday() {
        let today = date!(2026 - 11 - 22);
        assert!(Child::is_young_enough(&born("23", "11", "2006"), today));
        assert!(!Child::is_young_enough(&born("22", "11", "2006"), today), "20 today");
        assert!(Child::is_young_enough(&born("1", "1", "2026"), today));
        assert_eq!(earliest_date_of_birth(today), date!(2006 - 11 - 23));
        assert_eq!(earliest_date_of_birth(date!(2028 - 02 - 29)), date!(2008 - 03 - 01));
    }
}
