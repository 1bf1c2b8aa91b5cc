//! Dates typed into the GOV.UK date input (three boxes: day, month, year): dates of birth, exact or approximate, and
//! a person's age.
//!
//! Each part is trimmed. The month may be a number ("2", "02") or an English month name or its first three letters,
//! in any case and with or without a full stop ("February", "feb", "Feb.", also "Sept"), as the GOV.UK date input
//! guidance recommends. The checks run in this order, matching the order of GOV.UK's date error messages:
//! 1. nothing entered: [`DateError::Empty`];
//! 2. some parts entered but a needed part blank: [`DateError::Missing`], saying which;
//! 3. a part that is not a number (or month name), day 0, month 13: [`DateError::NotReal`];
//! 4. a year that is a number but not 4 digits ("85"): [`DateError::YearNotFourDigits`];
//! 5. a date that does not exist (31 February, 29 February 2023): [`DateError::NotReal`];
//! 6. a year before 1900: [`DateError::TooLongAgo`];
//! 7. a date after today: [`DateError::InFuture`]. Today itself is accepted (a child may have been born today).

use std::fmt;

use time::{Date, Month};

/// What the applicant typed into the three boxes of a date input, unchecked: the shape a handler gets from the form
/// and hands back to the template to re-display after an error.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DateParts {
    pub day: String,
    pub month: String,
    pub year: String,
}

/// Why the three parts are not an acceptable date. Developer-facing; the GOV.UK wording ("Date of birth must include
/// a month") lives with the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("the date is empty")]
    Empty,
    /// Some parts were entered, but these (each `true` one) were left blank.
    #[error("the date is missing its {}", missing_parts(*.day, *.month, *.year))]
    Missing { day: bool, month: bool, year: bool },
    #[error("the date is not a real date")]
    NotReal,
    #[error("the year does not have 4 digits")]
    YearNotFourDigits,
    #[error("the date is in the future")]
    InFuture,
    #[error("the date is before {}", EARLIEST_YEAR)]
    TooLongAgo,
}

/// "day", "day and year", "day, month and year".
fn missing_parts(day: bool, month: bool, year: bool) -> String {
    let parts: Vec<&str> = [(day, "day"), (month, "month"), (year, "year")]
        .into_iter()
        .filter_map(|(missing, name)| missing.then_some(name))
        .collect();
    match parts.as_slice() {
        [] => "nothing".to_owned(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// No date before the start of this year is accepted.
const EARLIEST_YEAR: i32 = 1900;

/// A date of birth: a real date, not before 1 January 1900 and not after today.
///
/// Stored (serde) as an ISO 8601 date, "1985-02-28"; displayed the GOV.UK way, "28 February 1985". Reading a stored
/// value back re-checks that it is a real date from 1900 on, but not that it is in the past: that needs today's
/// date, and a date of birth that was in the past when it was entered stays there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct DateOfBirth(Date);

/// A child's date of birth follows exactly the same rules as anyone's, so it is the same type. Whether the child is
/// young enough to qualify is an eligibility rule (see [`age_on`]), not a property of the date.
pub type ChildDateOfBirth = DateOfBirth;

impl DateOfBirth {
    /// Parses the three parts of a date of birth. `today` is passed in so that the result does not depend on the
    /// clock (the handler uses the UK date; tests use a fixed one).
    pub fn parse(day: &str, month: &str, year: &str, today: Date) -> Result<Self, DateError> {
        let (day, month, year) = (filled(day), filled(month), filled(year));
        match (day, month, year) {
            (None, None, None) => Err(DateError::Empty),
            (Some(day), Some(month), Some(year)) => {
                let date = full_date(day, month, year)?;
                check_range(date, today)?;
                Ok(Self(date))
            }
            _ => Err(DateError::Missing { day: day.is_none(), month: month.is_none(), year: year.is_none() }),
        }
    }

    /// [`DateOfBirth::parse`] for the parts as a handler holds them.
    pub fn from_parts(parts: &DateParts, today: Date) -> Result<Self, DateError> {
        Self::parse(&parts.day, &parts.month, &parts.year, today)
    }

    pub fn date(&self) -> Date {
        self.0
    }

    /// Age in whole years on `today`: see [`age_on`].
    pub fn age_on(&self, today: Date) -> u8 {
        age_on(self.0, today)
    }
}

/// "28 February 1985".
impl fmt::Display for DateOfBirth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {}", self.0.day(), self.0.month(), self.0.year())
    }
}

impl DateOfBirth {
    /// The date as a Welsh page shows it: "5 Ionawr 1985".
    pub fn to_welsh_string(&self) -> String {
        format!("{} {} {}", self.0.day(), welsh_month(self.0.month()), self.0.year())
    }
}

impl TryFrom<String> for DateOfBirth {
    type Error = DateError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        match parse_iso(&value)? {
            (year, Some(month), Some(day)) => {
                let date = Date::from_calendar_date(year, month, day).map_err(|_| DateError::NotReal)?;
                Ok(Self(date))
            }
            _ => Err(DateError::NotReal),
        }
    }
}

