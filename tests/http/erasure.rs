//! Erasure and the audit trail that outlives it (issue 14, points 4 and 5), through the real casework router,
//! DynamoDB Local (the raw table read back) and the real OIDC provider: a caseworker of the owning team deletes an
//! application after the confirmation page, its disclosure and urgent request going with it, once however often
//! the form is sent; the trail stays, with its own expiry, readable by that team only; nothing of the applicant is
//! in any audit entry; a general caseworker cannot erase the domestic-abuse team's application.

use aws_sdk_dynamodb::types::AttributeValue;
use end_to_end::caseworkers::{DOMESTIC_ABUSE, GENERAL};
use http::StatusCode;
use intake::casework::{Caseworker, ErasureReason};
use intake::routing::Team;
use intake::store::{AUDIT_RETENTION, AuditAction};
use intake::urgent::{Help, Outcome};
use intake::{Draft, Reference, Store};
use questions::examples::{Which, answers};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::casework::{sent, signed_in};
use crate::session_keys::{Item, found, raw_items, under};

/// The example application with a disclosure, sent as the applicant sends it: its urgent request (to call them
/// back) first, then the application. Returns its reference and what would identify the applicant: their name,
/// National Insurance number and the safe phone number.
async fn disclosed_example(store: &Store) -> (Reference, Vec<String>) {
    let now = OffsetDateTime::now_utc();
    let mut draft = Draft::new(now);
    draft.answers = answers(Which::Disclosed).expect("the example's answers");
    let Some(Help::CallMeBack { phone, .. }) = draft.answers.urgent_request.as_ref().map(|r| r.help.clone()) else {
        panic!("the example asks to be called back");
    };
    let secrets = vec![
        draft.answers.your_name.as_ref().expect("a name").full_name.as_str().to_owned(),
        draft.answers.your_national_insurance_number.as_ref().expect("a NINO").as_str().to_owned(),
        phone.national(),
    ];
    store.send_urgent_request(&mut draft, now).await.expect("the request sent");
    let reference = store.send_application(&draft.session, now).await.expect("sent").expect("a receipt").reference;
    (reference, secrets)
}

/// Asserts that the application at `path` offers no deletion, and that asking for one (the confirmation page, or
/// posting it) goes back to the application with `notice`. Returns the application page's form token and the page
/// with that notice.
async fn deletion_refused(caseworker: &mut end_to_end::Browser, path: &str, notice: &str) -> (String, String) {
    let page = caseworker.get(path).await;
    assert!(!page.body.contains("Delete application"), "not offered ({notice})");
    let token = page.csrf_token().expect("a form");
    let back = format!("{path}?notice={notice}");
    let confirm = caseworker.get(&format!("{path}/delete")).await;
    assert_eq!(confirm.location(), Some(back.as_str()));
    let refused = caseworker.post(&format!("{path}/delete"), &[("csrf_token", &token), ("reason", "duplicate")]).await;
    assert_eq!(refused.location(), Some(back.as_str()));
    (token, caseworker.get(&back).await.body)
}

fn pk(item: &Item) -> &str {
    item.get("pk").and_then(|v| v.as_s().ok()).map_or("", String::as_str)
}

fn audit_items(items: &[Item], reference: &Reference) -> Vec<Item> {
    let partition = format!("AUDIT#{}", reference.as_str());
    items.iter().filter(|item| pk(item) == partition).cloned().collect()
}

/// The `action` of each audit item, in order.
fn actions(items: &[Item]) -> Vec<String> {
    items.iter().filter_map(|item| item.get("action").and_then(|v| v.as_s().ok()).cloned()).collect()
}

