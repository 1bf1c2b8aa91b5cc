//! Exit this page (<https://design-system.service.gov.uk/components/exit-this-page/>): the button, its skip link
//! and Shift pressed three times all lead here. It deletes the applicant's draft, expires the session cookie and
//! sends them on to a neutral site. Because every page is `no-store` and journey pages without a session redirect
//! to the start, Back afterwards shows no answer and no question.

use axum::extract::State;
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Redirect, Response};

use crate::AppState;

/// Where the applicant lands: the Design System's default, a site anyone might plausibly be looking at.
pub const NEUTRAL_SITE: &str = "https://www.bbc.co.uk/weather";

pub async fn exit(State(state): State<AppState>, headers: HeaderMap) -> Response {
    if let Some(session) = web::session::APPLICANT.read(&headers)
        && let Err(error) = state.store.delete_draft(&session).await
    {
        // Never keep someone from leaving: the cookie still goes, and the draft expires within 24 hours.
        tracing::error!(error = %error, "exit could not delete the draft");
    }
    ([(header::SET_COOKIE, web::session::APPLICANT.expire())], Redirect::to(NEUTRAL_SITE)).into_response()
}
