//! Erasure (issue 14, point 5): a caseworker of the owning team deletes an application (a duplicate, or at the
//! applicant's request), and its disclosure and urgent request go with it.
//!
//! One `TransactWriteItems`, all or nothing
//! (<https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/transaction-apis.html>):
//!
//! 1. deletes the application (`APP#<ref>` / `APP`) if it is still there, is the team's that the caseworker named,
//!    and nobody else is working on it ([`Status::may_be_erased`]: unclaimed, theirs, or finished);
//! 2. deletes its disclosure (`DISCLOSURE`), if there is one;
//! 3. deletes its urgent request (`REQUEST`), if there is one, only once it has been dealt with: an erasure never
//!    takes away a request to call the police or call back that nobody has acted on yet;
//! 4. puts the audit entry `erased:<reason>` in the trail's own partition (`AUDIT#<ref>`), which the erasure
//!    leaves, with the rest of the trail, until each entry's own expiry;
//! 5. deletes its handover records (`HANDOVER#application`, `HANDOVER#disclosure`: `super::handover`), if it was
//!    handed over: a record case management has not collected yet is never delivered after the application is
//!    erased, and an acknowledged one's remains go too.
//!
//! The first delete's condition is what makes a double submit (a double click, Back and resend, two tabs) erase
//! once and audit once: the second finds the application gone, and its transaction, audit entry included, is
//! cancelled.

use std::collections::HashMap;
use std::time::Duration;

use aws_sdk_dynamodb::types::{Delete, TransactWriteItem};
use time::OffsetDateTime;

use super::ATTEMPTS;
use super::applications::{APPLICATION_SORT_KEY, DISCLOSURE_SORT_KEY, application_item_key};
use super::casework::{AuditAction, Holder, audit_item, holder, names, s};
use super::handover::record_sort_key;
use super::requests::REQUEST_SORT_KEY;
use super::transaction::Transacted;
use super::{Store, StoreError};
use crate::casework::{Caseworker, ErasureReason, Status};
use crate::handover::RecordKind;
use crate::reference::Reference;
use crate::routing::Team;
use crate::urgent::RequestStatus;

/// How an erasure ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Erasure {
    /// Deleted now, and recorded.
    Erased,
    /// A colleague is working on it: nothing was deleted.
    HeldBy(Holder),
    /// Its urgent request has not been dealt with yet: nothing was deleted.
    RequestOpen,
    /// There is no such application of a team the caseworker is in (never was, another team's, or already
    /// erased): nothing was deleted or recorded.
    NotFound,
}

/// How a `done:<outcome>` request status starts (`RequestStatus::as_stored`): the one kind of request that may go.
fn done_prefix() -> String {
    let done = RequestStatus::Done(crate::urgent::Outcome::CalledBack).as_stored();
    done.split_once(':').map_or(done.clone(), |(prefix, _)| format!("{prefix}:"))
}