impl From<DateOfBirth> for String {
    fn from(value: DateOfBirth) -> Self {
        iso(value.0.year(), Some(value.0.month()), Some(value.0.day()))
    }
}

/// A date that may be known only roughly, for the other parent's date of birth: GOV.UK lets the applicant give
/// - a year alone ("1985"),
/// - a month and year ("February 1985", day left blank), or
/// - a full date ("28 February 1985").
///
/// The year is always needed, and a day needs a month: "28, blank, 1985" is [`DateError::Missing`] with `month`
/// set; "blank, February, blank" is missing its year. The day is never reported missing. Otherwise the rules are
/// those of [`DateOfBirth`], applied to the earliest day the date could be: "2025" is accepted on any day of 2025,
/// and "1899" or "December 1899" is too long ago.
///
/// Stored (serde) in ISO 8601 reduced precision: "1985", "1985-02" or "1985-02-28"; displayed as "1985",
/// "February 1985" or "28 February 1985".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ApproximateDate(Approximate);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Approximate {
    Year(i32),
    MonthAndYear(Month, i32),
    Full(Date),
}

impl ApproximateDate {
    /// Parses the three parts of an approximate date; see the type's documentation for the shapes accepted.
    pub fn parse(day: &str, month: &str, year: &str, today: Date) -> Result<Self, DateError> {
        let (day, month, year) = (filled(day), filled(month), filled(year));
        let approximate = match (day, month, year) {
            (None, None, None) => return Err(DateError::Empty),
            (None, None, Some(year)) => Approximate::Year(parse_year(year)?),
            (None, Some(month), Some(year)) => {
                let month = parse_month(month)?;
                Approximate::MonthAndYear(month, parse_year(year)?)
            }
            (Some(day), Some(month), Some(year)) => Approximate::Full(full_date(day, month, year)?),
            (Some(_), None, _) | (_, _, None) => {
                return Err(DateError::Missing {
                    day: false,
                    month: day.is_some() && month.is_none(),
                    year: year.is_none(),
                });
            }
        };
        let date = Self(approximate);
        check_range(date.earliest(), today)?;
        Ok(date)
    }

    /// [`ApproximateDate::parse`] for the parts as a handler holds them.
    pub fn from_parts(parts: &DateParts, today: Date) -> Result<Self, DateError> {
        Self::parse(&parts.day, &parts.month, &parts.year, today)
    }

    pub fn year(&self) -> i32 {
        match self.0 {
            Approximate::Year(year) | Approximate::MonthAndYear(_, year) => year,
            Approximate::Full(date) => date.year(),
        }
    }

    /// The month, if it was given.
    pub fn month(&self) -> Option<Month> {
        match self.0 {
            Approximate::Year(_) => None,
            Approximate::MonthAndYear(month, _) => Some(month),
            Approximate::Full(date) => Some(date.month()),
        }
    }

    /// The day of the month, if it was given (then the month was given too).
    pub fn day(&self) -> Option<u8> {
        match self.0 {
            Approximate::Full(date) => Some(date.day()),
            Approximate::Year(_) | Approximate::MonthAndYear(..) => None,
        }
    }

    /// The exact date, if a full date was given.
    pub fn date(&self) -> Option<Date> {
        match self.0 {
            Approximate::Full(date) => Some(date),
            Approximate::Year(_) | Approximate::MonthAndYear(..) => None,
        }
    }

    /// The first day the date could be: 1 January of a year alone, the 1st of a month and year, or the date itself.
    pub fn earliest(&self) -> Date {
        match self.0 {
            Approximate::Year(year) => first_day(year, Month::January),
            Approximate::MonthAndYear(month, year) => first_day(year, month),
            Approximate::Full(date) => date,
        }
    }

