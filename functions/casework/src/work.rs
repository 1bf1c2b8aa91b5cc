//! Caseworkers' work: the team queues, their own applications, finding one, reading it (audited) and changing
//! it (claim, release, status), each change in one transaction with its audit entry (see `intake::store`); and the
//! urgent requests (`intake::urgent`), which only the domestic-abuse team can see or act on.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use intake::Reference;
use intake::casework::Status;
use intake::routing::Team;
use intake::store::{Application, AuditAction, Change, QueueCursor, StoredRequest};
use intake::urgent::Outcome;
use serde::Deserialize;
use templates::casework::{self, ApplicationPage, Notice, RequestPage, application_path, request_path};
use time::OffsetDateTime;
use web::{AppError, PostedForm};

use crate::CaseworkState;
use crate::staff::SignedIn;

#[derive(Debug, Default, Deserialize)]
pub struct QueueQuery {
    after: Option<String>,
}

pub async fn queue(
    State(state): State<CaseworkState>,
    signed_in: SignedIn,
    Path(team): Path<String>,
    Query(query): Query<QueueQuery>,
) -> Result<Response, AppError> {
    let team = Team::parse(&team).ok_or(AppError::NotFound)?;
    signed_in.must_see(team)?;
    // A cursor that is not one of ours starts at the first page.
    let after = query.after.as_deref().and_then(QueueCursor::parse);
    let page = state.store.queue(team, after.as_ref()).await?;
    let view = casework::queue(&signed_in.staff(), team, &page.entries, page.next.as_ref(), OffsetDateTime::now_utc());
    Ok(Html(view.into_string()).into_response())
}

/// Someone signed in but in no team sees nothing.
fn must_have_a_team(signed_in: &SignedIn) -> Result<(), AppError> {
    if signed_in.caseworker().teams.is_empty() { Err(AppError::Forbidden) } else { Ok(()) }
}

pub async fn mine(State(state): State<CaseworkState>, signed_in: SignedIn) -> Result<Response, AppError> {
    must_have_a_team(&signed_in)?;
    let mut entries = state.store.claimed_by(&signed_in.caseworker().id).await?;
    // Moved to a team they are no longer in: not theirs to see any more.
    entries.retain(|entry| signed_in.caseworker().may_see(entry.team));
    Ok(Html(casework::mine(&signed_in.staff(), &entries, OffsetDateTime::now_utc()).into_string()).into_response())
}

#[derive(Debug, Default, Deserialize)]
pub struct SearchQuery {
    reference: Option<String>,
}

/// Finds an application by reference. One the caseworker's teams may not see is "not found", as if it did not
/// exist: need to know extends to knowing that it exists.
pub async fn search(
    State(state): State<CaseworkState>,
    signed_in: SignedIn,
    Query(query): Query<SearchQuery>,
) -> Result<Response, AppError> {
    must_have_a_team(&signed_in)?;
    let typed = query.reference.unwrap_or_default();
    let Some(reference) = Reference::parse(&typed) else {
        let error = if typed.trim().is_empty() {
            "Enter a reference"
        } else {
            "Enter a reference in the correct format, like 7KQM-2XHD-Q"
        };
        let page = casework::not_found(&signed_in.staff(), &typed, error);
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(page.into_string())).into_response());
    };
    match state.store.load_application(&reference).await? {
        Some(application) if signed_in.caseworker().may_see(application.team) => {
            Ok(Redirect::to(&application_path(&reference)).into_response())
        }
        _ => {
            let error = format!("No application has the reference {reference}");
            let page = casework::not_found(&signed_in.staff(), &typed, &error);
            Ok((StatusCode::NOT_FOUND, Html(page.into_string())).into_response())
        }
    }
}

/// A reference in a path, exactly as we write them: 404 if not.
pub(crate) fn parse_reference(reference: &str) -> Result<Reference, AppError> {
    Reference::parse(reference).filter(|r| r.as_str() == reference).ok_or(AppError::NotFound)
}

/// The application, if the caseworker's teams may see it: 404 for a reference that is not one, 403 for another
/// team's application.
pub(crate) async fn visible_application(
    state: &CaseworkState,
    signed_in: &SignedIn,
    reference: &str,
) -> Result<Application, AppError> {
    let reference = parse_reference(reference)?;
    let application = state.store.load_application(&reference).await?.ok_or(AppError::NotFound)?;
    signed_in.must_see(application.team)?;
    Ok(application)
}

#[derive(Debug, Default, Deserialize)]
pub struct ApplicationQuery {
    pub(crate) notice: Option<String>,
}

const ALREADY_CLAIMED: &str = "already-claimed";
const NOT_ALLOWED: &str = "not-allowed";
pub(crate) const DELETE_HELD: &str = "delete-held";
pub(crate) const DELETE_REQUEST_OPEN: &str = "delete-request-open";
pub(crate) const DELETED: &str = "deleted";

