//! The handover feed through the real casework router, DynamoDB Local and the loopback OIDC provider: caseworkers
//! hand applications over on their pages, case management's systems get access tokens by the client credentials
//! grant, collect their destination's records (each validated against its JSON Schema) and acknowledge them.
//! Who may do what, for every kind of credential, is in `casework.rs`'s access-control matrix of the feed.

use end_to_end::caseworkers::{DOMESTIC_ABUSE, GENERAL};
use end_to_end::{Browser, Reply, casework_app, feed_clients, feed_token, sign_in};
use http::{Method, StatusCode, header};
use intake::handover::schema_check::record_errors;
use intake::{Draft, Reference, Store};
use questions::examples::{self, Which};
use serde_json::Value;
use time::OffsetDateTime;

pub const READ: &str = casework::feed::READ_SCOPE;
pub const ACKNOWLEDGE: &str = casework::feed::ACKNOWLEDGE_SCOPE;

/// An example application sent; the one with a disclosure sends its request for a call back first, as the
/// applicant did while applying.
pub async fn sent(store: &Store, which: Which) -> Reference {
    let now = OffsetDateTime::now_utc();
    let mut draft = Draft::new(now);
    draft.answers = examples::answers(which).expect("the example application");
    if draft.answers.urgent_request.is_some() {
        store.send_urgent_request(&mut draft, now).await.expect("the request sent");
    } else {
        store.save_draft(&mut draft, now).await.expect("saved");
    }
    store.send_application(&draft.session, now).await.expect("sent").expect("a receipt").reference
}

/// Claimed, started and handed over on the application's page, as a caseworker of its team does it.
pub async fn hand_over(caseworker: &mut Browser, reference: &Reference) {
    let path = format!("/casework/applications/{}", reference.as_str());
    let token = caseworker.get(&path).await.csrf_token().expect("the page's forms");
    for fields in
        [vec![], vec![("from", "claimed"), ("to", "in-progress")], vec![("from", "in-progress"), ("to", "handed-over")]]
    {
        let action = if fields.is_empty() { "claim" } else { "status" };
        let mut form = vec![("csrf_token", token.as_str())];
        form.extend(fields);
        let reply = caseworker.post(&format!("{path}/{action}"), &form).await;
        assert_eq!((reply.status, reply.location()), (StatusCode::SEE_OTHER, Some(path.as_str())), "{action}");
    }
}

pub async fn signed_in(app: &axum::Router, user: (&str, &str)) -> Browser {
    let mut browser = Browser::new(app.clone());
    assert_eq!(sign_in(&mut browser, user).await.status, StatusCode::OK);
    browser
}

/// A request as a destination's system sends it: a bearer token, no cookie.
pub async fn as_machine(app: &axum::Router, method: Method, path: &str, token: &str) -> Reply {
    let authorization = format!("Bearer {token}");
    Browser::new(app.clone()).request(method, path, &[("authorization", &authorization)]).await
}

pub fn acknowledgement(id: &str) -> String {
    format!("/casework/handover/records/{id}/acknowledgement")
}

/// The records of a feed page, each checked against its schema.
fn records(reply: &Reply) -> Vec<Value> {
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(reply.headers[header::CONTENT_TYPE], "application/json");
    assert_eq!(reply.headers[header::CACHE_CONTROL], "no-store");
    let page: Value = serde_json::from_str(&reply.body).expect("JSON");
    assert!(page.get("next").is_none(), "one page: {}", reply.body);
    let records = page["records"].as_array().expect("records").clone();
    for record in &records {
        assert_eq!(record_errors(record), Vec::<String>::new(), "{}", record["id"]);
    }
    records
}

async fn collect(app: &axum::Router, token: &str) -> Reply {
    as_machine(app, Method::GET, casework::feed::RECORDS, token).await
}

fn ids(records: &[Value]) -> Vec<&str> {
    records.iter().map(|record| record["id"].as_str().expect("an id")).collect()
}

