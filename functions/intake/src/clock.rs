//! What time it is, as the service sees it. In service, the system's clock; where a page must come out the same
//! whenever it is drawn (the recorded pages, `tests/pages`), a fixed moment. Every rule that depends on the time
//! (a draft's expiry, dates of birth judged on today, whether the domestic-abuse team is working) reads it from here,
//! never from the system directly, so that it can be tested at any moment.

use time::OffsetDateTime;

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_clock_stands_still_and_the_system_one_moves_on() {
        let at = time::macros::datetime!(2026-11-30 10:00 UTC);
        assert_eq!(Clock::Fixed(at).now(), at);
        assert!(Clock::System.now() > at - time::Duration::days(1));
    }
}