    /// The last day the date could be: 31 December of a year alone, the last day of a month and year, or the date
    /// itself.
    pub fn latest(&self) -> Date {
        match self.0 {
            Approximate::Year(year) => last_day(year, Month::December),
            Approximate::MonthAndYear(month, year) => last_day(year, month),
            Approximate::Full(date) => date,
        }
    }
}

/// "1985", "February 1985" or "28 February 1985".
impl ApproximateDate {
    /// The date as a Welsh page shows it: "1985", "Ionawr 1985", "5 Ionawr 1985".
    pub fn to_welsh_string(&self) -> String {
        match self.0 {
            Approximate::Year(year) => year.to_string(),
            Approximate::MonthAndYear(month, year) => format!("{} {year}", welsh_month(month)),
            Approximate::Full(date) => format!("{} {} {}", date.day(), welsh_month(date.month()), date.year()),
        }
    }
}

impl fmt::Display for ApproximateDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Approximate::Year(year) => write!(f, "{year}"),
            Approximate::MonthAndYear(month, year) => write!(f, "{month} {year}"),
            Approximate::Full(date) => write!(f, "{} {} {}", date.day(), date.month(), date.year()),
        }
    }
}

impl TryFrom<String> for ApproximateDate {
    type Error = DateError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        let approximate = match parse_iso(&value)? {
            (year, None, None) => Approximate::Year(year),
            (year, Some(month), None) => Approximate::MonthAndYear(month, year),
            (year, Some(month), Some(day)) => {
                Approximate::Full(Date::from_calendar_date(year, month, day).map_err(|_| DateError::NotReal)?)
            }
            (_, None, Some(_)) => return Err(DateError::NotReal),
        };
        Ok(Self(approximate))
    }
}

impl From<ApproximateDate> for String {
    fn from(value: ApproximateDate) -> Self {
        iso(value.year(), value.month(), value.day())
    }
}

/// Age in whole years on `today` of someone born on `date_of_birth`: 0 before their first birthday (and for a
/// `today` before the birth), saturating at 255.
///
/// Someone born on 29 February has their birthday on 1 March in a year that is not a leap year, as in UK law (for
/// Scotland, the Age of Legal Capacity (Scotland) Act 1991, s. 6(2)): they turn 18 on 1 March, not 28 February.
pub fn age_on(date_of_birth: Date, today: Date) -> u8 {
    let mut years = today.year() - date_of_birth.year();
    if (u8::from(today.month()), today.day()) < (u8::from(date_of_birth.month()), date_of_birth.day()) {
        years -= 1;
    }
    u8::try_from(years.max(0)).unwrap_or(u8::MAX)
}

/// The trimmed part, or `None` if it is blank.
fn filled(part: &str) -> Option<&str> {
    let part = part.trim();
    (!part.is_empty()).then_some(part)
}

fn full_date(day: &str, month: &str, year: &str) -> Result<Date, DateError> {
    let day = parse_day(day)?;
    let month = parse_month(month)?;
    let year = parse_year(year)?;
    Date::from_calendar_date(year, month, day).map_err(|_| DateError::NotReal)
}

fn parse_day(day: &str) -> Result<u8, DateError> {
    parse_number(day).ok_or(DateError::NotReal)
}

fn parse_month(month: &str) -> Result<Month, DateError> {
    match parse_number(month) {
        Some(number) => Month::try_from(number).map_err(|_| DateError::NotReal),
        None => month_from_name(month).ok_or(DateError::NotReal),
    }
}

fn parse_year(year: &str) -> Result<i32, DateError> {
    if !is_digits(year) {
        return Err(DateError::NotReal);
    }
    if year.len() != 4 {
        return Err(DateError::YearNotFourDigits);
    }
    year.parse().map_err(|_| DateError::NotReal)
}

/// ASCII digits only (`str::parse` alone would also take "+5"), fitting in a `u8`.
fn parse_number(part: &str) -> Option<u8> {
    if is_digits(part) { part.parse().ok() } else { None }
}

fn is_digits(part: &str) -> bool {
    !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit())
}

const MONTH_NAMES: [(Month, &str); 12] = [
    (Month::January, "january"),
    (Month::February, "february"),
    (Month::March, "march"),
    (Month::April, "april"),
    (Month::May, "may"),
    (Month::June, "june"),
    (Month::July, "july"),
    (Month::August, "august"),
    (Month::September, "september"),
    (Month::October, "october"),
    (Month::November, "november"),
    (Month::December, "december"),
];

