//! One way to send a write transaction and read why it was cancelled, for every writer in the store.
//!
//! A cancelled `TransactWriteItems` gives one reason per item, in the order the items were sent
//! (<https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html>): each caller
//! reads them by position, so each caller builds its items in a fixed order and says so.

use std::collections::HashMap;

use aws_sdk_dynamodb::error::SdkError;
use aws_sdk_dynamodb::operation::transact_write_items::TransactWriteItemsError;
use aws_sdk_dynamodb::types::{AttributeValue, Put, TransactWriteItem};

use super::{Store, StoreError, unavailable};

/// How a transaction ended, when it did not fail outright.
pub(super) enum Transacted {
    Done,
    /// Cancelled: nothing was written. Why, item by item.
    Cancelled(Cancellation),
    /// Another transaction on the same items was still in flight (`TransactionInProgressException`): try again.
    Conflict,
}

/// The reasons a transaction was cancelled, one per item in the order the items were given.
pub(super) struct Cancellation(Vec<Option<String>>);

impl Cancellation {
    /// The reason code of the item at `index` (`None`: that item was fine).
    pub(super) fn code(&self, index: usize) -> Option<&str> {
        self.0.get(index).and_then(|code| code.as_deref())
    }

    /// Whether the item at `index` was refused because its condition failed.
    pub(super) fn failed_condition(&self, index: usize) -> bool {
        self.code(index) == Some("ConditionalCheckFailed")
    }

    /// Whether any item from `index` on was refused because its condition failed.
    pub(super) fn failed_condition_from(&self, index: usize) -> bool {
        (index..self.0.len()).any(|i| self.failed_condition(i))
    }
}

impl Store {
    /// Sends `items` as one transaction. Only a failure that trying again cannot mend is an error.
    pub(super) async fn transact(
        &self,
        items: Vec<TransactWriteItem>,
        operation: &'static str,
    ) -> Result<Transacted, StoreError> {
        match self.client.transact_write_items().set_transact_items(Some(items)).send().await {
            Ok(_) => Ok(Transacted::Done),
            Err(SdkError::ServiceError(error)) => match error.err() {
                TransactWriteItemsError::TransactionCanceledException(cancelled) => {
                    let codes = cancelled.cancellation_reasons().iter().map(|r| r.code().map(str::to_owned));
                    Ok(Transacted::Cancelled(Cancellation(codes.collect())))
                }
                TransactWriteItemsError::TransactionInProgressException(_) => Ok(Transacted::Conflict),
                _ => Err(unavailable(operation)(SdkError::ServiceError(error))),
            },
            Err(other) => Err(unavailable(operation)(other)),
        }
    }

    /// A put of an item that must not exist yet: an application, an audit entry, an urgent request. In a
    /// transaction, its condition failing is how a taken key shows.
    pub(super) fn put_new(
        &self,
        item: HashMap<String, AttributeValue>,
        operation: &'static str,
    ) -> Result<Put, StoreError> {
        Put::builder()
            .table_name(&self.table_name)
            .set_item(Some(item))
            .condition_expression("attribute_not_exists(pk)")
            .build()
            .map_err(|_| StoreError::Unavailable { operation, code: "invalid request".into() })
    }
}
