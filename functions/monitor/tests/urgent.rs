//! The measurement against DynamoDB Local: the oldest urgent request nobody has claimed, with an injected clock.

// Test code: a failed expectation is the test failing.
#![allow(clippy::expect_used, clippy::panic, clippy::unwrap_used)]

use intake::casework::Caseworker;
use intake::domain::{PhoneNumber, ShortText};
use intake::routing::Team;
use intake::safety::CallRequest;
use intake::urgent::{Help, UNCLAIMED_ALARM_AFTER, UrgentRequest};
use intake::{Config, Draft, Reference, SessionId, Store};
use time::OffsetDateTime;

async fn fresh_store() -> Store {
    let endpoint = std::env::var(Config::DYNAMODB_ENDPOINT).expect("DYNAMODB_ENDPOINT is not set: run `make test`");
    let config =
        Config { table_name: format!("monitor-{}", SessionId::new().as_str()), dynamodb_endpoint: Some(endpoint) };
    let store = Store::connect(&config).await;
    store.create_table_if_missing().await.expect("table created");
    store
}

/// Sends an application at `at`, with a disclosure.
async fn sent(store: &Store, at: OffsetDateTime) -> Reference {
    let mut draft = Draft::new(at);
    draft.answers.set_abuse(true);
    store.save_draft(&mut draft, at).await.expect("saved");
    store.send_application(&draft.session, at).await.expect("sent").expect("a receipt").reference
}

/// Sends an urgent request at `at`, as the request page does for someone in danger who asked to be called back.
async fn request_sent(store: &Store, at: OffsetDateTime) -> Reference {
    let mut draft = Draft::new(at);
    draft.answers.set_abuse(true);
    draft.answers.set_in_immediate_danger(Some(true));
    draft.answers.set_call_request(Some(CallRequest::CallMeBack));
    draft.answers.urgent_request = Some(UrgentRequest {
        first_name: None,
        help: Help::CallMeBack {
            phone: PhoneNumber::parse("07700 900 982").expect("valid"),
            when: ShortText::parse("Mornings").expect("valid"),
        },
    });
    store.send_urgent_request(&mut draft, at).await.expect("sent");
    draft.reference
}

/// The time the test's clock is set to: the measurement is a function of the store and an injected `now`.
fn at(minutes: i64) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(1_795_000_000).expect("a time") + time::Duration::minutes(minutes)
}

#[tokio::test]
async fn the_oldest_unclaimed_urgent_request_sets_the_metric_and_a_claim_clears_it() {
    let store = fresh_store().await;
    let measured = |now| {
        let store = store.clone();
        async move { monitor::oldest_unclaimed_urgent_minutes(&store, now).await.expect("measured") }
    };
    assert_eq!(measured(at(0)).await, 0, "none: 0");

    sent(&store, at(-300)).await;
    let old = request_sent(&store, at(-90)).await;
    request_sent(&store, at(-10)).await;
    assert_eq!(measured(at(0)).await, 90, "the oldest request, not the older application");

    let caseworker = Caseworker { id: "cw".into(), name: "Case Worker".into(), teams: vec![Team::DomesticAbuse] };
    store.claim_request(&old, &caseworker, at(0)).await.expect("claimed");
    assert_eq!(measured(at(0)).await, 10, "claimed: not waiting");
}

#[tokio::test]
async fn a_request_unclaimed_for_the_alarm_period_reaches_the_alarm_threshold_and_not_a_minute_before() {
    let store = fresh_store().await;
    let threshold = UNCLAIMED_ALARM_AFTER.whole_minutes();
    assert_eq!(threshold, 15);
    request_sent(&store, at(0)).await;
    let minutes = |now| {
        let store = store.clone();
        async move { monitor::oldest_unclaimed_urgent_minutes(&store, now).await.expect("measured") }
    };
    // The alarm (infra/lib/alarms.ts) fires when the metric is at or over the threshold.
    assert!(minutes(at(threshold) - time::Duration::seconds(1)).await < threshold, "14 minutes 59: no alarm yet");
    assert!(minutes(at(threshold)).await >= threshold, "15 minutes: the alarm");
}
