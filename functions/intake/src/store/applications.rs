//! Sending: a draft becomes an application exactly once.
//!
//! One `TransactWriteItems` puts the application (only if its reference is new), deletes the draft (only if it
//! is still there) and leaves a receipt under the session (its hash: [`super::SessionKey`]), all or nothing
//! (<https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/transaction-apis.html>). A second send of
//! the same draft (a double click, Back and send again, a second tab) finds the draft gone and the receipt there,
//! and answers with the same reference: there is never a second application, nor a blank one.
//!
//! A disclosure of abuse is not part of the application item: the same transaction puts it in an item of its own
//! (`pk=APP#<ref>, sk=DISCLOSURE`), and [`Store::load_application`] reads only `sk=APP` with `GetItem`, so
//! reading an application never fetches it. Only [`Store::load_disclosure`] does, and only the domestic-abuse
//! team's views call it (docs/design.md, "Data" and "Safety and security model").

use std::collections::HashMap;
use std::time::Duration;

use aws_sdk_dynamodb::types::{AttributeValue, Delete, Put, TransactWriteItem};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::ATTEMPTS;
use super::casework::Holder;
use super::drafts::{ApplicantKey, Draft, draft_key};
use super::transaction::Transacted;
use super::{Store, StoreError, has_expired, retention_over};
use crate::answers::Answers;
use crate::casework::Status;
use crate::payments::PaymentService;
use crate::reference::Reference;
use crate::routing::{self, Team};
use crate::safety::Disclosure;
use crate::session::SessionId;
use crate::table::{QUEUE_INDEX, TABLE};

pub const APPLICATION_SORT_KEY: &str = "APP";
pub const DISCLOSURE_SORT_KEY: &str = "DISCLOSURE";
const RECEIPT_SORT_KEY: &str = "RECEIPT";
/// The receipt lets the confirmation page be shown again while the session lasts, then goes.
const RECEIPT_LIFETIME: time::Duration = time::Duration::hours(24);

/// Proof that the session's application was sent, and its reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Receipt {
    pub reference: Reference,
}

pub(super) fn receipt_key(session: &ApplicantKey) -> HashMap<String, AttributeValue> {
    HashMap::from([
        (TABLE.partition_key.name.to_owned(), session.attribute()),
        (TABLE.sort_key.name.to_owned(), AttributeValue::S(RECEIPT_SORT_KEY.to_owned())),
    ])
}

pub(super) fn application_partition(reference: &Reference) -> AttributeValue {
    AttributeValue::S(format!("APP#{}", reference.as_str()))
}

pub(super) fn application_item_key(reference: &Reference, sort_key: &str) -> HashMap<String, AttributeValue> {
    HashMap::from([
        (TABLE.partition_key.name.to_owned(), application_partition(reference)),
        (TABLE.sort_key.name.to_owned(), AttributeValue::S(sort_key.to_owned())),
    ])
}

/// A sent application as stored: the answers without the disclosure, and where it was routed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Application {
    pub reference: Reference,
    /// Everything answered except the disclosure (its `disclosure` is always empty).
    pub answers: Answers,
    pub submitted_at: String,
    pub status: Status,
    /// Who holds it in casework, if anyone.
    pub holder: Option<Holder>,
    pub team: Team,
    pub payment_service: Option<PaymentService>,
}

impl Application {
    /// What sending a draft's answers at `submitted_at` stores: the application, routed and waiting in its team's
    /// queue, its answers without the disclosure; and the disclosure, apart, if one was made (after a "no", nothing
    /// about abuse is kept). A pure function, so that what is stored can be made without a table (the handover's
    /// tests make records from the example applications this way).
    pub fn sent(reference: Reference, answers: &Answers, submitted_at: String) -> (Application, Option<Disclosure>) {
        let routing = routing::route(answers);
        let mut answers = answers.clone();
        let disclosure = std::mem::take(&mut answers.disclosure);
        let application = Application {
            reference,
            answers,
            submitted_at,
            status: Status::Submitted,
            holder: None,
            team: routing.team,
            payment_service: routing.payment_service,
        };
        (application, disclosure.is_made().then_some(disclosure))
    }
}

/// An application's queue sort key: after every urgent request (`0#`, see `requests`), oldest first.
fn queue_sort_key(submitted_at: &str, reference: &Reference) -> String {
    format!("{}#{submitted_at}#{}", super::casework::APPLICATION_QUEUE_PREFIX, reference.as_str())
}

/// How a transaction attempt ended, when it did not fail outright.
enum Attempt {
    Sent,
    /// Another application already has this reference (about one chance in a trillion): pick another.
    ReferenceTaken,
    /// The draft changed or went while we sent it (another send won, or is committing): look again.
    Contended,
}

