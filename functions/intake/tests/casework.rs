//! Casework on sent applications against the official DynamoDB Local: queues, atomic claims, releases, status
//! changes and the audit trail written in the same transaction as each change.

// Test code: a failed expectation is the test failing.
#![allow(clippy::expect_used, clippy::panic, clippy::unwrap_used)]

use intake::casework::{Caseworker, Status};
use intake::routing::Team;
use intake::store::{
    AuditAction, Change, CheckClaim, QUEUE_PAGE_SIZE, Queued, RefreshToken, STAFF_SESSION_CHECK_CLAIM_TIMEOUT,
    STAFF_SESSION_RECHECK_INTERVAL,
};
use intake::{Draft, Reference, Store};
use time::OffsetDateTime;

mod support;
use support::fresh_store;

fn caseworker(id: &str, teams: &[Team]) -> Caseworker {
    Caseworker { id: id.into(), name: format!("Caseworker {id}"), teams: teams.to_vec() }
}

/// Sends an application at `now`; `disclosed` routes it to the domestic-abuse team.
async fn sent(store: &Store, now: OffsetDateTime, disclosed: bool) -> Reference {
    let mut draft = Draft::new(now);
    draft.answers.set_abuse(disclosed);
    store.save_draft(&mut draft, now).await.expect("saved");
    store.send_application(&draft.session, now).await.expect("sent").expect("a receipt").reference
}

fn at(seconds: i64) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(1_795_000_000 + seconds).expect("a time")
}

#[tokio::test]
async fn twenty_concurrent_claims_one_wins_and_the_others_are_told_who() {
    let store = fresh_store().await;
    let reference = sent(&store, at(0), false).await;
    let claims: Vec<_> = (0..20)
        .map(|i| {
            let (store, reference) = (store.clone(), reference.clone());
            tokio::spawn(async move {
                let who = caseworker(&format!("cw{i}"), &[Team::General]);
                (who.id.clone(), store.claim(&reference, Team::General, &who, at(60)).await.expect("no store error"))
            })
        })
        .collect();
    let mut winners = Vec::new();
    let mut told = Vec::new();
    for claim in claims {
        match claim.await.expect("joined") {
            (id, Change::Done) => winners.push(id),
            (_, Change::HeldBy(holder)) => told.push(holder.id),
            (id, other) => panic!("{id}: {other:?}"),
        }
    }
    assert_eq!(winners.len(), 1, "exactly one claim wins");
    assert_eq!(told.len(), 19);
    assert!(told.iter().all(|holder| *holder == winners[0]), "the others are told who holds it");

    let application = store.load_application(&reference).await.expect("loaded").expect("exists");
    assert_eq!(application.status, Status::Claimed);
    assert_eq!(application.holder.map(|h| h.id), Some(winners[0].clone()));
    let trail = store.audit_trail(&reference, OffsetDateTime::now_utc()).await.expect("trail");
    assert_eq!(trail.len(), 1, "one change, one audit entry");
    assert_eq!((trail[0].action, trail[0].caseworker_id.as_str()), (AuditAction::Claimed, winners[0].as_str()));
}

