//! Urgent requests (`crate::urgent`) in the store: sent once, the moment the applicant asks; claimed, and dealt
//! with, by the domestic-abuse team.
//!
//! A request is the item `pk=APP#<ref>, sk=REQUEST`, with the draft's reference, so the application sent later
//! (`sk=APP`) is joined to it. It has no time to live: it outlives Exit this page and the draft. Sending it is one
//! `TransactWriteItems` that puts it (only if there is none yet) and saves the draft that records it, so a double
//! click, Back and send again, or a second tab make one request, and the draft never says "sent" for a request
//! that was not. `apply` may put it but never read it back (infra/lib/functions.ts); only `casework` reads it.
//!
//! In the domestic-abuse team's queue it sorts before every application (`0#<sent at>#<ref>`); a claim takes it
//! out (the index is sparse) and into the caseworker's own list, and the outcome is recorded with its audit entry
//! in the same transaction, as every casework change is.

use std::collections::HashMap;
use std::time::Duration;

use aws_sdk_dynamodb::types::{AttributeValue, ConditionCheck, Put, TransactWriteItem};
use time::OffsetDateTime;

use super::ATTEMPTS;
use super::applications::{APPLICATION_SORT_KEY, application_item_key};
use super::casework::{Change, Holder, PlannedChange, URGENT_QUEUE_PREFIX, holder, names, s, timestamp};
use super::drafts::{Draft, draft_item, expiry_from};
use super::transaction::Transacted;
use super::{Store, StoreError};
use crate::casework::Caseworker;
use crate::reference::Reference;
use crate::routing::Team;
use crate::table::{QUEUE_INDEX, TABLE};
use crate::urgent::{Outcome, RequestStatus, UrgentRequest};

pub const REQUEST_SORT_KEY: &str = "REQUEST";

/// How sending a request ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestSent {
    /// Sent now, and the draft saved with it.
    Sent,
    /// This reference has a request already (a double click, or another tab, sent it first): nothing was written.
    AlreadySent,
}

/// A request as casework reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredRequest {
    pub reference: Reference,
    pub request: UrgentRequest,
    pub submitted_at: String,
    pub status: RequestStatus,
    pub holder: Option<Holder>,
}

fn request_status(value: &str) -> Option<RequestStatus> {
    RequestStatus::parse(value)
}

impl Store {
    /// Sends the request the draft now records (`answers.urgent_request`) and saves the draft, together or not at
    /// all. Nothing is written if the draft has no request.
    pub async fn send_urgent_request(&self, draft: &mut Draft, now: OffsetDateTime) -> Result<RequestSent, StoreError> {
        const OPERATION: &str = "TransactWriteItems request";
        let invalid = |_| StoreError::Unavailable { operation: OPERATION, code: "invalid request".into() };
        let Some(request) = &draft.answers.urgent_request else {
            return Err(StoreError::Unreadable { operation: OPERATION });
        };
        let submitted_at = timestamp(now, OPERATION)?;
        let json = serde_json::to_string(request).map_err(|_| StoreError::Unreadable { operation: OPERATION })?;
        let team = Team::DomesticAbuse;
        let queue_partition = format!("QUEUE#{}", team.as_str());
        let queue_sort = format!("{URGENT_QUEUE_PREFIX}#{submitted_at}#{}", draft.reference.as_str());
        let mut item = application_item_key(&draft.reference, REQUEST_SORT_KEY);
        item.extend([
            ("reference".to_owned(), s(draft.reference.as_str())),
            ("kind".to_owned(), s(request.kind().form_value())),
            ("request".to_owned(), s(json)),
            ("submitted_at".to_owned(), s(&submitted_at)),
            ("status".to_owned(), s(RequestStatus::Waiting.as_stored())),
            ("team".to_owned(), s(team.as_str())),
            (QUEUE_INDEX.partition_key.name.to_owned(), s(&queue_partition)),
            (QUEUE_INDEX.sort_key.name.to_owned(), s(&queue_sort)),
            // Kept when a claim removes the index's keys: a release puts them back.
            ("queue_pk".to_owned(), s(queue_partition)),
            ("queue_sk".to_owned(), s(queue_sort)),
        ]);
        let put_request = self.put_new(item, OPERATION)?;
        draft.expires_at = expiry_from(now);
        let put_draft = Put::builder()
            .table_name(&self.table_name)
            .set_item(Some(draft_item(draft, OPERATION)?))
            .build()
            .map_err(invalid)?;
        for attempt in 0..ATTEMPTS {
            // The order matters: the cancellation reasons below are read by position.
            let items = vec![
                TransactWriteItem::builder().put(put_request.clone()).build(),
                TransactWriteItem::builder().put(put_draft.clone()).build(),
            ];
            match self.transact(items, OPERATION).await? {
                Transacted::Done => return Ok(RequestSent::Sent),
                Transacted::Cancelled(why) if why.failed_condition(0) => return Ok(RequestSent::AlreadySent),
                // Another transaction on these items (the other click): look again when it is done.
                Transacted::Cancelled(_) | Transacted::Conflict => {}
            }
            tokio::time::sleep(Duration::from_millis(10 * u64::from(attempt + 1))).await;
        }
        Err(StoreError::Unavailable { operation: OPERATION, code: "still contended".into() })
    }

