//! The handover feed and retention against the official DynamoDB Local: handing over puts each record in its
//! destination's feed and nowhere else; collecting changes nothing; acknowledging is once, however often it is
//! sent; concurrent collectors never lose a record nor see two versions of one; and acknowledgement or withdrawal
//! starts the retention period, read with a fixed clock (`intake::clock::Clock`).

// Test code: a failed expectation is the test failing.
#![allow(clippy::expect_used, clippy::panic, clippy::unwrap_used)]

use std::collections::{BTreeMap, BTreeSet, HashMap};

use aws_sdk_dynamodb::types::AttributeValue;
use intake::casework::{Caseworker, ErasureReason, Status};
use intake::handover::{RecordId, RecordKind};
use intake::retention::AFTER_HANDOVER;
use intake::routing::Team;
use intake::store::{Acknowledged, AuditAction, CASE_MANAGEMENT, Change, Erasure, FEED_PAGE_SIZE, FeedPage};
use intake::urgent::{Help, Outcome, RequestStatus, UrgentRequest};
use intake::{Clock, Draft, Reference, Store};
use serde_json::Value;
use time::OffsetDateTime;

mod support;
use support::fresh_store;

/// What an application was sent with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// No disclosure: the general team's.
    General,
    /// A disclosure: the domestic-abuse team's, with a disclosure item.
    Disclosed,
    /// A disclosure and a request to call the police sent while applying: a request item too.
    WithRequest,
}

/// The client id case management's collector acknowledges with (the feed passes the access token's).
const COLLECTOR: &str = "case-management-collector";

fn at(seconds: i64) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(1_795_000_000 + seconds).expect("a time")
}

/// Someone in both teams, so that one caseworker can take any application through.
fn caseworker() -> Caseworker {
    Caseworker { id: "cw".into(), name: "Casey Worker".into(), teams: vec![Team::DomesticAbuse, Team::General] }
}

async fn sent(store: &Store, now: OffsetDateTime, kind: Kind) -> Reference {
    let draft = if kind == Kind::WithRequest {
        request_sent_on_its_own(store, now).await
    } else {
        let mut draft = Draft::new(now);
        draft.answers.set_abuse(kind == Kind::Disclosed);
        store.save_draft(&mut draft, now).await.expect("saved");
        draft
    };
    store.send_application(&draft.session, now).await.expect("sent").expect("a receipt").reference
}

/// The team whose application it is.
async fn team_of(store: &Store, reference: &Reference) -> Team {
    store.load_application(reference).await.expect("read").expect("an application").team
}

/// Claimed and started, at `now`.
async fn in_progress(store: &Store, reference: &Reference, now: OffsetDateTime) {
    let me = caseworker();
    assert_eq!(store.claim(reference, team_of(store, reference).await, &me, now).await.expect("claimed"), Change::Done);
    let started = store
        .change_status(reference, team_of(store, reference).await, &me, Status::Claimed, Status::InProgress, now)
        .await;
    assert_eq!(started.expect("started"), Change::Done);
}

/// Sent, claimed, started and handed over at `now`.
async fn handed_over(store: &Store, kind: Kind, now: OffsetDateTime) -> Reference {
    let reference = sent(store, now, kind).await;
    in_progress(store, &reference, now).await;
    let me = caseworker();
    let done = store
        .change_status(&reference, team_of(store, &reference).await, &me, Status::InProgress, Status::HandedOver, now)
        .await;
    assert_eq!(done.expect("handed over"), Change::Done);
    reference
}

/// Every page of a destination's feed, as (id, the record as it was served).
async fn collect(store: &Store, destination: Team) -> Vec<(String, String)> {
    let mut records = Vec::new();
    let mut after = None;
    for _ in 0..100 {
        let FeedPage { records: page, next } =
            store.handed_over_records(destination, after.as_ref()).await.expect("a page");
        for json in page {
            let value: Value = serde_json::from_str(&json).expect("a record is JSON");
            records.push((value["id"].as_str().expect("an id").to_owned(), json));
        }
        match next {
            Some(cursor) => after = Some(cursor),
            None => return records,
        }
    }
    panic!("the feed never ended")
}

fn ids(records: &[(String, String)]) -> Vec<String> {
    records.iter().map(|(id, _)| id.clone()).collect()
}

fn id(reference: &Reference, kind: RecordKind) -> RecordId {
    RecordId::new(reference.clone(), kind)
}

