//! The store against the official DynamoDB Local (started by `make test`, which sets DYNAMODB_ENDPOINT).

// Test code: a failed expectation is the test failing.
#![allow(clippy::expect_used, clippy::panic, clippy::unwrap_used)]

use intake::eligibility::{Country, Role};
use intake::store::DRAFT_LIFETIME;
use intake::{Config, Draft, SessionId, Store};
use time::OffsetDateTime;

/// A store on a table of its own, so tests running in parallel never see each other's items.
async fn fresh_store() -> Store {
    let endpoint = std::env::var(Config::DYNAMODB_ENDPOINT)
        .expect("DYNAMODB_ENDPOINT is not set: run the tests with `make test`, which starts DynamoDB Local");
    let config =
        Config { table_name: format!("store-test-{}", SessionId::new().as_str()), dynamodb_endpoint: Some(endpoint) };
    let store = Store::connect(&config).await;
    store.create_table_if_missing().await.expect("table created");
    store
}

#[tokio::test]
async fn creating_the_table_twice_is_harmless() {
    let store = fresh_store().await;
    store.create_table_if_missing().await.expect("second create is a no-op");
}

#[tokio::test]
async fn a_saved_draft_loads_back() {
    let store = fresh_store().await;
    let now = OffsetDateTime::now_utc();
    let mut draft = Draft::new(now);
    draft.answers.set_where_you_live(Country::Scotland);
    draft.answers.set_your_role(Role::ChildInScotland);
    store.save_draft(&mut draft, now).await.expect("saved");

    let loaded = store.load_draft(&draft.session, now).await.expect("loaded").expect("present");
    assert_eq!(loaded, draft);
    assert_eq!(loaded.answers.where_you_live, Some(Country::Scotland));
    assert_eq!(loaded.expires_at.unix_timestamp(), (now + DRAFT_LIFETIME).unix_timestamp());
}

#[tokio::test]
async fn an_unknown_session_has_no_draft() {
    let store = fresh_store().await;
    let loaded = store.load_draft(&SessionId::new(), OffsetDateTime::now_utc()).await.expect("loaded");
    assert!(loaded.is_none());
}

#[tokio::test]
async fn an_expired_draft_is_absent_even_before_dynamodb_deletes_it() {
    let store = fresh_store().await;
    let saved_at = OffsetDateTime::now_utc() - DRAFT_LIFETIME - time::Duration::minutes(1);
    let mut draft = Draft::new(saved_at);
    store.save_draft(&mut draft, saved_at).await.expect("saved");

    let just_before_expiry = saved_at + DRAFT_LIFETIME - time::Duration::seconds(1);
    assert!(store.load_draft(&draft.session, just_before_expiry).await.expect("loaded").is_some());
    assert!(store.load_draft(&draft.session, OffsetDateTime::now_utc()).await.expect("loaded").is_none());
}

#[tokio::test]
async fn saving_again_extends_the_draft() {
    let store = fresh_store().await;
    let first = OffsetDateTime::now_utc() - time::Duration::hours(23);
    let mut draft = Draft::new(first);
    store.save_draft(&mut draft, first).await.expect("saved");
    let now = OffsetDateTime::now_utc();
    store.save_draft(&mut draft, now).await.expect("saved again");
    let loaded = store.load_draft(&draft.session, now + time::Duration::hours(2)).await.expect("loaded");
    assert!(loaded.is_some(), "a draft saved an hour ago lives on");
}

#[tokio::test]
async fn a_deleted_draft_is_gone_and_deleting_twice_is_fine() {
    let store = fresh_store().await;
    let now = OffsetDateTime::now_utc();
    let mut draft = Draft::new(now);
    store.save_draft(&mut draft, now).await.expect("saved");
    store.delete_draft(&draft.session).await.expect("deleted");
    assert!(store.load_draft(&draft.session, now).await.expect("loaded").is_none());
    store.delete_draft(&draft.session).await.expect("deleting again is not an error");
}

#[tokio::test]
async fn drafts_of_different_sessions_are_separate() {
    let store = fresh_store().await;
    let now = OffsetDateTime::now_utc();
    let (mut a, mut b) = (Draft::new(now), Draft::new(now));
    a.answers.set_where_you_live(Country::England);
    b.answers.set_where_you_live(Country::Wales);
    store.save_draft(&mut a, now).await.expect("saved a");
    store.save_draft(&mut b, now).await.expect("saved b");
    store.delete_draft(&a.session).await.expect("deleted a");
    let b_loaded = store.load_draft(&b.session, now).await.expect("loaded").expect("b is still there");
    assert_eq!(b_loaded.answers.where_you_live, Some(Country::Wales));
}

#[tokio::test]
async fn an_unreachable_dynamodb_is_an_error_not_a_panic() {
    // Port 9 (discard) on loopback: nothing listens there.
    let config = Config { table_name: "unreachable".into(), dynamodb_endpoint: Some("http://127.0.0.1:9".into()) };
    let store = Store::connect(&config).await;
    let error = store.load_draft(&SessionId::new(), OffsetDateTime::now_utc()).await.expect_err("must fail");
    assert!(matches!(error, intake::StoreError::Unavailable { .. }), "{error}");
}