/// Reads an application, safety first. The domestic-abuse team's view fetches the disclosure; no other does.
/// The view is recorded before the page is shown, so the history on it includes this view. An application that
/// is no longer kept (deleted, or expired) shows its team what is left of it: its history.
pub async fn application(
    State(state): State<CaseworkState>,
    signed_in: SignedIn,
    Path(reference): Path<String>,
    Query(query): Query<ApplicationQuery>,
) -> Result<Response, AppError> {
    let reference = parse_reference(&reference)?;
    let Some(application) = state.store.load_application(&reference).await? else {
        return crate::erasure::gone(&state, &signed_in, &reference, &query).await;
    };
    signed_in.must_see(application.team)?;
    let caseworker = signed_in.caseworker();
    let with_disclosure = application.team == Team::DomesticAbuse && caseworker.may_read_disclosures();
    // Anyone else reads the answers without what only the domestic-abuse team may (the handover's general record
    // is made from the same split).
    let mut answers =
        if with_disclosure { application.answers.clone() } else { application.answers.split_need_to_know().0 };
    let mut request = None;
    if with_disclosure {
        answers.disclosure = state.store.load_disclosure(&application.reference).await?.unwrap_or_default();
        request = state.store.load_request(&application.reference).await?;
    }
    let action = if with_disclosure { AuditAction::ViewedWithDisclosure } else { AuditAction::Viewed };
    let now = OffsetDateTime::now_utc();
    state.store.record_view(&application.reference, application.team, caseworker, action, now).await?;
    let audit = state.store.audit_trail(&application.reference, now).await?;
    let notice = notice(query.notice.as_deref());
    let view = ApplicationPage {
        application: &application,
        // Casework reads English (its staff pages are not translated).
        sections: questions::check_your_answers::sections(&answers, templates::Lang::En),
        request: request.as_ref(),
        is_mine: application.holder.as_ref().is_some_and(|holder| holder.id == caseworker.id),
        audit: &audit,
        notice,
    };
    Ok(Html(casework::application(&signed_in.staff(), &view).into_string()).into_response())
}

pub(crate) fn notice(query: Option<&str>) -> Option<Notice> {
    match query {
        Some(ALREADY_CLAIMED) => Some(Notice::AlreadyClaimed),
        Some(NOT_ALLOWED) => Some(Notice::NotAllowed),
        Some(DELETE_HELD) => Some(Notice::DeleteHeld),
        Some(DELETE_REQUEST_OPEN) => Some(Notice::DeleteRequestOpen),
        Some(DELETED) => Some(Notice::Deleted),
        _ => None,
    }
}

/// Back to the application after a change, saying what happened if it did not.
fn after(reference: &Reference, change: Change) -> Result<Response, AppError> {
    back_to(application_path(reference), change)
}

/// Back to `path` after a change of what it shows, saying what happened if it did not.
fn back_to<S>(path: String, change: Change<S>) -> Result<Response, AppError> {
    match change {
        Change::Done => Ok(Redirect::to(&path).into_response()),
        Change::HeldBy(_) => Ok(Redirect::to(&format!("{path}?notice={ALREADY_CLAIMED}")).into_response()),
        Change::NotAllowed(_) => Ok(Redirect::to(&format!("{path}?notice={NOT_ALLOWED}")).into_response()),
        Change::NotFound => Err(AppError::NotFound),
    }
}

/// A change a caseworker asks for.
enum Action {
    Claim,
    Release,
    Status { from: Status, to: Status },
}

/// Any change: the application must be one the caseworker's teams may see (403 if not), the form must carry the
/// session's token, and the store's conditional transaction decides the rest.
async fn act(
    state: &CaseworkState,
    signed_in: &SignedIn,
    reference: &str,
    fields: &templates::Fields,
    action: Action,
) -> Result<Response, AppError> {
    let application = visible_application(state, signed_in, reference).await?;
    signed_in.check_csrf(fields)?;
    let (reference, caseworker, now) = (&application.reference, signed_in.caseworker(), OffsetDateTime::now_utc());
    let change = match action {
        Action::Claim => state.store.claim(reference, application.team, caseworker, now).await?,
        Action::Release => state.store.release(reference, application.team, caseworker, now).await?,
        Action::Status { from, to } => {
            state.store.change_status(reference, application.team, caseworker, from, to, now).await?
        }
    };
    after(reference, change)
}

pub async fn claim(
    State(state): State<CaseworkState>,
    signed_in: SignedIn,
    Path(reference): Path<String>,
    PostedForm(fields): PostedForm,
) -> Result<Response, AppError> {
    act(&state, &signed_in, &reference, &fields, Action::Claim).await
}