/// Every item of the table, by (pk, sk).
async fn items(store: &Store) -> BTreeMap<(String, String), HashMap<String, AttributeValue>> {
    let mut found = BTreeMap::new();
    let mut start = None;
    loop {
        let output = store
            .client()
            .scan()
            .table_name(store.table_name())
            .set_exclusive_start_key(start)
            .send()
            .await
            .expect("scanned");
        for item in output.items() {
            let text = |name: &str| item[name].as_s().expect("a string key").clone();
            found.insert((text("pk"), text("sk")), item.clone());
        }
        match output.last_evaluated_key {
            Some(key) => start = Some(key),
            None => return found,
        }
    }
}

/// The `expires_at` of each item of an application's partition, by sort key (`None`: it has none).
async fn expiries(store: &Store, reference: &Reference) -> BTreeMap<String, Option<i64>> {
    let partition = format!("APP#{}", reference.as_str());
    items(store)
        .await
        .into_iter()
        .filter(|((pk, _), _)| *pk == partition)
        .map(|((_, sk), item)| (sk, item.get("expires_at").map(|n| n.as_n().expect("a number").parse().expect("i64"))))
        .collect()
}

#[tokio::test]
async fn handing_over_puts_each_record_in_its_destinations_feed_and_nowhere_else() {
    let store = fresh_store().await;
    let general = handed_over(&store, Kind::General, at(0)).await;
    let disclosed = handed_over(&store, Kind::Disclosed, at(10)).await;
    let with_request = handed_over(&store, Kind::WithRequest, at(20)).await;
    // Sent and in progress, not handed over: in no feed.
    let waiting = sent(&store, at(30), Kind::Disclosed).await;
    in_progress(&store, &waiting, at(31)).await;

    let to_general = collect(&store, Team::General).await;
    assert_eq!(ids(&to_general), [general.to_string()], "only the general team's application, and no disclosure");
    let to_domestic_abuse = collect(&store, Team::DomesticAbuse).await;
    assert_eq!(
        ids(&to_domestic_abuse),
        [
            disclosed.to_string(),
            format!("{disclosed}/disclosure"),
            with_request.to_string(),
            format!("{with_request}/disclosure"),
        ],
        "oldest first, each application record before its disclosure record"
    );
    for (id, json) in to_general.iter().chain(&to_domestic_abuse) {
        let record: Value = serde_json::from_str(json).expect("JSON");
        let kind = if id.ends_with("/disclosure") { "disclosure" } else { "application" };
        assert_eq!(record["kind"], kind, "{id}");
        if kind == "application" {
            let team = if *id == general.to_string() { "general" } else { "domestic-abuse" };
            assert_eq!(record["routing"]["team"], team, "{id}");
        }
    }
    let request = &to_domestic_abuse[3].1;
    assert!(request.contains("At a friend's"), "the urgent request, as sent, is in its disclosure record");
    assert!(!to_domestic_abuse[2].1.contains("At a friend's"), "and never in the application record");
}

#[tokio::test]
async fn collecting_twice_gives_the_same_records_and_acknowledging_twice_is_harmless() {
    let store = fresh_store().await;
    let general = handed_over(&store, Kind::General, at(0)).await;
    let disclosed = handed_over(&store, Kind::Disclosed, at(1)).await;
    let first = collect(&store, Team::DomesticAbuse).await;
    assert_eq!(first, collect(&store, Team::DomesticAbuse).await, "collecting changes nothing");

    // Neither destination can acknowledge, or learn of, the other's records.
    for (destination, record) in [
        (Team::General, id(&disclosed, RecordKind::Application)),
        (Team::General, id(&disclosed, RecordKind::Disclosure)),
        (Team::DomesticAbuse, id(&general, RecordKind::Application)),
        (Team::DomesticAbuse, id(&general, RecordKind::Disclosure)),
        (Team::DomesticAbuse, id(&Reference::new(), RecordKind::Application)),
    ] {
        let answer = store.acknowledge(destination, COLLECTOR, &record, at(2)).await.expect("answered");
        assert_eq!(answer, Acknowledged::NotFound, "{destination:?} {record}");
    }
    assert_eq!(ids(&collect(&store, Team::General).await), [general.to_string()], "still there");

    let record = id(&disclosed, RecordKind::Application);
    for _ in 0..3 {
        assert_eq!(
            store.acknowledge(Team::DomesticAbuse, COLLECTOR, &record, at(3)).await.expect("ok"),
            Acknowledged::Done
        );
    }
    assert_eq!(ids(&collect(&store, Team::DomesticAbuse).await), [format!("{disclosed}/disclosure")]);
    assert_eq!(first[1], collect(&store, Team::DomesticAbuse).await[0], "the other record is unchanged");
    // Acknowledged: the record's copy of the application is gone, what it was and when it was acknowledged stay.
    let item = &items(&store).await[&(format!("APP#{}", disclosed.as_str()), "HANDOVER#application".to_owned())];
    assert!(item.get("record").is_none() && item.get("gsi3pk").is_none(), "{:?}", item.keys());
    assert!(item.contains_key("acknowledged_at"));
}

