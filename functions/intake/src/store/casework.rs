//! Casework on sent applications: the team queues, a caseworker's own applications, claiming, releasing and
//! changing status, and the audit trail (docs/design.md, "Data").
//!
//! Every change is one `TransactWriteItems`: a conditional `Update` of the application (held by nobody, or by
//! this caseworker; in the expected status) and the `Put` of its audit entry, so that no change happens without
//! its record and no record exists without its change
//! (<https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/transaction-apis.html>). Of any number of
//! caseworkers claiming one application at once, the condition lets exactly one win; the others are told who.
//!
//! The audit trail is kept apart from what it is about (issue 14, point 4): its entries are the items
//! `pk=AUDIT#<ref>`, a partition of their own, never the application's (`APP#<ref>`), so that deleting an
//! application (erasure, or retention's expiry) leaves its trail, and IAM can let casework add to the trail and
//! read it but never change or delete an entry (infra/lib/functions.ts). Each entry holds who (the caseworker's
//! id, which proves it, and their name as it was, so the trail reads after they leave), what, when, the reference
//! and the owning team, and nothing about the applicant; and its own `expires_at`, [`AUDIT_RETENTION`] after it
//! was written, so that DynamoDB's TTL deletes it on its own schedule, whatever became of the application.

use std::collections::HashMap;

use aws_sdk_dynamodb::types::{AttributeValue, Select};
use rand::RngCore;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::applications::{APPLICATION_SORT_KEY, application_partition};
use super::has_expired;
use super::requests::REQUEST_SORT_KEY;
use super::{Store, StoreError, retention_over, unavailable};
use crate::casework::{Caseworker, ErasureReason, Status};
use crate::handover::RecordKind;
use crate::reference::Reference;
use crate::routing::Team;
use crate::safety::CallRequest;
use crate::table::{CASEWORKER_INDEX, QUEUE_INDEX, TABLE};
use crate::urgent::{Outcome, RequestStatus};

/// The one attribute the monitor reads of an urgent application (infra/lib/functions.ts limits its role to it).
pub const URGENT_PROJECTION: &str = "submitted_at";

/// How a queue sort key starts: urgent requests (`0#`) before every application (`1#`), each oldest first. The
/// monitor's query for the oldest unclaimed urgent request is a `begins_with` of the first.
pub const URGENT_QUEUE_PREFIX: &str = "0";
pub const APPLICATION_QUEUE_PREFIX: &str = "1";

/// How many years an audit entry is kept after it was written: the period in docs/design.md ("Audit outlives
/// the data"), longer than any application is kept, so an application's trail outlives it.
pub const AUDIT_RETENTION_YEARS: i64 = 6;
/// [`AUDIT_RETENTION_YEARS`] as a duration: 365 days a year and as many leap days as those years can hold (one in
/// every four, rounded up), so never less than that many calendar years.
pub const AUDIT_RETENTION: time::Duration =
    time::Duration::days(AUDIT_RETENTION_YEARS * 365 + (AUDIT_RETENTION_YEARS + 3) / 4);

/// The sort key prefix of an audit entry (in its own partition `AUDIT#<ref>`).
const AUDIT_PREFIX: &str = "AUDIT#";

/// How many applications a queue page shows.
pub const QUEUE_PAGE_SIZE: i32 = 20;

/// One line of a queue or of "my applications": an application, or an urgent request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueEntry {
    pub reference: Reference,
    pub submitted_at: String,
    pub team: Team,
    pub item: Queued,
}

/// What a queue line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Queued {
    Application(Status),
    /// A request to call the police or call back (`crate::urgent`): only ever in the domestic-abuse team's queue.
    Request {
        kind: CallRequest,
        status: RequestStatus,
    },
}

/// A page of a team's queue, and where the next page starts if there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueuePage {
    pub entries: Vec<QueueEntry>,
    pub next: Option<QueueCursor>,
}

/// Where a queue page starts: the queue sort key of the last application on the page before (urgency, time,
/// reference). Safe to put in a URL: it holds no answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueCursor(String);

