//! The handover in the store: handing over puts an application's records into their destinations' feeds,
//! case management collects them and acknowledges each, and acknowledgement (or withdrawal) starts the retention
//! period (`crate::retention`). docs/design.md, "Data" and "After pickup"; docs/handover.md for case management.
//!
//! **An outbox item per record, written with the status change.** Handing over is one `TransactWriteItems`: the
//! conditional update of the application's status (held by this caseworker, in progress), its audit entry, and a
//! put of each record the application becomes, made then and there from the stored application
//! (`crate::handover`): `pk=APP#<ref>`, `sk=HANDOVER#application` (and `HANDOVER#disclosure` for the
//! domestic-abuse team's applications that have one). So a hand-over never happens without its records, and a record
//! is stored as it was handed over: every collection returns the same bytes, whatever changes in the code or the
//! schemas' later v1 revisions meanwhile (docs/handover.md, "Versions": a record validates against its schema as it
//! was when the record was made).
//!
//! **The feed is a sparse index.** Each record item carries `gsi3pk = HANDOVER#<destination>` and
//! `gsi3sk = <handed_over_at>#<id>` (the handover index, [`crate::table::HANDOVER_INDEX`]): a destination's feed is
//! one `Query`, oldest first. The destination is the team's case management: an application record goes to the
//! application's team's destination, a disclosure record only ever to the domestic-abuse team's, and the store
//! refuses to hand over anything else. Acknowledging a record is a conditional update that removes those keys (so it
//! leaves the feed), drops the record's copy of the data and keeps `acknowledged_at`, so acknowledging again is
//! harmless and an id that was never handed over is told apart from one already acknowledged. Collecting changes
//! nothing, so collecting twice gives the same records; a record leaves the feed only by its acknowledgement, so one
//! is never lost to a collector that fails half-way. Delivery is at least once: the index is eventually consistent
//! (<https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.html#GSI.Reads>), and two collectors may
//! both be given a record before either acknowledges it, so case management keys what it stores by `id`.
//!
//! **Retention starts when case management has everything.** The acknowledgement of an application's last
//! unacknowledged record, in the same transaction, gives the application, its disclosure, its urgent request (if it
//! was dealt with) and its record items `expires_at` (DynamoDB's TTL attribute) [`crate::retention::AFTER_HANDOVER`]
//! later; withdrawal does the same with the status change. A domestic-abuse application's data waits for both of its
//! records: expiring the disclosure once the application record alone was acknowledged would leave the team's
//! destination a record to collect whose source was going. Two acknowledgements racing each other are serialised by
//! a condition check of the other record in each transaction, so exactly one of them starts the period. An urgent
//! request still waiting or claimed keeps no expiry (it is still work): recording its outcome later gives it the
//! application's. The receipt left by sending is not found by reference (it is under the hash of the applicant's
//! session) and expires 24 hours after sending, which is always before any of this. Audit entries are left alone:
//! they have a period of their own.

use std::collections::HashMap;
use std::time::Duration;

use aws_sdk_dynamodb::types::{AttributeValue, ConditionCheck, TransactWriteItem, Update};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::ATTEMPTS;
use super::applications::{APPLICATION_SORT_KEY, DISCLOSURE_SORT_KEY, application_item_key, application_partition};
use super::casework::{AuditAction, CASE_MANAGEMENT, Change, PlannedChange, audit_item, audit_item_by, s, timestamp};
use super::requests::REQUEST_SORT_KEY;
use super::transaction::Transacted;
use super::{Store, StoreError, retention_over, unavailable};
use crate::casework::{Caseworker, Status};
use crate::handover::{self, RecordId, RecordKind};
use crate::reference::Reference;
use crate::retention;
use crate::routing::Team;
use crate::table::{HANDOVER_INDEX, TABLE};
use crate::urgent::RequestStatus;

/// How a record item's sort key starts: `HANDOVER#application`, `HANDOVER#disclosure`.
pub const HANDOVER_SORT_KEY_PREFIX: &str = "HANDOVER#";
/// How many records a page of the feed holds. Records are a few kilobytes each: a page stays far below DynamoDB's
/// 1 MB a query and Lambda's 6 MB a response.
pub const FEED_PAGE_SIZE: i32 = 25;

/// How an acknowledgement ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Acknowledged {
    /// Acknowledged now, or before: either way it has left the feed.
    Done,
    /// No such record was handed over to this destination (or its retention period is over).
    NotFound,
}

