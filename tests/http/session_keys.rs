//! Session ids are not keys: after an applicant's journey (a draft saved, an urgent request sent with it, the
//! application sent twice, exit) and a caseworker's sign-in, no key, attribute name or attribute value anywhere in the
//! raw table holds the id of the session cookie (nor the sign-in `state`), while every session still works from its
//! cookie. Someone who can read the table cannot take over a live session (docs/design.md, "Data";
//! `intake::store::SessionKey`).

use std::collections::HashMap;

use aws_sdk_dynamodb::types::AttributeValue;
use end_to_end::caseworkers::GENERAL;
use end_to_end::{Browser, apply_app, casework_app, sign_in};
use http::StatusCode;
use intake::store::{Applicant, Caseworker, SessionKey, SignInState};
use intake::{SessionId, Store};
use time::OffsetDateTime;
use web::session::{APPLICANT, CASEWORKER, CASEWORKER_SIGN_IN};

use crate::safety::{reference_on, to_check_your_answers_with_a_disclosure};

pub(crate) type Item = HashMap<String, AttributeValue>;

/// Every item in the table, as DynamoDB holds it.
pub(crate) async fn raw_items(store: &Store) -> Vec<Item> {
    let mut items = Vec::new();
    let mut start = None;
    loop {
        let page = store
            .client()
            .scan()
            .table_name(store.table_name())
            .consistent_read(true)
            .set_exclusive_start_key(start)
            .send()
            .await
            .expect("scanned");
        items.extend(page.items().iter().cloned());
        start = page.last_evaluated_key().cloned();
        if start.is_none() {
            return items;
        }
    }
}

/// Every piece of text in a value, however deep (lists, maps and sets too; binary read as text).
pub(crate) fn texts(value: &AttributeValue, out: &mut Vec<String>) {
    match value {
        AttributeValue::S(s) | AttributeValue::N(s) => out.push(s.clone()),
        AttributeValue::Ss(set) | AttributeValue::Ns(set) => out.extend(set.iter().cloned()),
        AttributeValue::B(blob) => out.push(String::from_utf8_lossy(blob.as_ref()).into_owned()),
        AttributeValue::Bs(blobs) => out.extend(blobs.iter().map(|b| String::from_utf8_lossy(b.as_ref()).into_owned())),
        AttributeValue::L(list) => list.iter().for_each(|v| texts(v, out)),
        AttributeValue::M(map) => map.iter().for_each(|(name, v)| {
            out.push(name.clone());
            texts(v, out);
        }),
        _ => {}
    }
}

/// Where `secret` appears in `items` (in any case): each as `<pk> / <attribute>`. Empty if nowhere.
pub(crate) fn found(items: &[Item], secret: &str) -> Vec<String> {
    let secret = secret.to_ascii_lowercase();
    let mut places = Vec::new();
    for item in items {
        let pk = item.get("pk").and_then(|v| v.as_s().ok()).cloned().unwrap_or_default();
        for (name, value) in item {
            let mut all = vec![name.clone()];
            texts(value, &mut all);
            if all.iter().any(|text| text.to_ascii_lowercase().contains(&secret)) {
                places.push(format!("{pk} / {name}"));
            }
        }
    }
    places
}

/// Asserts that no item holds `secret` anywhere, and that the table is not empty (a scan of nothing proves nothing).
fn assert_nowhere(items: &[Item], secret: &str, what: &str) {
    assert!(!items.is_empty(), "{what}: the table has items to look in");
    let places = found(items, secret);
    assert!(places.is_empty(), "{what} is stored in: {places:?}");
}

/// The items whose partition key is `partition`, by sort key.
pub(crate) fn under<'a>(items: &'a [Item], partition: &str) -> Vec<&'a str> {
    let mut sort_keys: Vec<&str> = items
        .iter()
        .filter(|item| item.get("pk").and_then(|v| v.as_s().ok()).is_some_and(|pk| pk == partition))
        .filter_map(|item| item.get("sk").and_then(|v| v.as_s().ok()).map(String::as_str))
        .collect();
    sort_keys.sort_unstable();
    sort_keys
}

fn sort_keys_of(items: &[Item], sk: &str) -> usize {
    items.iter().filter(|item| item.get("sk").and_then(|v| v.as_s().ok()).is_some_and(|s| s == sk)).count()
}

#[test]
fn the_search_finds_an_id_wherever_it_is() {
    let id = SessionId::new();
    let nested = AttributeValue::M(HashMap::from([(
        "deep".to_owned(),
        AttributeValue::L(vec![AttributeValue::S(format!("x{}y", id.as_str()))]),
    )]));
    for item in [
        HashMap::from([("pk".to_owned(), AttributeValue::S(format!("DRAFT#{}", id.as_str())))]),
        HashMap::from([("other".to_owned(), nested)]),
        HashMap::from([(id.as_str().to_owned(), AttributeValue::Bool(true))]),
        HashMap::from([("upper".to_owned(), AttributeValue::S(id.as_str().to_ascii_uppercase()))]),
    ] {
        assert_eq!(found(std::slice::from_ref(&item), id.as_str()).len(), 1, "{item:?}");
    }
    let hashed =
        HashMap::from([("pk".to_owned(), AttributeValue::S(SessionKey::<Applicant>::of(&id).partition().to_owned()))]);
    assert!(found(&[hashed], id.as_str()).is_empty());
}

