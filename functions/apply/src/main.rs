//! The `apply` Lambda function.

use intake::{Config, Store};

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    web::logging::init();
    let config = Config::from_env()?;
    // Built once, reused by every invocation this execution environment serves.
    let store = Store::connect(&config).await;
    web::serve::on_lambda(apply::router(apply::AppState::new(store))).await
}