/// A page of a destination's feed: records as they were handed over (JSON documents, each exactly the bytes stored),
/// oldest first, and where the next page starts if there may be one.
#[derive(Clone, PartialEq, Eq)]
pub struct FeedPage {
    pub records: Vec<String>,
    pub next: Option<FeedCursor>,
}

/// Never printed whole: the records are applications.
impl std::fmt::Debug for FeedPage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "FeedPage({} records, next {:?})", self.records.len(), self.next)
    }
}

/// Where a feed page starts: the feed sort key of the last record on the page before (`<handed_over_at>#<id>`).
/// Holds no answer, so it may go in a URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedCursor(String);

impl FeedCursor {
    /// Parses a cursor from a URL, refusing anything that is not a feed sort key this code writes.
    pub fn parse(value: &str) -> Option<Self> {
        let (at, id) = value.split_once('#')?;
        let valid = OffsetDateTime::parse(at, &Rfc3339).is_ok() && RecordId::parse(id).is_some();
        valid.then(|| Self(value.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn id(&self) -> Option<RecordId> {
        self.0.split_once('#').and_then(|(_, id)| RecordId::parse(id))
    }
}

pub(super) fn record_sort_key(kind: RecordKind) -> String {
    format!("{HANDOVER_SORT_KEY_PREFIX}{}", kind.as_str())
}

fn feed_partition(destination: Team) -> String {
    format!("HANDOVER#{}", destination.as_str())
}

/// Which destination a record goes to: the application record to its team's, the disclosure record to the
/// domestic-abuse team's only. `None`: a disclosure record of another team's application, which must never be
/// delivered anywhere (routing sends every application with a disclosure or a request to that team).
fn destination_of(kind: RecordKind, team: Team) -> Option<Team> {
    match (kind, team) {
        (RecordKind::Application, team) => Some(team),
        (RecordKind::Disclosure, Team::DomesticAbuse) => Some(Team::DomesticAbuse),
        (RecordKind::Disclosure, Team::General) => None,
    }
}

fn text<'a>(item: &'a HashMap<String, AttributeValue>, name: &str) -> Option<&'a str> {
    item.get(name).and_then(|v| v.as_s().ok()).map(String::as_str)
}

fn acknowledged(item: &HashMap<String, AttributeValue>) -> bool {
    item.contains_key("acknowledged_at")
}

/// Where an application is in its retention ([`Store::application_retention`]).
pub(super) enum ApplicationRetention {
    /// There is no application with the reference (yet): its urgent request was sent on its own.
    NotSent,
    /// Still work: not handed over and acknowledged, nor withdrawn.
    Kept,
    /// Its retention period has started: it expires then, in epoch seconds.
    Expires(i64),
}

impl Store {
    /// A planned casework change, the conditional update and its audit entry, with `extra` items in the same
    /// transaction (none for most changes: `casework::change`). The item must be the team's that the audit entry
    /// will name: the entry's team is what decides who may read the trail once the application is gone.
    /// `Ok(None)`: the condition of one of the extra items failed, so what they were planned from has changed: plan
    /// again.
    pub(super) async fn change_and<S>(
        &self,
        reference: &Reference,
        caseworker: &Caseworker,
        change: &PlannedChange,
        extra: &[TransactWriteItem],
        now: OffsetDateTime,
        status: fn(&str) -> Option<S>,
    ) -> Result<Option<Change<S>>, StoreError> {
        const OPERATION: &str = "TransactWriteItems casework";
        let invalid = |_| StoreError::Unavailable { operation: OPERATION, code: "invalid request".into() };
        let mut names = change.names.clone();
        names.insert("#team".to_owned(), "team".to_owned());
        let mut values = change.values.clone();
        values.insert(":audit_team".to_owned(), s(change.team.as_str()));
        let update = Update::builder()
            .table_name(&self.table_name)
            .set_key(Some(application_item_key(reference, change.sort_key)))
            .update_expression(&change.update)
            .condition_expression(format!("({}) AND #team = :audit_team", change.condition))
            .set_expression_attribute_names(Some(names))
            .set_expression_attribute_values(Some(values))
            .build()
            .map_err(invalid)?;
        for attempt in 0..ATTEMPTS {
            let audit = self.put_new(audit_item(reference, change.team, caseworker, change.action, now)?, OPERATION)?;
            // The order matters: the cancellation reasons are read by position.
            let mut items = vec![
                TransactWriteItem::builder().update(update.clone()).build(),
                TransactWriteItem::builder().put(audit).build(),
            ];
            items.extend_from_slice(extra);
            match self.transact(items, OPERATION).await? {
                Transacted::Done => return Ok(Some(Change::Done)),
                Transacted::Cancelled(why) if why.failed_condition(0) => {
                    return self.why_not(reference, change.sort_key, change.team, caseworker, status).await.map(Some);
                }
                Transacted::Cancelled(why) if why.failed_condition_from(2) => return Ok(None),
                // Another transaction on these items, or an audit entry's key taken (a new one is drawn).
                Transacted::Cancelled(_) | Transacted::Conflict => {}
            }
            tokio::time::sleep(Duration::from_millis(10 * u64::from(attempt + 1))).await;
        }
        Err(StoreError::Unavailable { operation: OPERATION, code: "still contended".into() })
    }

