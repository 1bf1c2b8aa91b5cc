//! Failures become GOV.UK error pages with the right status, never a stack trace or a framework's plain text.

use std::any::Any;

use axum::extract::Request;
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use intake::StoreError;
use templates::pages::errors;
use templates::{Area, Lang};

/// Why a request could not be answered with the page it asked for.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// DynamoDB failed: "Sorry, there is a problem with the service", 503 (it is temporary).
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The form could not be read: 400.
    #[error("the request body could not be read")]
    BadRequest,
    /// The body is not a form (`application/x-www-form-urlencoded`): 415, with the same page as 400.
    #[error("the request body is not a form")]
    UnsupportedMediaType,
    /// The CSRF token was missing or wrong: 403.
    #[error("the form's token did not match the session")]
    Forbidden,
    #[error("no such page")]
    NotFound,
    /// Another dependency (the identity provider) failed: the same page as the store's, 503.
    #[error("{0} unavailable")]
    Unavailable(&'static str),
}

/// Marks a response whose body the error-page layer must render, for the router's own area.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ErrorPage {
    NotFound,
    BadRequest,
    Forbidden,
    Problem,
}

fn marked(status: StatusCode, page: ErrorPage) -> Response {
    let mut response = status.into_response();
    response.extensions_mut().insert(page);
    response
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        match self {
            AppError::Store(error) => {
                // The error names the operation and DynamoDB's code, never an item.
                tracing::error!(error = %error, "store unavailable");
                marked(StatusCode::SERVICE_UNAVAILABLE, ErrorPage::Problem)
            }
            AppError::BadRequest => marked(StatusCode::BAD_REQUEST, ErrorPage::BadRequest),
            AppError::UnsupportedMediaType => marked(StatusCode::UNSUPPORTED_MEDIA_TYPE, ErrorPage::BadRequest),
            AppError::Forbidden => marked(StatusCode::FORBIDDEN, ErrorPage::Forbidden),
            AppError::NotFound => marked(StatusCode::NOT_FOUND, ErrorPage::NotFound),
            AppError::Unavailable(what) => {
                tracing::error!(dependency = what, "dependency unavailable");
                marked(StatusCode::SERVICE_UNAVAILABLE, ErrorPage::Problem)
            }
        }
    }
}

/// The router's fallback.
pub async fn not_found() -> AppError {
    AppError::NotFound
}

/// A handler panicked (a bug): log that it happened, but not the payload, which could hold data.
pub fn panic_response(_payload: Box<dyn Any + Send + 'static>) -> Response {
    tracing::error!("handler panicked");
    marked(StatusCode::INTERNAL_SERVER_ERROR, ErrorPage::Problem)
}

/// Renders marked responses, and replaces axum's own plain-text rejections (413 body too large, 405, 400 …) with
/// the GOV.UK page for their status, so that every page the service answers looks like the service.
pub async fn render_error_pages(area: Area, request: Request, next: Next) -> Response {
    // The applicant's error pages are in the language of the page asked for (`/cy/…` is Welsh); caseworkers' are
    // in English.
    let lang = match area {
        Area::Apply => Lang::of_path(request.uri().path()).0,
        Area::Casework => Lang::En,
    };
    let response = next.run(request).await;
    error_page(area, lang, response)
}

/// [`render_error_pages`] for a response in `lang`.
pub fn error_page(area: Area, lang: Lang, response: Response) -> Response {
    let content_type = response.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok());
    let is_html = content_type.is_some_and(|v| v.starts_with("text/html"));
    // A machine's answer (the casework function's handover feed) says what went wrong in its own JSON.
    let is_json = content_type.is_some_and(|v| v.starts_with("application/json"));
    let status = response.status();
    let page = match response.extensions().get::<ErrorPage>() {
        Some(page) => *page,
        None if is_html || is_json || !(status.is_client_error() || status.is_server_error()) => return response,
        None if status == StatusCode::NOT_FOUND || status == StatusCode::METHOD_NOT_ALLOWED => ErrorPage::NotFound,
        None if status.is_client_error() => ErrorPage::BadRequest,
        None => ErrorPage::Problem,
    };
    let markup = match page {
        ErrorPage::NotFound => errors::not_found(area, lang),
        ErrorPage::BadRequest => errors::bad_request(area, lang),
        ErrorPage::Forbidden => errors::forbidden(area, lang),
        ErrorPage::Problem => errors::problem_with_the_service(area, lang),
    };
    (status, Html(markup.into_string())).into_response()
}
