//! The public `apply` function: the applicant's journey as one axum Router.
//!
//! `main.rs` runs it on Lambda; the dev server and the tests mount the same `router`.

mod applicant;
mod exit;
pub mod fuzzing;
pub mod offline;
mod pages;
mod steps;

use axum::Router;
use axum::routing::get;
use intake::Store;
use templates::Area;

/// What every handler may use. Built once in `main`: the store holds the DynamoDB client.
#[derive(Clone, Debug)]
pub struct AppState {
    pub store: Store,
}

pub fn router(state: AppState) -> Router {
    let routes = Router::new()
        .route("/", get(pages::start))
        .route("/before-you-start", get(pages::before_you_start).post(pages::start_session))
        .route(templates::layout::EXIT_URL, get(exit::exit).post(exit::exit))
        .route("/northern-ireland", get(pages::northern_ireland))
        .route("/outside-the-uk", get(pages::outside_the_uk))
        .route("/children-not-eligible", get(pages::children_not_eligible))
        .route("/court-order-in-place", get(pages::court_order_in_place))
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
