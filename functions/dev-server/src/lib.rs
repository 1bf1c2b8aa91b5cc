//! The local development server's app: both functions' routers, exactly as Lambda runs them, and govuk-frontend's
//! assets at `/assets`, as CloudFront serves them from S3 in AWS. A library so that the tests can drive the very
//! app `main` serves (`tests/http/bad_input.rs` asks it for files outside `/assets`).

use std::path::PathBuf;

use axum::Router;
use axum::response::Response;
use templates::{Area, Lang};
use tower_http::compression::CompressionLayer;
use tower_http::compression::predicate::{DefaultPredicate, Predicate, SizeAbove};
use tower_http::services::ServeDir;

/// govuk-frontend's files, then ours. `/assets/application.css` and `application.min.js` (compiled by `make` into
/// `templates/assets`) and their fonts and images resolve the same way as in the deployed bucket; the rest of
/// govuk-frontend's `dist/govuk` (its whole-library `govuk-frontend.min.css`, the Sass) is served here only, as is
/// what else `templates/assets` holds (the sources). Only files: a folder is not found, as in the bucket (ServeDir
/// would otherwise redirect `/assets/fonts` to `/fonts/`, outside `/assets`, having been handed the path without it).
pub fn assets() -> ServeDir<tower_http::services::ServeDir<ServeDir>> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../templates");
    let govuk = root.join("node_modules/govuk-frontend/dist/govuk");
    let files = |dir: PathBuf| ServeDir::new(dir).append_index_html_on_directories(false);
    files(govuk.join("assets")).fallback(files(root.join("assets")).fallback(files(govuk)))
}

/// A file that is not there (or a path that climbs out of the folders, which ServeDir refuses as not found) is
/// the service's "Page not found", with the headers of every page, not ServeDir's empty body. Files themselves
/// are left as ServeDir sends them.
async fn error_pages(response: Response) -> Response {
    if !(response.status().is_client_error() || response.status().is_server_error()) {
        return response;
    }
    // The assets are the same in both languages (`Lang::path`): their errors are in English.
    web::headers::add_security_headers(web::errors::error_page(Area::Apply, Lang::En, response)).await
}

/// The whole local site: `/assets`, `/casework…` to the caseworkers' router and everything else to the
/// applicant's.
pub fn app(apply: Router, casework: Router) -> Router {
    // By path, as API Gateway routes them in AWS: each router sees the whole path and only its own route
    // parameters (`route_service` with a wildcard would add one, and `nest` would strip `/casework`).
    let by_path = tower::service_fn(move |request: axum::extract::Request| {
        let path = request.uri().path();
        let router =
            if path == "/casework" || path.starts_with("/casework/") { casework.clone() } else { apply.clone() };
        tower::ServiceExt::oneshot(router, request)
    });
    let assets = Router::new()
        .fallback_service(assets())
        .layer(axum::middleware::map_response(error_pages))
        .layer(compressed_as_by_cloudfront());
    let pages = Router::new().fallback_service(by_path).layer(compressed_as_by_api_gateway());
    Router::new().nest_service("/assets", assets).merge(pages)
}

/// Pages come through API Gateway, which compresses bodies of at least `minCompressionSize` (1 KiB in
/// infra/lib/api.ts) with gzip or deflate, never Brotli
/// (<https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-gzip-compression-decompression.html>).
/// Locally the same, so that what a browser receives here (tests/perf/first-visit.mjs) is what it would there.
fn compressed_as_by_api_gateway() -> CompressionLayer<impl Predicate> {
    CompressionLayer::new()
        .no_br()
        .no_deflate()
        .no_zstd()
        .compress_when(DefaultPredicate::new().and(SizeAbove::new(1024)))
}

/// Assets come through CloudFront, which compresses files of 1,000 bytes to 10 MB with Brotli or gzip, as the
/// browser accepts (<https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/ServingCompressedFiles.html>).
fn compressed_as_by_cloudfront() -> CompressionLayer<impl Predicate> {
    CompressionLayer::new().no_deflate().no_zstd().compress_when(DefaultPredicate::new().and(SizeAbove::new(1000)))
}
