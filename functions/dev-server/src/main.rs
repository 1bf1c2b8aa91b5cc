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
    let oidc = casework::oidc::Oidc::new(casework::oidc::OidcSettings::from_env()?);
    let casework = casework::router(casework::CaseworkState { store, oidc });
    // By path, as API Gateway routes them in AWS: each router sees the whole path and only its own route
    // parameters (`route_service` with a wildcard would add one, and `nest` would strip `/casework`).
    let by_path = tower::service_fn(move |request: axum::extract::Request| {
        let path = request.uri().path();
        let router =
            if path == "/casework" || path.starts_with("/casework/") { casework.clone() } else { apply.clone() };
        tower::ServiceExt::oneshot(router, request)
    });
    let app = Router::new().nest_service("/assets", assets()).fallback_service(by_path);

    let port = std::env::var("PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(3000);
    let ip = std::env::var("LISTEN").ok().and_then(|ip| ip.parse().ok()).unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST));
    web::serve::locally(app, SocketAddr::new(ip, port)).await?;
    Ok(())
}