    /// A change whose plan, and the extra items in its transaction, are read from what the table holds now
    /// (`plan`), and planned again whenever one of the extra items' conditions finds that it changed since.
    pub(super) async fn change_replanning<S, Plan>(
        &self,
        reference: &Reference,
        caseworker: &Caseworker,
        now: OffsetDateTime,
        status: fn(&str) -> Option<S>,
        operation: &'static str,
        plan: impl Fn() -> Plan,
    ) -> Result<Change<S>, StoreError>
    where
        Plan: Future<Output = Result<(PlannedChange, Vec<TransactWriteItem>), StoreError>>,
    {
        for attempt in 0..ATTEMPTS {
            let (change, extra) = plan().await?;
            if let Some(done) = self.change_and(reference, caseworker, &change, &extra, now, status).await? {
                return Ok(done);
            }
            tokio::time::sleep(Duration::from_millis(10 * u64::from(attempt + 1))).await;
        }
        Err(StoreError::Unavailable { operation, code: "still contended".into() })
    }

    /// Hands an application over to case management (`from`, in progress, to handed over), making its records and
    /// putting them in their destinations' feeds, in one transaction with the status change and its audit entry.
    pub(super) async fn hand_over(
        &self,
        reference: &Reference,
        team: Team,
        caseworker: &Caseworker,
        from: Status,
        now: OffsetDateTime,
    ) -> Result<Change, StoreError> {
        const OPERATION: &str = "TransactWriteItems hand over";
        let unreadable = || StoreError::Unreadable { operation: OPERATION };
        let at = timestamp(now, OPERATION)?;
        let Some(application) = self.load_application(reference).await? else { return Ok(Change::NotFound) };
        let disclosure = self.load_disclosure(reference).await?;
        let application_record = handover::application_record(&application).map_err(|_| unreadable())?;
        let disclosure_record =
            handover::disclosure_record(&application, disclosure.as_ref()).map_err(|_| unreadable())?;
        let mut records =
            vec![(RecordKind::Application, serde_json::to_string(&application_record).map_err(|_| unreadable())?)];
        if let Some(record) = disclosure_record {
            records.push((RecordKind::Disclosure, serde_json::to_string(&record).map_err(|_| unreadable())?));
        }
        let kinds: Vec<RecordKind> = records.iter().map(|(kind, _)| *kind).collect();
        let mut puts = Vec::new();
        for (kind, json) in records {
            // Never delivered where it does not belong: refused outright rather than delivered, or dropped.
            let destination = destination_of(kind, application.team).ok_or_else(unreadable)?;
            let id = RecordId::new(reference.clone(), kind).to_string();
            let mut item = application_item_key(reference, &record_sort_key(kind));
            item.extend([
                ("id".to_owned(), s(&id)),
                ("kind".to_owned(), s(kind.as_str())),
                ("destination".to_owned(), s(destination.as_str())),
                ("record".to_owned(), s(json)),
                ("handed_over_at".to_owned(), s(&at)),
                (HANDOVER_INDEX.partition_key.name.to_owned(), s(feed_partition(destination))),
                (HANDOVER_INDEX.sort_key.name.to_owned(), s(format!("{at}#{id}"))),
            ]);
            // The application's other record, if it has one: its retention waits for both acknowledgements.
            if let Some(other) = kinds.iter().find(|other| **other != kind) {
                item.insert("with".to_owned(), s(other.as_str()));
            }
            puts.push(TransactWriteItem::builder().put(self.put_new(item, OPERATION)?).build());
        }
        let change =
            PlannedChange::status(team, caseworker, from, Status::HandedOver).also_set("handed_over_at", s(&at));
        // A record already there for an application still in progress is nothing this code writes.
        self.change_and(reference, caseworker, &change, &puts, now, Status::parse).await?.ok_or_else(unreadable)
    }