impl QueueCursor {
    /// Parses a cursor from a URL, refusing anything that is not a queue sort key this code writes.
    pub fn parse(value: &str) -> Option<Self> {
        let mut parts = value.splitn(3, '#');
        let urgency = parts.next()?;
        let submitted_at = parts.next()?;
        let reference = parts.next()?;
        let valid = [URGENT_QUEUE_PREFIX, APPLICATION_QUEUE_PREFIX].contains(&urgency)
            && OffsetDateTime::parse(submitted_at, &Rfc3339).is_ok()
            && Reference::parse(reference).is_some_and(|r| r.as_str() == reference);
        valid.then(|| Self(value.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn reference(&self) -> Option<Reference> {
        self.0.rsplit('#').next().and_then(Reference::parse)
    }

    /// The sort key of the item the cursor stands on: a request or an application.
    fn item_sort_key(&self) -> &'static str {
        if self.0.starts_with(URGENT_QUEUE_PREFIX) { REQUEST_SORT_KEY } else { APPLICATION_SORT_KEY }
    }
}

/// Who holds an application, and since when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holder {
    pub id: String,
    pub name: String,
    pub since: String,
}

/// How a claim, release or status change ended, of an application (`S` its [`Status`]) or a request
/// ([`RequestStatus`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change<S = Status> {
    Done,
    /// Someone else holds it (for a claim: someone won the race).
    HeldBy(Holder),
    /// Nobody holds it, or this caseworker does but it is in another status than the change needs.
    NotAllowed(S),
    NotFound,
}

/// What an audit entry records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditAction {
    Viewed,
    /// The domestic-abuse team's view, which fetched the disclosure too.
    ViewedWithDisclosure,
    Claimed,
    Released,
    StatusChanged(Status),
    /// The urgent request sent with this reference (`crate::urgent`) was read, claimed, released or dealt with.
    RequestViewed,
    RequestClaimed,
    RequestReleased,
    RequestOutcome(Outcome),
    /// The application, its disclosure and its urgent request were deleted, for this reason.
    Erased(ErasureReason),
    /// The trail of an application that is no longer kept was read (there is nothing else left to read).
    TrailViewed,
    /// Case management acknowledged a record handed over to it (`crate::handover`): it has it. Recorded with the
    /// collecting client's id (a machine, not a caseworker) and [`CASE_MANAGEMENT`] as the name.
    Acknowledged(RecordKind),
}

/// Who an acknowledgement is by, in the trail: case management's systems, through the handover feed.
pub const CASE_MANAGEMENT: &str = "Case management";

impl AuditAction {
    /// Whether the entry is about the application (viewing or changing it, erasing it, reading what is left of
    /// it), not only about its urgent request: a reference whose trail has none was never an application (a
    /// request sent on its own), so there is no gone application to show.
    pub fn is_about_application(self) -> bool {
        !matches!(
            self,
            AuditAction::RequestViewed
                | AuditAction::RequestClaimed
                | AuditAction::RequestReleased
                | AuditAction::RequestOutcome(_)
        )
    }

    fn as_stored(self) -> String {
        match self {
            AuditAction::Viewed => "viewed".into(),
            AuditAction::ViewedWithDisclosure => "viewed-with-disclosure".into(),
            AuditAction::Claimed => "claimed".into(),
            AuditAction::Released => "released".into(),
            AuditAction::StatusChanged(status) => format!("status:{}", status.as_str()),
            AuditAction::RequestViewed => "request-viewed".into(),
            AuditAction::RequestClaimed => "request-claimed".into(),
            AuditAction::RequestReleased => "request-released".into(),
            AuditAction::RequestOutcome(outcome) => format!("request-outcome:{}", outcome.form_value()),
            AuditAction::Erased(reason) => format!("erased:{}", reason.as_str()),
            AuditAction::TrailViewed => "trail-viewed".into(),
            AuditAction::Acknowledged(kind) => format!("acknowledged:{}", kind.as_str()),
        }
    }

