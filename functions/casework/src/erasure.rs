//! Erasing an application (issue 14, point 5), and what is left of one afterwards: its audit trail (point 4).
//!
//! A caseworker of the owning team asks for the confirmation page from the application's page, chooses why (a
//! duplicate, or the applicant asked), and the store deletes the application, its disclosure and its urgent
//! request in one transaction with the audit entry that says so (`intake::store::Erasure`). Another team's
//! application is refused as every casework route refuses it (403); a reference that is none, 404.
//!
//! Afterwards the application's address shows its team's caseworkers that it was deleted (or, once retention
//! removed it, that it is no longer kept), with its history and nothing else; reading that is audited too.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use intake::Reference;
use intake::casework::ErasureReason;
use intake::routing::Team;
use intake::store::{AuditAction, AuditEntry, Erasure};
use templates::casework::{self, NO_REASON, Notice, REASON, application_path};
use time::OffsetDateTime;
use web::{AppError, PostedForm};

use crate::CaseworkState;
use crate::staff::SignedIn;
use crate::work::{ApplicationQuery, DELETE_HELD, DELETE_REQUEST_OPEN, DELETED, parse_reference, visible_application};

/// The confirmation page. Offered only where the application's page offers it; if it does not apply (a colleague
/// is working on it, or its urgent request waits), the application's page says why.
pub async fn confirm(
    State(state): State<CaseworkState>,
    signed_in: SignedIn,
    Path(reference): Path<String>,
) -> Result<Response, AppError> {
    let application = visible_application(&state, &signed_in, &reference).await?;
    let held_by_other = application.holder.as_ref().is_some_and(|holder| holder.id != signed_in.caseworker().id);
    let path = application_path(&application.reference);
    if !application.status.may_be_erased(held_by_other) {
        return Ok(Redirect::to(&format!("{path}?notice={DELETE_HELD}")).into_response());
    }
    // Only the domestic-abuse team's applications have requests, and only that team may read one.
    if application.team == Team::DomesticAbuse
        && let Some(request) = state.store.load_request(&application.reference).await?
        && !request.status.is_dealt_with()
    {
        return Ok(Redirect::to(&format!("{path}?notice={DELETE_REQUEST_OPEN}")).into_response());
    }
    let page = casework::delete_application(&signed_in.staff(), &application.reference, None);
    Ok(Html(page.into_string()).into_response())
}

/// The erasure itself. A second submit (a double click, Back and resend) finds the application gone and leads
/// to what is left of it, deleting and recording nothing more.
pub async fn erase(
    State(state): State<CaseworkState>,
    signed_in: SignedIn,
    Path(reference): Path<String>,
    PostedForm(fields): PostedForm,
) -> Result<Response, AppError> {
    let reference = parse_reference(&reference)?;
    let caseworker = signed_in.caseworker();
    let Some(application) = state.store.load_application(&reference).await? else {
        let trail = visible_trail(&state, &signed_in, &reference).await?;
        signed_in.check_csrf(&fields)?;
        if trail.iter().any(|entry| matches!(entry.action, AuditAction::Erased(_))) {
            return Ok(Redirect::to(&application_path(&reference)).into_response());
        }
        return Err(AppError::NotFound);
    };
    signed_in.must_see(application.team)?;
    signed_in.check_csrf(&fields)?;
    let Some(reason) = fields.get(REASON).and_then(ErasureReason::parse) else {
        let page = casework::delete_application(&signed_in.staff(), &reference, Some(NO_REASON));
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(page.into_string())).into_response());
    };
    let path = application_path(&reference);
    let now = OffsetDateTime::now_utc();
    Ok(match state.store.erase(&reference, application.team, caseworker, reason, now).await? {
        Erasure::Erased => Redirect::to(&format!("{path}?notice={DELETED}")),
        Erasure::HeldBy(_) => Redirect::to(&format!("{path}?notice={DELETE_HELD}")),
        Erasure::RequestOpen => Redirect::to(&format!("{path}?notice={DELETE_REQUEST_OPEN}")),
        // Deleted in between (the other click): what is left of it says so.
        Erasure::NotFound => Redirect::to(&path),
    }
    .into_response())
}

/// The trail of a reference whose application is not kept, if it was an application and its team is the
/// caseworker's: 404 if there is no such trail (never an application, or nothing left), 403 if it is another
/// team's, as the application itself was.
async fn visible_trail(
    state: &CaseworkState,
    signed_in: &SignedIn,
    reference: &Reference,
) -> Result<Vec<AuditEntry>, AppError> {
    let trail = state.store.audit_trail(reference, OffsetDateTime::now_utc()).await?;
    if !trail.iter().any(|entry| entry.action.is_about_application()) {
        return Err(AppError::NotFound);
    }
    for entry in &trail {
        signed_in.must_see(entry.team)?;
    }
    Ok(trail)
}

/// What is left of an application at its address: its history, for its team only. Reading it is recorded first,
/// so the history shown includes this view.
pub async fn gone(
    state: &CaseworkState,
    signed_in: &SignedIn,
    reference: &Reference,
    query: &ApplicationQuery,
) -> Result<Response, AppError> {
    let trail = visible_trail(state, signed_in, reference).await?;
    let team = trail.last().map(|entry| entry.team).ok_or(AppError::NotFound)?;
    let now = OffsetDateTime::now_utc();
    state.store.record_view(reference, team, signed_in.caseworker(), AuditAction::TrailViewed, now).await?;
    let trail = state.store.audit_trail(reference, now).await?;
    let deleted_now = crate::work::notice(query.notice.as_deref()) == Some(Notice::Deleted);
    let page = casework::gone(&signed_in.staff(), reference, team, &trail, deleted_now);
    Ok(Html(page.into_string()).into_response())
}