#[tokio::test]
async fn each_destination_collects_its_own_records_as_handed_over_and_acknowledges_them_once() {
    let (app, store) = casework_app().await;
    let plain = sent(&store, Which::Plain).await;
    let paying = sent(&store, Which::Paying).await;
    let disclosed = sent(&store, Which::Disclosed).await;
    let not_yet = sent(&store, Which::Plain).await;
    let mut general = signed_in(&app, GENERAL).await;
    hand_over(&mut general, &plain).await;
    hand_over(&mut general, &paying).await;
    let mut specialist = signed_in(&app, DOMESTIC_ABUSE).await;
    hand_over(&mut specialist, &disclosed).await;

    let general_token = feed_token(feed_clients::GENERAL, &[READ, ACKNOWLEDGE]).await;
    let specialist_token = feed_token(feed_clients::DOMESTIC_ABUSE, &[READ, ACKNOWLEDGE]).await;

    let first = collect(&app, &general_token).await;
    let to_general = records(&first);
    assert_eq!(ids(&to_general), [plain.to_string(), paying.to_string()], "oldest first, nothing else");
    assert!(to_general.iter().all(|record| record["kind"] == "application" && record["routing"]["team"] == "general"));
    assert_eq!(collect(&app, &general_token).await.body, first.body, "collecting twice gives the same records");
    for never in [disclosed.to_string(), not_yet.to_string()] {
        assert!(!first.body.contains(&never), "{never} is not the general team's to collect");
    }

    let to_specialist = records(&collect(&app, &specialist_token).await);
    assert_eq!(ids(&to_specialist), [disclosed.to_string(), format!("{disclosed}/disclosure")]);
    let disclosure = &to_specialist[1];
    assert_eq!(disclosure["kind"], "disclosure");
    assert!(disclosure["abuse"].is_object() && disclosure["urgent_request"].is_object(), "{disclosure}");
    assert_eq!(to_specialist[0]["routing"]["team"], "domestic-abuse");
    assert!(to_specialist[0].get("abuse").is_none(), "the application record has nothing of the disclosure");

    // Each destination acknowledges only its own: another's, or none at all, is not found.
    for (token, id) in [
        (&general_token, disclosed.to_string()),
        (&general_token, format!("{disclosed}/disclosure")),
        (&specialist_token, plain.to_string()),
        (&general_token, Reference::new().to_string()),
        (&general_token, not_yet.to_string()),
        (&general_token, plain.as_str().to_owned()),
        (&general_token, "not-a-reference".to_owned()),
    ] {
        let reply = as_machine(&app, Method::POST, &acknowledgement(&id), token).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{id}: {}", reply.body);
        assert_eq!(reply.body, r#"{"error":"not_found"}"#);
    }
    for _ in 0..2 {
        let reply = as_machine(&app, Method::POST, &acknowledgement(&plain.to_string()), &general_token).await;
        assert_eq!(reply.status, StatusCode::NO_CONTENT, "acknowledging again is harmless: {}", reply.body);
    }
    assert_eq!(ids(&records(&collect(&app, &general_token).await)), [paying.to_string()]);
    // The application's history says so, once, and by case management, not by a caseworker.
    let history = general.get(&format!("/casework/applications/{}", plain.as_str())).await.body;
    assert_eq!(history.matches("Application record received by case management").count(), 1, "{history}");
    assert!(history.contains("<td class=\"govuk-table__cell\">Case management</td>"), "{history}");
    for id in [disclosed.to_string(), format!("{disclosed}/disclosure")] {
        let reply = as_machine(&app, Method::POST, &acknowledgement(&id), &specialist_token).await;
        assert_eq!(reply.status, StatusCode::NO_CONTENT, "{id}");
    }
    assert!(records(&collect(&app, &specialist_token).await).is_empty());
    // Kept for the retention period, whose start the store's tests follow.
    assert!(store.load_application(&disclosed).await.expect("read").is_some());
}

#[tokio::test]
async fn a_long_feed_is_paged_and_a_cursor_it_never_gave_is_refused() {
    let (app, store) = casework_app().await;
    let mut general = signed_in(&app, GENERAL).await;
    let mut expected = Vec::new();
    for _ in 0..(intake::store::FEED_PAGE_SIZE + 2) {
        let reference = sent(&store, Which::Plain).await;
        hand_over(&mut general, &reference).await;
        expected.push(reference.to_string());
    }
    let token = feed_token(feed_clients::GENERAL, &[READ]).await;
    let mut path = "/casework/handover/records".to_owned();
    let mut collected = Vec::new();
    for _ in 0..5 {
        let reply = as_machine(&app, Method::GET, &path, &token).await;
        assert_eq!(reply.status, StatusCode::OK);
        let page: Value = serde_json::from_str(&reply.body).expect("JSON");
        for record in page["records"].as_array().expect("records") {
            assert_eq!(record_errors(record), Vec::<String>::new());
            collected.push(record["id"].as_str().expect("an id").to_owned());
        }
        match page["next"].as_str() {
            Some(next) => path = next.to_owned(),
            None => break,
        }
    }
    assert_eq!(collected, expected, "every record once, oldest first");
    for bad in ["yesterday", "2026-11-22T09:05:00Z%23nobody"] {
        let reply = as_machine(&app, Method::GET, &format!("/casework/handover/records?after={bad}"), &token).await;
        assert_eq!((reply.status, reply.body.as_str()), (StatusCode::BAD_REQUEST, r#"{"error":"invalid_request"}"#));
    }
}