    fn parse(value: &str) -> Option<Self> {
        Some(match value {
            "viewed" => AuditAction::Viewed,
            "viewed-with-disclosure" => AuditAction::ViewedWithDisclosure,
            "claimed" => AuditAction::Claimed,
            "released" => AuditAction::Released,
            "request-viewed" => AuditAction::RequestViewed,
            "request-claimed" => AuditAction::RequestClaimed,
            "request-released" => AuditAction::RequestReleased,
            "trail-viewed" => AuditAction::TrailViewed,
            other => {
                if let Some(outcome) = other.strip_prefix("request-outcome:") {
                    AuditAction::RequestOutcome(Outcome::parse(outcome)?)
                } else if let Some(reason) = other.strip_prefix("erased:") {
                    AuditAction::Erased(ErasureReason::parse(reason)?)
                } else if let Some(kind) = other.strip_prefix("acknowledged:") {
                    AuditAction::Acknowledged(RecordKind::parse(kind)?)
                } else {
                    AuditAction::StatusChanged(Status::parse(other.strip_prefix("status:")?)?)
                }
            }
        })
    }
}

/// One line of an application's audit trail: who did what, when, and which team's application it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub at: String,
    /// The team the application was routed to: only its caseworkers may read the trail, with or without the
    /// application.
    pub team: Team,
    pub caseworker_id: String,
    pub caseworker_name: String,
    pub action: AuditAction,
}

/// `#name` → `name`, for each attribute an expression names.
pub(super) fn names(attributes: &[&str]) -> HashMap<String, String> {
    attributes.iter().map(|name| (format!("#{name}"), (*name).to_owned())).collect()
}

pub(super) fn s(value: impl Into<String>) -> AttributeValue {
    AttributeValue::S(value.into())
}

pub(super) fn timestamp(now: OffsetDateTime, operation: &'static str) -> Result<String, StoreError> {
    now.format(&Rfc3339).map_err(|_| StoreError::Unreadable { operation })
}

/// The partition of a reference's audit trail: apart from the application's (`APP#<ref>`).
pub(super) fn audit_partition(reference: &Reference) -> AttributeValue {
    s(format!("{AUDIT_PREFIX}{}", reference.as_str()))
}

/// An audit entry: `pk=AUDIT#<ref>, sk=AUDIT#<timestamp>#<random>`, so that the trail reads in order and two
/// entries in the same instant never collide; it expires [`AUDIT_RETENTION`] after `now`. Who, what, when, the
/// reference and the team: never an answer.
pub(super) fn audit_item(
    reference: &Reference,
    team: Team,
    caseworker: &Caseworker,
    action: AuditAction,
    now: OffsetDateTime,
) -> Result<HashMap<String, AttributeValue>, StoreError> {
    audit_item_by(reference, team, (&caseworker.id, &caseworker.name), action, now)
}

/// An audit entry by someone who is not a caseworker: `(id, name)`.
pub(super) fn audit_item_by(
    reference: &Reference,
    team: Team,
    (id, name): (&str, &str),
    action: AuditAction,
    now: OffsetDateTime,
) -> Result<HashMap<String, AttributeValue>, StoreError> {
    let at = timestamp(now, "audit entry")?;
    let mut suffix = [0u8; 4];
    rand::rng().fill_bytes(&mut suffix);
    let suffix: String = suffix.iter().map(|b| format!("{b:02x}")).collect();
    Ok(HashMap::from([
        (TABLE.partition_key.name.to_owned(), audit_partition(reference)),
        (TABLE.sort_key.name.to_owned(), s(format!("{AUDIT_PREFIX}{at}#{suffix}"))),
        ("reference".to_owned(), s(reference.as_str())),
        ("team".to_owned(), s(team.as_str())),
        ("caseworker_id".to_owned(), s(id)),
        ("caseworker_name".to_owned(), s(name)),
        ("action".to_owned(), s(action.as_stored())),
        ("at".to_owned(), s(at)),
        (
            TABLE.time_to_live_attribute.to_owned(),
            AttributeValue::N((now + AUDIT_RETENTION).unix_timestamp().to_string()),
        ),
    ]))
}

fn queue_entry(item: &HashMap<String, AttributeValue>) -> Option<QueueEntry> {
    let text = |name: &str| item.get(name).and_then(|v| v.as_s().ok());
    let queued = match text(TABLE.sort_key.name)?.as_str() {
        APPLICATION_SORT_KEY => Queued::Application(Status::parse(text("status")?)?),
        REQUEST_SORT_KEY => {
            Queued::Request { kind: CallRequest::parse(text("kind")?)?, status: RequestStatus::parse(text("status")?)? }
        }
        _ => return None,
    };
    Some(QueueEntry {
        reference: Reference::parse(text("reference")?)?,
        submitted_at: text("submitted_at")?.clone(),
        team: Team::parse(text("team")?)?,
        item: queued,
    })
}

