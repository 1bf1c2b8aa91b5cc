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

use aws_sdk_dynamodb::types::{AttributeValue, ConditionCheck, Put, TransactWriteItem, Update};
use time::OffsetDateTime;

use super::ATTEMPTS;
use super::applications::{APPLICATION_SORT_KEY, application_item_key};
use super::casework::{Change, Holder, PlannedChange, URGENT_QUEUE_PREFIX, holder, names, s, timestamp};
use super::drafts::{Draft, draft_item, expiry_from};
use super::handover::ApplicationRetention;
use super::transaction::Transacted;
use super::{Store, StoreError, retention_over};
use crate::casework::Caseworker;
use crate::reference::Reference;
use crate::retention;
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

    /// Takes away the expiry an urgent request was given when it was dealt with before its application came
    /// ([`Store::record_request_outcome`]), for the application's first change (its claim): the application is work,
    /// and the request is kept with it from then on. Nothing if there is no request, it has no expiry, or its
    /// period is already over (a request is never brought back). Its condition is the expiry as read: if that
    /// changed, the caller plans again.
    pub(super) async fn keep_request_with_application(
        &self,
        reference: &Reference,
        now: OffsetDateTime,
    ) -> Result<Vec<TransactWriteItem>, StoreError> {
        const OPERATION: &str = "GetItem request expiry";
        let Some(request) = self.application_item(reference, REQUEST_SORT_KEY, OPERATION).await? else {
            return Ok(Vec::new());
        };
        let Some(expires) = request.get(TABLE.time_to_live_attribute).cloned() else { return Ok(Vec::new()) };
        if retention_over(&request, now) {
            return Ok(Vec::new());
        }
        let update = Update::builder()
            .table_name(&self.table_name)
            .set_key(Some(application_item_key(reference, REQUEST_SORT_KEY)))
            .update_expression("REMOVE #expires")
            .condition_expression("#expires = :expires")
            .expression_attribute_names("#expires", TABLE.time_to_live_attribute)
            .expression_attribute_values(":expires", expires)
            .build()
            .map_err(|_| StoreError::Unavailable { operation: OPERATION, code: "invalid request".into() })?;
        Ok(vec![TransactWriteItem::builder().update(update).build()])
    }

    /// Records what came of a request the caseworker holds: it is done. Its expiry then follows its application's
    /// (`super::handover`):
    /// - if the application's retention period has started (acknowledged by case management, or withdrawn, while
    ///   the request was still being dealt with), the request, now done, is given the same expiry;
    /// - if the application is still kept, the request is too, and is given its expiry with the application's;
    /// - if no application has been sent, the request expires [`retention::AFTER_HANDOVER`] from now, its part in
    ///   this service over; if the application comes after all, its claim takes that expiry away again
    ///   ([`Store::keep_request_with_application`]).
    ///
    /// A check that the application is still where it was read to be goes in the same transaction, so that the two
    /// never cross.
    pub async fn record_request_outcome(
        &self,
        reference: &Reference,
        caseworker: &Caseworker,
        outcome: Outcome,
        now: OffsetDateTime,
    ) -> Result<Change<RequestStatus>, StoreError> {
        let at = timestamp(now, "request outcome")?;
        let invalid = |_| StoreError::Unavailable { operation: "request outcome", code: "invalid request".into() };
        // Planned again if the application is sent, or its retention period starts, meanwhile.
        let at = &at;
        let plan = move || async move {
            let retention = self.application_retention(reference).await?;
            let mut change = PlannedChange {
                update: "SET #status = :done, done_at = :at".to_owned(),
                condition: "claimed_by = :id AND #status = :claimed".to_owned(),
                names: names(&["status"]),
                values: HashMap::from([
                    (":done".to_owned(), s(RequestStatus::Done(outcome).as_stored())),
                    (":claimed".to_owned(), s(RequestStatus::Claimed.as_stored())),
                    (":id".to_owned(), s(&caseworker.id)),
                    (":at".to_owned(), s(at)),
                ]),
                action: crate::store::AuditAction::RequestOutcome(outcome),
                sort_key: REQUEST_SORT_KEY,
                team: Team::DomesticAbuse,
            };
            // That the application is still where it was read to be. (DynamoDB refuses a name an expression does
            // not use: hence the names, given apart.)
            let application_still = |condition: &str, names: Option<HashMap<String, String>>| {
                let check = ConditionCheck::builder()
                    .table_name(&self.table_name)
                    .set_key(Some(application_item_key(reference, APPLICATION_SORT_KEY)))
                    .condition_expression(condition)
                    .set_expression_attribute_names(names)
                    .build()
                    .map_err(invalid)?;
                Ok::<_, StoreError>(vec![TransactWriteItem::builder().condition_check(check).build()])
            };
            let checks = match retention {
                ApplicationRetention::Expires(expires) => {
                    change = change.also_set(TABLE.time_to_live_attribute, AttributeValue::N(expires.to_string()));
                    Vec::new()
                }
                ApplicationRetention::Kept => {
                    let expires = HashMap::from([("#expires".to_owned(), TABLE.time_to_live_attribute.to_owned())]);
                    application_still("attribute_exists(pk) AND attribute_not_exists(#expires)", Some(expires))?
                }
                ApplicationRetention::NotSent => {
                    let expires = retention::expires_at(now);
                    change = change.also_set(TABLE.time_to_live_attribute, AttributeValue::N(expires.to_string()));
                    application_still("attribute_not_exists(pk)", None)?
                }
            };
            Ok((change, checks))
        };
        let operation = "TransactWriteItems request outcome";
        self.change_replanning(reference, caseworker, now, request_status, operation, plan).await
    }
}