#[tokio::test]
async fn each_team_sees_its_own_queue_oldest_first_and_a_claim_leaves_it() {
    let store = fresh_store().await;
    let general_old = sent(&store, at(0), false).await;
    let general_new = sent(&store, at(10), false).await;
    let abuse = sent(&store, at(5), true).await;

    let general = store.queue(Team::General, None).await.expect("queue");
    let order: Vec<&Reference> = general.entries.iter().map(|e| &e.reference).collect();
    assert_eq!(order, [&general_old, &general_new], "oldest first, and no other team's application");
    let domestic_abuse = store.queue(Team::DomesticAbuse, None).await.expect("queue");
    assert_eq!(domestic_abuse.entries.iter().map(|e| &e.reference).collect::<Vec<_>>(), [&abuse]);

    let me = caseworker("me", &[Team::General]);
    assert_eq!(store.claim(&general_old, Team::General, &me, at(20)).await.expect("claimed"), Change::Done);
    let general = store.queue(Team::General, None).await.expect("queue");
    assert_eq!(general.entries.iter().map(|e| &e.reference).collect::<Vec<_>>(), [&general_new], "claimed: gone");
    let mine = store.claimed_by("me").await.expect("mine");
    assert_eq!(
        mine.iter().map(|e| (&e.reference, e.item)).collect::<Vec<_>>(),
        [(&general_old, Queued::Application(Status::Claimed))]
    );

    // A general caseworker cannot claim the domestic-abuse team's application, nor learn who holds it.
    assert_eq!(store.claim(&abuse, Team::DomesticAbuse, &me, at(30)).await.expect("answered"), Change::NotFound);
    // Nor by naming it as their own team's: the item's team is in the condition, so its audit entry can never name
    // a team the application is not.
    assert_eq!(store.claim(&abuse, Team::General, &me, at(30)).await.expect("answered"), Change::NotFound);
    let both = caseworker("both", &[Team::General, Team::DomesticAbuse]);
    assert_eq!(store.claim(&abuse, Team::General, &both, at(30)).await.expect("answered"), Change::NotFound);
    assert!(
        store.audit_trail(&abuse, OffsetDateTime::now_utc()).await.expect("trail").is_empty(),
        "nothing happened, nothing recorded"
    );
}

#[tokio::test]
async fn a_queue_is_paged_without_losing_or_repeating_an_application() {
    let store = fresh_store().await;
    let mut expected = Vec::new();
    let count = QUEUE_PAGE_SIZE as i64 + 3;
    for i in 0..count {
        expected.push(sent(&store, at(i), false).await);
    }
    let first = store.queue(Team::General, None).await.expect("first page");
    assert_eq!(first.entries.len(), QUEUE_PAGE_SIZE as usize);
    let second = store.queue(Team::General, first.next.as_ref()).await.expect("second page");
    let seen: Vec<Reference> = first.entries.iter().chain(&second.entries).map(|e| e.reference.clone()).collect();
    assert_eq!(seen, expected);
    assert_eq!(second.next, None);
}

#[tokio::test]
async fn release_and_status_changes_need_the_claimant_and_the_expected_status() {
    let store = fresh_store().await;
    let reference = sent(&store, at(0), false).await;
    let me = caseworker("me", &[Team::General]);
    let colleague = caseworker("colleague", &[Team::General]);
    store.claim(&reference, Team::General, &me, at(1)).await.expect("claimed");

    // Someone else cannot release it or move it on.
    assert!(
        matches!(store.release(&reference, Team::General, &colleague, at(2)).await.expect("answered"), Change::HeldBy(h) if h.id == "me")
    );
    assert!(matches!(
        store
            .change_status(&reference, Team::General, &colleague, Status::Claimed, Status::InProgress, at(2))
            .await
            .expect("answered"),
        Change::HeldBy(_)
    ));
    // Not a step the casework allows, or not the status it is in.
    assert_eq!(
        store
            .change_status(&reference, Team::General, &me, Status::Claimed, Status::HandedOver, at(3))
            .await
            .expect("answered"),
        Change::NotAllowed(Status::Claimed)
    );
    assert_eq!(
        store
            .change_status(&reference, Team::General, &me, Status::InProgress, Status::HandedOver, at(3))
            .await
            .expect("answered"),
        Change::NotAllowed(Status::Claimed)
    );
    assert_eq!(
        store
            .change_status(&reference, Team::General, &me, Status::Claimed, Status::InProgress, at(4))
            .await
            .expect("moved"),
        Change::Done
    );

    // Released: back in the queue where it was, held by nobody, and anyone in the team may claim it.
    assert_eq!(store.release(&reference, Team::General, &me, at(5)).await.expect("released"), Change::Done);
    let queue = store.queue(Team::General, None).await.expect("queue");
    assert_eq!(queue.entries.iter().map(|e| &e.reference).collect::<Vec<_>>(), [&reference]);
    assert!(store.claimed_by("me").await.expect("mine").is_empty());
    let application = store.load_application(&reference).await.expect("loaded").expect("exists");
    assert_eq!((application.status, application.holder), (Status::Submitted, None));
    assert_eq!(
        store.release(&reference, Team::General, &me, at(6)).await.expect("answered"),
        Change::NotAllowed(Status::Submitted)
    );

    store.claim(&reference, Team::General, &colleague, at(7)).await.expect("claimed");
    store
        .change_status(&reference, Team::General, &colleague, Status::Claimed, Status::InProgress, at(8))
        .await
        .expect("moved");
    assert_eq!(
        store
            .change_status(&reference, Team::General, &colleague, Status::InProgress, Status::HandedOver, at(9))
            .await
            .expect("moved"),
        Change::Done
    );

    let trail: Vec<(AuditAction, String)> = store
        .audit_trail(&reference, OffsetDateTime::now_utc())
        .await
        .expect("trail")
        .into_iter()
        .map(|entry| (entry.action, entry.caseworker_id))
        .collect();
    assert_eq!(
        trail,
        [
            (AuditAction::Claimed, "me".into()),
            (AuditAction::StatusChanged(Status::InProgress), "me".into()),
            (AuditAction::Released, "me".into()),
            (AuditAction::Claimed, "colleague".into()),
            (AuditAction::StatusChanged(Status::InProgress), "colleague".into()),
            (AuditAction::StatusChanged(Status::HandedOver), "colleague".into()),
        ],
        "every change recorded, refused ones not at all"
    );
}

