//! The local development server: never deployed.
//!
//! Mounts both functions' routers, exactly as Lambda runs them, and serves govuk-frontend's assets at `/assets`
//! as CloudFront serves them from S3 in AWS. Creates the DynamoDB Local table if it is missing.
//!
//! Environment: `TABLE_NAME`, `DYNAMODB_ENDPOINT`, the caseworkers' sign-in settings (`OIDC_ISSUER`,
//! `OIDC_CLIENT_ID`, `OIDC_CLIENT_SECRET`, `CASEWORK_BASE_URL`; all set by `make dev`), `PORT` (default 3000),
//! `LISTEN` (default 127.0.0.1: loopback only).

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;

use axum::Router;
use intake::{Config, Store};
use tower_http::services::ServeDir;

/// govuk-frontend's files, then ours. `/assets/govuk-frontend.min.css` and its fonts and images resolve the
/// same way as in the deployed bucket.
fn assets() -> ServeDir<tower_http::services::ServeDir<ServeDir>> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../templates");
    let govuk = root.join("node_modules/govuk-frontend/dist/govuk");
    ServeDir::new(govuk.join("assets")).fallback(ServeDir::new(root.join("assets")).fallback(ServeDir::new(govuk)))
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    web::logging::init();
    let config = Config::from_env()?;
    let store = Store::connect(&config).await;
    store.create_table_if_missing().await?;

    let apply = apply::router(apply::AppState { store: store.clone() });
    // `into_service` rather than `nest`: nesting would strip `/casework`, and the casework router expects the
    // full path, as API Gateway gives it in AWS.
    let oidc = casework::oidc::Oidc::new(casework::oidc::OidcSettings::from_env()?);
    let casework = casework::router(casework::CaseworkState { store, oidc }).into_service();
    let app = Router::new()
        .route_service("/casework", casework.clone())
        .route_service("/casework/{*rest}", casework)
        .nest_service("/assets", assets())
        .fallback_service(apply);

    let port = std::env::var("PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(3000);
    let ip = std::env::var("LISTEN").ok().and_then(|ip| ip.parse().ok()).unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST));
    web::serve::locally(app, SocketAddr::new(ip, port)).await?;
    Ok(())
}
