//! Check your answers, the declaration, and sending: <https://design-system.service.gov.uk/patterns/check-answers/>.

use axum::extract::State;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::{Extension, Router};
use intake::Draft;
use questions::check_your_answers::{COPIED_ANSWERS, copied_view, view};
use questions::journey::{Step, YOUR_SAFETY};
use questions::kit::Back;
use templates::Lang;
use templates::pages::journey::{APPLICATION_SENT, APPLY_FOR_ANOTHER_PARENT};
use web::{AppError, PostedForm};

use super::check_csrf;
use crate::AppState;
use crate::applicant::{Applicant, see_other};

const STEP: Step = Step::CheckYourAnswers;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(STEP.path(), get(show).post(send))
        .route(APPLICATION_SENT, get(application_sent))
        .route(APPLY_FOR_ANOTHER_PARENT, axum::routing::post(apply_for_another_parent))
        .route(COPIED_ANSWERS, get(copied_answers))
}

async fn show(applicant: Applicant) -> Response {
    if let Some(redirect) = applicant.redirect_unless_reached(STEP) {
        return redirect;
    }
    let back = match applicant.back_from(STEP) {
        Back::To(href) => href,
        // Not a page of the safety section: its Back is always a link.
        Back::PreviousSafetyPage => YOUR_SAFETY,
    };
    let markup = view(&applicant.draft.answers, back, applicant.draft.csrf_token.as_str(), applicant.lang);
    Html(markup.into_string()).into_response()
}

/// "Send your application". Sending is idempotent in the store: however many times this is posted for one draft
/// (double click, Back, another tab), there is one application and every response shows its reference.
async fn send(
    State(state): State<AppState>,
    applicant: Applicant,
    PostedForm(fields): PostedForm,
) -> Result<Response, AppError> {
    if let Some(redirect) = applicant.redirect_unless_reached(STEP) {
        return Ok(redirect);
    }
    check_csrf(&applicant, &fields)?;
    match state.store.send_application(&applicant.draft.session, applicant.now).await? {
        Some(_) => Ok(see_other(applicant.lang, APPLICATION_SENT)),
        // The draft went between reading it and sending it (it expired, or Exit this page in another tab).
        None => Ok(Html(templates::pages::journey::session_ended(applicant.lang).into_string()).into_response()),
    }
}

/// The confirmation, shown from the session's receipt for as long as the session lasts.
async fn application_sent(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    headers: axum::http::HeaderMap,
) -> Result<Response, AppError> {
    let Some(session) = web::session::APPLICANT.read(&headers) else {
        return Ok(see_other(lang, "/"));
    };
    match state.store.load_receipt(&session, state.clock.now()).await? {
        Some(receipt) => {
            Ok(Html(templates::pages::journey::application_sent(lang, &receipt.reference).into_string())
                .into_response())
        }
        // Not sent (yet): the cookie may belong to a live draft, so it is kept.
        None => Ok(see_other(lang, "/")),
    }
}

/// "Apply for children with another parent", on the confirmation: a new application, in a new session (the sent
/// one's receipt stays with the old), starting with the applicant's own answers copied from the application just
/// sent (`intake::Answers::for_another_parent`), shown for checking first. Without a sent application there is
/// nothing to copy: the start page.
async fn apply_for_another_parent(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    headers: axum::http::HeaderMap,
) -> Result<Response, AppError> {
    let now = state.clock.now();
    let Some(session) = web::session::APPLICANT.read(&headers) else {
        return Ok(see_other(lang, "/"));
    };
    let Some(receipt) = state.store.load_receipt(&session, now).await? else {
        return Ok(see_other(lang, "/"));
    };
    let Some(sent) = state.store.load_application(&receipt.reference).await? else {
        return Ok(see_other(lang, "/"));
    };
    let mut draft = Draft::new(now);
    draft.answers = sent.answers.for_another_parent(&receipt.reference);
    state.store.save_draft(&mut draft, now).await?;
    let cookie = web::session::APPLICANT.set(&draft.session);
    Ok(([(axum::http::header::SET_COOKIE, cookie)], Redirect::to(&lang.path(COPIED_ANSWERS))).into_response())
}

/// The answers copied into this application, for checking, then Continue to its first question.
async fn copied_answers(applicant: Applicant) -> Response {
    let answers = &applicant.draft.answers;
    let next = match questions::journey::next_step(answers) {
        questions::journey::Next::Ask(step) => step.path(),
        questions::journey::Next::Stop(stop) => stop.path(),
    };
    if answers.copied_from.is_none() {
        return see_other(applicant.lang, next);
    }
    Html(copied_view(answers, next, applicant.lang).into_string()).into_response()
}