impl Store {
    /// The receipt of the session's sent application, if it was sent.
    pub async fn load_receipt(&self, session: &SessionId, now: OffsetDateTime) -> Result<Option<Receipt>, StoreError> {
        const OPERATION: &str = "GetItem receipt";
        let Some(item) = self.get(receipt_key(&ApplicantKey::of(session)), OPERATION).await? else { return Ok(None) };
        let reference = item
            .get("reference")
            .and_then(|v| v.as_s().ok())
            .and_then(|s| Reference::parse(s))
            .ok_or(StoreError::Unreadable { operation: OPERATION })?;
        Ok((!has_expired(&item, now)).then_some(Receipt { reference }))
    }

    /// The application with this reference, without its disclosure: one `GetItem` of `sk=APP`, never a query
    /// of the partition (which would fetch the disclosure too). Absent once its retention period is over.
    pub async fn load_application(&self, reference: &Reference) -> Result<Option<Application>, StoreError> {
        const OPERATION: &str = "GetItem application";
        let Some(item) = self.retained_item(reference, APPLICATION_SORT_KEY, OPERATION).await? else {
            return Ok(None);
        };
        let text = |name: &str| item.get(name).and_then(|v| v.as_s().ok());
        let application = || {
            Some(Application {
                reference: reference.clone(),
                answers: serde_json::from_str(text("answers")?).ok()?,
                submitted_at: text("submitted_at")?.clone(),
                status: Status::parse(text("status")?)?,
                holder: super::casework::holder(&item),
                team: Team::parse(text("team")?)?,
                payment_service: text("payment_service").and_then(|value| PaymentService::parse(value)),
            })
        };
        application().map(Some).ok_or(StoreError::Unreadable { operation: OPERATION })
    }

    /// The disclosure made with an application, if one was. Only for the domestic-abuse team: the casework
    /// function checks the reader's team before calling this. Absent once its retention period is over.
    pub async fn load_disclosure(&self, reference: &Reference) -> Result<Option<Disclosure>, StoreError> {
        const OPERATION: &str = "GetItem disclosure";
        let Some(item) = self.retained_item(reference, DISCLOSURE_SORT_KEY, OPERATION).await? else {
            return Ok(None);
        };
        item.get("disclosure")
            .and_then(|v| v.as_s().ok())
            .and_then(|json| serde_json::from_str(json).ok())
            .map(Some)
            .ok_or(StoreError::Unreadable { operation: OPERATION })
    }

    /// [`Self::application_item`], unless its retention period is over at the store's time (`crate::retention`):
    /// DynamoDB deletes expired items only eventually, so until then they are read as absent.
    pub(super) async fn retained_item(
        &self,
        reference: &Reference,
        sort_key: &str,
        operation: &'static str,
    ) -> Result<Option<HashMap<String, AttributeValue>>, StoreError> {
        let item = self.application_item(reference, sort_key, operation).await?;
        Ok(item.filter(|item| !retention_over(item, self.clock.now())))
    }

    /// One item of an application's partition, by its sort key: a `GetItem`, never a query of the partition.
    pub(super) async fn application_item(
        &self,
        reference: &Reference,
        sort_key: &str,
        operation: &'static str,
    ) -> Result<Option<HashMap<String, AttributeValue>>, StoreError> {
        self.get(application_item_key(reference, sort_key), operation).await
    }

    /// Sends the session's draft as an application, once. Returns the receipt, the same for every call for the
    /// session however many race, or `None` if there is neither a draft nor a receipt to send from.
    pub async fn send_application(
        &self,
        session: &SessionId,
        now: OffsetDateTime,
    ) -> Result<Option<Receipt>, StoreError> {
        for attempt in 0..ATTEMPTS {
            if let Some(receipt) = self.load_receipt(session, now).await? {
                return Ok(Some(receipt));
            }
            match self.load_draft(session, now).await? {
                Some(mut draft) => match self.try_send(&draft, now).await? {
                    Attempt::Sent => return Ok(Some(Receipt { reference: draft.reference })),
                    Attempt::ReferenceTaken => {
                        draft.reference = Reference::new();
                        self.save_draft(&mut draft, now).await?;
                    }
                    Attempt::Contended => {}
                },
                // Neither draft nor receipt: nothing was ever sent, unless a send committed between our two
                // reads; the next attempt's receipt read tells which.
                None if attempt > 0 => return Ok(None),
                None => {}
            }
            tokio::time::sleep(Duration::from_millis(10 * u64::from(attempt + 1))).await;
        }
        Err(StoreError::Unavailable { operation: "TransactWriteItems send", code: "still contended".into() })
    }