#[tokio::test]
async fn the_feed_is_paged_oldest_first_without_losing_or_repeating_a_record() {
    let store = fresh_store().await;
    let count = i64::from(FEED_PAGE_SIZE) + 3;
    let mut expected = Vec::new();
    // Handed over in the opposite order to the one they were sent in: the feed goes by hand-over.
    let references: Vec<Reference> = {
        let mut sent_ones = Vec::new();
        for i in 0..count {
            let reference = sent(&store, at(i), Kind::General).await;
            in_progress(&store, &reference, at(i)).await;
            sent_ones.push(reference);
        }
        sent_ones
    };
    for (i, reference) in references.iter().rev().enumerate() {
        let me = caseworker();
        let change = store.change_status(
            reference,
            team_of(&store, reference).await,
            &me,
            Status::InProgress,
            Status::HandedOver,
            at(1000 + i as i64),
        );
        assert_eq!(change.await.expect("handed over"), Change::Done);
        expected.push(reference.to_string());
    }
    let first = store.handed_over_records(Team::General, None).await.expect("first page");
    assert_eq!(first.records.len(), FEED_PAGE_SIZE as usize);
    assert!(first.next.is_some());
    assert_eq!(ids(&collect(&store, Team::General).await), expected);
}

#[tokio::test]
async fn concurrent_collectors_never_lose_a_record_nor_see_two_versions_of_one() {
    let store = fresh_store().await;
    let mut expected = BTreeSet::new();
    for i in 0..12 {
        let kind = match i % 3 {
            0 => Kind::General,
            1 => Kind::Disclosed,
            _ => Kind::WithRequest,
        };
        let reference = handed_over(&store, kind, at(i)).await;
        expected.insert(reference.to_string());
        if kind != Kind::General {
            expected.insert(format!("{reference}/disclosure"));
        }
    }
    // Three collectors a destination, each collecting a page and acknowledging what it got until the feed is empty.
    let collectors: Vec<_> = (0..6)
        .map(|i| {
            let store = store.clone();
            let destination = if i % 2 == 0 { Team::General } else { Team::DomesticAbuse };
            tokio::spawn(async move {
                let mut seen: Vec<(String, String)> = Vec::new();
                for round in 0..200 {
                    let page = store.handed_over_records(destination, None).await.expect("a page");
                    if page.records.is_empty() {
                        return seen;
                    }
                    let ids: Vec<String> = page
                        .records
                        .iter()
                        .map(|json| serde_json::from_str::<Value>(json).expect("JSON")["id"].as_str().unwrap().into())
                        .collect();
                    assert_eq!(ids.iter().collect::<BTreeSet<_>>().len(), ids.len(), "a page never repeats a record");
                    for (id, json) in ids.iter().zip(&page.records) {
                        let answer = store
                            .acknowledge(destination, COLLECTOR, &RecordId::parse(id).expect("an id"), at(100 + round))
                            .await
                            .expect("acknowledged");
                        assert_eq!(answer, Acknowledged::Done, "{id}");
                        seen.push((id.clone(), json.clone()));
                    }
                }
                panic!("the feed never emptied")
            })
        })
        .collect();
    let mut versions: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for collector in collectors {
        for (id, json) in collector.await.expect("joined") {
            let record: Value = serde_json::from_str(&json).expect("JSON");
            assert_eq!(record["id"], Value::String(id.clone()));
            versions.entry(id).or_default().insert(json);
        }
    }
    assert_eq!(versions.keys().cloned().collect::<BTreeSet<_>>(), expected, "every record delivered, none made up");
    assert!(versions.values().all(|seen| seen.len() == 1), "one version of each record");
    assert!(collect(&store, Team::General).await.is_empty() && collect(&store, Team::DomesticAbuse).await.is_empty());
    // Every application's retention period started, once: each record was its last to be acknowledged or not.
    for reference in expected.iter().filter(|id| !id.ends_with("/disclosure")) {
        let reference = Reference::parse(reference).expect("a reference");
        let expiries = expiries(&store, &reference).await;
        assert!(expiries["APP"].is_some(), "{reference}: {expiries:?}");
        assert!(
            expiries.iter().filter(|(sk, _)| sk.starts_with("HANDOVER#")).all(|(_, expiry)| *expiry == expiries["APP"]),
            "{reference}: {expiries:?}"
        );
    }
}