/// The Welsh months, as written on gov.uk/cymraeg pages, January first.
const WELSH_MONTHS: [&str; 12] = [
    "Ionawr",
    "Chwefror",
    "Mawrth",
    "Ebrill",
    "Mai",
    "Mehefin",
    "Gorffennaf",
    "Awst",
    "Medi",
    "Hydref",
    "Tachwedd",
    "Rhagfyr",
];

/// Their usual short forms (as Welsh calendars print them), January first.
const WELSH_MONTHS_SHORT: [&str; 12] =
    ["ion", "chwef", "maw", "ebr", "mai", "meh", "gorff", "awst", "medi", "hyd", "tach", "rhag"];

/// A month's Welsh name.
pub fn welsh_month(month: Month) -> &'static str {
    WELSH_MONTHS[usize::from(u8::from(month)) - 1]
}

/// A month's name, in English or Welsh whatever the page's language (someone may type either): in English the
/// name or its first three letters, and "Sept"; in Welsh the name or its usual short form; in any case, with an
/// optional full stop.
fn month_from_name(name: &str) -> Option<Month> {
    let name = name.strip_suffix('.').unwrap_or(name).to_lowercase();
    if name == "sept" {
        return Some(Month::September);
    }
    let english = MONTH_NAMES
        .iter()
        .find(|(_, full)| name == *full || (name.len() == 3 && full.starts_with(name.as_str())))
        .map(|(month, _)| *month);
    let welsh = || {
        let index = WELSH_MONTHS
            .iter()
            .zip(WELSH_MONTHS_SHORT)
            .position(|(full, short)| name == full.to_lowercase() || name == short)?;
        MONTH_NAMES.get(index).map(|(month, _)| *month)
    };
    english.or_else(welsh)
}

/// Rejects a date (or the earliest day of an approximate one) before 1900 or after today.
fn check_range(earliest: Date, today: Date) -> Result<(), DateError> {
    if earliest.year() < EARLIEST_YEAR {
        Err(DateError::TooLongAgo)
    } else if earliest > today {
        Err(DateError::InFuture)
    } else {
        Ok(())
    }
}

fn first_day(year: i32, month: Month) -> Date {
    // Day 1 exists in every month of every year `parse` accepts (4 digits); `Date::MIN` is unreachable.
    Date::from_calendar_date(year, month, 1).unwrap_or(Date::MIN)
}

fn last_day(year: i32, month: Month) -> Date {
    Date::from_calendar_date(year, month, month.length(year)).unwrap_or(Date::MAX)
}

/// The stored form: "1985", "1985-02" or "1985-02-28".
fn iso(year: i32, month: Option<Month>, day: Option<u8>) -> String {
    match (month, day) {
        (Some(month), Some(day)) => format!("{year:04}-{:02}-{day:02}", u8::from(month)),
        (Some(month), None) => format!("{year:04}-{:02}", u8::from(month)),
        (None, _) => format!("{year:04}"),
    }
}

/// Reads the stored form back: a 4-digit year from 1900, optionally "-MM", optionally "-DD" after that. Whether the
/// day exists in that month is left to the caller.
fn parse_iso(stored: &str) -> Result<(i32, Option<Month>, Option<u8>), DateError> {
    let mut parts = stored.split('-');
    let year = match parts.next() {
        Some(year) if year.len() == 4 && is_digits(year) => year.parse::<i32>().map_err(|_| DateError::NotReal)?,
        _ => return Err(DateError::NotReal),
    };
    let mut two_digits = |max: u8| -> Result<Option<u8>, DateError> {
        match parts.next() {
            None => Ok(None),
            Some(part) if part.len() == 2 => match parse_number(part) {
                Some(number @ 1..) if number <= max => Ok(Some(number)),
                _ => Err(DateError::NotReal),
            },
            Some(_) => Err(DateError::NotReal),
        }
    };
    let month = two_digits(12)?.map(Month::try_from).transpose().map_err(|_| DateError::NotReal)?;
    let day = two_digits(31)?;
    if parts.next().is_some() {
        return Err(DateError::NotReal);
    }
    if year < EARLIEST_YEAR {
        return Err(DateError::TooLongAgo);
    }
    Ok((year, month, day))
}

