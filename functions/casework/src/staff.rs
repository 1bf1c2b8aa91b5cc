//! The caseworker behind a request: their session cookie and the staff session it names.

use axum::extract::{FromRef, FromRequestParts};
use axum::http::header;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use intake::casework::Caseworker;
use intake::routing::Team;
use intake::store::StaffSession;
use templates::Fields;
use templates::casework::{LANDING, Staff};
use time::OffsetDateTime;
use web::AppError;
use web::session::CASEWORKER;

use crate::CaseworkState;

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

    /// No session: to the landing page to sign in. A cookie that names no live session (ended, expired, or
    /// made up) is removed on the way.
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
        let store = CaseworkState::from_ref(state).store;
        match store.load_staff_session(&id, OffsetDateTime::now_utc()).await {
            Ok(Some(session)) => Ok(SignedIn { session }),
            Ok(None) => Err(sign_in(true)),
            Err(error) => Err(AppError::from(error).into_response()),
        }
    }
}