pub(super) fn holder(item: &HashMap<String, AttributeValue>) -> Option<Holder> {
    let text = |name: &str| item.get(name).and_then(|v| v.as_s().ok()).cloned();
    Some(Holder { id: text("claimed_by")?, name: text("claimed_by_name")?, since: text("claimed_at")? })
}

impl Store {
    /// A page of `team`'s queue: unclaimed urgent requests, oldest first, then unclaimed applications, oldest first.
    pub async fn queue(&self, team: Team, after: Option<&QueueCursor>) -> Result<QueuePage, StoreError> {
        const OPERATION: &str = "Query queue";
        let partition = format!("QUEUE#{}", team.as_str());
        let start = after.and_then(|cursor| {
            let reference = cursor.reference()?;
            Some(HashMap::from([
                (QUEUE_INDEX.partition_key.name.to_owned(), s(&partition)),
                (QUEUE_INDEX.sort_key.name.to_owned(), s(cursor.as_str())),
                (TABLE.partition_key.name.to_owned(), application_partition(&reference)),
                (TABLE.sort_key.name.to_owned(), s(cursor.item_sort_key())),
            ]))
        });
        let output = self
            .client
            .query()
            .table_name(&self.table_name)
            .index_name(QUEUE_INDEX.index_name)
            .key_condition_expression("#queue = :queue")
            .expression_attribute_names("#queue", QUEUE_INDEX.partition_key.name)
            .expression_attribute_values(":queue", s(&partition))
            .set_exclusive_start_key(start)
            .limit(QUEUE_PAGE_SIZE)
            .send()
            .await
            .map_err(unavailable(OPERATION))?;
        let now = self.clock.now();
        let entries = output
            .items()
            .iter()
            .filter(|item| !retention_over(item, now))
            .map(queue_entry)
            .collect::<Option<Vec<_>>>()
            .ok_or(StoreError::Unreadable { operation: OPERATION })?;
        // DynamoDB says there may be more whenever a page is full; an empty next page is harmless.
        let next = output
            .last_evaluated_key()
            .and_then(|key| key.get(QUEUE_INDEX.sort_key.name))
            .and_then(|v| v.as_s().ok())
            .and_then(|value| QueueCursor::parse(value));
        Ok(QueuePage { entries, next })
    }

    /// When the oldest urgent request (to call the police or call back) in `team`'s queue that nobody has claimed
    /// was sent: what the alarm on urgent requests left waiting watches. It asks for that one attribute only, so
    /// that the monitor's role can be limited to it (the queue index holds whole applications and requests).
    pub async fn oldest_unclaimed_urgent_since(&self, team: Team) -> Result<Option<String>, StoreError> {
        const OPERATION: &str = "Query urgent";
        let output = self
            .client
            .query()
            .table_name(&self.table_name)
            .index_name(QUEUE_INDEX.index_name)
            // Urgent requests sort first (`0#`), oldest first within them.
            .key_condition_expression("#queue = :queue AND begins_with(#sort, :urgent)")
            .expression_attribute_names("#queue", QUEUE_INDEX.partition_key.name)
            .expression_attribute_names("#sort", QUEUE_INDEX.sort_key.name)
            .expression_attribute_values(":queue", s(format!("QUEUE#{}", team.as_str())))
            .expression_attribute_values(":urgent", s(format!("{URGENT_QUEUE_PREFIX}#")))
            .select(Select::SpecificAttributes)
            .projection_expression(URGENT_PROJECTION)
            .limit(1)
            .send()
            .await
            .map_err(unavailable(OPERATION))?;
        match output.items().first() {
            None => Ok(None),
            Some(item) => item
                .get(URGENT_PROJECTION)
                .and_then(|v| v.as_s().ok())
                .map(|at| Some(at.clone()))
                .ok_or(StoreError::Unreadable { operation: OPERATION }),
        }
    }