#[cfg(test)]
mod tests {
    use super::*;
    use pretty_assertions::assert_eq;
    use time::macros::date;

    const TODAY: Date = date!(2025 - 06 - 15);

    fn dob(day: &str, month: &str, year: &str) -> Result<Date, DateError> {
        DateOfBirth::parse(day, month, year, TODAY).map(|d| d.date())
    }

    fn approx(day: &str, month: &str, year: &str) -> Result<String, DateError> {
        ApproximateDate::parse(day, month, year, TODAY).map(String::from)
    }

    #[test]
    fn month_names_are_taken_in_welsh_as_well_as_english() {
        let cases = [
            ("Ionawr", Month::January),
            ("chwefror", Month::February),
            ("Chwef.", Month::February),
            ("MAWRTH", Month::March),
            ("Mai", Month::May),
            ("may", Month::May),
            ("Gorff", Month::July),
            ("medi", Month::September),
            ("Rhagfyr", Month::December),
            ("dec", Month::December),
        ];
        for (name, month) in cases {
            assert_eq!(month_from_name(name), Some(month), "{name}");
        }
        for name in ["Ion Ionawr", "ionaw", "chw", "rh", ""] {
            assert_eq!(month_from_name(name), None, "{name}");
        }
    }

    #[test]
    fn dates_are_written_in_welsh_with_welsh_month_names() {
        let date = DateOfBirth::parse("5", "1", "1985", TODAY).map(|d| d.to_welsh_string());
        assert_eq!(date, Ok("5 Ionawr 1985".to_owned()));
        assert_eq!(dob("31", "Rhagfyr", "1999"), Ok(date!(1999 - 12 - 31)));
        let approximate = |d, m, y| ApproximateDate::parse(d, m, y, TODAY).map(|a| a.to_welsh_string());
        assert_eq!(approximate("", "8", "1980"), Ok("Awst 1980".to_owned()));
        assert_eq!(approximate("", "", "1980"), Ok("1980".to_owned()));
        assert_eq!(approximate("2", "Mehefin", "1980"), Ok("2 Mehefin 1980".to_owned()));
        assert!(
            WELSH_MONTHS
                .iter()
                .enumerate()
                .all(|(i, name)| MONTH_NAMES.get(i).is_some_and(|(m, _)| welsh_month(*m) == *name))
        );
    }

    #[test]
    fn date_of_birth_accepts_numbers_and_month_names() {
        let cases = [
            (("28", "2", "1985"), date!(1985 - 02 - 28)),
            (("28", "02", "1985"), date!(1985 - 02 - 28)),
            (("01", "01", "1990"), date!(1990 - 01 - 01)),
            (("1", "1", "1990"), date!(1990 - 01 - 01)),
            ((" 5 ", " 11 ", " 2001 "), date!(2001 - 11 - 05)),
            (("29", "2", "2024"), date!(2024 - 02 - 29)),
            (("29", "2", "2000"), date!(2000 - 02 - 29)),
            (("31", "12", "1999"), date!(1999 - 12 - 31)),
            (("1", "1", "1900"), date!(1900 - 01 - 01)),
            (("15", "6", "2025"), TODAY),
            (("14", "6", "2025"), date!(2025 - 06 - 14)),
            // Month names, any case, abbreviations, a trailing full stop, "Sept".
            (("3", "Jan", "1980"), date!(1980 - 01 - 03)),
            (("3", "january", "1980"), date!(1980 - 01 - 03)),
            (("3", "JANUARY", "1980"), date!(1980 - 01 - 03)),
            (("3", "Feb.", "1980"), date!(1980 - 02 - 03)),
            (("3", "mar", "1980"), date!(1980 - 03 - 03)),
            (("3", "April", "1980"), date!(1980 - 04 - 03)),
            (("3", "May", "1980"), date!(1980 - 05 - 03)),
            (("3", "jun", "1980"), date!(1980 - 06 - 03)),
            (("3", "July", "1980"), date!(1980 - 07 - 03)),
            (("3", "aug", "1980"), date!(1980 - 08 - 03)),
            (("3", "Sept", "1980"), date!(1980 - 09 - 03)),
            (("3", "sep", "1980"), date!(1980 - 09 - 03)),
            (("3", "October", "1980"), date!(1980 - 10 - 03)),
            (("3", "nov", "1980"), date!(1980 - 11 - 03)),
            (("3", "Dec", "1980"), date!(1980 - 12 - 03)),
            // Leading zeros do no harm.
            (("007", "003", "1980"), date!(1980 - 03 - 07)),
        ];
        for ((day, month, year), expected) in cases {
            assert_eq!(dob(day, month, year), Ok(expected), "{day:?} {month:?} {year:?}");
        }
    }