#[tokio::test]
async fn an_applicants_session_id_is_in_no_item_and_the_session_still_works() {
    let (app, store) = apply_app().await;
    let mut browser = Browser::new(app);
    // A journey with a disclosure: the draft is also written by the transaction that sends the urgent request.
    to_check_your_answers_with_a_disclosure(&mut browser).await;
    let id = SessionId::parse(browser.cookie(APPLICANT.name).expect("a session cookie")).expect("a session id");
    let key = SessionKey::<Applicant>::of(&id);

    // The draft and the request are stored; the draft under the hash, and the id nowhere.
    let items = raw_items(&store).await;
    assert_eq!(under(&items, key.partition()), ["DRAFT"], "the draft is under the hash of the id");
    assert_eq!(sort_keys_of(&items, "REQUEST"), 1, "the urgent request was sent");
    assert_nowhere(&items, id.as_str(), "the applicant's session id, before sending");
    // And the session works from its cookie: the draft is found, answers and all.
    let draft = store.load_draft(&id, OffsetDateTime::now_utc()).await.expect("read").expect("the draft is found");
    assert!(draft.answers.urgent_request.is_some());
    let check = browser.get("/check-your-answers").await;
    assert_eq!(check.status, StatusCode::OK, "{}", check.title());

    // Sent, and sent again with the same form (a double submit): one application, the same reference both times.
    let token = check.csrf_token().expect("the send form's token, from the draft");
    for _ in 0..2 {
        let sent = browser.post("/check-your-answers", &[("csrf_token", &token)]).await;
        assert_eq!((sent.status, sent.location()), (StatusCode::SEE_OTHER, Some("/application-sent")));
    }
    let confirmation = browser.get("/application-sent").await;
    assert_eq!(confirmation.status, StatusCode::OK, "the receipt is found from the cookie");
    let reference = reference_on(&confirmation);
    let items = raw_items(&store).await;
    assert_eq!(sort_keys_of(&items, "APP"), 1, "exactly one application");
    assert_eq!(under(&items, key.partition()), ["RECEIPT"], "the receipt is under the hash of the id");
    assert_nowhere(&items, id.as_str(), "the applicant's session id, after sending");
    let receipt = store.load_receipt(&id, OffsetDateTime::now_utc()).await.expect("read").expect("a receipt");
    assert_eq!(receipt.reference, reference);

    // Exit this page deletes what is under the hash: no item of the session is left; the request stays.
    assert_eq!(browser.get("/exit").await.status, StatusCode::SEE_OTHER);
    let items = raw_items(&store).await;
    assert!(under(&items, key.partition()).is_empty(), "the receipt is deleted");
    assert!(
        items.iter().all(|item| !item["pk"].as_s().is_ok_and(|pk| pk.starts_with("DRAFT#"))),
        "no session item at all"
    );
    assert_eq!(sort_keys_of(&items, "REQUEST"), 1, "the request outlives exit");
    assert_nowhere(&items, id.as_str(), "the applicant's session id, after exit");
}

#[tokio::test]
async fn a_caseworkers_session_id_and_sign_in_state_are_in_no_item_and_the_session_still_authorises() {
    let (app, store) = casework_app().await;
    let mut browser = Browser::new(app.clone());

    // A sign-in in progress: its `state` (in the sign-in cookie and the provider's URL) is stored only hashed.
    let started = browser.post("/casework/sign-in", &[]).await;
    assert_eq!(started.status, StatusCode::SEE_OTHER);
    let state = SessionId::parse(browser.cookie(CASEWORKER_SIGN_IN.name).expect("the sign-in cookie")).expect("state");
    assert!(started.location().is_some_and(|url| url.contains(&format!("state={}", state.as_str()))));
    let items = raw_items(&store).await;
    assert_eq!(under(&items, SessionKey::<SignInState>::of(&state).partition()), ["SIGNIN"]);
    assert_nowhere(&items, state.as_str(), "the sign-in state");

    // Signed in (another sign-in, through the provider): the session is stored only hashed.
    let signed_in = sign_in(&mut browser, GENERAL).await;
    assert_eq!(signed_in.status, StatusCode::OK, "{}", signed_in.title());
    let id = SessionId::parse(browser.cookie(CASEWORKER.name).expect("a session cookie")).expect("a session id");
    let key = SessionKey::<Caseworker>::of(&id);
    let items = raw_items(&store).await;
    assert_eq!(under(&items, key.partition()), ["SESSION"], "the session is under the hash of the id");
    assert_nowhere(&items, id.as_str(), "the caseworker's session id");
    assert_nowhere(&items, state.as_str(), "the first sign-in's state");

    // The cookie still authorises, and its form's token (kept in the session) is still the one that works.
    let queue = browser.get("/casework/queues/general").await;
    assert_eq!(queue.status, StatusCode::OK, "{}", queue.title());
    let session = store.load_staff_session(&id, OffsetDateTime::now_utc()).await.expect("read").expect("live");
    assert_eq!(session.caseworker.name, "Gina General");
    let token = queue.csrf_token().expect("a form");
    assert_eq!(token, session.csrf_token.as_str());
    let out = browser.post("/casework/sign-out", &[("csrf_token", &token)]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert!(under(&raw_items(&store).await, key.partition()).is_empty(), "signing out deleted it");
    browser.set_cookie(CASEWORKER.name, id.as_str());
    assert_eq!(browser.get("/casework/queues/general").await.location(), Some("/casework"), "and it is over");
}
