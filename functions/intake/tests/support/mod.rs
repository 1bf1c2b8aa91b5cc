//! What the store's tests share: a table of their own in the DynamoDB Local that `make test` started.

use intake::{Config, SessionId, Store};

/// A store on a table of its own, so tests running in parallel never see each other's items.
pub async fn fresh_store() -> Store {
    let endpoint = std::env::var(Config::DYNAMODB_ENDPOINT)
        .expect("DYNAMODB_ENDPOINT is not set: run the tests with `make test`, which starts DynamoDB Local");
    let config =
        Config { table_name: format!("store-test-{}", SessionId::new().as_str()), dynamodb_endpoint: Some(endpoint) };
    let store = Store::connect(&config).await;
    store.create_table_if_missing().await.expect("table created");
    store
}
