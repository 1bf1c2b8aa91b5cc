//! The journey's question pages. Each module holds one step's route, the parsing of its form into domain types,
//! and its handlers; its view and copy are in `templates::steps::<same name>`.

mod check_your_answers;
mod where_you_live;
mod your_role;

use axum::Router;
use axum::response::{IntoResponse, Redirect, Response};
use intake::journey::{self, Step};
use serde::Deserialize;
use templates::FormErrors;

use crate::AppState;
use crate::applicant::{Applicant, redirect_to};

pub fn routes() -> Router<AppState> {
    Router::new().merge(where_you_live::routes()).merge(your_role::routes()).merge(check_your_answers::routes())
}

/// `?change=1`: the question was reached from check your answers, and saving it should go back there.
#[derive(Debug, Default, Deserialize)]
pub struct ChangeMode {
    #[serde(default)]
    change: Option<String>,
}

impl ChangeMode {
    fn is_on(&self) -> bool {
        self.change.as_deref() == Some("1")
    }
}

/// Checks the form's CSRF token against the session's.
fn check_csrf(applicant: &Applicant, form: &web::PostedForm) -> Result<(), web::AppError> {
    match form.get("csrf_token") {
        Some(token) if applicant.draft.csrf_token.matches(token) => Ok(()),
        _ => Err(web::AppError::Forbidden),
    }
}

/// After a step is saved: from check your answers, back there (or to the first question a change made
/// necessary); otherwise on to the step that follows this one.
fn after_saving(step: Step, applicant: &Applicant, change: &ChangeMode) -> Response {
    let answers = &applicant.draft.answers;
    if change.is_on() {
        return redirect_to(journey::next_step(answers));
    }
    match journey::next_after(step, answers) {
        Some(next) => redirect_to(next),
        None => Redirect::to(Step::CheckYourAnswers.path()).into_response(),
    }
}

/// A page re-shown with its errors: 422, so that nothing treats it as a success, with the answers kept.
fn invalid(markup: maud::Markup) -> Response {
    (axum::http::StatusCode::UNPROCESSABLE_ENTITY, axum::response::Html(markup.into_string())).into_response()
}

fn step_context<'a>(applicant: &'a Applicant, step: Step, errors: &'a FormErrors) -> templates::steps::StepContext<'a> {
    templates::steps::StepContext {
        csrf_token: applicant.draft.csrf_token.as_str(),
        back: applicant.back_from(step),
        errors,
    }
}