    /// The urgent request sent with this reference, if there is one. For the domestic-abuse team only: the
    /// casework function checks the reader's team before calling this.
    pub async fn load_request(&self, reference: &Reference) -> Result<Option<StoredRequest>, StoreError> {
        const OPERATION: &str = "GetItem request";
        let Some(item) = self.retained_item(reference, REQUEST_SORT_KEY, OPERATION).await? else {
            return Ok(None);
        };
        let text = |name: &str| item.get(name).and_then(|v| v.as_s().ok());
        let request = || {
            Some(StoredRequest {
                reference: reference.clone(),
                request: serde_json::from_str(text("request")?).ok()?,
                submitted_at: text("submitted_at")?.clone(),
                status: RequestStatus::parse(text("status")?)?,
                holder: holder(&item),
            })
        };
        request().map(Some).ok_or(StoreError::Unreadable { operation: OPERATION })
    }

    /// Claims a waiting request for `caseworker`, if they are in the domestic-abuse team: it leaves the queue and
    /// joins their own list.
    pub async fn claim_request(
        &self,
        reference: &Reference,
        caseworker: &Caseworker,
        now: OffsetDateTime,
    ) -> Result<Change<RequestStatus>, StoreError> {
        if !caseworker.may_read_disclosures() {
            return Ok(Change::NotFound);
        }
        let at = timestamp(now, "claim request")?;
        let change = PlannedChange {
            update: "SET #status = :claimed, claimed_by = :id, claimed_by_name = :name, claimed_at = :at, \
                     gsi2pk = :caseworker, gsi2sk = :at REMOVE gsi1pk, gsi1sk"
                .to_owned(),
            condition: "attribute_exists(pk) AND #status = :waiting AND attribute_not_exists(claimed_by) \
                        AND #team = :team"
                .to_owned(),
            names: names(&["status", "team"]),
            values: HashMap::from([
                (":waiting".to_owned(), s(RequestStatus::Waiting.as_stored())),
                (":claimed".to_owned(), s(RequestStatus::Claimed.as_stored())),
                (":id".to_owned(), s(&caseworker.id)),
                (":name".to_owned(), s(&caseworker.name)),
                (":at".to_owned(), s(&at)),
                (":caseworker".to_owned(), s(format!("CASEWORKER#{}", caseworker.id))),
                (":team".to_owned(), s(Team::DomesticAbuse.as_str())),
            ]),
            action: crate::store::AuditAction::RequestClaimed,
            sort_key: REQUEST_SORT_KEY,
            team: Team::DomesticAbuse,
        };
        self.change(reference, caseworker, change, now, request_status).await
    }