pub async fn release(
    State(state): State<CaseworkState>,
    signed_in: SignedIn,
    Path(reference): Path<String>,
    PostedForm(fields): PostedForm,
) -> Result<Response, AppError> {
    act(&state, &signed_in, &reference, &fields, Action::Release).await
}

/// `from` and `to` come from the form: the status the caseworker saw, and the one they chose.
pub async fn change_status(
    State(state): State<CaseworkState>,
    signed_in: SignedIn,
    Path(reference): Path<String>,
    PostedForm(fields): PostedForm,
) -> Result<Response, AppError> {
    let status = |name: &str| fields.get(name).and_then(Status::parse).ok_or(AppError::BadRequest);
    let action = Action::Status { from: status("from")?, to: status("to")? };
    act(&state, &signed_in, &reference, &fields, action).await
}

/// An urgent request, for the domestic-abuse team only: anyone else is refused before anything is read, the same
/// whether or not there is one, so the general team never learns that one exists. 404 for a reference that is not
/// one, or that has no request.
async fn visible_request(
    state: &CaseworkState,
    signed_in: &SignedIn,
    reference: &str,
) -> Result<StoredRequest, AppError> {
    signed_in.must_see(Team::DomesticAbuse)?;
    let reference = Reference::parse(reference).filter(|r| r.as_str() == reference).ok_or(AppError::NotFound)?;
    state.store.load_request(&reference).await?.ok_or(AppError::NotFound)
}

/// Reads an urgent request: what the team needs to act, its status, the way to its application if sent. Audited,
/// before the page is shown.
pub async fn request(
    State(state): State<CaseworkState>,
    signed_in: SignedIn,
    Path(reference): Path<String>,
    Query(query): Query<ApplicationQuery>,
) -> Result<Response, AppError> {
    let stored = visible_request(&state, &signed_in, &reference).await?;
    let caseworker = signed_in.caseworker();
    let now = OffsetDateTime::now_utc();
    // A request is only ever the domestic-abuse team's.
    state
        .store
        .record_view(&stored.reference, Team::DomesticAbuse, caseworker, AuditAction::RequestViewed, now)
        .await?;
    // Only a domestic-abuse application can have a request; another team's would not be theirs to see.
    let application_sent = state
        .store
        .load_application(&stored.reference)
        .await?
        .is_some_and(|application| caseworker.may_see(application.team));
    let audit = state.store.audit_trail(&stored.reference, now).await?;
    let view = RequestPage {
        request: &stored,
        application_sent,
        is_mine: stored.holder.as_ref().is_some_and(|holder| holder.id == caseworker.id),
        audit: &audit,
        notice: notice(query.notice.as_deref()),
        now,
    };
    Ok(Html(casework::request(&signed_in.staff(), &view).into_string()).into_response())
}

/// A change to a request: the domestic-abuse team only, the session's token, then the store's transaction.
async fn act_on_request(
    state: &CaseworkState,
    signed_in: &SignedIn,
    reference: &str,
    fields: &templates::Fields,
    outcome: Option<Option<Outcome>>,
    release: bool,
) -> Result<Response, AppError> {
    let stored = visible_request(state, signed_in, reference).await?;
    signed_in.check_csrf(fields)?;
    let (reference, caseworker, now) = (&stored.reference, signed_in.caseworker(), OffsetDateTime::now_utc());
    let change = match (outcome, release) {
        (Some(Some(outcome)), _) => state.store.record_request_outcome(reference, caseworker, outcome, now).await?,
        // Nothing chosen: the page again, as it is.
        (Some(None), _) => return Ok(Redirect::to(&request_path(reference)).into_response()),
        (None, true) => state.store.release_request(reference, caseworker, now).await?,
        (None, false) => state.store.claim_request(reference, caseworker, now).await?,
    };
    back_to(request_path(reference), change)
}

pub async fn claim_request(
    State(state): State<CaseworkState>,
    signed_in: SignedIn,
    Path(reference): Path<String>,
    PostedForm(fields): PostedForm,
) -> Result<Response, AppError> {
    act_on_request(&state, &signed_in, &reference, &fields, None, false).await
}

pub async fn release_request(
    State(state): State<CaseworkState>,
    signed_in: SignedIn,
    Path(reference): Path<String>,
    PostedForm(fields): PostedForm,
) -> Result<Response, AppError> {
    act_on_request(&state, &signed_in, &reference, &fields, None, true).await
}

/// What came of a request, from the form's radios.
pub async fn request_outcome(
    State(state): State<CaseworkState>,
    signed_in: SignedIn,
    Path(reference): Path<String>,
    PostedForm(fields): PostedForm,
) -> Result<Response, AppError> {
    let outcome = fields.get(casework::OUTCOME).and_then(Outcome::parse);
    act_on_request(&state, &signed_in, &reference, &fields, Some(outcome), false).await
}
