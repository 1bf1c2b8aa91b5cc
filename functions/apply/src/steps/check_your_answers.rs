//! Check your answers. Sending (declaration, one application per draft) builds on this page.

use axum::Router;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use intake::journey::Step;
use templates::steps::check_your_answers::view;

use crate::AppState;
use crate::applicant::Applicant;

const STEP: Step = Step::CheckYourAnswers;

pub fn routes() -> Router<AppState> {
    Router::new().route(STEP.path(), get(show))
}

async fn show(applicant: Applicant) -> Response {
    if let Some(redirect) = applicant.redirect_unless_reached(STEP) {
        return redirect;
    }
    Html(view(&applicant.draft.answers, applicant.back_from(STEP)).into_string()).into_response()
}
