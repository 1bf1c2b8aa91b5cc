//! The store against the official DynamoDB Local (started by `make test`, which sets DYNAMODB_ENDPOINT).

// Test code: a failed expectation is the test failing.
#![allow(clippy::expect_used, clippy::panic, clippy::unwrap_used)]

use intake::eligibility::{Country, Role};
use intake::store::DRAFT_LIFETIME;
use intake::{Config, Draft, SessionId, Store};
use time::OffsetDateTime;

mod support;
use support::fresh_store;

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

/// Every application item in the table: what a caseworker's queue could ever show.
async fn applications_in(store: &Store) -> Vec<String> {
    let output = store
        .client()
        .scan()
        .table_name(store.table_name())
        .filter_expression("sk = :app")
        .expression_attribute_values(":app", aws_sdk_dynamodb::types::AttributeValue::S("APP".into()))
        .consistent_read(true)
        .send()
        .await
        .expect("scan");
    output.items().iter().map(|item| item["reference"].as_s().expect("reference").clone()).collect()
}

async fn saved_draft(store: &Store) -> Draft {
    let now = OffsetDateTime::now_utc();
    let mut draft = Draft::new(now);
    draft.answers.set_where_you_live(Country::Wales);
    store.save_draft(&mut draft, now).await.expect("saved");
    draft
}

#[tokio::test]
async fn sending_makes_one_application_and_removes_the_draft() {
    let store = fresh_store().await;
    let draft = saved_draft(&store).await;
    let now = OffsetDateTime::now_utc();

    let receipt = store.send_application(&draft.session, now).await.expect("sent").expect("a receipt");
    assert_eq!(receipt.reference, draft.reference, "the reference chosen with the draft");
    assert_eq!(applications_in(&store).await, [draft.reference.as_str()]);
    assert!(store.load_draft(&draft.session, now).await.expect("loaded").is_none(), "the draft is gone");

    let again = store.send_application(&draft.session, now).await.expect("sent").expect("a receipt");
    assert_eq!(again, receipt, "sending again shows the same application");
    assert_eq!(applications_in(&store).await.len(), 1);
}

#[tokio::test]
async fn twenty_concurrent_sends_of_one_draft_create_exactly_one_application() {
    let store = fresh_store().await;
    let draft = saved_draft(&store).await;
    let now = OffsetDateTime::now_utc();

    let sends: Vec<_> = (0..20)
        .map(|_| {
            let (store, session) = (store.clone(), draft.session.clone());
            tokio::spawn(async move { store.send_application(&session, now).await })
        })
        .collect();
    let mut references = Vec::new();
    for send in sends {
        let receipt = send.await.expect("joined").expect("no store error").expect("a receipt");
        references.push(receipt.reference);
    }
    assert!(references.iter().all(|r| *r == draft.reference), "every send shows the same reference");
    assert_eq!(applications_in(&store).await, [draft.reference.as_str()], "exactly one application");
}

#[tokio::test]
async fn there_is_nothing_to_send_without_a_draft() {
    let store = fresh_store().await;
    let sent = store.send_application(&SessionId::new(), OffsetDateTime::now_utc()).await.expect("no error");
    assert_eq!(sent, None);
    assert!(applications_in(&store).await.is_empty(), "no blank application");
}

#[tokio::test]
async fn a_reference_already_taken_is_replaced_not_overwritten() {
    let store = fresh_store().await;
    let now = OffsetDateTime::now_utc();
    let first = saved_draft(&store).await;
    store.send_application(&first.session, now).await.expect("sent").expect("receipt");
    // A second draft that (against all odds) drew the same reference.
    let mut second = Draft::new(now);
    second.reference = first.reference.clone();
    store.save_draft(&mut second, now).await.expect("saved");

    let receipt = store.send_application(&second.session, now).await.expect("sent").expect("receipt");
    assert_ne!(receipt.reference, first.reference);
    let mut stored = applications_in(&store).await;
    stored.sort();
    let mut expected = vec![first.reference.as_str().to_owned(), receipt.reference.as_str().to_owned()];
    expected.sort();
    assert_eq!(stored, expected, "both applications exist, neither overwritten");
}

#[tokio::test]
async fn deleting_a_sent_sessions_draft_removes_its_receipt() {
    let store = fresh_store().await;
    let draft = saved_draft(&store).await;
    let now = OffsetDateTime::now_utc();
    store.send_application(&draft.session, now).await.expect("sent");
    store.delete_draft(&draft.session).await.expect("deleted");
    assert_eq!(store.load_receipt(&draft.session, now).await.expect("loaded"), None);
    assert_eq!(applications_in(&store).await.len(), 1, "the application itself stays");
}