    /// Puts a request the caseworker holds, and has not dealt with, back at the top of the queue.
    pub async fn release_request(
        &self,
        reference: &Reference,
        caseworker: &Caseworker,
        now: OffsetDateTime,
    ) -> Result<Change<RequestStatus>, StoreError> {
        let change = PlannedChange {
            update: "SET #status = :waiting, gsi1pk = queue_pk, gsi1sk = queue_sk \
                     REMOVE claimed_by, claimed_by_name, claimed_at, gsi2pk, gsi2sk"
                .to_owned(),
            condition: "claimed_by = :id AND #status = :claimed".to_owned(),
            names: names(&["status"]),
            values: HashMap::from([
                (":waiting".to_owned(), s(RequestStatus::Waiting.as_stored())),
                (":claimed".to_owned(), s(RequestStatus::Claimed.as_stored())),
                (":id".to_owned(), s(&caseworker.id)),
            ]),
            action: crate::store::AuditAction::RequestReleased,
            sort_key: REQUEST_SORT_KEY,
            team: Team::DomesticAbuse,
        };
        self.change(reference, caseworker, change, now, request_status).await
    }

    /// Records what came of a request the caseworker holds: it is done. If its application's retention period has
    /// started (acknowledged by case management, or withdrawn, while the request was still being dealt with), the
    /// request, now done, is given the same expiry (`super::handover`); a check that it has not started yet goes in
    /// the same transaction otherwise, so that the two never cross.
    pub async fn record_request_outcome(
        &self,
        reference: &Reference,
        caseworker: &Caseworker,
        outcome: Outcome,
        now: OffsetDateTime,
    ) -> Result<Change<RequestStatus>, StoreError> {
        let at = timestamp(now, "request outcome")?;
        let invalid = |_| StoreError::Unavailable { operation: "request outcome", code: "invalid request".into() };
        for attempt in 0..ATTEMPTS {
            let expires = self.application_expiry(reference).await?;
            let mut change = PlannedChange {
                update: "SET #status = :done, done_at = :at".to_owned(),
                condition: "claimed_by = :id AND #status = :claimed".to_owned(),
                names: names(&["status"]),
                values: HashMap::from([
                    (":done".to_owned(), s(RequestStatus::Done(outcome).as_stored())),
                    (":claimed".to_owned(), s(RequestStatus::Claimed.as_stored())),
                    (":id".to_owned(), s(&caseworker.id)),
                    (":at".to_owned(), s(&at)),
                ]),
                action: crate::store::AuditAction::RequestOutcome(outcome),
                sort_key: REQUEST_SORT_KEY,
                team: Team::DomesticAbuse,
            };
            let mut checks = Vec::new();
            match expires {
                Some(expires) => {
                    change.update.push_str(", #expires = :expires");
                    change.names.insert("#expires".to_owned(), TABLE.time_to_live_attribute.to_owned());
                    change.values.insert(":expires".to_owned(), AttributeValue::N(expires.to_string()));
                }
                None => {
                    let check = ConditionCheck::builder()
                        .table_name(&self.table_name)
                        .set_key(Some(application_item_key(reference, APPLICATION_SORT_KEY)))
                        .condition_expression("attribute_not_exists(#expires)")
                        .expression_attribute_names("#expires", TABLE.time_to_live_attribute)
                        .build()
                        .map_err(invalid)?;
                    checks.push(TransactWriteItem::builder().condition_check(check).build());
                }
            }
            if let Some(done) = self.change_and(reference, caseworker, &change, &checks, now, request_status).await? {
                return Ok(done);
            }
            // The application's retention period started meanwhile: plan again.
            tokio::time::sleep(Duration::from_millis(10 * u64::from(attempt + 1))).await;
        }
        Err(StoreError::Unavailable { operation: "TransactWriteItems request outcome", code: "still contended".into() })
    }
}
