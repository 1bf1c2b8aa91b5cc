//! Signing in and out: the authorization code flow with PKCE against the identity provider (see [`crate::oidc`]).

use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{AppendHeaders, Html, IntoResponse, Redirect, Response};
use intake::SessionId;
use intake::store::SignIn;
use serde::Deserialize;
use templates::casework::{self, LANDING, SIGNED_OUT, queue_path};
use web::session::{CASEWORKER, CASEWORKER_SIGN_IN};
use web::{AppError, PostedForm};

use crate::CaseworkState;
use crate::oidc::{SignInError, random_value};
use crate::staff::SignedIn;

/// Where a caseworker's work starts: their first team's queue (or, in no team, the page that says so).
fn home(caseworker: &intake::casework::Caseworker) -> String {
    caseworker.teams.first().map_or_else(|| LANDING.to_owned(), |team| queue_path(*team))
}

/// Signed in: on to their work, or, for someone in no team, why there is none (and Sign out). Otherwise: what
/// this is, and Sign in.
pub async fn landing(signed_in: Result<SignedIn, Response>) -> Response {
    match signed_in {
        Ok(signed_in) if signed_in.caseworker().teams.is_empty() => {
            Html(casework::no_team(&signed_in.staff()).into_string()).into_response()
        }
        Ok(signed_in) => Redirect::to(&home(signed_in.caseworker())).into_response(),
        Err(_) => Html(casework::landing().into_string()).into_response(),
    }
}

/// Starts a sign-in: a fresh `state`, nonce and PKCE verifier, kept server-side for 10 minutes, and off to the
/// provider. A POST, so that no link or crawler starts sign-ins.
pub async fn start(State(state): State<CaseworkState>) -> Result<Response, AppError> {
    let sign_in_state = SessionId::new();
    let sign_in = SignIn { code_verifier: random_value(), nonce: random_value() };
    state.store.begin_sign_in(&sign_in_state, &sign_in, state.store.clock().now()).await?;
    let url = state
        .oidc
        .authorization_url(sign_in_state.as_str(), &sign_in.nonce, &sign_in.code_verifier)
        .await
        .map_err(|_| AppError::Unavailable("identity provider"))?;
    Ok(([(header::SET_COOKIE, CASEWORKER_SIGN_IN.set(&sign_in_state))], Redirect::to(&url)).into_response())
}

#[derive(Debug, Deserialize)]
pub struct Callback {
    code: Option<String>,
    state: Option<String>,
}

fn failed() -> Response {
    let forget = [(header::SET_COOKIE, CASEWORKER_SIGN_IN.expire())];
    (StatusCode::UNAUTHORIZED, forget, Html(casework::sign_in_failed().into_string())).into_response()
}

/// The provider sends the caseworker back with a code: exchange it, verify the ID token, start a session.
pub async fn callback(
    State(state): State<CaseworkState>,
    headers: HeaderMap,
    Query(callback): Query<Callback>,
) -> Result<Response, AppError> {
    let now = state.store.clock().now();
    let Some(sign_in_state) = callback.state.as_deref().and_then(SessionId::parse) else { return Ok(failed()) };
    // Only the browser that started this sign-in may finish it.
    if CASEWORKER_SIGN_IN.read(&headers).as_ref() != Some(&sign_in_state) {
        return Ok(failed());
    }
    // Taken once: a replayed or forged callback finds nothing.
    let Some(sign_in) = state.store.finish_sign_in(&sign_in_state, now).await? else { return Ok(failed()) };
    let Some(code) = callback.code else { return Ok(failed()) };
    let signed_in = match state.oidc.finish(&code, &sign_in.code_verifier, &sign_in.nonce, now).await {
        Ok(signed_in) => signed_in,
        Err(SignInError::Unavailable(what)) => return Err(AppError::Unavailable(what)),
        Err(refused) => {
            // Why, for whoever investigates; never the token or the code.
            tracing::warn!(reason = %refused, "sign-in refused");
            return Ok(failed());
        }
    };
    let caseworker = signed_in.caseworker;
    let session = state.store.start_staff_session(&caseworker, &signed_in.refresh_token, now).await?;
    let page = casework::signed_in(&caseworker.name, &home(&caseworker));
    // Appended, not inserted: two cookies, two headers.
    let cookies = AppendHeaders([
        (header::SET_COOKIE, CASEWORKER.set(&session.id)),
        (header::SET_COOKIE, CASEWORKER_SIGN_IN.expire()),
    ]);
    Ok((cookies, Html(page.into_string())).into_response())
}

/// Ends the session here, then at the provider (so that on a shared computer the next person is not signed
/// straight back in), which returns to the signed-out page.
pub async fn sign_out(
    State(state): State<CaseworkState>,
    signed_in: SignedIn,
    PostedForm(fields): PostedForm,
) -> Result<Response, AppError> {
    signed_in.check_csrf(&fields)?;
    state.store.end_staff_session(&signed_in.session.id).await?;
    let next = state.oidc.end_session_url().await.unwrap_or_else(|| SIGNED_OUT.to_owned());
    Ok(([(header::SET_COOKIE, CASEWORKER.expire())], Redirect::to(&next)).into_response())
}

pub async fn signed_out() -> Html<String> {
    Html(casework::signed_out().into_string())
}
