//! The caseworker behind a request: their session cookie and the staff session it names, checked with the identity
//! provider once it is [`intake::store::STAFF_SESSION_RECHECK_INTERVAL`] (5 minutes) old, so that a leaver loses access within that
//! (issue 14, point 6; docs/design.md, "Leavers").
//!
//! A check presents the session's refresh token to the provider ([`crate::oidc::Oidc::refresh`]):
//! - accepted: the session carries on, recorded as checked now, with the caseworker's name and teams as the
//!   provider has them now (a caseworker moved to another team follows the move within the interval, whichever
//!   way it goes), and the refresh token it rotated to, if it did;
//! - refused (disabled, deleted, signed out everywhere, token revoked or expired): the session is deleted and the
//!   caseworker is sent to sign in again, where the provider will refuse them;
//! - the provider cannot be reached: the "Sorry, there is a problem with the service" page (503), and the session is
//!   kept but not trusted: the next request asks again. Failing closed, never letting a session run unchecked.
//!
//! Of requests that find the same session due for a check at once (two tabs), one claims the check
//! ([`intake::Store::claim_staff_session_check`]) and the others wait for its outcome, so the refresh token is
//! presented once: presented twice, a rotating provider revokes it.

use axum::extract::{FromRef, FromRequestParts};
use axum::http::header;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use intake::casework::Caseworker;
use intake::routing::Team;
use intake::store::{CheckClaim, StaffSession};
use templates::Fields;
use templates::casework::{LANDING, Staff};
use time::OffsetDateTime;
use web::AppError;
use web::session::CASEWORKER;

use crate::CaseworkState;
use crate::oidc::RefreshError;

/// How long a request waits for another request's check of the same session before giving up with the Sorry page:
/// a little longer than the provider's timeout (5 seconds, `Oidc::new`), so a check that gets an answer is waited
/// for.
const WAIT_FOR_ANOTHER_CHECK: std::time::Duration = std::time::Duration::from_secs(6);
/// How often a waiting request looks at the session again.
const LOOK_AGAIN_EVERY: std::time::Duration = std::time::Duration::from_millis(100);

/// A request from a signed-in caseworker.
pub struct SignedIn {
    pub session: StaffSession,
}

impl SignedIn {
    pub fn caseworker(&self) -> &Caseworker {
        &self.session.caseworker
    }

    /// What every casework page shows of them.
    pub fn staff(&self) -> Staff<'_> {
        Staff {
            name: &self.session.caseworker.name,
            teams: &self.session.caseworker.teams,
            csrf_token: self.session.csrf_token.as_str(),
        }
    }

    /// Need to know: may they see this team's work? 403 if not.
    pub fn must_see(&self, team: Team) -> Result<(), AppError> {
        if self.caseworker().may_see(team) { Ok(()) } else { Err(AppError::Forbidden) }
    }

    /// A form must carry the session's CSRF token (the cookie is `SameSite=Strict` as well).
    pub fn check_csrf(&self, fields: &Fields) -> Result<(), AppError> {
        web::csrf::check(&self.session.csrf_token, fields)
    }
}

impl<S> FromRequestParts<S> for SignedIn
where
    S: Send + Sync,
    CaseworkState: FromRef<S>,
{
    type Rejection = Response;

    /// No session: to the landing page to sign in. A cookie that names no live session (ended, expired, refused at
    /// its check, or made up) is removed on the way. A session due for its check is checked first (above).
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let sign_in = |forget: bool| {
            let redirect = Redirect::to(LANDING);
            if forget {
                ([(header::SET_COOKIE, CASEWORKER.expire())], redirect).into_response()
            } else {
                redirect.into_response()
            }
        };
        let present = CASEWORKER.is_present(&parts.headers);
        let Some(id) = CASEWORKER.read(&parts.headers) else { return Err(sign_in(present)) };
        let state = CaseworkState::from_ref(state);
        let now = state.store.clock().now();
        let unavailable = |error: AppError| error.into_response();
        let session = match state.store.load_staff_session(&id, now).await {
            Ok(Some(session)) => session,
            Ok(None) => return Err(sign_in(true)),
            Err(error) => return Err(unavailable(error.into())),
        };
        match checked(&state, session, now).await {
            Ok(Checked::Trusted(session)) => Ok(SignedIn { session }),
            Ok(Checked::Ended) => Err(sign_in(true)),
            Err(error) => Err(unavailable(error)),
        }
    }
}

/// What a session is, once checked if it was due.
enum Checked {
    Trusted(StaffSession),
    /// The provider refused it, or it ended meanwhile.
    Ended,
}

/// `session`, trusted as it is if it was checked within the interval; otherwise checked with the provider by this
/// request, or by another that claimed the check first, whose outcome this one waits for.
async fn checked(state: &CaseworkState, mut session: StaffSession, now: OffsetDateTime) -> Result<Checked, AppError> {
    let give_up_at = std::time::Instant::now() + WAIT_FOR_ANOTHER_CHECK;
    loop {
        if !session.needs_check(now) {
            return Ok(Checked::Trusted(session));
        }
        if state.store.claim_staff_session_check(&session, now).await? == CheckClaim::Claimed {
            return check_with_provider(state, session, now).await;
        }
        if std::time::Instant::now() >= give_up_at {
            return Err(AppError::Unavailable("identity provider"));
        }
        tokio::time::sleep(LOOK_AGAIN_EVERY).await;
        session = match state.store.load_staff_session(&session.id, now).await? {
            Some(session) => session,
            None => return Ok(Checked::Ended),
        };
    }
}

/// This request holds the claim: ask the provider, and record what it said.
async fn check_with_provider(
    state: &CaseworkState,
    mut session: StaffSession,
    now: OffsetDateTime,
) -> Result<Checked, AppError> {
    match state.oidc.refresh(&session.refresh_token, &session.caseworker, now).await {
        Ok(refreshed) => {
            let rotated = refreshed.rotated.as_ref();
            state.store.record_staff_session_check(&session.id, &refreshed.caseworker, rotated, now).await?;
            session.checked_at = now;
            session.caseworker = refreshed.caseworker;
            if let Some(rotated) = refreshed.rotated {
                session.refresh_token = rotated;
            }
            Ok(Checked::Trusted(session))
        }
        Err(RefreshError::Unavailable(what)) => {
            // Why, for whoever investigates; never the token or who it was.
            tracing::warn!(what, "a caseworker's session could not be checked with the identity provider");
            state.store.abandon_staff_session_check(&session.id, now).await?;
            Err(AppError::Unavailable("identity provider"))
        }
        Err(refused) => {
            tracing::info!(reason = %refused, "a caseworker's session ended: the identity provider refused its check");
            state.store.end_staff_session(&session.id).await?;
            Ok(Checked::Ended)
        }
    }
}
