//! The DynamoDB store: the only code that talks to the table.
//!
//! Errors carry the operation and DynamoDB's error code, never an item: they end up in logs.

mod applications;
mod casework;
mod drafts;
mod erasure;
mod handover;
mod migrations;
mod requests;
mod session_keys;
mod staff;
mod transaction;

pub use applications::{APPLICATION_SORT_KEY, Application, DISCLOSURE_SORT_KEY, Receipt};
pub use casework::{
    AUDIT_RETENTION, AUDIT_RETENTION_YEARS, AuditAction, AuditEntry, CASE_MANAGEMENT, Change, Holder, QUEUE_PAGE_SIZE,
    QueueCursor, QueueEntry, QueuePage, Queued,
};
pub use drafts::{DRAFT_LIFETIME, Draft};
pub use erasure::Erasure;
pub use handover::{Acknowledged, FEED_PAGE_SIZE, FeedCursor, FeedPage, HANDOVER_SORT_KEY_PREFIX};
pub use migrations::AuditMove;
pub use requests::{REQUEST_SORT_KEY, RequestSent, StoredRequest};
pub use session_keys::{Applicant, Caseworker, SessionKey, SessionKind, SignInState};
pub use staff::{
    CheckClaim, RefreshToken, SIGN_IN_LIFETIME, STAFF_SESSION_CHECK_CLAIM_TIMEOUT, STAFF_SESSION_LIFETIME,
    STAFF_SESSION_RECHECK_INTERVAL, SignIn, StaffSession,
};

use std::collections::HashMap;
use std::time::Duration;

use aws_config::BehaviorVersion;
use aws_config::timeout::TimeoutConfig;
use aws_sdk_dynamodb::Client;
use aws_sdk_dynamodb::config::{Credentials, Region};
use aws_sdk_dynamodb::error::{ProvideErrorMetadata, SdkError};
use aws_sdk_dynamodb::types::{
    AttributeDefinition, AttributeValue, BillingMode, GlobalSecondaryIndex, KeySchemaElement, KeyType, Projection,
    ProjectionType, ScalarAttributeType, TableStatus, TimeToLiveSpecification,
};

use crate::clock::Clock;
use crate::config::Config;
use crate::table::{self, TABLE, TableDefinition};

/// How often a write that met another transaction on the same items tries again before giving up.
const ATTEMPTS: u32 = 8;

