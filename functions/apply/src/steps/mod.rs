//! The journey's question pages. Each module holds one step: a [`Question`] that says how its answer is shown
//! as form fields, parsed into domain types and saved, and which view draws it. Its view and copy are in
//! `templates::steps::<same name>`. The generic handlers below do the rest, the same way for every step: the
//! session, the journey's order, the CSRF check, validation errors, saving and where to go next.

mod check_your_answers;
mod childrens_ages;
mod court_order;
mod where_you_live;
mod your_role;

use axum::Router;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use intake::Answers;
use intake::journey::{self, Step};
use maud::Markup;
use serde::Deserialize;
use templates::steps::StepContext;
use templates::{Fields, FormErrors};
use time::OffsetDateTime;
use web::{AppError, PostedForm};

use crate::AppState;
use crate::applicant::{Applicant, redirect_to};

pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(question::<where_you_live::WhereYouLive>())
        .merge(question::<your_role::YourRole>())
        .merge(question::<childrens_ages::ChildrensAges>())
        .merge(question::<court_order::CourtOrderQuestion>())
        .merge(check_your_answers::routes())
}

/// One question page of the journey.
pub trait Question: Send + Sync + 'static {
    const STEP: Step;

    /// The saved answer as the form's fields, to fill the page in.
    fn fields(answers: &Answers) -> Fields;

    /// Parses the posted fields into domain types and records them, clearing answers that depended on them;
    /// or the errors to show.
    fn save(fields: &Fields, answers: &mut Answers) -> Result<(), FormErrors>;

    /// The page, showing `fields` (saved, or as just typed) and any errors.
    fn view(context: StepContext<'_>, fields: &Fields, answers: &Answers) -> Markup;
}

fn question<Q: Question>() -> Router<AppState> {
    Router::new().route(Q::STEP.path(), get(show::<Q>).post(save::<Q>))
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

fn context<'a>(applicant: &'a Applicant, step: Step, change: &ChangeMode, errors: &'a FormErrors) -> StepContext<'a> {
    StepContext {
        csrf_token: applicant.draft.csrf_token.as_str(),
        back: if change.is_on() { Step::CheckYourAnswers.path() } else { applicant.back_from(step) },
        errors,
    }
}

async fn show<Q: Question>(Query(change): Query<ChangeMode>, applicant: Applicant) -> Response {
    if let Some(redirect) = applicant.redirect_unless_reached(Q::STEP) {
        return redirect;
    }
    let errors = FormErrors::new();
    let answers = &applicant.draft.answers;
    Html(Q::view(context(&applicant, Q::STEP, &change, &errors), &Q::fields(answers), answers).into_string())
        .into_response()
}

async fn save<Q: Question>(
    State(state): State<AppState>,
    Query(change): Query<ChangeMode>,
    mut applicant: Applicant,
    PostedForm(fields): PostedForm,
) -> Result<Response, AppError> {
    if let Some(redirect) = applicant.redirect_unless_reached(Q::STEP) {
        return Ok(redirect);
    }
    check_csrf(&applicant, &fields)?;
    let mut answers = applicant.draft.answers.clone();
    if let Err(errors) = Q::save(&fields, &mut answers) {
        // Re-shown with what was typed, 422 so that nothing mistakes it for a success.
        let markup = Q::view(context(&applicant, Q::STEP, &change, &errors), &fields, &applicant.draft.answers);
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(markup.into_string())).into_response());
    }
    applicant.draft.answers = answers;
    state.store.save_draft(&mut applicant.draft, OffsetDateTime::now_utc()).await?;
    Ok(after_saving(Q::STEP, &applicant.draft.answers, &change))
}

/// Checks the form's CSRF token against the session's.
fn check_csrf(applicant: &Applicant, fields: &Fields) -> Result<(), AppError> {
    match fields.get("csrf_token") {
        Some(token) if applicant.draft.csrf_token.matches(token) => Ok(()),
        _ => Err(AppError::Forbidden),
    }
}

/// After a step is saved: from check your answers, back there (or to the first question a change made
/// necessary); otherwise on to the step that follows this one.
fn after_saving(step: Step, answers: &Answers, change: &ChangeMode) -> Response {
    if change.is_on() {
        return redirect_to(journey::next_step(answers));
    }
    match journey::next_after(step, answers) {
        Some(next) => redirect_to(next),
        None => Redirect::to(Step::CheckYourAnswers.path()).into_response(),
    }
}

/// The one error of a single-field question.
fn error(field: &str, message: &str) -> FormErrors {
    let mut errors = FormErrors::new();
    errors.add(field, message);
    errors
}

/// A yes/no radios answer.
fn parse_yes_no(fields: &Fields, field: &str) -> Option<bool> {
    match fields.get(field) {
        Some(templates::steps::YES) => Some(true),
        Some(templates::steps::NO) => Some(false),
        _ => None,
    }
}

fn yes_no_value(answer: bool) -> &'static str {
    if answer { templates::steps::YES } else { templates::steps::NO }
}