#[tokio::test]
async fn views_are_audited_and_the_trail_never_includes_the_disclosure() {
    let store = fresh_store().await;
    let reference = sent(&store, at(0), true).await;
    let specialist = caseworker("da", &[Team::DomesticAbuse]);
    store
        .record_view(&reference, Team::DomesticAbuse, &specialist, AuditAction::ViewedWithDisclosure, at(1))
        .await
        .expect("recorded");
    store
        .record_view(&reference, Team::DomesticAbuse, &specialist, AuditAction::Viewed, at(1))
        .await
        .expect("recorded twice at once");
    let trail = store.audit_trail(&reference, OffsetDateTime::now_utc()).await.expect("trail");
    assert_eq!(trail.iter().map(|e| e.action).collect::<Vec<_>>().len(), 2);
    assert!(trail.iter().all(|e| e.caseworker_name == "Caseworker da"));
    assert!(store.load_disclosure(&reference).await.expect("loaded").is_some(), "the disclosure is still apart");
}

#[tokio::test]
async fn nothing_happens_to_an_application_that_does_not_exist() {
    let store = fresh_store().await;
    let me = caseworker("me", &[Team::General]);
    let missing = Reference::new();
    assert_eq!(store.claim(&missing, Team::General, &me, at(0)).await.expect("answered"), Change::NotFound);
    assert_eq!(store.release(&missing, Team::General, &me, at(0)).await.expect("answered"), Change::NotFound);
    assert!(store.audit_trail(&missing, OffsetDateTime::now_utc()).await.expect("trail").is_empty());
}

/// Sends an urgent request at `now`, as the applicant's request page does: in danger, asking for the police.
async fn request_sent(store: &Store, now: OffsetDateTime) -> Reference {
    use intake::domain::LongText;
    use intake::safety::CallRequest;
    use intake::urgent::{Help, UrgentRequest};
    let mut draft = Draft::new(now);
    draft.answers.set_abuse(true);
    draft.answers.set_in_immediate_danger(Some(true));
    draft.answers.set_call_request(Some(CallRequest::CallThePolice));
    draft.answers.urgent_request = Some(UrgentRequest {
        first_name: None,
        help: Help::CallThePolice { whereabouts: LongText::parse("At home").expect("valid"), phone: None },
    });
    store.send_urgent_request(&mut draft, now).await.expect("sent");
    draft.reference
}