    #[test]
    fn date_of_birth_says_which_parts_are_missing() {
        let missing = |day, month, year| DateError::Missing { day, month, year };
        let cases = [
            (("", "", ""), DateError::Empty),
            ((" ", "\t", "  "), DateError::Empty),
            (("", "2", "1985"), missing(true, false, false)),
            (("28", "", "1985"), missing(false, true, false)),
            (("28", "2", ""), missing(false, false, true)),
            (("", "", "1985"), missing(true, true, false)),
            (("", "2", ""), missing(true, false, true)),
            (("28", "", ""), missing(false, true, true)),
            (("28", " ", " "), missing(false, true, true)),
            // Missing is reported before a part that is wrong.
            (("99", "", "1985"), missing(false, true, false)),
        ];
        for ((day, month, year), expected) in cases {
            assert_eq!(dob(day, month, year), Err(expected), "{day:?} {month:?} {year:?}");
        }
    }

    #[test]
    fn date_of_birth_rejects_dates_that_are_not_real_or_out_of_range() {
        let cases = [
            (("31", "2", "2020"), DateError::NotReal),
            (("30", "2", "2020"), DateError::NotReal),
            (("29", "2", "2023"), DateError::NotReal),
            (("29", "2", "1900"), DateError::NotReal),
            (("31", "4", "1990"), DateError::NotReal),
            (("32", "1", "1990"), DateError::NotReal),
            (("0", "1", "1990"), DateError::NotReal),
            (("1", "0", "1990"), DateError::NotReal),
            (("1", "13", "1990"), DateError::NotReal),
            (("1", "999", "1990"), DateError::NotReal),
            (("300", "1", "1990"), DateError::NotReal),
            (("a", "1", "1990"), DateError::NotReal),
            (("1st", "1", "1990"), DateError::NotReal),
            (("+1", "1", "1990"), DateError::NotReal),
            (("-1", "1", "1990"), DateError::NotReal),
            (("1.5", "1", "1990"), DateError::NotReal),
            (("1", "Janu", "1990"), DateError::NotReal),
            (("1", "ja", "1990"), DateError::NotReal),
            (("1", "janvier", "1990"), DateError::NotReal),
            (("1", "+1", "1990"), DateError::NotReal),
            (("1", "1", "19a0"), DateError::NotReal),
            (("1", "1", "nineteen ninety"), DateError::NotReal),
            (("1", "1", "-1990"), DateError::NotReal),
            (("１", "1", "1990"), DateError::NotReal),
            // A year that is a number but not 4 digits.
            (("1", "1", "90"), DateError::YearNotFourDigits),
            (("1", "1", "990"), DateError::YearNotFourDigits),
            (("1", "1", "19900"), DateError::YearNotFourDigits),
            (("1", "1", "0"), DateError::YearNotFourDigits),
            // 31 February 85: the year is reported first, since the date cannot be judged without it.
            (("31", "2", "85"), DateError::YearNotFourDigits),
            // Out of range.
            (("31", "12", "1899"), DateError::TooLongAgo),
            (("1", "1", "0001"), DateError::TooLongAgo),
            (("16", "6", "2025"), DateError::InFuture),
            (("1", "1", "2026"), DateError::InFuture),
            (("1", "1", "9999"), DateError::InFuture),
        ];
        for ((day, month, year), expected) in cases {
            assert_eq!(dob(day, month, year), Err(expected), "{day:?} {month:?} {year:?}");
        }
    }

    #[test]
    fn date_of_birth_from_parts() {
        let parts = DateParts { day: "28".to_owned(), month: "Feb".to_owned(), year: "1985".to_owned() };
        assert_eq!(DateOfBirth::from_parts(&parts, TODAY).map(|d| d.date()), Ok(date!(1985 - 02 - 28)));
        assert_eq!(DateOfBirth::from_parts(&DateParts::default(), TODAY), Err(DateError::Empty));
    }

