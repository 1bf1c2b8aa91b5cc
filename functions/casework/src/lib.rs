//! The `casework` function, for Child Maintenance Service staff: one axum Router, every route under `/casework`.
//!
//! Caseworkers sign in with OpenID Connect ([`oidc`]); every other page needs a live staff session
//! ([`staff::SignedIn`]), and shows only what the caseworker's teams may see (need to know): a general
//! caseworker never sees the domestic-abuse team's applications, and only that team is ever sent a disclosure.
//! Every view and every change is audited.
//!
//! Case management's systems collect the applications handed over to them from the handover feed ([`feed`]),
//! with access tokens from the same identity provider: machines, never caseworkers, and never by cookie.

mod erasure;
pub mod feed;
pub mod oidc;
mod sign_in;
mod staff;
mod work;

use axum::Router;
use axum::routing::{get, post};
use templates::Area;
use templates::casework::{LANDING, MINE, SEARCH, SIGN_IN, SIGN_OUT, SIGNED_OUT};

/// What casework handlers share. Built once in `main`.
#[derive(Clone, Debug)]
pub struct CaseworkState {
    pub store: intake::Store,
    pub oidc: oidc::Oidc,
    /// Which OAuth client is which team's case management, for the handover feed.
    pub destinations: feed::Destinations,
}

pub fn router(state: CaseworkState) -> Router {
    let sign_in_origin = state.oidc.settings().sign_in_origin.clone();
    let routes = Router::new()
        .route(LANDING, get(sign_in::landing))
        .route(SIGN_IN, post(sign_in::start))
        .route("/casework/callback", get(sign_in::callback))
        .route(SIGN_OUT, post(sign_in::sign_out))
        .route(SIGNED_OUT, get(sign_in::signed_out))
        .route("/casework/queues/{team}", get(work::queue))
        .route(MINE, get(work::mine))
        .route(SEARCH, get(work::search))
        .route("/casework/applications/{reference}", get(work::application))
        .route("/casework/applications/{reference}/claim", post(work::claim))
        .route("/casework/applications/{reference}/release", post(work::release))
        .route("/casework/applications/{reference}/status", post(work::change_status))
        // Erasure (issue 14, point 5): the confirmation page and its form.
        .route("/casework/applications/{reference}/delete", get(erasure::confirm).post(erasure::erase))
        // Urgent requests: the domestic-abuse team only.
        .route("/casework/requests/{reference}", get(work::request))
        .route("/casework/requests/{reference}/claim", post(work::claim_request))
        .route("/casework/requests/{reference}/release", post(work::release_request))
        .route("/casework/requests/{reference}/outcome", post(work::request_outcome))
        // The handover feed: case management's systems, with a bearer token, never a caseworker's session.
        .route(feed::RECORDS, get(feed::records))
        .route("/casework/handover/records/{id}/acknowledgement", post(feed::acknowledge_application))
        .route("/casework/handover/records/{reference}/disclosure/acknowledgement", post(feed::acknowledge_disclosure))
        .fallback(web::errors::not_found)
        .with_state(state);
    // Sign in and Sign out are forms whose posts continue at the identity provider.
    web::allow_forms_to_continue_at(web::harden(routes, Area::Casework), &sign_in_origin)
}
