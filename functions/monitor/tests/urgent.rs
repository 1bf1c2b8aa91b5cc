//! The measurement against DynamoDB Local: the oldest urgent application nobody has claimed.

// Test code: a failed expectation is the test failing.
#![allow(clippy::expect_used, clippy::panic, clippy::unwrap_used)]

use intake::casework::Caseworker;
use intake::routing::Team;
use intake::safety::CallRequest;
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

/// Sends an application at `at`: urgent (a disclosure, in danger, asking for a call) or not.
async fn sent(store: &Store, at: OffsetDateTime, urgent: bool) -> Reference {
    let mut draft = Draft::new(at);
    draft.answers.set_abuse(true);
    draft.answers.set_in_immediate_danger(Some(urgent));
    if urgent {
        draft.answers.set_call_request(Some(CallRequest::CallMeBack));
    }
    store.save_draft(&mut draft, at).await.expect("saved");
    store.send_application(&draft.session, at).await.expect("sent").expect("a receipt").reference
}

#[tokio::test]
async fn the_oldest_unclaimed_urgent_application_sets_the_metric_and_a_claim_clears_it() {
    let store = fresh_store().await;
    let now = OffsetDateTime::now_utc();
    assert_eq!(monitor::oldest_unclaimed_urgent_minutes(&store, now).await.expect("measured"), 0, "none: 0");

    sent(&store, now - time::Duration::minutes(300), false).await;
    let old = sent(&store, now - time::Duration::minutes(90), true).await;
    sent(&store, now - time::Duration::minutes(10), true).await;
    assert_eq!(monitor::oldest_unclaimed_urgent_minutes(&store, now).await.expect("measured"), 90);

    let caseworker = Caseworker { id: "cw".into(), name: "Case Worker".into(), teams: vec![Team::DomesticAbuse] };
    store.claim(&old, &caseworker, now).await.expect("claimed");
    assert_eq!(
        monitor::oldest_unclaimed_urgent_minutes(&store, now).await.expect("measured"),
        10,
        "claimed: not waiting"
    );
}