    #[test]
    fn date_of_birth_display_and_serde() -> Result<(), Box<dyn std::error::Error>> {
        let date_of_birth = DateOfBirth::parse("5", "jan", "1985", TODAY)?;
        assert_eq!(date_of_birth.to_string(), "5 January 1985");
        assert_eq!(serde_json::to_string(&date_of_birth)?, "\"1985-01-05\"");
        assert_eq!(serde_json::from_str::<DateOfBirth>("\"1985-01-05\"")?, date_of_birth);

        for stored in
            ["\"1985-02-30\"", "\"1985-1-5\"", "\"1985-01\"", "\"1985\"", "\"85-01-05\"", "\"1899-12-31\"", "\"\""]
        {
            assert!(serde_json::from_str::<DateOfBirth>(stored).is_err(), "{stored}");
        }
        Ok(())
    }

    #[test]
    fn approximate_date_accepts_year_month_and_year_or_full_date() {
        let cases = [
            (("", "", "1985"), "1985"),
            ((" ", " ", " 1985 "), "1985"),
            (("", "2", "1985"), "1985-02"),
            (("", "February", "1985"), "1985-02"),
            (("", "feb", "1985"), "1985-02"),
            (("28", "2", "1985"), "1985-02-28"),
            (("28", "Feb", "1985"), "1985-02-28"),
            (("", "", "1900"), "1900"),
            (("", "", "2025"), "2025"),
            (("", "6", "2025"), "2025-06"),
            (("15", "6", "2025"), "2025-06-15"),
        ];
        for ((day, month, year), expected) in cases {
            assert_eq!(approx(day, month, year), Ok(expected.to_owned()), "{day:?} {month:?} {year:?}");
        }
    }

    #[test]
    fn approximate_date_rejects() {
        let missing = |month, year| DateError::Missing { day: false, month, year };
        let cases = [
            (("", "", ""), DateError::Empty),
            // The year is always needed; a day needs a month. The day is never missing.
            (("", "2", ""), missing(false, true)),
            (("28", "2", ""), missing(false, true)),
            (("28", "", ""), missing(true, true)),
            (("28", "", "1985"), missing(true, false)),
            // Parts that are wrong.
            (("", "13", "1985"), DateError::NotReal),
            (("", "Febr", "1985"), DateError::NotReal),
            (("", "", "19x5"), DateError::NotReal),
            (("30", "2", "1985"), DateError::NotReal),
            (("", "", "85"), DateError::YearNotFourDigits),
            (("", "2", "85"), DateError::YearNotFourDigits),
            // Out of range, judged on the earliest day the date could be.
            (("", "", "1899"), DateError::TooLongAgo),
            (("", "12", "1899"), DateError::TooLongAgo),
            (("", "", "2026"), DateError::InFuture),
            (("", "7", "2025"), DateError::InFuture),
            (("16", "6", "2025"), DateError::InFuture),
        ];
        for ((day, month, year), expected) in cases {
            assert_eq!(approx(day, month, year), Err(expected), "{day:?} {month:?} {year:?}");
        }
    }

    #[test]
    fn approximate_date_accessors() -> Result<(), DateError> {
        let year = ApproximateDate::parse("", "", "1985", TODAY)?;
        assert_eq!((year.year(), year.month(), year.day(), year.date()), (1985, None, None, None));
        assert_eq!((year.earliest(), year.latest()), (date!(1985 - 01 - 01), date!(1985 - 12 - 31)));

        let month = ApproximateDate::parse("", "feb", "2024", TODAY)?;
        assert_eq!((month.year(), month.month(), month.day(), month.date()), (2024, Some(Month::February), None, None));
        assert_eq!((month.earliest(), month.latest()), (date!(2024 - 02 - 01), date!(2024 - 02 - 29)));

        let full = ApproximateDate::parse("28", "2", "1985", TODAY)?;
        assert_eq!(
            (full.year(), full.month(), full.day(), full.date()),
            (1985, Some(Month::February), Some(28), Some(date!(1985 - 02 - 28)))
        );
        assert_eq!((full.earliest(), full.latest()), (date!(1985 - 02 - 28), date!(1985 - 02 - 28)));
        Ok(())
    }

