//! The `casework` function, for Child Maintenance Service staff: one axum Router, every route under `/casework`.
//!
//! Sign-in (OpenID Connect), the team queues, claiming and the audit trail come with the casework issue; until
//! then this router serves only its landing page, which shows no application data.

use axum::Router;
use axum::response::Html;
use axum::routing::get;
use maud::html;
use templates::layout::{Area, Page, page};

/// What casework handlers share. Built once in `main`.
#[derive(Clone, Debug)]
pub struct CaseworkState {
    pub store: intake::Store,
}

pub fn router(state: CaseworkState) -> Router {
    let routes = Router::new().route("/casework", get(landing)).fallback(web::errors::not_found).with_state(state);
    web::harden(routes, Area::Casework)
}

async fn landing() -> Html<String> {
    const TITLE: &str = "Child maintenance applications";
    Html(
        page(
            Area::Casework,
            &Page { title: TITLE, ..Page::default() },
            html! {
                h1.govuk-heading-l { (TITLE) }
                p.govuk-body { "This part of the service is for Child Maintenance Service staff." }
            },
        )
        .into_string(),
    )
}
