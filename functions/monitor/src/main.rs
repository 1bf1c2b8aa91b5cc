//! The `monitor` Lambda function, run by an EventBridge schedule. Environment: `TABLE_NAME`, `STAGE`.

use intake::{Config, Store};
use lambda_http::lambda_runtime::{self, LambdaEvent, service_fn};
use time::OffsetDateTime;

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    web::logging::init();
    let config = Config::from_env()?;
    let stage = std::env::var("STAGE").unwrap_or_else(|_| "unknown".to_owned());
    let store = Store::connect(&config).await;
    lambda_runtime::run(service_fn(|_: LambdaEvent<serde_json::Value>| {
        let (store, stage) = (store.clone(), stage.clone());
        async move {
            let now = OffsetDateTime::now_utc();
            let minutes = monitor::oldest_unclaimed_urgent_minutes(&store, now).await?;
            // Straight to stdout: CloudWatch reads EMF from the raw line, not from inside a tracing record.
            println!("{}", monitor::emf_line(&stage, minutes, now));
            Ok::<(), lambda_runtime::Error>(())
        }
    }))
    .await
}
