//! The `casework` Lambda function.

use casework::oidc::{Oidc, OidcSettings};
use intake::{Config, Store};

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    web::logging::init();
    let config = Config::from_env()?;
    let oidc = Oidc::new(OidcSettings::from_env()?);
    let destinations = casework::feed::Destinations::from_env()?;
    let store = Store::connect(&config).await;
    web::serve::on_lambda(casework::router(casework::CaseworkState { store, oidc, destinations })).await
}