    /// The applications and requests `caseworker_id` has claimed, most recently claimed first, finished ones
    /// included.
    pub async fn claimed_by(&self, caseworker_id: &str) -> Result<Vec<QueueEntry>, StoreError> {
        const OPERATION: &str = "Query caseworker";
        let output = self
            .client
            .query()
            .table_name(&self.table_name)
            .index_name(CASEWORKER_INDEX.index_name)
            .key_condition_expression("#caseworker = :caseworker")
            .expression_attribute_names("#caseworker", CASEWORKER_INDEX.partition_key.name)
            .expression_attribute_values(":caseworker", s(format!("CASEWORKER#{caseworker_id}")))
            .scan_index_forward(false)
            .limit(100)
            .send()
            .await
            .map_err(unavailable(OPERATION))?;
        // Finished ones stay in the list until their retention period is over.
        let now = self.clock.now();
        output
            .items()
            .iter()
            .filter(|item| !retention_over(item, now))
            .map(queue_entry)
            .collect::<Option<Vec<_>>>()
            .ok_or(StoreError::Unreadable { operation: OPERATION })
    }

    /// Claims `team`'s application for `caseworker`, if nobody holds it and they are in that team. It leaves the
    /// queue (the queue index is sparse) and joins their own applications.
    pub async fn claim(
        &self,
        reference: &Reference,
        team: Team,
        caseworker: &Caseworker,
        now: OffsetDateTime,
    ) -> Result<Change, StoreError> {
        let at = timestamp(now, "claim")?;
        if !caseworker.may_see(team) {
            return Ok(Change::NotFound);
        }
        let values = HashMap::from([
            (":submitted".to_owned(), s(Status::Submitted.as_str())),
            (":claimed".to_owned(), s(Status::Claimed.as_str())),
            (":id".to_owned(), s(&caseworker.id)),
            (":name".to_owned(), s(&caseworker.name)),
            (":at".to_owned(), s(&at)),
            (":caseworker".to_owned(), s(format!("CASEWORKER#{}", caseworker.id))),
        ]);
        let change = PlannedChange {
            update: "SET #status = :claimed, claimed_by = :id, claimed_by_name = :name, claimed_at = :at, \
                     gsi2pk = :caseworker, gsi2sk = :at REMOVE gsi1pk, gsi1sk"
                .to_owned(),
            condition: "attribute_exists(pk) AND #status = :submitted AND attribute_not_exists(claimed_by)".to_owned(),
            names: names(&["status"]),
            values,
            action: AuditAction::Claimed,
            sort_key: APPLICATION_SORT_KEY,
            team,
        };
        // An urgent request dealt with before its application came was given an expiry of its own
        // (`Store::record_request_outcome`): now that the application is work, the request is kept with it.
        let change = &change;
        let plan = move || async move {
            // Urgent requests are the domestic-abuse team's alone: a general caseworker's claim never reads one.
            let keep_request = match team {
                Team::DomesticAbuse => self.keep_request_with_application(reference, now).await?,
                Team::General => Vec::new(),
            };
            Ok((change.clone(), keep_request))
        };
        self.change_replanning(reference, caseworker, now, application_status, "TransactWriteItems claim", plan).await
    }

    /// Puts `team`'s application the caseworker holds back in its team's queue, where it was.
    pub async fn release(
        &self,
        reference: &Reference,
        team: Team,
        caseworker: &Caseworker,
        now: OffsetDateTime,
    ) -> Result<Change, StoreError> {
        let change = PlannedChange {
            update: "SET #status = :submitted, gsi1pk = queue_pk, gsi1sk = queue_sk \
                     REMOVE claimed_by, claimed_by_name, claimed_at, gsi2pk, gsi2sk"
                .to_owned(),
            condition: "claimed_by = :id AND #status IN (:claimed, :in_progress)".to_owned(),
            values: HashMap::from([
                (":submitted".to_owned(), s(Status::Submitted.as_str())),
                (":claimed".to_owned(), s(Status::Claimed.as_str())),
                (":in_progress".to_owned(), s(Status::InProgress.as_str())),
                (":id".to_owned(), s(&caseworker.id)),
            ]),
            names: names(&["status"]),
            action: AuditAction::Released,
            sort_key: APPLICATION_SORT_KEY,
            team,
        };
        self.change(reference, caseworker, change, now, application_status).await
    }