    /// Withdraws an application (`from`, claimed or in progress): the status change, its audit entry and the start of
    /// its retention period, in one transaction.
    pub(super) async fn withdraw(
        &self,
        reference: &Reference,
        team: Team,
        caseworker: &Caseworker,
        from: Status,
        now: OffsetDateTime,
    ) -> Result<Change, StoreError> {
        let expires = retention::expires_at(now);
        let change = PlannedChange::status(team, caseworker, from, Status::Withdrawn)
            .also_set(TABLE.time_to_live_attribute, AttributeValue::N(expires.to_string()));
        // Planned again if the request is dealt with meanwhile.
        let change = &change;
        let plan =
            move || async move { Ok((change.clone(), self.retention_of_parts(reference, expires, "withdraw").await?)) };
        self.change_replanning(reference, caseworker, now, Status::parse, "TransactWriteItems withdraw", plan).await
    }

    /// Where the application with this reference is in its retention: not sent (a request sent on its own, so far),
    /// still kept, or expiring at a time.
    pub(super) async fn application_retention(
        &self,
        reference: &Reference,
    ) -> Result<ApplicationRetention, StoreError> {
        const OPERATION: &str = "GetItem application expiry";
        let Some(item) = self.application_item(reference, APPLICATION_SORT_KEY, OPERATION).await? else {
            return Ok(ApplicationRetention::NotSent);
        };
        let expires = item.get(TABLE.time_to_live_attribute).and_then(|v| v.as_n().ok()).and_then(|n| n.parse().ok());
        Ok(expires.map_or(ApplicationRetention::Kept, ApplicationRetention::Expires))
    }

    /// The writes that give an application's disclosure and urgent request its expiry (the application item is the
    /// caller's): the disclosure if there is one; the request if there is one and it was dealt with; if it was not,
    /// a check that it still is not, so that an outcome recorded meanwhile makes the caller plan again.
    async fn retention_of_parts(
        &self,
        reference: &Reference,
        expires: i64,
        operation: &'static str,
    ) -> Result<Vec<TransactWriteItem>, StoreError> {
        let invalid = |_| StoreError::Unavailable { operation, code: "invalid request".into() };
        let mut items = Vec::new();
        let expire = |sort_key: &str, condition: &str, mut values: HashMap<String, AttributeValue>| {
            values.insert(":expires".to_owned(), AttributeValue::N(expires.to_string()));
            let mut names = HashMap::from([("#expires".to_owned(), TABLE.time_to_live_attribute.to_owned())]);
            if condition.contains("#status") {
                names.insert("#status".to_owned(), "status".to_owned());
            }
            Update::builder()
                .table_name(&self.table_name)
                .set_key(Some(application_item_key(reference, sort_key)))
                .update_expression("SET #expires = :expires")
                .condition_expression(condition)
                .set_expression_attribute_names(Some(names))
                .set_expression_attribute_values(Some(values))
                .build()
                .map_err(invalid)
        };
        if self.application_item(reference, DISCLOSURE_SORT_KEY, operation).await?.is_some() {
            let update = expire(DISCLOSURE_SORT_KEY, "attribute_exists(pk)", HashMap::new())?;
            items.push(TransactWriteItem::builder().update(update).build());
        }
        if let Some(request) = self.application_item(reference, REQUEST_SORT_KEY, operation).await? {
            let done = HashMap::from([(":done".to_owned(), s(RequestStatus::DONE_PREFIX))]);
            let dealt_with =
                text(&request, "status").is_some_and(|status| status.starts_with(RequestStatus::DONE_PREFIX));
            if dealt_with {
                let update = expire(REQUEST_SORT_KEY, "begins_with(#status, :done)", done)?;
                items.push(TransactWriteItem::builder().update(update).build());
            } else {
                let check = ConditionCheck::builder()
                    .table_name(&self.table_name)
                    .set_key(Some(application_item_key(reference, REQUEST_SORT_KEY)))
                    .condition_expression("NOT begins_with(#status, :done)")
                    .expression_attribute_names("#status", "status")
                    .set_expression_attribute_values(Some(done))
                    .build()
                    .map_err(invalid)?;
                items.push(TransactWriteItem::builder().condition_check(check).build());
            }
        }
        Ok(items)
    }

