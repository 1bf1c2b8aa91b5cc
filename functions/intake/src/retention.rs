//! How long an application is kept once this service's part in it is over (docs/design.md, "After pickup", and
//! docs/domain.md, "Keeping personal data"): one period, kept here and nowhere else.
//!
//! The period starts when case management has acknowledged every record the application was handed over as (it
//! has the application, and the disclosure when there is one), or when the application is withdrawn. The
//! application, its disclosure and its urgent request (once dealt with) then carry `expires_at`, DynamoDB's time to
//! live (<https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/TTL.html>), and every read treats them as
//! absent from that moment, whenever DynamoDB gets round to deleting them. Nothing submitted and not yet handed over
//! (or handed over and not yet acknowledged) ever expires: it is still work. The audit trail is not kept by this
//! rule: it has a period of its own.
//!
//! An urgent request sent while applying, and dealt with before any application came, has the same period from
//! when its outcome was recorded; if the application comes after all, the request is kept with it from the
//! application's claim (`store::requests`).

use time::OffsetDateTime;

/// How long an application is kept after case management acknowledged it, or after it was withdrawn. The
/// information asset owner sets this figure; it is 90 days.
pub const AFTER_HANDOVER: time::Duration = time::Duration::days(90);

/// When data whose retention starts at `from` expires, in epoch seconds (DynamoDB's time-to-live attribute is whole
/// seconds, so it is rounded down: never later than the period allows).
pub fn expires_at(from: OffsetDateTime) -> i64 {
    (from + AFTER_HANDOVER).unix_timestamp()
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn ninety_days_to_the_second() {
        assert_eq!(AFTER_HANDOVER, time::Duration::days(90));
        let from = datetime!(2026-11-22 09:05:00.75 UTC);
        assert_eq!(expires_at(from), datetime!(2027-02-20 09:05:00 UTC).unix_timestamp());
    }
}