/// A draft whose applicant disclosed abuse, in danger, and asked to be called back.
async fn saved_draft_with_disclosure(store: &Store) -> Draft {
    use intake::safety::{AbuseKind, CallRequest, Evidence};
    let now = OffsetDateTime::now_utc();
    let mut draft = Draft::new(now);
    draft.answers.set_where_you_live(Country::England);
    draft.answers.set_your_role(Role::ParentWithCare);
    draft.answers.set_abuse(true);
    draft.answers.disclosure.kinds = Some(vec![AbuseKind::CoerciveOrControlling]);
    draft.answers.disclosure.evidence = Some(vec![Evidence::PoliceReport]);
    draft.answers.set_in_immediate_danger(Some(true));
    draft.answers.set_call_request(Some(CallRequest::CallThePolice));
    store.save_draft(&mut draft, now).await.expect("saved");
    draft
}

#[tokio::test]
async fn a_disclosure_is_stored_apart_and_reading_the_application_never_fetches_it() {
    use intake::routing::Team;
    use intake::safety::{AbuseKind, CallRequest};
    let store = fresh_store().await;
    let draft = saved_draft_with_disclosure(&store).await;
    let receipt = store.send_application(&draft.session, OffsetDateTime::now_utc()).await.expect("sent").expect("sent");

    let application = store.load_application(&receipt.reference).await.expect("loaded").expect("exists");
    assert!(application.answers.disclosure.is_empty(), "no disclosure in the application");
    assert_eq!(application.team, Team::DomesticAbuse);
    assert_eq!(application.payment_service, Some(intake::payments::PaymentService::CollectAndPay));
    assert_eq!(application.answers.call_request, Some(CallRequest::CallThePolice), "the urgent request is kept");

    // The raw application item holds nothing of the disclosure, under any attribute.
    let raw = store
        .client()
        .get_item()
        .table_name(store.table_name())
        .key("pk", aws_sdk_dynamodb::types::AttributeValue::S(format!("APP#{}", receipt.reference.as_str())))
        .key("sk", aws_sdk_dynamodb::types::AttributeValue::S("APP".into()))
        .send()
        .await
        .expect("read")
        .item
        .expect("item");
    let everything = format!("{raw:?}");
    for word in ["disclosure", "coercive", "police-report", "\\\"abuse\\\"", "in_immediate_danger"] {
        assert!(!everything.contains(word), "{word} in the application item");
    }

    let disclosure = store.load_disclosure(&receipt.reference).await.expect("loaded").expect("stored apart");
    assert_eq!(disclosure, draft.answers.disclosure);
    assert_eq!(disclosure.kinds, Some(vec![AbuseKind::CoerciveOrControlling]));
}

#[tokio::test]
async fn without_a_disclosure_nothing_about_abuse_is_stored() {
    let store = fresh_store().await;
    let now = OffsetDateTime::now_utc();
    let mut draft = Draft::new(now);
    draft.answers.set_abuse(false);
    store.save_draft(&mut draft, now).await.expect("saved");
    let receipt = store.send_application(&draft.session, now).await.expect("sent").expect("sent");
    assert_eq!(store.load_disclosure(&receipt.reference).await.expect("loaded"), None);
    let application = store.load_application(&receipt.reference).await.expect("loaded").expect("exists");
    assert_eq!(application.team, intake::routing::Team::General);
}

/// What an applicant in danger typed on the request page, to call the police.
fn police_request(whereabouts: &str) -> intake::urgent::UrgentRequest {
    use intake::domain::{LongText, PersonName};
    use intake::urgent::{Help, UrgentRequest};
    UrgentRequest {
        first_name: PersonName::parse("Sam").ok(),
        help: Help::CallThePolice { whereabouts: LongText::parse(whereabouts).expect("valid"), phone: None },
    }
}

/// The items of a reference's partition, by sort key, read straight from the table.
async fn partition(store: &Store, reference: &intake::Reference) -> Vec<String> {
    use aws_sdk_dynamodb::types::AttributeValue;
    let output = store
        .client()
        .query()
        .table_name(store.table_name())
        .key_condition_expression("pk = :pk")
        .expression_attribute_values(":pk", AttributeValue::S(format!("APP#{}", reference.as_str())))
        .consistent_read(true)
        .send()
        .await
        .expect("queried");
    output.items().iter().map(|item| item["sk"].as_s().expect("sk").clone()).collect()
}

