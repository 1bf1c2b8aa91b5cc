//! The applicant behind a request: their session cookie and the draft it names.
//!
//! Journey pages without a live session never show anything: no cookie sends the applicant to the start page
//! (so Back after Exit this page lands there), and a cookie whose draft has gone shows "we deleted your answers".

use axum::extract::{FromRef, FromRequestParts};
use axum::http::header;
use axum::http::request::Parts;
use axum::response::{Html, IntoResponse, Redirect, Response};
use intake::Draft;
use questions::children::CHILD_QUERY;
use questions::journey::{self, Next, SafetyPage, Step};
use questions::kit::summary::CHANGE_QUERY;
use questions::kit::{Back, CHANGE_FIELD};
use templates::Lang;
use templates::pages::journey::{APPLICATION_SENT, BEFORE_YOU_START};
use time::OffsetDateTime;

use crate::AppState;

/// A request from an applicant with a live draft.
pub struct Applicant {
    pub draft: Draft,
    /// When the request came, by the service's clock (`AppState::clock`): what the handlers judge it by.
    pub now: OffsetDateTime,
    /// The language of the page asked for, which every page, link and redirect it leads to keeps.
    pub lang: Lang,
    /// The page asked for, as the English page's path with its query (what the Language navigation offers).
    pub path: String,
}

/// The language a request is in: each mount of the pages in [`crate::router`] says its own. Outside them (which no
/// route is), English.
pub fn lang_of(parts: &Parts) -> Lang {
    parts.extensions.get::<Lang>().copied().unwrap_or_default()
}

/// The page a request is for, as the English page's path (inside the Welsh mount the URI is already without its
/// prefix), with only the query parameters the pages use, in their one form: the child a page is about
/// (`child=N`) and change mode (`change=1`). Nothing else typed into the address goes into the page's links.
fn page_path(uri: &axum::http::Uri) -> String {
    let kept: Vec<String> = uri
        .query()
        .unwrap_or_default()
        .split('&')
        .filter_map(|pair| match pair.split_once('=') {
            Some((CHILD_QUERY, index)) => index.parse::<usize>().ok().map(|index| format!("{CHILD_QUERY}={index}")),
            Some((CHANGE_FIELD, "1")) => Some(CHANGE_QUERY.to_owned()),
            _ => None,
        })
        .collect();
    match kept.is_empty() {
        true => uri.path().to_owned(),
        false => format!("{}?{}", uri.path(), kept.join("&")),
    }
}

/// A redirect to `path` (as the English page's) in `lang`: 303, so a form's post is followed by a GET.
pub fn see_other(lang: Lang, path: &str) -> Response {
    Redirect::to(&lang.path(path)).into_response()
}

impl<S> FromRequestParts<S> for Applicant
where
    S: Send + Sync,
    AppState: FromRef<S>,
{
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let lang = lang_of(parts);
        let Some(session) = web::session::APPLICANT.read(&parts.headers) else {
            return Err(see_other(lang, "/"));
        };
        let path = page_path(&parts.uri);
        let AppState { store, clock } = AppState::from_ref(state);
        let now = clock.now();
        match store.load_draft(&session, now).await {
            Ok(Some(draft)) => Ok(Applicant { draft, now, lang, path }),
            // Sent already: Back, a second tab or a double click lands on the confirmation, never a new draft.
            Ok(None) if matches!(store.load_receipt(&session, now).await, Ok(Some(_))) => {
                Err(see_other(lang, APPLICATION_SENT))
            }
            Ok(None) => Err((
                [(header::SET_COOKIE, web::session::APPLICANT.expire())],
                Html(templates::pages::journey::session_ended(lang).into_string()),
            )
                .into_response()),
            Err(error) => Err(web::AppError::from(error).into_response()),
        }
    }
}

/// Where to send someone asking for a page they may not see yet: the page they are up to.
pub fn redirect_to(lang: Lang, next: Next) -> Response {
    match next {
        Next::Ask(step) => see_other(lang, step.path()),
        Next::Stop(stop) => see_other(lang, stop.path()),
    }
}

impl Applicant {
    /// For a step the applicant has not reached, the redirect to the one they are up to.
    pub fn redirect_unless_reached(&self, step: Step) -> Option<Response> {
        (!journey::may_visit(step, &self.draft.answers)).then(|| self.redirect_to_next())
    }

    /// The redirect to the page the applicant is up to.
    pub fn redirect_to_next(&self) -> Response {
        redirect_to(self.lang, journey::next_step(&self.draft.answers))
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
            None => Back::To(BEFORE_YOU_START),
        }
    }
}
