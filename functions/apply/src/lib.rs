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

use axum::Router;
use axum::routing::get;
use intake::Store;
use questions::journey::Stop;
use templates::Area;

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

pub fn router(state: AppState) -> Router {
    let routes = Router::new()
        .route("/", get(pages::start))
        .route("/before-you-start", get(pages::before_you_start).post(pages::start_session))
        .route(templates::layout::EXIT_URL, get(exit::exit).post(exit::exit))
        .route(Stop::NorthernIreland.path(), get(pages::northern_ireland))
        .route(Stop::OutsideUk.path(), get(pages::outside_the_uk))
        .route(Stop::ChildNotEligible.path(), get(pages::children_not_eligible))
        .route(Stop::CourtOrder.path(), get(pages::court_order_in_place))
        .route(Stop::OtherParentAbroad.path(), get(pages::other_parent_abroad))
        .route("/session-ended", get(pages::session_ended))
        .route(templates::pages::journey::STAYING_SAFE_ONLINE, get(pages::staying_safe_online))
        .route("/cookies", get(pages::cookies))
        .route("/privacy", get(pages::privacy))
        .route("/accessibility", get(pages::accessibility))
        .merge(steps::routes())
        .fallback(web::errors::not_found)
        .with_state(state);
    web::harden(routes, Area::Apply)
}