#[tokio::test]
async fn twenty_sends_of_one_request_at_once_make_one_request_and_the_draft_records_it() {
    use intake::store::RequestSent;
    let store = fresh_store().await;
    let now = OffsetDateTime::now_utc();
    let mut draft = saved_draft_with_disclosure(&store).await;
    let sends: Vec<_> = (0..20)
        .map(|i| {
            let (store, mut draft) = (store.clone(), draft.clone());
            tokio::spawn(async move {
                // Each click typed something a little different: the first to arrive is the one kept.
                draft.answers.urgent_request = Some(police_request(&format!("Outside the library, try {i}")));
                store.send_urgent_request(&mut draft, now).await.expect("no store error")
            })
        })
        .collect();
    let mut sent = 0;
    for send in sends {
        if send.await.expect("joined") == RequestSent::Sent {
            sent += 1;
        }
    }
    assert_eq!(sent, 1, "one request, however many sends");
    assert_eq!(partition(&store, &draft.reference).await, ["REQUEST"]);
    let stored = store.load_request(&draft.reference).await.expect("loaded").expect("sent");
    let saved = store.load_draft(&draft.session, now).await.expect("loaded").expect("the draft");
    assert_eq!(saved.answers.urgent_request.as_ref(), Some(&stored.request), "the draft records the request kept");
    assert_eq!(stored.status, intake::urgent::RequestStatus::Waiting);

    // Sending it again, later, changes nothing.
    draft.answers.urgent_request = Some(police_request("Somewhere else"));
    assert_eq!(store.send_urgent_request(&mut draft, now).await.expect("answered"), RequestSent::AlreadySent);
    assert_eq!(store.load_request(&draft.reference).await.expect("loaded"), Some(stored));
}

#[tokio::test]
async fn a_request_outlives_exit_and_the_application_sent_later_joins_it() {
    let store = fresh_store().await;
    let now = OffsetDateTime::now_utc();
    let mut draft = saved_draft_with_disclosure(&store).await;
    draft.answers.urgent_request = Some(police_request("The café on Station Road"));
    store.send_urgent_request(&mut draft, now).await.expect("sent");

    // Sent later, the application has the request's reference.
    let receipt = store.send_application(&draft.session, now).await.expect("sent").expect("a receipt");
    assert_eq!(receipt.reference, draft.reference);
    let mut items = partition(&store, &draft.reference).await;
    items.sort();
    assert_eq!(items, ["APP", "DISCLOSURE", "REQUEST"]);
    let application = store.load_application(&receipt.reference).await.expect("loaded").expect("stored");
    assert_eq!(application.answers.urgent_request, Some(police_request("The café on Station Road")));

    // Exit this page deletes the draft and the receipt, never the request.
    let mut other = saved_draft_with_disclosure(&store).await;
    other.answers.urgent_request = Some(police_request("At home"));
    store.send_urgent_request(&mut other, now).await.expect("sent");
    store.delete_draft(&other.session).await.expect("exit");
    assert_eq!(store.load_draft(&other.session, now).await.expect("loaded"), None);
    assert!(store.load_request(&other.reference).await.expect("loaded").is_some(), "the request stays");
    // Nor does it expire with the draft: it has no time to live.
    let raw = store
        .client()
        .get_item()
        .table_name(store.table_name())
        .key("pk", aws_sdk_dynamodb::types::AttributeValue::S(format!("APP#{}", other.reference.as_str())))
        .key("sk", aws_sdk_dynamodb::types::AttributeValue::S("REQUEST".into()))
        .send()
        .await
        .expect("read")
        .item
        .expect("the request");
    assert!(!raw.contains_key(intake::table::TABLE.time_to_live_attribute), "no time to live");
}

#[tokio::test]
async fn a_draft_keeps_the_safety_page_it_shows() {
    let store = fresh_store().await;
    let now = OffsetDateTime::now_utc();
    let mut draft = Draft::new(now);
    draft.safety_page = Some("private-details#change".to_owned());
    store.save_draft(&mut draft, now).await.expect("saved");
    let loaded = store.load_draft(&draft.session, now).await.expect("loaded").expect("present");
    assert_eq!(loaded.safety_page, draft.safety_page);
}

#[tokio::test]
async fn urgent_requests_sort_before_every_application_in_the_domestic_abuse_queue() {
    use aws_sdk_dynamodb::types::AttributeValue;
    let store = fresh_store().await;
    let now = OffsetDateTime::now_utc();
    // An older disclosure sent in full, then a newer request sent on its own.
    let mut older = Draft::new(now);
    older.answers.set_abuse(true);
    store.save_draft(&mut older, now).await.expect("saved");
    store.send_application(&older.session, now).await.expect("sent");
    let mut urgent = saved_draft_with_disclosure(&store).await;
    urgent.answers.urgent_request = Some(police_request("At home"));
    store.send_urgent_request(&mut urgent, now + time::Duration::seconds(1)).await.expect("sent");

    let queue = |team: &'static str| {
        store
            .client()
            .query()
            .table_name(store.table_name())
            .index_name(intake::table::QUEUE_INDEX.index_name)
            .key_condition_expression("gsi1pk = :queue")
            .expression_attribute_values(":queue", AttributeValue::S(format!("QUEUE#{team}")))
            .send()
    };
    let domestic_abuse = queue("domestic-abuse").await.expect("queried");
    let order: Vec<(&str, &str)> = domestic_abuse
        .items()
        .iter()
        .map(|item| (item["reference"].as_s().expect("reference").as_str(), item["sk"].as_s().expect("sk").as_str()))
        .collect();
    assert_eq!(order, [(urgent.reference.as_str(), "REQUEST"), (older.reference.as_str(), "APP")]);
    assert!(queue("general").await.expect("queried").items().is_empty(), "the general team never sees a request");
}