#[tokio::test]
async fn the_owning_team_erases_an_application_with_its_disclosure_and_request_once_and_the_trail_stays() {
    let (app, store) = end_to_end::casework_app().await;
    let (reference, secrets) = disclosed_example(&store).await;
    let application = format!("APP#{}", reference.as_str());
    let path = format!("/casework/applications/{}", reference.as_str());
    let mut specialist = signed_in(&app, DOMESTIC_ABUSE).await;

    // While its urgent request waits, it cannot be deleted: not offered, and refused if asked.
    let (token, notice) = deletion_refused(&mut specialist, &path, "delete-request-open").await;
    assert!(notice.contains("cannot be deleted until its urgent request has been dealt with"));
    assert_eq!(under(&raw_items(&store).await, &application), ["APP", "DISCLOSURE", "REQUEST"], "nothing deleted");

    // Dealt with: now it may go.
    let someone = Caseworker { id: "da-2".into(), name: "Dee Second".into(), teams: vec![Team::DomesticAbuse] };
    let now = OffsetDateTime::now_utc();
    store.claim_request(&reference, &someone, now).await.expect("claimed");
    store.record_request_outcome(&reference, &someone, Outcome::CalledBack, now).await.expect("recorded");
    let page = specialist.get(&path).await;
    assert!(page.body.contains(&format!(r#"href="{path}/delete""#)), "offered to the owning team");
    let confirm = specialist.get(&format!("{path}/delete")).await;
    assert_eq!(confirm.status, StatusCode::OK);
    for shown in
        ["It is a duplicate", "The applicant asked us to delete it", "govuk-button--warning", "You cannot undo"]
    {
        assert!(confirm.body.contains(shown), "the confirmation page shows {shown}");
    }

    // No reason chosen: the page again, with the GOV.UK error, and nothing deleted.
    let no_reason = specialist.post(&format!("{path}/delete"), &[("csrf_token", &token)]).await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(no_reason.title().starts_with("Error: "), "{}", no_reason.title());
    assert!(no_reason.body.contains("govuk-error-summary") && no_reason.body.contains("href=\"#reason\""));
    assert!(no_reason.body.contains("Select why you are deleting this application"));
    let made_up = specialist.post(&format!("{path}/delete"), &[("csrf_token", &token), ("reason", "because")]).await;
    assert_eq!(made_up.status, StatusCode::UNPROCESSABLE_ENTITY, "a reason that is not one of ours is none");
    // Without the session's token: refused.
    let forged =
        specialist.post(&format!("{path}/delete"), &[("csrf_token", &"0".repeat(32)), ("reason", "duplicate")]).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert_eq!(under(&raw_items(&store).await, &application), ["APP", "DISCLOSURE", "REQUEST"], "nothing deleted");

    // Deleted, and sent again (a double click, or Back and resend): deleted once, recorded once.
    let deleted = specialist.post(&format!("{path}/delete"), &[("csrf_token", &token), ("reason", "duplicate")]).await;
    assert_eq!(deleted.location(), Some(format!("{path}?notice=deleted").as_str()));
    let again =
        specialist.post(&format!("{path}/delete"), &[("csrf_token", &token), ("reason", "applicant-asked")]).await;
    assert_eq!(again.location(), Some(path.as_str()), "what is left of it, nothing more done");

    let items = raw_items(&store).await;
    assert!(under(&items, &application).is_empty(), "the application, its disclosure and its request are gone");
    let audit = audit_items(&items, &reference);
    let erased: Vec<&Item> =
        audit.iter().filter(|item| item["action"].as_s().is_ok_and(|a| a.starts_with("erased"))).collect();
    assert_eq!(erased.len(), 1, "one erasure, one entry: {:?}", actions(&audit));
    let entry = erased[0];
    assert_eq!(entry["action"], AttributeValue::S("erased:duplicate".into()));
    assert_eq!(entry["team"], AttributeValue::S("domestic-abuse".into()));
    assert_eq!(entry["reference"], AttributeValue::S(reference.as_str().into()));
    // Its own expiry: the retention period after it was written, whatever becomes of anything else.
    let at = OffsetDateTime::parse(entry["at"].as_s().expect("a time"), &Rfc3339).expect("RFC 3339");
    let expires_at: i64 = entry["expires_at"].as_n().expect("a number").parse().expect("an integer");
    assert_eq!(expires_at, (at + AUDIT_RETENTION).unix_timestamp());
    assert!(AUDIT_RETENTION >= time::Duration::days(6 * 365 + 1), "at least six years");
    // Every audit entry expires on its own, and none holds anything of the applicant.
    assert!(audit.iter().all(|item| item.contains_key("expires_at")), "every entry has its own expiry");
    for secret in &secrets {
        assert!(found(&audit, secret).is_empty(), "{secret} is in an audit entry");
        assert!(found(&items, secret).is_empty(), "{secret} is still stored after the erasure");
    }

    // What is left, at its address: the history, for the owning team.
    let left = specialist.get(&path).await;
    assert_eq!(left.status, StatusCode::OK, "{}", left.title());
    assert!(left.title().starts_with(&format!("Application {reference} has been deleted")), "{}", left.title());
    for shown in ["Deleted: it was a duplicate", "Urgent request dealt with: called back", "Dana Abbott", "Dee Second"]
    {
        assert!(left.body.contains(shown), "the history shows {shown}");
    }
    for secret in &secrets {
        assert!(!left.body.contains(secret.as_str()), "nothing of the applicant");
    }
    let trail = store.audit_trail(&reference, OffsetDateTime::now_utc()).await.expect("trail");
    assert_eq!(trail.last().map(|entry| entry.action), Some(AuditAction::TrailViewed), "reading it is recorded");
    assert_eq!(trail.iter().filter(|entry| entry.action == AuditAction::Erased(ErasureReason::Duplicate)).count(), 1);

    // The general team: refused, and told nothing of it.
    let mut general = signed_in(&app, GENERAL).await;
    let refused = general.get(&path).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(!refused.body.contains("Dana Abbott") && !refused.body.contains("Deleted"));
    let after = store.audit_trail(&reference, OffsetDateTime::now_utc()).await.expect("trail");
    assert_eq!(after.len(), trail.len(), "a refusal records nothing");
}

#[tokio::test]
async fn a_general_caseworker_cannot_erase_a_domestic_abuse_application() {
    let (app, store) = end_to_end::casework_app().await;
    let (reference, _) = disclosed_example(&store).await;
    let application = format!("APP#{}", reference.as_str());
    let path = format!("/casework/applications/{}", reference.as_str());
    let before = under(&raw_items(&store).await, &application).into_iter().map(str::to_owned).collect::<Vec<_>>();
    assert_eq!(before, ["APP", "DISCLOSURE", "REQUEST"]);

    let mut general = signed_in(&app, GENERAL).await;
    let token = general.get("/casework/queues/general").await.csrf_token().expect("a form");
    let confirm = general.get(&format!("{path}/delete")).await;
    assert_eq!(confirm.status, StatusCode::FORBIDDEN);
    for reason in ["duplicate", "applicant-asked", ""] {
        let refused = general.post(&format!("{path}/delete"), &[("csrf_token", &token), ("reason", reason)]).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN, "{reason}");
    }
    let items = raw_items(&store).await;
    assert_eq!(under(&items, &application), before, "nothing deleted");
    assert!(audit_items(&items, &reference).is_empty(), "nothing recorded");

    // The general team's own application, erased by them: the domestic-abuse team cannot read its trail.
    let own = sent(&store, false).await;
    let own_path = format!("/casework/applications/{}", own.as_str());
    let deleted =
        general.post(&format!("{own_path}/delete"), &[("csrf_token", &token), ("reason", "applicant-asked")]).await;
    assert_eq!(deleted.location(), Some(format!("{own_path}?notice=deleted").as_str()));
    let left = general.get(&format!("{own_path}?notice=deleted")).await;
    assert!(left.body.contains("The application has been deleted") && left.body.contains("the applicant asked us"));
    let mut specialist = signed_in(&app, DOMESTIC_ABUSE).await;
    assert_eq!(specialist.get(&own_path).await.status, StatusCode::FORBIDDEN);
    assert_eq!(
        specialist.post(&format!("{own_path}/delete"), &[("csrf_token", &token), ("reason", "duplicate")]).await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn an_application_a_colleague_is_working_on_cannot_be_erased() {
    let (app, store) = end_to_end::casework_app().await;
    let reference = sent(&store, false).await;
    let path = format!("/casework/applications/{}", reference.as_str());
    let colleague = Caseworker { id: "colleague".into(), name: "Col League".into(), teams: vec![Team::General] };
    store.claim(&reference, Team::General, &colleague, OffsetDateTime::now_utc()).await.expect("claimed");
    let mut general = signed_in(&app, GENERAL).await;
    let (_, notice) = deletion_refused(&mut general, &path, "delete-held").await;
    assert!(store.load_application(&reference).await.expect("loaded").is_some(), "still there");
    assert!(notice.contains("cannot be deleted while someone else is working on it"));
}