#[tokio::test]
async fn a_request_is_first_in_the_domestic_abuse_queue_and_is_claimed_and_dealt_with_on_the_record() {
    use intake::safety::CallRequest;
    use intake::urgent::{Outcome, RequestStatus};
    let store = fresh_store().await;
    let application = sent(&store, at(0), true).await;
    let request = request_sent(&store, at(60)).await;

    let queue = store.queue(Team::DomesticAbuse, None).await.expect("queue");
    let order: Vec<(&Reference, Queued)> = queue.entries.iter().map(|e| (&e.reference, e.item)).collect();
    assert_eq!(
        order,
        [
            (&request, Queued::Request { kind: CallRequest::CallThePolice, status: RequestStatus::Waiting }),
            (&application, Queued::Application(Status::Submitted)),
        ],
        "the request before the older application"
    );
    assert!(store.queue(Team::General, None).await.expect("queue").entries.is_empty());

    // The general team can do nothing with it, and nothing is recorded.
    let general = caseworker("general", &[Team::General]);
    assert_eq!(store.claim_request(&request, &general, at(61)).await.expect("answered"), Change::NotFound);
    assert!(store.audit_trail(&request, OffsetDateTime::now_utc()).await.expect("trail").is_empty());

    // An outcome needs a claim; of two specialists claiming at once, one wins.
    let me = caseworker("me", &[Team::DomesticAbuse]);
    let colleague = caseworker("colleague", &[Team::DomesticAbuse]);
    assert_eq!(
        store.record_request_outcome(&request, &me, Outcome::PoliceCalled, at(62)).await.expect("answered"),
        Change::NotAllowed(RequestStatus::Waiting)
    );
    let (mine, theirs) =
        tokio::join!(store.claim_request(&request, &me, at(63)), store.claim_request(&request, &colleague, at(63)));
    let results = [mine.expect("answered"), theirs.expect("answered")];
    assert_eq!(results.iter().filter(|r| **r == Change::Done).count(), 1, "{results:?}");
    let holder = store.load_request(&request).await.expect("loaded").expect("exists").holder.expect("held");
    let (holder, other) = if holder.id == "me" { (&me, &colleague) } else { (&colleague, &me) };

    // Claimed: out of the queue, in the claimant's own list.
    let queue = store.queue(Team::DomesticAbuse, None).await.expect("queue");
    assert_eq!(queue.entries.iter().map(|e| &e.reference).collect::<Vec<_>>(), [&application]);
    let theirs = store.claimed_by(&holder.id).await.expect("theirs");
    assert_eq!(theirs.iter().map(|e| &e.reference).collect::<Vec<_>>(), [&request]);

    // Only the claimant records the outcome, once.
    assert!(matches!(
        store.record_request_outcome(&request, other, Outcome::CalledBack, at(64)).await.expect("answered"),
        Change::HeldBy(_)
    ));
    assert_eq!(
        store.record_request_outcome(&request, holder, Outcome::PoliceCalled, at(65)).await.expect("recorded"),
        Change::Done
    );
    assert_eq!(
        store.record_request_outcome(&request, holder, Outcome::CouldNotReach, at(66)).await.expect("answered"),
        Change::NotAllowed(RequestStatus::Done(Outcome::PoliceCalled))
    );
    let stored = store.load_request(&request).await.expect("loaded").expect("exists");
    assert_eq!(stored.status, RequestStatus::Done(Outcome::PoliceCalled));

    let trail: Vec<(AuditAction, String)> = store
        .audit_trail(&request, OffsetDateTime::now_utc())
        .await
        .expect("trail")
        .into_iter()
        .map(|e| (e.action, e.caseworker_id))
        .collect();
    assert_eq!(
        trail,
        [
            (AuditAction::RequestClaimed, holder.id.clone()),
            (AuditAction::RequestOutcome(Outcome::PoliceCalled), holder.id.clone()),
        ],
        "each change with its entry, refused ones not at all"
    );
}

#[tokio::test]
async fn a_released_request_goes_back_to_the_top_of_the_queue() {
    use intake::urgent::RequestStatus;
    let store = fresh_store().await;
    sent(&store, at(0), true).await;
    let request = request_sent(&store, at(60)).await;
    let me = caseworker("me", &[Team::DomesticAbuse]);
    assert_eq!(store.claim_request(&request, &me, at(61)).await.expect("claimed"), Change::Done);
    assert_eq!(store.release_request(&request, &me, at(62)).await.expect("released"), Change::Done);
    let queue = store.queue(Team::DomesticAbuse, None).await.expect("queue");
    assert_eq!(queue.entries.first().map(|e| &e.reference), Some(&request));
    assert_eq!(store.load_request(&request).await.expect("loaded").expect("exists").status, RequestStatus::Waiting);
    assert!(store.claimed_by("me").await.expect("mine").is_empty());
    assert_eq!(
        store.release_request(&request, &me, at(63)).await.expect("answered"),
        Change::NotAllowed(RequestStatus::Waiting)
    );
}