/// Region used when talking to DynamoDB Local, which ignores it but needs one to sign requests.
const LOCAL_REGION: &str = "eu-west-2";

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// DynamoDB could not be reached or refused the request. `code` is DynamoDB's error code, if it gave one.
    #[error("DynamoDB {operation} failed ({code})")]
    Unavailable { operation: &'static str, code: String },
    /// An item in the table is not what this code writes (a bug or a manual edit), so it is not trusted.
    #[error("DynamoDB {operation} returned an item this version cannot read")]
    Unreadable { operation: &'static str },
}

pub(crate) fn unavailable<E: ProvideErrorMetadata, R>(
    operation: &'static str,
) -> impl FnOnce(SdkError<E, R>) -> StoreError {
    move |error| {
        let code = match &error {
            SdkError::ServiceError(service) => service.err().code().unwrap_or("unknown").to_owned(),
            SdkError::TimeoutError(_) => "timeout".to_owned(),
            SdkError::DispatchFailure(_) => "dispatch failure".to_owned(),
            SdkError::ResponseError(_) => "unreadable response".to_owned(),
            SdkError::ConstructionFailure(_) => "construction failure".to_owned(),
            _ => "unknown".to_owned(),
        };
        StoreError::Unavailable { operation, code }
    }
}

/// Whether an item's time to live has passed at `now` (or it has none): DynamoDB deletes expired items only
/// eventually (<https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/howitworks-ttl.html>), so every
/// read of an item with a lifetime checks it.
pub(crate) fn has_expired(item: &HashMap<String, AttributeValue>, now: time::OffsetDateTime) -> bool {
    let expires_at: Option<i64> =
        item.get(TABLE.time_to_live_attribute).and_then(|v| v.as_n().ok()).and_then(|n| n.parse().ok());
    expires_at.is_none_or(|at| at <= now.unix_timestamp())
}

/// Whether an item that may be kept for ever (an application, its disclosure, its request, a handed-over record)
/// has been given a time to live that has passed at `now` (`crate::retention`). Unlike [`has_expired`], an item
/// without one has not: nothing submitted and not yet handed over ever expires.
pub(crate) fn retention_over(item: &HashMap<String, AttributeValue>, now: time::OffsetDateTime) -> bool {
    item.get(TABLE.time_to_live_attribute)
        .and_then(|v| v.as_n().ok())
        .and_then(|n| n.parse::<i64>().ok())
        .is_some_and(|at| at <= now.unix_timestamp())
}

#[derive(Clone, Debug)]
pub struct Store {
    client: Client,
    table_name: String,
    /// The time reads of what may expire (applications, disclosures, requests, handed-over records) are judged
    /// at: the system's in service, a fixed moment in tests of retention. Writes are given their time.
    clock: Clock,
}

impl Store {
    pub fn new(client: Client, table_name: impl Into<String>) -> Self {
        Self { client, table_name: table_name.into(), clock: Clock::System }
    }

    /// The same store, reading as if it were `clock`'s time: what has expired by then is absent.
    pub fn with_clock(self, clock: Clock) -> Self {
        Self { clock, ..self }
    }

    pub fn clock(&self) -> Clock {
        self.clock
    }

    /// Builds the DynamoDB client from the configuration. Call once, in `main`: the client holds the connection
    /// pool and credentials cache that every request reuses.
    pub async fn connect(config: &Config) -> Self {
        // Fail fast rather than hold a Lambda (and an applicant) for the SDK's default retries when DynamoDB is
        // unreachable: the applicant sees the "Sorry" page and their answers are kept in the form.
        let timeouts = TimeoutConfig::builder()
            .connect_timeout(Duration::from_secs(1))
            .operation_attempt_timeout(Duration::from_secs(2))
            .operation_timeout(Duration::from_secs(5))
            .build();
        let mut loader = aws_config::defaults(BehaviorVersion::latest()).timeout_config(timeouts);
        if let Some(endpoint) = &config.dynamodb_endpoint {
            // DynamoDB Local accepts any credentials; these keep the SDK from searching for real ones.
            loader = loader
                .endpoint_url(endpoint)
                .region(Region::new(LOCAL_REGION))
                .credentials_provider(Credentials::new("local", "local", None, None, "dynamodb-local"));
        }
        let sdk_config = loader.load().await;
        Self::new(Client::new(&sdk_config), config.table_name.clone())
    }

    pub fn table_name(&self) -> &str {
        &self.table_name
    }

    /// Deletes one item by its key; deleting what is not there is not an error.
    pub(crate) async fn delete(
        &self,
        key: HashMap<String, AttributeValue>,
        operation: &'static str,
    ) -> Result<(), StoreError> {
        self.client
            .delete_item()
            .table_name(&self.table_name)
            .set_key(Some(key))
            .send()
            .await
            .map_err(unavailable(operation))?;
        Ok(())
    }

    /// One item by its key, read consistently: the caller's own last write must be visible at once.
    pub(crate) async fn get(
        &self,
        key: HashMap<String, AttributeValue>,
        operation: &'static str,
    ) -> Result<Option<HashMap<String, AttributeValue>>, StoreError> {
        let output = self
            .client
            .get_item()
            .table_name(&self.table_name)
            .set_key(Some(key))
            .consistent_read(true)
            .send()
            .await
            .map_err(unavailable(operation))?;
        Ok(output.item)
    }

    /// The DynamoDB client, for tests that inspect the table directly.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Creates the table from [`TABLE`] if it does not exist, and waits until it is usable. For DynamoDB Local
    /// only: in AWS the table is CloudFormation's (infra/), and the functions' roles cannot create tables.
    pub async fn create_table_if_missing(&self) -> Result<(), StoreError> {
        match self.client.describe_table().table_name(&self.table_name).send().await {
            Ok(_) => return self.wait_until_active().await,
            Err(SdkError::ServiceError(e)) if e.err().is_resource_not_found_exception() => {}
            Err(e) => return Err(unavailable("DescribeTable")(e)),
        }
        let request = create_table_request(&self.client, &self.table_name, &TABLE)
            .map_err(|_| StoreError::Unavailable { operation: "CreateTable", code: "invalid definition".into() })?;
        match request.send().await {
            Ok(_) => {}
            // Another process (a parallel test) created it first: that is what we wanted.
            Err(SdkError::ServiceError(e)) if e.err().is_resource_in_use_exception() => {}
            Err(e) => return Err(unavailable("CreateTable")(e)),
        }
        self.wait_until_active().await?;
        let ttl = TimeToLiveSpecification::builder()
            .enabled(true)
            .attribute_name(TABLE.time_to_live_attribute)
            .build()
            .map_err(|_| StoreError::Unavailable {
                operation: "UpdateTimeToLive",
                code: "invalid definition".into(),
            })?;
        match self
            .client
            .update_time_to_live()
            .table_name(&self.table_name)
            .time_to_live_specification(ttl)
            .send()
            .await
        {
            Ok(_) => Ok(()),
            // Already enabled by a concurrent creator.
            Err(SdkError::ServiceError(e)) if e.err().code() == Some("ValidationException") => Ok(()),
            Err(e) => Err(unavailable("UpdateTimeToLive")(e)),
        }
    }

    async fn wait_until_active(&self) -> Result<(), StoreError> {
        for _ in 0..100 {
            let described = self
                .client
                .describe_table()
                .table_name(&self.table_name)
                .send()
                .await
                .map_err(unavailable("DescribeTable"))?;
            if described.table().and_then(|t| t.table_status()) == Some(&TableStatus::Active) {
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Err(StoreError::Unavailable { operation: "DescribeTable", code: "table never became active".into() })
    }
}

fn create_table_request(
    client: &Client,
    table_name: &str,
    definition: &TableDefinition,
) -> Result<
    aws_sdk_dynamodb::operation::create_table::builders::CreateTableFluentBuilder,
    aws_sdk_dynamodb::error::BuildError,
> {
    let key_schema = |partition: table::KeyAttribute, sort: table::KeyAttribute| {
        Ok::<_, aws_sdk_dynamodb::error::BuildError>(vec![
            KeySchemaElement::builder().attribute_name(partition.name).key_type(KeyType::Hash).build()?,
            KeySchemaElement::builder().attribute_name(sort.name).key_type(KeyType::Range).build()?,
        ])
    };
    let mut request = client
        .create_table()
        .table_name(table_name)
        .billing_mode(BillingMode::PayPerRequest)
        .set_key_schema(Some(key_schema(definition.partition_key, definition.sort_key)?));
    for attribute in definition.key_attributes() {
        let attribute_type = match attribute.key_type {
            table::KeyType::S => ScalarAttributeType::S,
        };
        request = request.attribute_definitions(
            AttributeDefinition::builder().attribute_name(attribute.name).attribute_type(attribute_type).build()?,
        );
    }
    for index in definition.global_secondary_indexes {
        let projection_type = match index.projection {
            table::Projection::All => ProjectionType::All,
        };
        request = request.global_secondary_indexes(
            GlobalSecondaryIndex::builder()
                .index_name(index.index_name)
                .set_key_schema(Some(key_schema(index.partition_key, index.sort_key)?))
                .projection(Projection::builder().projection_type(projection_type).build())
                .build()?,
        );
    }
    Ok(request)
}
