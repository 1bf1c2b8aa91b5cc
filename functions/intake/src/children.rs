//! The children the application is for, added one at a time
//! (<https://design-system.service.gov.uk/patterns/add-multiple-things/>).

use serde::{Deserialize, Serialize};
use time::Date;

use crate::domain::{DateOfBirth, PersonName, age_on};

/// The most children one application can name.
pub const MAX_CHILDREN: usize = 20;

/// CMS arranges maintenance for children under 20 (under 16, or 16 to 19 in approved education: the
/// eligibility question asks which).
pub const AGE_LIMIT: u8 = 20;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Child {
    pub full_name: PersonName,
    pub date_of_birth: DateOfBirth,
}

impl Child {
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