    #[test]
    fn approximate_date_display_and_serde() -> Result<(), Box<dyn std::error::Error>> {
        let cases =
            [(("", "", "1985"), "1985"), (("", "2", "1985"), "February 1985"), (("8", "2", "1985"), "8 February 1985")];
        for ((day, month, year), expected) in cases {
            let date = ApproximateDate::parse(day, month, year, TODAY)?;
            assert_eq!(date.to_string(), expected);
            let json = serde_json::to_string(&date)?;
            assert_eq!(serde_json::from_str::<ApproximateDate>(&json)?, date, "{json}");
        }
        assert_eq!(serde_json::to_string(&ApproximateDate::parse("8", "2", "1985", TODAY)?)?, "\"1985-02-08\"");

        for stored in [
            "\"85\"",
            "\"1985-13\"",
            "\"1985-00\"",
            "\"1985-2\"",
            "\"1985-02-30\"",
            "\"1899\"",
            "\"1985-02-08-01\"",
            "\"\"",
        ] {
            assert!(serde_json::from_str::<ApproximateDate>(stored).is_err(), "{stored}");
        }
        Ok(())
    }

    #[test]
    fn age_in_whole_years() {
        let cases = [
            // Around an ordinary birthday.
            (date!(2007 - 06 - 15), date!(2025 - 06 - 14), 17),
            (date!(2007 - 06 - 15), date!(2025 - 06 - 15), 18),
            (date!(2007 - 06 - 15), date!(2025 - 06 - 16), 18),
            (date!(2007 - 06 - 15), date!(2025 - 05 - 31), 17),
            (date!(2007 - 06 - 15), date!(2025 - 07 - 01), 18),
            (date!(2007 - 12 - 31), date!(2025 - 12 - 30), 17),
            (date!(2007 - 12 - 31), date!(2025 - 12 - 31), 18),
            (date!(2008 - 01 - 01), date!(2025 - 12 - 31), 17),
            // Born on 29 February: the birthday is 1 March when there is no 29 February.
            (date!(2008 - 02 - 29), date!(2026 - 02 - 28), 17),
            (date!(2008 - 02 - 29), date!(2026 - 03 - 01), 18),
            (date!(2008 - 02 - 29), date!(2012 - 02 - 28), 3),
            (date!(2008 - 02 - 29), date!(2012 - 02 - 29), 4),
            (date!(2008 - 02 - 29), date!(2009 - 02 - 28), 0),
            (date!(2008 - 02 - 29), date!(2009 - 03 - 01), 1),
            // Born on 28 February or 1 March: unaffected by leap years.
            (date!(2008 - 02 - 28), date!(2026 - 02 - 28), 18),
            (date!(2008 - 03 - 01), date!(2026 - 02 - 28), 17),
            (date!(2008 - 03 - 01), date!(2026 - 03 - 01), 18),
            // Babies, and a today before the birth.
            (date!(2025 - 06 - 15), date!(2025 - 06 - 15), 0),
            (date!(2024 - 06 - 16), date!(2025 - 06 - 15), 0),
            (date!(2024 - 06 - 15), date!(2025 - 06 - 15), 1),
            (date!(2025 - 06 - 16), date!(2025 - 06 - 15), 0),
            (date!(2030 - 01 - 01), date!(2025 - 06 - 15), 0),
            // Old, and saturating.
            (date!(1900 - 01 - 01), date!(2025 - 06 - 15), 125),
            (date!(1700 - 01 - 01), date!(2025 - 06 - 15), 255),
        ];
        for (date_of_birth, today, expected) in cases {
            assert_eq!(age_on(date_of_birth, today), expected, "born {date_of_birth}, on {today}");
        }
    }

    #[test]
    fn child_date_of_birth_is_a_date_of_birth() -> Result<(), DateError> {
        let child: ChildDateOfBirth = ChildDateOfBirth::parse("29", "feb", "2008", TODAY)?;
        assert_eq!(child.age_on(date!(2026 - 02 - 28)), 17);
        assert_eq!(child.age_on(date!(2026 - 03 - 01)), 18);
        Ok(())
    }

    #[test]
    fn error_messages_name_the_missing_parts() {
        let cases = [
            (DateError::Missing { day: false, month: true, year: false }, "the date is missing its month"),
            (DateError::Missing { day: true, month: false, year: true }, "the date is missing its day and year"),
            (DateError::Missing { day: true, month: true, year: false }, "the date is missing its day and month"),
            (DateError::Missing { day: true, month: true, year: true }, "the date is missing its day, month and year"),
            (DateError::TooLongAgo, "the date is before 1900"),
        ];
        for (error, expected) in cases {
            assert_eq!(error.to_string(), expected);
        }
    }
}