#[tokio::test]
async fn a_queue_page_can_end_on_a_request() {
    let store = fresh_store().await;
    let mut expected = Vec::new();
    for i in 0..QUEUE_PAGE_SIZE as i64 {
        expected.push(request_sent(&store, at(i)).await);
    }
    for i in 0..3 {
        expected.push(sent(&store, at(100 + i), true).await);
    }
    let first = store.queue(Team::DomesticAbuse, None).await.expect("first page");
    let second = store.queue(Team::DomesticAbuse, first.next.as_ref()).await.expect("second page");
    let seen: Vec<Reference> = first.entries.iter().chain(&second.entries).map(|e| e.reference.clone()).collect();
    assert_eq!(seen, expected, "requests first, oldest first, then applications, none lost or repeated");
}

#[tokio::test]
async fn a_sign_in_is_taken_once_and_a_staff_session_lasts_until_it_ends_or_expires() {
    use intake::SessionId;
    use intake::store::{STAFF_SESSION_LIFETIME, SignIn};
    let store = fresh_store().await;
    let state = SessionId::new();
    let sign_in = SignIn { code_verifier: "v".repeat(64), nonce: "n".repeat(32) };
    store.begin_sign_in(&state, &sign_in, at(0)).await.expect("saved");
    assert_eq!(store.finish_sign_in(&state, at(60)).await.expect("taken"), Some(sign_in.clone()));
    assert_eq!(store.finish_sign_in(&state, at(61)).await.expect("answered"), None, "a replay finds nothing");
    let late = SessionId::new();
    store.begin_sign_in(&late, &sign_in, at(0)).await.expect("saved");
    assert_eq!(store.finish_sign_in(&late, at(11 * 60)).await.expect("answered"), None, "10 minutes to come back");

    let specialist = caseworker("da", &[Team::DomesticAbuse, Team::General]);
    let refresh_token = RefreshToken::new("the provider's refresh token");
    let session = store.start_staff_session(&specialist, &refresh_token, at(0)).await.expect("started");
    let loaded = store.load_staff_session(&session.id, at(60)).await.expect("loaded").expect("live");
    assert_eq!(loaded, session);
    assert_eq!((loaded.checked_at, loaded.refresh_token), (at(0), refresh_token), "checked at sign-in");
    let after_a_day = at(STAFF_SESSION_LIFETIME.whole_seconds());
    assert_eq!(store.load_staff_session(&session.id, after_a_day).await.expect("loaded"), None, "expired");
    store.end_staff_session(&session.id).await.expect("ended");
    assert_eq!(store.load_staff_session(&session.id, at(61)).await.expect("loaded"), None, "signed out");
}