    async fn try_send(&self, draft: &Draft, now: OffsetDateTime) -> Result<Attempt, StoreError> {
        const OPERATION: &str = "TransactWriteItems send";
        let invalid = |_| StoreError::Unavailable { operation: OPERATION, code: "invalid request".into() };
        let submitted_at = now.format(&Rfc3339).map_err(|_| StoreError::Unreadable { operation: OPERATION })?;
        let (sent, disclosure) = Application::sent(draft.reference.clone(), &draft.answers, submitted_at.clone());
        let unreadable = |_| StoreError::Unreadable { operation: OPERATION };
        let answers = serde_json::to_string(&sent.answers).map_err(unreadable)?;

        let queue_partition = format!("QUEUE#{}", sent.team.as_str());
        let queue_sort = queue_sort_key(&submitted_at, &draft.reference);
        let mut application = application_item_key(&draft.reference, APPLICATION_SORT_KEY);
        application.extend([
            ("reference".to_owned(), AttributeValue::S(draft.reference.as_str().to_owned())),
            ("answers".to_owned(), AttributeValue::S(answers)),
            ("submitted_at".to_owned(), AttributeValue::S(submitted_at.clone())),
            ("status".to_owned(), AttributeValue::S(sent.status.as_str().to_owned())),
            ("team".to_owned(), AttributeValue::S(sent.team.as_str().to_owned())),
            (
                "payment_service".to_owned(),
                sent.payment_service
                    .map_or(AttributeValue::Null(true), |service| AttributeValue::S(service.form_value().to_owned())),
            ),
            (QUEUE_INDEX.partition_key.name.to_owned(), AttributeValue::S(queue_partition.clone())),
            (QUEUE_INDEX.sort_key.name.to_owned(), AttributeValue::S(queue_sort.clone())),
            // The queue keys again, kept when a claim removes the index's: a release puts them back.
            ("queue_pk".to_owned(), AttributeValue::S(queue_partition)),
            ("queue_sk".to_owned(), AttributeValue::S(queue_sort)),
        ]);
        let put_application = self.put_new(application, OPERATION)?;
        // Only the draft as we read it may be sent: if another send deleted it, this one fails as a whole.
        let session = ApplicantKey::of(&draft.session);
        let delete_draft = Delete::builder()
            .table_name(&self.table_name)
            .set_key(Some(draft_key(&session)))
            .condition_expression("attribute_exists(pk) AND #reference = :reference")
            .expression_attribute_names("#reference", "reference")
            .expression_attribute_values(":reference", AttributeValue::S(draft.reference.as_str().to_owned()))
            .build()
            .map_err(invalid)?;
        let mut receipt = receipt_key(&session);
        receipt.insert("reference".into(), AttributeValue::S(draft.reference.as_str().to_owned()));
        receipt.insert(
            TABLE.time_to_live_attribute.into(),
            AttributeValue::N((now + RECEIPT_LIFETIME).unix_timestamp().to_string()),
        );
        let put_receipt =
            Put::builder().table_name(&self.table_name).set_item(Some(receipt)).build().map_err(invalid)?;

        // The disclosure, if one was made, goes in its own item in the same transaction: stored with the
        // application or not at all. (After a "no", nothing about abuse is stored.)
        let put_disclosure = if let Some(disclosure) = disclosure {
            let mut item = application_item_key(&draft.reference, DISCLOSURE_SORT_KEY);
            item.insert(
                "disclosure".to_owned(),
                AttributeValue::S(serde_json::to_string(&disclosure).map_err(unreadable)?),
            );
            Some(TransactWriteItem::builder().put(self.put_new(item, OPERATION)?).build())
        } else {
            None
        };

        // The order matters: the cancellation reasons below are read by position.
        let items = [
            TransactWriteItem::builder().put(put_application).build(),
            TransactWriteItem::builder().delete(delete_draft).build(),
            TransactWriteItem::builder().put(put_receipt).build(),
        ];
        Ok(match self.transact(items.into_iter().chain(put_disclosure).collect(), OPERATION).await? {
            Transacted::Done => Attempt::Sent,
            // The application's key taken while the draft is still ours, as we read it: another application
            // has this reference.
            Transacted::Cancelled(why)
                if why.failed_condition(0)
                    && !why.failed_condition(1)
                    && why.code(1) != Some("TransactionConflict") =>
            {
                Attempt::ReferenceTaken
            }
            Transacted::Cancelled(_) | Transacted::Conflict => Attempt::Contended,
        })
    }
}