    /// Moves `team`'s application the caseworker holds from `from` to `to`, if that is a step the casework allows.
    pub async fn change_status(
        &self,
        reference: &Reference,
        team: Team,
        caseworker: &Caseworker,
        from: Status,
        to: Status,
        now: OffsetDateTime,
    ) -> Result<Change, StoreError> {
        if !from.may_become(to) {
            return Ok(Change::NotAllowed(from));
        }
        // Handing over makes the records case management collects, and withdrawing starts the retention period,
        // each in the same transaction as the change (`super::handover`).
        match to {
            Status::HandedOver => return self.hand_over(reference, team, caseworker, from, now).await,
            Status::Withdrawn => return self.withdraw(reference, team, caseworker, from, now).await,
            Status::Submitted | Status::Claimed | Status::InProgress => {}
        }
        let change = PlannedChange::status(team, caseworker, from, to);
        self.change(reference, caseworker, change, now, application_status).await
    }

    /// Records that `caseworker` looked at `team`'s application (and, for the domestic-abuse team, its
    /// disclosure), its urgent request, or what is left of it: its trail.
    pub async fn record_view(
        &self,
        reference: &Reference,
        team: Team,
        caseworker: &Caseworker,
        action: AuditAction,
        now: OffsetDateTime,
    ) -> Result<(), StoreError> {
        const OPERATION: &str = "PutItem audit";
        self.client
            .put_item()
            .table_name(&self.table_name)
            .set_item(Some(audit_item(reference, team, caseworker, action, now)?))
            .condition_expression("attribute_not_exists(pk)")
            .send()
            .await
            .map_err(unavailable(OPERATION))?;
        Ok(())
    }

    /// A reference's audit trail, oldest first, whether or not the application is still kept: a query of its own
    /// partition (`AUDIT#<ref>`), which holds nothing else. An entry past its `expires_at` is absent, as DynamoDB
    /// deletes expired items late. The caller shows it only to a caseworker of the entries' `team`.
    pub async fn audit_trail(&self, reference: &Reference, now: OffsetDateTime) -> Result<Vec<AuditEntry>, StoreError> {
        const OPERATION: &str = "Query audit";
        let mut entries = Vec::new();
        let mut start = None;
        loop {
            let output = self
                .client
                .query()
                .table_name(&self.table_name)
                .key_condition_expression("pk = :pk AND begins_with(sk, :audit)")
                .expression_attribute_values(":pk", audit_partition(reference))
                .expression_attribute_values(":audit", s(AUDIT_PREFIX))
                .consistent_read(true)
                .set_exclusive_start_key(start)
                .send()
                .await
                .map_err(unavailable(OPERATION))?;
            for item in output.items().iter().filter(|item| !has_expired(item, now)) {
                let text = |name: &str| item.get(name).and_then(|v| v.as_s().ok()).cloned();
                let entry = (|| {
                    Some(AuditEntry {
                        at: text("at")?,
                        team: Team::parse(&text("team")?)?,
                        caseworker_id: text("caseworker_id")?,
                        caseworker_name: text("caseworker_name")?,
                        action: AuditAction::parse(&text("action")?)?,
                    })
                })();
                entries.push(entry.ok_or(StoreError::Unreadable { operation: OPERATION })?);
            }
            match output.last_evaluated_key {
                Some(key) => start = Some(key),
                None => return Ok(entries),
            }
        }
    }

    /// Applies one planned change with its audit entry, retrying while other transactions on the same item are
    /// in flight; when the condition fails, reads the item to say why (`status` reads its status).
    pub(super) async fn change<S>(
        &self,
        reference: &Reference,
        caseworker: &Caseworker,
        change: PlannedChange,
        now: OffsetDateTime,
        status: fn(&str) -> Option<S>,
    ) -> Result<Change<S>, StoreError> {
        // With nothing else in the transaction, no other condition can fail.
        self.change_and(reference, caseworker, &change, &[], now, status)
            .await?
            .ok_or(StoreError::Unreadable { operation: "TransactWriteItems casework" })
    }