/// Issue 14, point 6: of the requests that find a session due for its check with the identity provider at once,
/// exactly one may present the refresh token; what it records (a rotated token, the caseworker's teams now) is
/// what the next request reads; a check given up lets the next request claim at once; a claim whose request died
/// is taken over only after its timeout.
#[tokio::test]
async fn a_session_due_for_its_check_is_claimed_by_one_request_and_its_outcome_recorded() {
    let store = fresh_store().await;
    let moved = caseworker("mover", &[Team::DomesticAbuse]);
    let session =
        store.start_staff_session(&moved, &RefreshToken::new("first refresh token"), at(0)).await.expect("started");
    assert!(!session.needs_check(at(STAFF_SESSION_RECHECK_INTERVAL.whole_seconds() - 1)), "trusted until then");
    let due = at(STAFF_SESSION_RECHECK_INTERVAL.whole_seconds());
    assert!(session.needs_check(due), "due at the interval");

    let racing: Vec<_> = (0..10)
        .map(|_| {
            let (store, session) = (store.clone(), session.clone());
            tokio::spawn(async move { store.claim_staff_session_check(&session, due).await.expect("no store error") })
        })
        .collect();
    let mut claims = Vec::new();
    for claim in racing {
        claims.push(claim.await.expect("joined"));
    }
    let won = claims.iter().filter(|claim| **claim == CheckClaim::Claimed).count();
    assert_eq!(won, 1, "one claim of ten: {claims:?}");

    // The provider passed the check, rotated the token, and moved the caseworker to the general team.
    let now_general = caseworker("mover", &[Team::General]);
    let rotated = RefreshToken::new("second refresh token");
    store.record_staff_session_check(&session.id, &now_general, Some(&rotated), due).await.expect("recorded");
    let loaded = store.load_staff_session(&session.id, due).await.expect("loaded").expect("live");
    assert_eq!((loaded.checked_at, &loaded.refresh_token, &loaded.caseworker), (due, &rotated, &now_general));
    assert!(!loaded.needs_check(due));
    assert_eq!(
        store.claim_staff_session_check(&session, due).await.expect("answered"),
        CheckClaim::Taken,
        "a request that read the session before the check cannot claim the next"
    );

    // The provider could not be reached: the check is given up, and the next request claims it at once.
    let next = due + STAFF_SESSION_RECHECK_INTERVAL;
    assert_eq!(store.claim_staff_session_check(&loaded, next).await.expect("answered"), CheckClaim::Claimed);
    store.abandon_staff_session_check(&session.id, next).await.expect("abandoned");
    assert_eq!(store.claim_staff_session_check(&loaded, next).await.expect("answered"), CheckClaim::Claimed);
    // That request died mid-check: its claim holds the others off until it times out.
    let soon = next + time::Duration::seconds(1);
    assert_eq!(store.claim_staff_session_check(&loaded, soon).await.expect("answered"), CheckClaim::Taken);
    let later = next + STAFF_SESSION_CHECK_CLAIM_TIMEOUT;
    assert_eq!(store.claim_staff_session_check(&loaded, later).await.expect("answered"), CheckClaim::Claimed);
    // The dead request's late record is ignored: the claim is no longer its own.
    store.record_staff_session_check(&session.id, &moved, None, next).await.expect("ignored");
    let still = store.load_staff_session(&session.id, later).await.expect("loaded").expect("live");
    assert_eq!((still.checked_at, &still.caseworker), (due, &now_general));

    // Refused at the provider: the session ends, and a claim on it is refused.
    store.end_staff_session(&session.id).await.expect("ended");
    assert_eq!(store.claim_staff_session_check(&still, later).await.expect("answered"), CheckClaim::Taken);
    assert_eq!(store.load_staff_session(&session.id, later).await.expect("loaded"), None);
}

#[tokio::test]
async fn an_erasure_deletes_once_however_many_race_and_its_trail_outlives_it_until_its_own_expiry() {
    use intake::casework::ErasureReason;
    use intake::store::{AUDIT_RETENTION, Erasure};
    let store = fresh_store().await;
    let reference = sent(&store, at(0), true).await;
    let specialist = caseworker("da", &[Team::DomesticAbuse]);
    store
        .record_view(&reference, Team::DomesticAbuse, &specialist, AuditAction::ViewedWithDisclosure, at(1))
        .await
        .expect("recorded");
    // Another team's caseworker, or naming another team: nothing happens.
    let general = caseworker("general", &[Team::General]);
    let reason = ErasureReason::ApplicantAsked;
    assert_eq!(
        store.erase(&reference, Team::DomesticAbuse, &general, reason, at(2)).await.expect("answered"),
        Erasure::NotFound
    );
    assert_eq!(
        store.erase(&reference, Team::General, &general, reason, at(2)).await.expect("answered"),
        Erasure::NotFound
    );
    assert!(store.load_application(&reference).await.expect("loaded").is_some());

    let erasures: Vec<_> = (0..5)
        .map(|_| {
            let (store, reference, who) = (store.clone(), reference.clone(), specialist.clone());
            tokio::spawn(async move { store.erase(&reference, Team::DomesticAbuse, &who, reason, at(3)).await })
        })
        .collect();
    let mut outcomes = Vec::new();
    for erasure in erasures {
        outcomes.push(erasure.await.expect("joined").expect("no store error"));
    }
    assert_eq!(outcomes.iter().filter(|o| **o == Erasure::Erased).count(), 1, "{outcomes:?}");
    assert!(outcomes.iter().all(|o| matches!(o, Erasure::Erased | Erasure::NotFound)), "{outcomes:?}");
    assert!(store.load_application(&reference).await.expect("loaded").is_none());
    assert!(store.load_disclosure(&reference).await.expect("loaded").is_none());

    let trail = store.audit_trail(&reference, at(4)).await.expect("trail");
    let actions: Vec<AuditAction> = trail.iter().map(|e| e.action).collect();
    assert_eq!(actions, [AuditAction::ViewedWithDisclosure, AuditAction::Erased(reason)]);
    assert!(trail.iter().all(|e| e.team == Team::DomesticAbuse));
    // Each entry expires on its own: the first is gone a second before the second is.
    let first_gone = at(1) + AUDIT_RETENTION;
    assert_eq!(store.audit_trail(&reference, first_gone).await.expect("trail").len(), 1);
    assert!(store.audit_trail(&reference, at(3) + AUDIT_RETENTION).await.expect("trail").is_empty());
}

