//! The applicant behind a request: their session cookie and the draft it names.
//!
//! Journey pages without a live session never show anything: no cookie sends the applicant to the start page
//! (so Back after Exit this page lands there), and a cookie whose draft has gone shows "we deleted your answers".

use axum::extract::{FromRef, FromRequestParts};
use axum::http::header;
use axum::http::request::Parts;
use axum::response::{Html, IntoResponse, Redirect, Response};
use intake::Draft;
use questions::journey::{self, Next, SafetyPage, Step};
use questions::kit::Back;
use time::OffsetDateTime;

use crate::AppState;

/// Where the confirmation is shown.
pub const APPLICATION_SENT: &str = "/application-sent";

/// A request from an applicant with a live draft.
pub struct Applicant {
    pub draft: Draft,
    /// When the request came, by the service's clock (`AppState::clock`): what the handlers judge it by.
    pub now: OffsetDateTime,
}

impl<S> FromRequestParts<S> for Applicant
where
    S: Send + Sync,
    AppState: FromRef<S>,
{
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let Some(session) = web::session::APPLICANT.read(&parts.headers) else {
            return Err(Redirect::to("/").into_response());
        };
        let AppState { store, clock } = AppState::from_ref(state);
        let now = clock.now();
        match store.load_draft(&session, now).await {
            Ok(Some(draft)) => Ok(Applicant { draft, now }),
            // Sent already: Back, a second tab or a double click lands on the confirmation, never a new draft.
            Ok(None) if matches!(store.load_receipt(&session, now).await, Ok(Some(_))) => {
                Err(Redirect::to(APPLICATION_SENT).into_response())
            }
            Ok(None) => Err((
                [(header::SET_COOKIE, web::session::APPLICANT.expire())],
                Html(templates::pages::journey::session_ended(crate::steps::LANG).into_string()),
            )
                .into_response()),
            Err(error) => Err(web::AppError::from(error).into_response()),
        }
    }
}

/// Where to send someone asking for a page they may not see yet: the page they are up to.
pub fn redirect_to(next: Next) -> Response {
    match next {
        Next::Ask(step) => Redirect::to(step.path()).into_response(),
        Next::Stop(stop) => Redirect::to(stop.path()).into_response(),
    }
}

impl Applicant {
    /// For a step the applicant has not reached, the redirect to the one they are up to.
    pub fn redirect_unless_reached(&self, step: Step) -> Option<Response> {
        (!journey::may_visit(step, &self.draft.answers)).then(|| redirect_to(journey::next_step(&self.draft.answers)))
    }

    /// The page of the safety section the draft keeps (its one URL cannot say which).
    pub fn kept_safety_page(&self) -> Option<SafetyPage> {
        self.draft.safety_page.as_deref().and_then(SafetyPage::parse)
    }

    /// The Back link for `step`: the previous step on their path, or before you start. Between two pages of the
    /// safety section it is a form's button (their one URL cannot name the page before).
    pub fn back_from(&self, step: Step) -> Back<'static> {
        match journey::previous(step, &self.draft.answers) {
            Some(before) if before.is_safety() && step.is_safety() => Back::PreviousSafetyPage,
            Some(before) => Back::To(before.path()),
            None => Back::To("/before-you-start"),
        }
    }
}