    /// A page of the records handed over to `destination` and not yet acknowledged, oldest first.
    pub async fn handed_over_records(
        &self,
        destination: Team,
        after: Option<&FeedCursor>,
    ) -> Result<FeedPage, StoreError> {
        const OPERATION: &str = "Query handover";
        let partition = feed_partition(destination);
        let start = after.and_then(|cursor| {
            let id = cursor.id()?;
            Some(HashMap::from([
                (HANDOVER_INDEX.partition_key.name.to_owned(), s(&partition)),
                (HANDOVER_INDEX.sort_key.name.to_owned(), s(cursor.as_str())),
                (TABLE.partition_key.name.to_owned(), application_partition(&id.reference)),
                (TABLE.sort_key.name.to_owned(), s(record_sort_key(id.kind))),
            ]))
        });
        let output = self
            .client
            .query()
            .table_name(&self.table_name)
            .index_name(HANDOVER_INDEX.index_name)
            .key_condition_expression("#feed = :feed")
            .expression_attribute_names("#feed", HANDOVER_INDEX.partition_key.name)
            .expression_attribute_values(":feed", s(&partition))
            .set_exclusive_start_key(start)
            .limit(FEED_PAGE_SIZE)
            .send()
            .await
            .map_err(unavailable(OPERATION))?;
        let now = self.clock.now();
        let mut records = Vec::new();
        for item in output.items() {
            if retention_over(item, now) || acknowledged(item) {
                continue;
            }
            let kind = text(item, "kind").and_then(RecordKind::parse);
            let record = text(item, "record");
            // What the item says of itself must agree with the feed it is in, and a disclosure record is only ever the
            // domestic-abuse team's: anything else is refused, never delivered.
            let belongs = text(item, "destination") == Some(destination.as_str())
                && kind.is_some_and(|kind| kind == RecordKind::Application || destination == Team::DomesticAbuse);
            let is_json_object = record.is_some_and(|json| {
                json.starts_with('{') && serde_json::from_str::<serde::de::IgnoredAny>(json).is_ok()
            });
            match record {
                Some(json) if belongs && is_json_object => records.push(json.to_owned()),
                _ => return Err(StoreError::Unreadable { operation: OPERATION }),
            }
        }
        let next = output
            .last_evaluated_key()
            .and_then(|key| key.get(HANDOVER_INDEX.sort_key.name))
            .and_then(|v| v.as_s().ok())
            .and_then(|value| FeedCursor::parse(value));
        Ok(FeedPage { records, next })
    }