/// An audit entry exactly as versions before the trail's own partition wrote it: in the application's partition,
/// without the reference, the team or an expiry.
async fn old_style_audit_entry(store: &Store, reference: &Reference, at: &str, action: &str) {
    use aws_sdk_dynamodb::types::AttributeValue;
    let s = |value: &str| AttributeValue::S(value.to_owned());
    store
        .client()
        .put_item()
        .table_name(store.table_name())
        .item("pk", s(&format!("APP#{}", reference.as_str())))
        .item("sk", s(&format!("AUDIT#{at}#0a1b2c3d")))
        .item("caseworker_id", s("old-hand"))
        .item("caseworker_name", s("Olive Hand"))
        .item("action", s(action))
        .item("at", s(at))
        .send()
        .await
        .expect("written the old way");
}

#[tokio::test]
async fn audit_entries_in_the_old_place_are_moved_to_the_trail_once_with_their_team_and_expiry() {
    use intake::store::AUDIT_RETENTION;
    let store = fresh_store().await;
    let general = sent(&store, at(0), false).await;
    let disclosed = sent(&store, at(1), true).await;
    let orphan = Reference::new();
    old_style_audit_entry(&store, &general, "2026-01-05T09:00:00Z", "claimed").await;
    old_style_audit_entry(&store, &general, "2026-01-05T09:30:00Z", "status:in-progress").await;
    old_style_audit_entry(&store, &disclosed, "2026-01-06T10:00:00Z", "viewed-with-disclosure").await;
    old_style_audit_entry(&store, &orphan, "2026-01-07T11:00:00Z", "viewed").await;
    let read_at = OffsetDateTime::now_utc();
    assert!(store.audit_trail(&general, read_at).await.expect("trail").is_empty(), "not read where they are");

    let report = store.move_audit_entries().await.expect("moved");
    assert_eq!(report.moved, 3);
    assert_eq!((report.left, report.left_references.into_iter().collect::<Vec<_>>()), (1, vec![orphan.to_string()]));

    let trail = store.audit_trail(&general, read_at).await.expect("trail");
    let read: Vec<_> = trail.iter().map(|e| (e.action, e.team, e.caseworker_name.as_str(), e.at.as_str())).collect();
    assert_eq!(
        read,
        [
            (AuditAction::Claimed, Team::General, "Olive Hand", "2026-01-05T09:00:00Z"),
            (AuditAction::StatusChanged(Status::InProgress), Team::General, "Olive Hand", "2026-01-05T09:30:00Z"),
        ]
    );
    let trail = store.audit_trail(&disclosed, read_at).await.expect("trail");
    assert_eq!(
        trail.iter().map(|e| (e.action, e.team)).collect::<Vec<_>>(),
        [(AuditAction::ViewedWithDisclosure, Team::DomesticAbuse)]
    );
    // Each keeps its own period, from when it was written.
    let written =
        OffsetDateTime::parse("2026-01-05T09:00:00Z", &time::format_description::well_known::Rfc3339).expect("a time");
    assert_eq!(store.audit_trail(&general, written + AUDIT_RETENTION).await.expect("trail").len(), 1);

    // Nothing is left in the applications' partitions but the orphan's; a second run finds nothing more to do.
    let again = store.move_audit_entries().await.expect("moved");
    assert_eq!((again.moved, again.left), (0, 1));
}
