//! The `monitor` function: every minute (an EventBridge schedule), how long the oldest urgent request has waited
//! without a caseworker claiming it, in minutes, as a CloudWatch metric. An urgent request is an applicant's, in
//! immediate danger, asking CMS to call the police or call them back (`intake::urgent`); the alarm on this metric
//! (at [`intake::urgent::UNCLAIMED_ALARM_AFTER`], 15 minutes) tells the service's owners that nobody has picked
//! one up.
//!
//! The metric is written as a CloudWatch Embedded Metric Format log line
//! (<https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html>):
//! no PutMetricData call, no extra permission, and the line names no application.

use intake::routing::Team;
use intake::{Store, StoreError};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

pub const NAMESPACE: &str = "CmsIntake";
pub const METRIC: &str = "OldestUnclaimedUrgentMinutes";

/// Minutes the oldest unclaimed urgent request (in any team's queue; only the domestic-abuse team's has them) has
/// waited at `now`; 0 when there is none, so that the alarm always has a data point.
pub async fn oldest_unclaimed_urgent_minutes(store: &Store, now: OffsetDateTime) -> Result<i64, StoreError> {
    let mut oldest = 0;
    for team in Team::ALL {
        if let Some(submitted_at) = store.oldest_unclaimed_urgent_since(team).await? {
            let submitted = OffsetDateTime::parse(&submitted_at, &Rfc3339)
                .map_err(|_| StoreError::Unreadable { operation: "Query urgent" })?;
            oldest = oldest.max((now - submitted).whole_minutes().max(0));
        }
    }
    Ok(oldest)
}

/// The EMF log line for one measurement.
pub fn emf_line(stage: &str, minutes: i64, now: OffsetDateTime) -> String {
    serde_json::json!({
        "_aws": {
            "Timestamp": now.unix_timestamp() * 1000,
            "CloudWatchMetrics": [{
                "Namespace": NAMESPACE,
                "Dimensions": [["Stage"]],
                "Metrics": [{ "Name": METRIC, "Unit": "None" }],
            }],
        },
        "Stage": stage,
        METRIC: minutes,
    })
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_is_embedded_metric_format() {
        let now = OffsetDateTime::from_unix_timestamp(1_795_000_000).expect("a time");
        let line: serde_json::Value = serde_json::from_str(&emf_line("prod", 75, now)).expect("JSON");
        assert_eq!(line["_aws"]["Timestamp"], 1_795_000_000_000_i64);
        assert_eq!(line["_aws"]["CloudWatchMetrics"][0]["Namespace"], NAMESPACE);
        assert_eq!(line["_aws"]["CloudWatchMetrics"][0]["Metrics"][0]["Name"], METRIC);
        assert_eq!(line["_aws"]["CloudWatchMetrics"][0]["Dimensions"][0][0], "Stage");
        assert_eq!((line["Stage"].as_str(), line[METRIC].as_i64()), (Some("prod"), Some(75)));
    }
}