#[tokio::test]
async fn the_retention_period_starts_when_case_management_has_every_record_and_then_reads_find_nothing() {
    let store = fresh_store().await;
    let reference = handed_over(&store, Kind::WithRequest, at(0)).await;
    // The request was dealt with before the hand-over was acknowledged.
    let me = caseworker();
    assert_eq!(store.claim_request(&reference, &me, at(1)).await.expect("claimed"), Change::Done);
    let done = store.record_request_outcome(&reference, &me, Outcome::PoliceCalled, at(2)).await;
    assert_eq!(done.expect("done"), Change::Done);

    // The application record alone: the team's destination still has the disclosure record to collect.
    let acknowledged =
        store.acknowledge(Team::DomesticAbuse, COLLECTOR, &id(&reference, RecordKind::Application), at(10)).await;
    assert_eq!(acknowledged.expect("acknowledged"), Acknowledged::Done);
    assert!(expiries(&store, &reference).await.values().all(Option::is_none), "nothing expires yet");

    let last = at(20);
    let acknowledged =
        store.acknowledge(Team::DomesticAbuse, COLLECTOR, &id(&reference, RecordKind::Disclosure), last).await;
    assert_eq!(acknowledged.expect("acknowledged"), Acknowledged::Done);
    let expires = (last + AFTER_HANDOVER).unix_timestamp();
    let expiries = expiries(&store, &reference).await;
    for sk in ["APP", "DISCLOSURE", "REQUEST", "HANDOVER#application", "HANDOVER#disclosure"] {
        assert_eq!(expiries[sk], Some(expires), "{sk}: {expiries:?}");
    }
    // Both records' acknowledgements are in the domestic-abuse team's trail, which outlives them.
    let acknowledged: Vec<_> = store
        .audit_trail(&reference, last)
        .await
        .expect("trail")
        .into_iter()
        .filter(|entry| entry.team == Team::DomesticAbuse && entry.caseworker_name == CASE_MANAGEMENT)
        .map(|entry| entry.action)
        .collect();
    assert_eq!(
        acknowledged,
        [AuditAction::Acknowledged(RecordKind::Application), AuditAction::Acknowledged(RecordKind::Disclosure)]
    );
    // The audit trail, in its own partition, keeps its own, longer expiry (`store::AUDIT_RETENTION`).
    let trail = format!("AUDIT#{}", reference.as_str());
    let audit: Vec<_> = items(&store).await.into_iter().filter(|((pk, _), _)| *pk == trail).collect();
    let own_expiry = |item: &HashMap<String, AttributeValue>| {
        item.get("expires_at").and_then(|v| v.as_n().ok()).and_then(|n| n.parse::<i64>().ok())
    };
    assert!(
        !audit.is_empty() && audit.iter().all(|(_, item)| own_expiry(item).is_some_and(|at| at > expires)),
        "the audit trail outlives the application"
    );

    // Read a second before, and at, the end of the period.
    let before = store.clone().with_clock(Clock::Fixed(last + AFTER_HANDOVER - time::Duration::seconds(1)));
    assert!(before.load_application(&reference).await.expect("read").is_some());
    assert!(before.load_disclosure(&reference).await.expect("read").is_some());
    assert!(before.load_request(&reference).await.expect("read").is_some());
    assert_eq!(before.claimed_by("cw").await.expect("mine").len(), 2, "the application and the request");
    let after = store.clone().with_clock(Clock::Fixed(last + AFTER_HANDOVER));
    assert!(after.load_application(&reference).await.expect("read").is_none(), "also what search finds");
    assert!(after.load_disclosure(&reference).await.expect("read").is_none());
    assert!(after.load_request(&reference).await.expect("read").is_none());
    assert!(after.claimed_by("cw").await.expect("mine").is_empty(), "gone from the caseworker's list");
    assert_eq!(
        after
            .acknowledge(Team::DomesticAbuse, COLLECTOR, &id(&reference, RecordKind::Disclosure), last)
            .await
            .expect("answered"),
        Acknowledged::NotFound
    );
    assert!(!after.audit_trail(&reference, last).await.expect("trail").is_empty(), "the trail outlives the data");
}

