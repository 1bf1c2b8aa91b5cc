//! The local development server: never deployed.
//!
//! Mounts both functions' routers, exactly as Lambda runs them, and serves govuk-frontend's assets at `/assets`
//! as CloudFront serves them from S3 in AWS ([`dev_server::app`]). Creates the DynamoDB Local table if it is
//! missing.
//!
//! Environment: `TABLE_NAME`, `DYNAMODB_ENDPOINT`, the caseworkers' sign-in settings (`OIDC_ISSUER`,
//! `OIDC_CLIENT_ID`, `OIDC_CLIENT_SECRET`, `CASEWORK_BASE_URL`; all set by `make dev`), the handover feed's
//! destinations (`HANDOVER_CLIENT_ID_GENERAL`, `HANDOVER_CLIENT_ID_DOMESTIC_ABUSE`, the local provider's seeded
//! clients; set by `make dev`), `PORT` (default 3000), `LISTEN` (default 127.0.0.1: loopback only).

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use intake::{Config, Store};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    web::logging::init();
    let config = Config::from_env()?;
    let store = Store::connect(&config).await;
    store.create_table_if_missing().await?;

    let apply = apply::router(apply::AppState::new(store.clone()));
    let oidc = casework::oidc::Oidc::new(casework::oidc::OidcSettings::from_env()?);
    // The local provider's seeded destinations when `make dev` names them; without them the feed refuses everyone.
    let destinations =
        casework::feed::Destinations::from_env().unwrap_or_else(|_| casework::feed::Destinations::none());
    let casework = casework::router(casework::CaseworkState { store, oidc, destinations });
    let app = dev_server::app(apply, casework);

    let port = std::env::var("PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(3000);
    let ip = std::env::var("LISTEN").ok().and_then(|ip| ip.parse().ok()).unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST));
    web::serve::locally(app, SocketAddr::new(ip, port)).await?;
    Ok(())
}
