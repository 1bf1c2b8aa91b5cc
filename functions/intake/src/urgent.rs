//! A request for help in immediate danger: that CMS calls the police for the applicant, or calls them back at a
//! safe time. It is sent the moment the applicant asks, as an item of its own (`pk=APP#<ref>, sk=REQUEST`), not
//! with the application: someone in danger must not have to answer twenty more pages before anyone knows, and
//! the request must outlive Exit this page and the draft's expiry (docs/domain.md, "Immediate danger": such a request
//! is urgent for caseworkers). It goes to the domestic-abuse team's queue, before everything else, and an alarm
//! sounds if nobody claims it within [`UNCLAIMED_ALARM_AFTER`].
//!
//! The request has the draft's reference, so the application sent later is joined to it.

use serde::{Deserialize, Serialize};
use time::{Duration, OffsetDateTime, Weekday};

use crate::clock::uk_time;
use crate::domain::{LongText, PersonName, PhoneNumber, ShortText};
use crate::safety::CallRequest;

/// How long an urgent request may wait unclaimed before the alarm goes to the alarm topic. The one place this is
/// set: the monitor publishes the oldest request's age, and the CloudWatch alarm's threshold is read from
/// `infra/urgent-requests.json`, which is this value exported (a test here keeps the two equal).
pub const UNCLAIMED_ALARM_AFTER: Duration = Duration::minutes(15);

/// What the applicant asked for, with what the team needs to act on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Help {
    /// Call the police for someone who cannot: where they are is what the police need; a number only if it is
    /// safe for the police to call it.
    CallThePolice { whereabouts: LongText, phone: Option<PhoneNumber> },
    /// Call back on a safe number, at a safe time.
    CallMeBack { phone: PhoneNumber, when: ShortText },
}

impl Help {
    /// The choice on the danger page that asked for this.
    pub fn kind(&self) -> CallRequest {
        match self {
            Help::CallThePolice { .. } => CallRequest::CallThePolice,
            Help::CallMeBack { .. } => CallRequest::CallMeBack,
        }
    }
}

/// A request as the applicant sent it. In the draft (and the application) once it has been sent, and in its own
/// item for the domestic-abuse team.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UrgentRequest {
    /// Optional: so that whoever calls knows whom to ask for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<PersonName>,
    pub help: Help,
}

impl UrgentRequest {
    pub fn kind(&self) -> CallRequest {
        self.help.kind()
    }
}

choices! {
    /// What came of a request, as the caseworker who dealt with it records it.
    pub enum Outcome {
        CalledBack => "called-back",
        PoliceCalled => "police-called",
        CouldNotReach => "could-not-reach",
        NotSafeToCall => "not-safe-to-call",
    }
}

/// Where a request is in casework: waiting in the queue, claimed by a caseworker, or dealt with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestStatus {
    Waiting,
    Claimed,
    Done(Outcome),
}

impl RequestStatus {
    /// How the stored status of a request that was dealt with starts (the store's conditions test for it).
    pub const DONE_PREFIX: &'static str = "done:";

    /// As stored: `waiting`, `claimed`, `done:<outcome>`.
    pub fn as_stored(self) -> String {
        match self {
            RequestStatus::Waiting => "waiting".to_owned(),
            RequestStatus::Claimed => "claimed".to_owned(),
            RequestStatus::Done(outcome) => format!("{}{}", Self::DONE_PREFIX, outcome.form_value()),
        }
    }

    /// Whether someone has acted on it: only then may an erasure of its application take it too
    /// (`Store::erase`, whose condition is held to this by a test).
    pub fn is_dealt_with(self) -> bool {
        matches!(self, RequestStatus::Done(_))
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "waiting" => Some(RequestStatus::Waiting),
            "claimed" => Some(RequestStatus::Claimed),
            other => other.strip_prefix(Self::DONE_PREFIX).and_then(Outcome::parse).map(RequestStatus::Done),
        }
    }
}

/// When the domestic-abuse team works: the one place its hours are kept. The team's hours are the service
/// owner's to set (no source publishes them); these are the Child Maintenance Service's phone lines' weekday
/// hours. Bank holidays are not known here, so the pages say "except on bank holidays" rather than promise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TeamHours {
    /// The hour (UK time, 24-hour clock) the team starts, Monday to Friday.
    pub opens: u8,
    /// The hour it stops.
    pub closes: u8,
}

pub const TEAM_HOURS: TeamHours = TeamHours { opens: 8, closes: 18 };