#[tokio::test]
async fn a_general_application_expires_with_its_one_acknowledgement() {
    let store = fresh_store().await;
    let reference = handed_over(&store, Kind::General, at(0)).await;
    let acknowledged =
        store.acknowledge(Team::General, COLLECTOR, &id(&reference, RecordKind::Application), at(5)).await;
    assert_eq!(acknowledged.expect("acknowledged"), Acknowledged::Done);
    let expires = Some((at(5) + AFTER_HANDOVER).unix_timestamp());
    let expiries = expiries(&store, &reference).await;
    assert_eq!((expiries["APP"], expiries["HANDOVER#application"]), (expires, expires), "{expiries:?}");
    // Acknowledged again later: nothing changes, the period is not pushed back.
    let again = store.acknowledge(Team::General, COLLECTOR, &id(&reference, RecordKind::Application), at(500)).await;
    assert_eq!(again.expect("acknowledged"), Acknowledged::Done);
    assert_eq!(self::expiries(&store, &reference).await["APP"], expires);
    // The general team's trail says who acknowledged it, once.
    let trail = store.audit_trail(&reference, at(600)).await.expect("trail");
    let acknowledgements: Vec<_> = trail
        .iter()
        .filter(|entry| matches!(entry.action, AuditAction::Acknowledged(_)))
        .map(|entry| (entry.action, entry.team, entry.caseworker_id.as_str(), entry.caseworker_name.as_str()))
        .collect();
    assert_eq!(
        acknowledgements,
        [(AuditAction::Acknowledged(RecordKind::Application), Team::General, COLLECTOR, CASE_MANAGEMENT)]
    );
}

#[tokio::test]
async fn nothing_submitted_and_not_yet_handed_over_and_acknowledged_ever_expires() {
    let store = fresh_store().await;
    let submitted = sent(&store, at(0), Kind::WithRequest).await;
    let claimed = sent(&store, at(1), Kind::Disclosed).await;
    store.claim(&claimed, team_of(&store, &claimed).await, &caseworker(), at(2)).await.expect("claimed");
    let started = sent(&store, at(3), Kind::General).await;
    in_progress(&store, &started, at(4)).await;
    let waiting_for_case_management = handed_over(&store, Kind::WithRequest, at(5)).await;
    let one_of_two = handed_over(&store, Kind::Disclosed, at(6)).await;
    store
        .acknowledge(Team::DomesticAbuse, COLLECTOR, &id(&one_of_two, RecordKind::Disclosure), at(7))
        .await
        .expect("done");

    let everything = items(&store).await;
    let applications: Vec<_> = everything.iter().filter(|((pk, _), _)| pk.starts_with("APP#")).collect();
    // 3 + 2 + 1 items sent (an application, its disclosure, its request), and 5 + 4 for the two handed over (their
    // records too): the audit trail is in partitions of its own.
    assert_eq!(applications.len(), 15, "{applications:?}");
    for ((pk, sk), item) in applications {
        assert!(!item.contains_key("expires_at"), "{pk} {sk} expires");
    }
    // However far in the future it is read.
    let far = store.clone().with_clock(Clock::Fixed(at(0) + time::Duration::days(365 * 50)));
    for reference in [&submitted, &claimed, &started, &waiting_for_case_management, &one_of_two] {
        assert!(far.load_application(reference).await.expect("read").is_some(), "{reference}");
    }
    assert!(far.load_request(&submitted).await.expect("read").is_some());
    assert_eq!(collect(&far, Team::DomesticAbuse).await.len(), 3, "the records still waiting are still there");
    let queue = far.queue(Team::DomesticAbuse, None).await.expect("queue");
    assert!(queue.entries.iter().any(|entry| entry.reference == submitted), "still in the queue");
}