    /// Why a change's condition failed: the item is missing (or not `team`'s), held by someone else, or in another
    /// status.
    pub(super) async fn why_not<S>(
        &self,
        reference: &Reference,
        sort_key: &'static str,
        team: Team,
        caseworker: &Caseworker,
        status: fn(&str) -> Option<S>,
    ) -> Result<Change<S>, StoreError> {
        const OPERATION: &str = "GetItem casework";
        let Some(item) = self.application_item(reference, sort_key, OPERATION).await? else {
            return Ok(Change::NotFound);
        };
        if retention_over(&item, self.clock.now()) {
            return Ok(Change::NotFound);
        }
        let its_team = item.get("team").and_then(|v| v.as_s().ok()).and_then(|t| Team::parse(t));
        if its_team != Some(team) || !caseworker.may_see(team) {
            // Not theirs to know about: the same answer as an application that does not exist.
            return Ok(Change::NotFound);
        }
        let status = item
            .get("status")
            .and_then(|v| v.as_s().ok())
            .and_then(|s| status(s))
            .ok_or(StoreError::Unreadable { operation: OPERATION })?;
        Ok(match holder(&item) {
            Some(holder) if holder.id != caseworker.id => Change::HeldBy(holder),
            _ => Change::NotAllowed(status),
        })
    }
}

/// An update of an application or a request, its condition, and what the audit entry will say.
#[derive(Clone)]
pub(super) struct PlannedChange {
    pub(super) update: String,
    pub(super) condition: String,
    /// `#status` always (`change` adds `#team`: DynamoDB refuses names an expression does not use).
    pub(super) names: HashMap<String, String>,
    pub(super) values: HashMap<String, AttributeValue>,
    pub(super) action: AuditAction,
    /// Which item of the reference's partition: the application (`APP`) or its request (`REQUEST`).
    pub(super) sort_key: &'static str,
    /// The team the item belongs to, which its audit entry names: `change` adds it to the condition.
    pub(super) team: Team,
}

impl PlannedChange {
    /// Moves the application the caseworker holds from `from` to `to`: the one plan of every status change, to
    /// which handing over and withdrawing add what they also set ([`PlannedChange::also_set`]).
    pub(super) fn status(team: Team, caseworker: &Caseworker, from: Status, to: Status) -> Self {
        PlannedChange {
            update: "SET #status = :to".to_owned(),
            condition: "claimed_by = :id AND #status = :from".to_owned(),
            names: names(&["status"]),
            values: HashMap::from([
                (":to".to_owned(), s(to.as_str())),
                (":from".to_owned(), s(from.as_str())),
                (":id".to_owned(), s(&caseworker.id)),
            ]),
            action: AuditAction::StatusChanged(to),
            sort_key: APPLICATION_SORT_KEY,
            team,
        }
    }

    /// Sets `attribute` to `value` in the same update.
    pub(super) fn also_set(mut self, attribute: &str, value: AttributeValue) -> Self {
        self.update.push_str(&format!(", #{attribute} = :{attribute}"));
        self.names.insert(format!("#{attribute}"), attribute.to_owned());
        self.values.insert(format!(":{attribute}"), value);
        self
    }
}

fn application_status(value: &str) -> Option<Status> {
    Status::parse(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_are_only_queue_sort_keys() {
        let reference = Reference::new();
        let good = format!("0#2026-11-22T09:00:00Z#{}", reference.as_str());
        assert_eq!(QueueCursor::parse(&good).map(|c| c.reference()), Some(Some(reference)));
        for bad in ["", "2#2026-11-22T09:00:00Z#ABCD", "0#yesterday#ABCD", "0#2026-11-22T09:00:00Z#not a reference"] {
            assert_eq!(QueueCursor::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn audit_actions_round_trip() {
        let mut actions = vec![
            AuditAction::Viewed,
            AuditAction::ViewedWithDisclosure,
            AuditAction::Claimed,
            AuditAction::Released,
            AuditAction::RequestViewed,
            AuditAction::RequestClaimed,
            AuditAction::RequestReleased,
            AuditAction::TrailViewed,
        ];
        actions.extend(ErasureReason::ALL.map(AuditAction::Erased));
        actions.extend(Status::ALL.map(AuditAction::StatusChanged));
        actions.extend(Outcome::ALL.iter().map(|o| AuditAction::RequestOutcome(*o)));
        for action in actions {
            assert_eq!(AuditAction::parse(&action.as_stored()), Some(action));
        }
        assert_eq!(AuditAction::parse("status:lost"), None);
        assert_eq!(AuditAction::parse("erased:because"), None);
    }
}