    /// Acknowledges a record handed over to `destination`, for the client `collector` (its OAuth client id): it
    /// leaves the feed, the application's trail records it, and if it was the application's last record to be
    /// acknowledged, the application's retention period starts. Acknowledging again is harmless, and not recorded
    /// again.
    pub async fn acknowledge(
        &self,
        destination: Team,
        collector: &str,
        id: &RecordId,
        now: OffsetDateTime,
    ) -> Result<Acknowledged, StoreError> {
        const OPERATION: &str = "TransactWriteItems acknowledge";
        let invalid = |_| StoreError::Unavailable { operation: OPERATION, code: "invalid request".into() };
        let at = timestamp(now, OPERATION)?;
        let expires = retention::expires_at(now);
        let key = |kind| application_item_key(&id.reference, &record_sort_key(kind));
        for attempt in 0..ATTEMPTS {
            let Some(record) = self.application_item(&id.reference, &record_sort_key(id.kind), OPERATION).await? else {
                return Ok(Acknowledged::NotFound);
            };
            // Another destination's record is not this one's to know about: the same answer as none.
            if retention_over(&record, self.clock.now()) || text(&record, "destination") != Some(destination.as_str()) {
                return Ok(Acknowledged::NotFound);
            }
            if acknowledged(&record) {
                return Ok(Acknowledged::Done);
            }
            let other = match text(&record, "with") {
                Some(kind) => {
                    let kind = RecordKind::parse(kind).ok_or(StoreError::Unreadable { operation: OPERATION })?;
                    let item = self
                        .application_item(&id.reference, &record_sort_key(kind), OPERATION)
                        .await?
                        .ok_or(StoreError::Unreadable { operation: OPERATION })?;
                    Some((kind, acknowledged(&item)))
                }
                None => None,
            };
            let last = other.is_none_or(|(_, acknowledged)| acknowledged);
            let mut values =
                HashMap::from([(":at".to_owned(), s(&at)), (":destination".to_owned(), s(destination.as_str()))]);
            let mut update = "SET acknowledged_at = :at".to_owned();
            if last {
                update.push_str(", #expires = :expires");
                values.insert(":expires".to_owned(), AttributeValue::N(expires.to_string()));
            }
            update.push_str(" REMOVE #feed, #feed_sort, #record");
            let mut acknowledge_names = HashMap::from([
                ("#feed".to_owned(), HANDOVER_INDEX.partition_key.name.to_owned()),
                ("#feed_sort".to_owned(), HANDOVER_INDEX.sort_key.name.to_owned()),
                ("#record".to_owned(), "record".to_owned()),
                ("#destination".to_owned(), "destination".to_owned()),
            ]);
            if last {
                acknowledge_names.insert("#expires".to_owned(), TABLE.time_to_live_attribute.to_owned());
            }
            let acknowledge = Update::builder()
                .table_name(&self.table_name)
                .set_key(Some(key(id.kind)))
                .update_expression(update)
                .condition_expression(
                    "attribute_exists(pk) AND attribute_not_exists(acknowledged_at) AND #destination = :destination",
                )
                .set_expression_attribute_names(Some(acknowledge_names))
                .set_expression_attribute_values(Some(values))
                .build()
                .map_err(invalid)?;
            // Each record goes to the team its application was routed to (the disclosure to the domestic-abuse team,
            // whose applications they all are), so the destination is the team whose trail this is.
            let audit = audit_item_by(
                &id.reference,
                destination,
                (collector, CASE_MANAGEMENT),
                AuditAction::Acknowledged(id.kind),
                now,
            )?;
            let mut items = vec![
                TransactWriteItem::builder().update(acknowledge).build(),
                TransactWriteItem::builder().put(self.put_new(audit, OPERATION)?).build(),
            ];
            match (other, last) {
                // The other record is still waiting: check that it still is, so that of two acknowledgements racing,
                // the one that commits second sees the first and starts the period.
                (Some((kind, _)), false) => {
                    let check = ConditionCheck::builder()
                        .table_name(&self.table_name)
                        .set_key(Some(key(kind)))
                        .condition_expression("attribute_exists(pk) AND attribute_not_exists(acknowledged_at)")
                        .build()
                        .map_err(invalid)?;
                    items.push(TransactWriteItem::builder().condition_check(check).build());
                }
                (other, _) => {
                    let expire = |key, condition: &str| {
                        Update::builder()
                            .table_name(&self.table_name)
                            .set_key(Some(key))
                            .update_expression("SET #expires = :expires")
                            .condition_expression(condition)
                            .expression_attribute_names("#expires", TABLE.time_to_live_attribute)
                            .expression_attribute_values(":expires", AttributeValue::N(expires.to_string()))
                            .build()
                            .map_err(invalid)
                    };
                    if let Some((kind, _)) = other {
                        let update = expire(key(kind), "attribute_exists(acknowledged_at)")?;
                        items.push(TransactWriteItem::builder().update(update).build());
                    }
                    let application =
                        expire(application_item_key(&id.reference, APPLICATION_SORT_KEY), "attribute_exists(pk)")?;
                    items.push(TransactWriteItem::builder().update(application).build());
                    items.extend(self.retention_of_parts(&id.reference, expires, OPERATION).await?);
                }
            }
            match self.transact(items, OPERATION).await? {
                Transacted::Done => return Ok(Acknowledged::Done),
                // Acknowledged by someone else meanwhile, or anything else changed: look again.
                Transacted::Cancelled(_) | Transacted::Conflict => {}
            }
            tokio::time::sleep(Duration::from_millis(10 * u64::from(attempt + 1))).await;
        }
        Err(StoreError::Unavailable { operation: OPERATION, code: "still contended".into() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_are_only_feed_sort_keys() {
        let reference = Reference::new();
        for id in [reference.to_string(), format!("{reference}/disclosure")] {
            let good = format!("2026-11-22T09:05:00Z#{id}");
            let cursor = FeedCursor::parse(&good).expect("a cursor");
            assert_eq!(cursor.id().map(|id| id.to_string()), Some(id));
        }
        for bad in ["", "2026-11-22T09:05:00Z", "yesterday#7KQM-2XHD-F", "2026-11-22T09:05:00Z#not a reference"] {
            assert_eq!(FeedCursor::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_disclosure_record_only_ever_goes_to_the_domestic_abuse_team() {
        use RecordKind::*;
        use Team::*;
        assert_eq!(destination_of(Application, General), Some(General));
        assert_eq!(destination_of(Application, DomesticAbuse), Some(DomesticAbuse));
        assert_eq!(destination_of(Disclosure, DomesticAbuse), Some(DomesticAbuse));
        assert_eq!(destination_of(Disclosure, General), None);
    }
}