/// A draft that sent a request to call the police at `now`, and no application (yet).
async fn request_sent_on_its_own(store: &Store, now: OffsetDateTime) -> Draft {
    let mut draft = Draft::new(now);
    draft.answers.set_abuse(true);
    draft.answers.set_in_immediate_danger(Some(true));
    draft.answers.set_call_request(Some(intake::safety::CallRequest::CallThePolice));
    draft.answers.urgent_request = Some(UrgentRequest {
        first_name: None,
        help: Help::CallThePolice {
            whereabouts: intake::domain::LongText::parse("At a friend's").expect("valid"),
            phone: None,
        },
    });
    store.send_urgent_request(&mut draft, now).await.expect("the request sent");
    draft
}

/// Claims the request and records that the police were called, at `now`.
async fn police_called(store: &Store, reference: &Reference, now: OffsetDateTime) {
    let me = caseworker();
    assert_eq!(store.claim_request(reference, &me, now).await.expect("claimed"), Change::Done);
    let done = store.record_request_outcome(reference, &me, Outcome::PoliceCalled, now).await;
    assert_eq!(done.expect("recorded"), Change::Done);
}

#[tokio::test]
async fn a_request_no_application_follows_expires_after_it_was_dealt_with_unless_its_application_comes() {
    let store = fresh_store().await;
    // On its own, dealt with: its part here is over, so its period starts.
    let alone = request_sent_on_its_own(&store, at(0)).await.reference;
    police_called(&store, &alone, at(10)).await;
    let expires = (at(10) + AFTER_HANDOVER).unix_timestamp();
    assert_eq!(expiries(&store, &alone).await["REQUEST"], Some(expires));
    let just_before = store.clone().with_clock(Clock::Fixed(at(10) + AFTER_HANDOVER - time::Duration::seconds(1)));
    assert!(just_before.load_request(&alone).await.expect("read").is_some(), "kept for the whole period");
    let after = store.clone().with_clock(Clock::Fixed(at(10) + AFTER_HANDOVER));
    assert_eq!(after.load_request(&alone).await.expect("read"), None, "and no longer");
    assert!(!after.audit_trail(&alone, at(11)).await.expect("trail").is_empty(), "its trail outlives it");

    // Dealt with, then the application comes: once it is claimed, the request is kept as long as the application.
    let draft = request_sent_on_its_own(&store, at(20)).await;
    police_called(&store, &draft.reference, at(30)).await;
    let its_own = Some((at(30) + AFTER_HANDOVER).unix_timestamp());
    assert_eq!(expiries(&store, &draft.reference).await["REQUEST"], its_own);
    let receipt = store.send_application(&draft.session, at(40)).await.expect("sent").expect("a receipt");
    assert_eq!(receipt.reference, draft.reference);
    assert_eq!(expiries(&store, &draft.reference).await["REQUEST"], its_own, "the applicant's side cannot change it");
    let claimed = store.claim(&draft.reference, Team::DomesticAbuse, &caseworker(), at(50)).await;
    assert_eq!(claimed.expect("claimed"), Change::Done);
    let kept = expiries(&store, &draft.reference).await;
    assert!(kept.values().all(Option::is_none), "nothing expires while the application is work: {kept:?}");
    let far = store.clone().with_clock(Clock::Fixed(at(0) + time::Duration::days(365 * 50)));
    assert!(far.load_request(&draft.reference).await.expect("read").is_some());

    // Dealt with after its application came: the application's rule, as before (kept with it).
    let first = request_sent_on_its_own(&store, at(50)).await;
    store.send_application(&first.session, at(60)).await.expect("sent").expect("a receipt");
    police_called(&store, &first.reference, at(70)).await;
    assert!(expiries(&store, &first.reference).await.values().all(Option::is_none));
}

#[tokio::test]
async fn an_application_whose_request_has_expired_is_claimed_without_bringing_it_back() {
    let store = fresh_store().await;
    let mut draft = request_sent_on_its_own(&store, at(0)).await;
    police_called(&store, &draft.reference, at(1)).await;
    // The applicant kept the draft alive past the request's period (every save extends it).
    let later = at(1) + AFTER_HANDOVER + time::Duration::hours(1);
    store.save_draft(&mut draft, later).await.expect("saved");
    let store = store.with_clock(Clock::Fixed(later));
    let receipt = store.send_application(&draft.session, later).await.expect("sent").expect("a receipt");
    assert!(store.load_application(&receipt.reference).await.expect("read").is_some(), "the application is sent");
    let claimed = store.claim(&receipt.reference, Team::DomesticAbuse, &caseworker(), later).await;
    assert_eq!(claimed.expect("claimed"), Change::Done);
    assert_eq!(store.load_request(&receipt.reference).await.expect("read"), None, "the request stays gone");
    let expiries = expiries(&store, &receipt.reference).await;
    assert_eq!(expiries["REQUEST"], Some((at(1) + AFTER_HANDOVER).unix_timestamp()), "not brought back");
}

