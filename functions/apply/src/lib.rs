//! The public `apply` function: the applicant's journey as one axum Router.
//!
//! `main.rs` runs it on Lambda; the dev server and the tests mount the same `router`.

mod applicant;
mod exit;
#[cfg(any(test, feature = "offline"))]
pub mod fuzzing;
#[cfg(any(test, feature = "offline"))]
pub mod offline;
mod pages;
mod steps;

use axum::routing::get;
use axum::{Extension, Router};
use intake::Store;
use questions::journey::Stop;
use templates::{Area, Lang};

/// What every handler may use. Built once in `main`: the store holds the DynamoDB client.
#[derive(Clone, Debug)]
pub struct AppState {
    pub store: Store,
    /// The time every handler goes by: the system's, but for pages recorded at a fixed moment (`tests/pages`).
    pub clock: intake::Clock,
}

impl AppState {
    /// The state of the function in service: the store, and the system's clock.
    pub fn new(store: Store) -> Self {
        Self { store, clock: intake::Clock::System }
    }
}

/// The applicant's pages, mounted twice by [`router`]: in English at `/…` and in Welsh at `/cy/…`, each mount
/// telling its handlers its language (an `Extension<Lang>`), so one page is one handler in both.
fn pages() -> Router<AppState> {
    Router::new()
        .route("/", get(pages::start))
        .route(templates::pages::journey::BEFORE_YOU_START, get(pages::before_you_start).post(pages::start_session))
        .route(Stop::NorthernIreland.path(), get(pages::northern_ireland))
        .route(Stop::OutsideUk.path(), get(pages::outside_the_uk))
        .route(Stop::ChildNotEligible.path(), get(pages::children_not_eligible))
        .route(Stop::CourtOrder.path(), get(pages::court_order_in_place))
        .route(Stop::OtherParentAbroad.path(), get(pages::other_parent_abroad))
        .route(templates::pages::journey::SESSION_ENDED, get(pages::session_ended))
        .route(templates::pages::journey::STAYING_SAFE_ONLINE, get(pages::staying_safe_online))
        .route("/cookies", get(pages::cookies))
        .route("/privacy", get(pages::privacy))
        .route("/accessibility", get(pages::accessibility))
        .merge(steps::routes())
}

pub fn router(state: AppState) -> Router {
    let routes = Router::new()
        // One way out for both languages: it deletes the session, whatever the page's language.
        .route(templates::layout::EXIT_URL, get(exit::exit).post(exit::exit))
        .merge(pages().layer(Extension(Lang::En)))
        .nest(Lang::Cy.prefix(), pages().layer(Extension(Lang::Cy)))
        .fallback(web::errors::not_found)
        .with_state(state);
    web::harden(routes, Area::Apply)
}