impl Store {
    /// Erases `team`'s application `reference` for `caseworker`, for `reason`: see the module's documentation.
    pub async fn erase(
        &self,
        reference: &Reference,
        team: Team,
        caseworker: &Caseworker,
        reason: ErasureReason,
        now: OffsetDateTime,
    ) -> Result<Erasure, StoreError> {
        const OPERATION: &str = "TransactWriteItems erase";
        let invalid = |_| StoreError::Unavailable { operation: OPERATION, code: "invalid request".into() };
        if !caseworker.may_see(team) {
            return Ok(Erasure::NotFound);
        }
        // Statuses in which anyone of the team may erase it, whoever holds it: one rule, `may_be_erased`.
        let finished: Vec<Status> = Status::ALL.into_iter().filter(|status| status.may_be_erased(true)).collect();
        let placeholders: Vec<String> = (0..finished.len()).map(|i| format!(":finished{i}")).collect();
        let mut values = HashMap::from([(":team".to_owned(), s(team.as_str())), (":id".to_owned(), s(&caseworker.id))]);
        values.extend(placeholders.iter().zip(&finished).map(|(name, status)| (name.clone(), s(status.as_str()))));
        let delete_application = Delete::builder()
            .table_name(&self.table_name)
            .set_key(Some(application_item_key(reference, APPLICATION_SORT_KEY)))
            .condition_expression(format!(
                "attribute_exists(pk) AND #team = :team \
                 AND (attribute_not_exists(claimed_by) OR claimed_by = :id OR #status IN ({}))",
                placeholders.join(", ")
            ))
            .set_expression_attribute_names(Some(names(&["team", "status"])))
            .set_expression_attribute_values(Some(values))
            .build()
            .map_err(invalid)?;
        let delete_disclosure = Delete::builder()
            .table_name(&self.table_name)
            .set_key(Some(application_item_key(reference, DISCLOSURE_SORT_KEY)))
            .build()
            .map_err(invalid)?;
        let delete_request = Delete::builder()
            .table_name(&self.table_name)
            .set_key(Some(application_item_key(reference, REQUEST_SORT_KEY)))
            .condition_expression("attribute_not_exists(pk) OR begins_with(#status, :done)")
            .set_expression_attribute_names(Some(names(&["status"])))
            .expression_attribute_values(":done", s(done_prefix()))
            .build()
            .map_err(invalid)?;
        let delete_records = RecordKind::ALL
            .into_iter()
            .map(|kind| {
                let key = application_item_key(reference, &record_sort_key(kind));
                let delete = Delete::builder().table_name(&self.table_name).set_key(Some(key)).build();
                delete.map(|delete| TransactWriteItem::builder().delete(delete).build())
            })
            .collect::<Result<Vec<_>, _>>()
            .map_err(invalid)?;
        for attempt in 0..ATTEMPTS {
            let audit = audit_item(reference, team, caseworker, AuditAction::Erased(reason), now)?;
            let audit = self.put_new(audit, OPERATION)?;
            // The order matters: the cancellation reasons below are read by position.
            let mut items = vec![
                TransactWriteItem::builder().delete(delete_application.clone()).build(),
                TransactWriteItem::builder().delete(delete_disclosure.clone()).build(),
                TransactWriteItem::builder().delete(delete_request.clone()).build(),
                TransactWriteItem::builder().put(audit).build(),
            ];
            items.extend_from_slice(&delete_records);
            match self.transact(items, OPERATION).await? {
                Transacted::Done => return Ok(Erasure::Erased),
                Transacted::Cancelled(why) => {
                    // If it changed since (released, say), `why_not_erased` finds nothing against it: try again on
                    // what it is now.
                    if why.failed_condition(0)
                        && let Some(why) = self.why_not_erased(reference, team, caseworker).await?
                    {
                        return Ok(why);
                    }
                    if why.failed_condition(2) {
                        return Ok(Erasure::RequestOpen);
                    }
                    // Another transaction on these items (the other click): look again when it is done.
                }
                Transacted::Conflict => {}
            }
            tokio::time::sleep(Duration::from_millis(10 * u64::from(attempt + 1))).await;
        }
        Err(StoreError::Unavailable { operation: OPERATION, code: "still contended".into() })
    }

    /// Why the application's delete condition failed: gone, another team's, or held by a colleague; `None` if
    /// what it is now would pass (it changed in between).
    async fn why_not_erased(
        &self,
        reference: &Reference,
        team: Team,
        caseworker: &Caseworker,
    ) -> Result<Option<Erasure>, StoreError> {
        const OPERATION: &str = "GetItem erase";
        let Some(item) = self.application_item(reference, APPLICATION_SORT_KEY, OPERATION).await? else {
            return Ok(Some(Erasure::NotFound));
        };
        let its_team = item.get("team").and_then(|v| v.as_s().ok()).and_then(|t| Team::parse(t));
        if its_team != Some(team) {
            return Ok(Some(Erasure::NotFound));
        }
        let status = item.get("status").and_then(|v| v.as_s().ok()).and_then(|s| Status::parse(s));
        let status = status.ok_or(StoreError::Unreadable { operation: OPERATION })?;
        Ok(match holder(&item) {
            Some(holder) if !status.may_be_erased(holder.id != caseworker.id) => Some(Erasure::HeldBy(holder)),
            _ => None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_request_dealt_with_may_go() {
        let prefix = done_prefix();
        assert_eq!(prefix, "done:");
        let every = [RequestStatus::Waiting, RequestStatus::Claimed]
            .into_iter()
            .chain(crate::urgent::Outcome::ALL.iter().map(|o| RequestStatus::Done(*o)));
        for status in every {
            assert_eq!(status.as_stored().starts_with(&prefix), status.is_dealt_with(), "{status:?}");
        }
    }
}