/// Whether the team is working at a moment, and if not, when it next starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Availability {
    Working,
    /// Not working now; it starts again at [`TeamHours::opens`] on this day.
    NotWorking(NextStart),
}

/// When the team next starts, as the page says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextStart {
    Today,
    Tomorrow,
    On(Weekday),
}

impl TeamHours {
    /// Whether the team is working at `now`, judged in UK time (GMT or BST).
    pub fn at(self, now: OffsetDateTime) -> Availability {
        let local = uk_time(now);
        let weekday = |day: Weekday| !matches!(day, Weekday::Saturday | Weekday::Sunday);
        let today = local.weekday();
        let hour = local.hour();
        if weekday(today) && (self.opens..self.closes).contains(&hour) {
            return Availability::Working;
        }
        if weekday(today) && hour < self.opens {
            return Availability::NotWorking(NextStart::Today);
        }
        let mut day = today.next();
        let mut days_ahead = 1;
        while !weekday(day) {
            day = day.next();
            days_ahead += 1;
        }
        Availability::NotWorking(if days_ahead == 1 { NextStart::Tomorrow } else { NextStart::On(day) })
    }
}

/// The settings infra/ reads for the alarm on requests left unclaimed, as `infra/urgent-requests.json` holds them.
pub fn infra_settings_json() -> String {
    let mut json = serde_json::to_string_pretty(&serde_json::json!({
        "unclaimedAlarmMinutes": UNCLAIMED_ALARM_AFTER.whole_minutes(),
    }))
    .unwrap_or_default();
    json.push('\n');
    json
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn the_team_works_weekdays_in_its_hours_uk_time() {
        use NextStart::*;
        let hours = TeamHours { opens: 8, closes: 18 };
        let cases = [
            // Monday 30 November 2026, GMT.
            (datetime!(2026-11-30 07:59 UTC), Availability::NotWorking(Today)),
            (datetime!(2026-11-30 08:00 UTC), Availability::Working),
            (datetime!(2026-11-30 17:59 UTC), Availability::Working),
            (datetime!(2026-11-30 18:00 UTC), Availability::NotWorking(Tomorrow)),
            // Friday evening and the weekend: Monday.
            (datetime!(2026-12-04 18:30 UTC), Availability::NotWorking(On(Weekday::Monday))),
            (datetime!(2026-12-05 12:00 UTC), Availability::NotWorking(On(Weekday::Monday))),
            (datetime!(2026-12-06 23:00 UTC), Availability::NotWorking(Tomorrow)),
            // In summer, 07:30 UTC is 08:30 in the UK, and 17:30 UTC is 18:30.
            (datetime!(2026-07-15 07:30 UTC), Availability::Working),
            (datetime!(2026-07-15 17:30 UTC), Availability::NotWorking(Tomorrow)),
        ];
        for (now, expected) in cases {
            assert_eq!(hours.at(now), expected, "{now}");
        }
    }

    #[test]
    fn statuses_round_trip() {
        let mut statuses = vec![RequestStatus::Waiting, RequestStatus::Claimed];
        statuses.extend(Outcome::ALL.iter().map(|o| RequestStatus::Done(*o)));
        for status in statuses {
            assert_eq!(RequestStatus::parse(&status.as_stored()), Some(status));
        }
        assert_eq!(RequestStatus::parse("done:lost"), None);
    }

    #[test]
    fn a_request_keeps_what_was_typed_through_the_store() -> Result<(), Box<dyn std::error::Error>> {
        let request = UrgentRequest {
            first_name: Some(PersonName::parse("Sam")?),
            help: Help::CallThePolice { whereabouts: LongText::parse("The café on Station Road")?, phone: None },
        };
        let json = serde_json::to_string(&request)?;
        assert_eq!(serde_json::from_str::<UrgentRequest>(&json)?, request);
        assert!(json.contains(r#""kind":"call-the-police""#), "{json}");
        assert_eq!(request.kind(), CallRequest::CallThePolice);
        Ok(())
    }

    /// infra/ reads the alarm's threshold from this file. If this fails, the constant changed: regenerate it with
    /// `cargo run -p intake --example urgent-requests > infra/urgent-requests.json`.
    #[test]
    fn exported_settings_are_the_constant() {
        const EXPORTED: &str = include_str!("../../../infra/urgent-requests.json");
        let ours: serde_json::Value = serde_json::from_str(&infra_settings_json()).expect("our JSON");
        let exported: serde_json::Value = serde_json::from_str(EXPORTED).expect("the exported JSON");
        assert_eq!(ours, exported);
        assert_eq!(exported["unclaimedAlarmMinutes"], 15);
    }
}