#[tokio::test]
async fn withdrawal_starts_the_retention_period_and_a_request_dealt_with_later_follows_it() {
    let store = fresh_store().await;
    let me = caseworker();
    let reference = sent(&store, at(0), Kind::WithRequest).await;
    store.claim_request(&reference, &me, at(1)).await.expect("claimed");
    store.claim(&reference, team_of(&store, &reference).await, &me, at(2)).await.expect("claimed");
    let withdrawn = at(3);
    let change = store
        .change_status(
            &reference,
            team_of(&store, &reference).await,
            &me,
            Status::Claimed,
            Status::Withdrawn,
            withdrawn,
        )
        .await;
    assert_eq!(change.expect("withdrawn"), Change::Done);
    let expires = Some((withdrawn + AFTER_HANDOVER).unix_timestamp());
    let expiries = expiries(&store, &reference).await;
    assert_eq!((expiries["APP"], expiries["DISCLOSURE"]), (expires, expires), "{expiries:?}");
    assert_eq!(expiries["REQUEST"], None, "a request not yet dealt with is still work");
    assert_eq!(collect(&store, Team::DomesticAbuse).await, [], "a withdrawn application is never handed over");

    let done = store.record_request_outcome(&reference, &me, Outcome::CouldNotReach, at(4000)).await;
    assert_eq!(done.expect("done"), Change::Done);
    assert_eq!(self::expiries(&store, &reference).await["REQUEST"], expires, "the application's expiry");
    let request = store.load_request(&reference).await.expect("read").expect("there until then");
    assert_eq!(request.status, RequestStatus::Done(Outcome::CouldNotReach));
}

#[tokio::test]
async fn two_records_acknowledged_at_once_start_the_period_exactly_once() {
    let store = fresh_store().await;
    let mut references = Vec::new();
    for i in 0..6 {
        references.push(handed_over(&store, Kind::Disclosed, at(i)).await);
    }
    let acknowledgements: Vec<_> = references
        .iter()
        .flat_map(|reference| RecordKind::ALL.map(|kind| id(reference, kind)))
        .map(|record| {
            let store = store.clone();
            tokio::spawn(async move { store.acknowledge(Team::DomesticAbuse, COLLECTOR, &record, at(60)).await })
        })
        .collect();
    for acknowledgement in acknowledgements {
        assert_eq!(acknowledgement.await.expect("joined").expect("acknowledged"), Acknowledged::Done);
    }
    let expires = Some((at(60) + AFTER_HANDOVER).unix_timestamp());
    for reference in &references {
        let expiries = expiries(&store, reference).await;
        for sk in ["APP", "DISCLOSURE", "HANDOVER#application", "HANDOVER#disclosure"] {
            assert_eq!(expiries[sk], expires, "{reference} {sk}: {expiries:?}");
        }
    }
}

#[tokio::test]
async fn an_erased_application_leaves_nothing_in_the_feeds() {
    let store = fresh_store().await;
    // Handed over, its records waiting in the domestic-abuse destination's feed; and one acknowledged by case
    // management, of which the record items keep a tombstone.
    let waiting = handed_over(&store, Kind::Disclosed, at(0)).await;
    let collected = handed_over(&store, Kind::General, at(1)).await;
    store
        .acknowledge(Team::General, COLLECTOR, &id(&collected, RecordKind::Application), at(2))
        .await
        .expect("acknowledged");
    for reference in [&waiting, &collected] {
        let team = team_of(&store, reference).await;
        let erased = store.erase(reference, team, &caseworker(), ErasureReason::Duplicate, at(3)).await;
        assert_eq!(erased.expect("erased"), Erasure::Erased, "{reference}");
    }
    assert!(collect(&store, Team::DomesticAbuse).await.is_empty(), "nothing erased is delivered");
    assert!(collect(&store, Team::General).await.is_empty());
    let left: Vec<_> = items(&store)
        .await
        .into_keys()
        .filter(|(pk, _)| [&waiting, &collected].iter().any(|r| pk == &format!("APP#{}", r.as_str())))
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}
