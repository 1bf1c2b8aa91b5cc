//! The children's pages over HTTP: the list with Change and Remove, "Do you need to add another child?" until the
//! applicant says no, and a child's change and remove pages. Adding a child is a question like any other (the
//! generic handlers); these pages' views, parsing and copy are `questions::children`.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::{Extension, Router};
use intake::children::MAX_CHILDREN;
use maud::Markup;
use questions::children::add_child::{change_view, child_fields, parse_child};
use questions::children::list::{self, parse_add_another, parse_remove, remove_view};
use questions::journey::Step;
use questions::kit::{Back, StepContext};
use templates::{Fields, FormErrors, Lang};
use web::{AppError, PostedForm};

use super::{ChangeMode, after_saving, check_csrf, context, stateless_context};
use crate::AppState;
use crate::applicant::{Applicant, see_other};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(Step::Children.path(), get(show_list).post(save_list))
        // `questions::children::list::change_path` and `remove_path`, as axum's path templates.
        .route("/children/{index}/change", get(show_change).post(save_change))
        .route("/children/{index}/remove", get(show_remove).post(save_remove))
}

fn page(status: StatusCode, markup: Markup) -> Response {
    (status, Html(markup.into_string())).into_response()
}

/// The page again, as posted, with "Sorry, there is a problem with the service": 503, nothing lost.
fn unsaved(markup: Markup) -> Response {
    page(StatusCode::SERVICE_UNAVAILABLE, markup)
}

async fn show_list(Query(change): Query<ChangeMode>, applicant: Applicant) -> Response {
    if let Some(redirect) = applicant.redirect_unless_reached(Step::Children) {
        return redirect;
    }
    let errors = FormErrors::new();
    let context = context(&applicant, Step::Children, change.is_on(), &errors);
    page(StatusCode::OK, list::view(context, &applicant.draft.answers.children, &Fields::new()))
}

async fn save_list(
    State(state): State<AppState>,
    Query(change): Query<ChangeMode>,
    mut applicant: Applicant,
    PostedForm(fields): PostedForm,
) -> Result<Response, AppError> {
    if let Some(redirect) = applicant.redirect_unless_reached(Step::Children) {
        return Ok(redirect);
    }
    check_csrf(&applicant, &fields)?;
    let answers = &mut applicant.draft.answers;
    match parse_add_another(&fields, applicant.lang) {
        Ok(true) if answers.children.len() < MAX_CHILDREN => Ok(see_other(applicant.lang, Step::AddChild.path())),
        Ok(false) => {
            let before = std::mem::replace(&mut answers.finished_adding_children, true);
            if let Err(error) = state.store.save_draft(&mut applicant.draft, applicant.now).await {
                tracing::error!(error = %error, "store unavailable");
                applicant.draft.answers.finished_adding_children = before;
                let errors = FormErrors::new();
                let context =
                    StepContext { unsaved: true, ..context(&applicant, Step::Children, change.is_on(), &errors) };
                return Ok(unsaved(list::view(context, &applicant.draft.answers.children, &fields)));
            }
            Ok(after_saving(applicant.lang, Step::Children, &applicant.draft.answers, &change))
        }
        // Nothing chosen; or "yes" to a full list, which does not ask (possible only from an old page).
        refused => {
            let errors = refused.err().unwrap_or_else(|| {
                let mut errors = FormErrors::new();
                errors.add(list::ADD_ANOTHER, list::Copy::of(applicant.lang).add_another_not_selected);
                errors
            });
            let context = context(&applicant, Step::Children, change.is_on(), &errors);
            Ok(page(StatusCode::UNPROCESSABLE_ENTITY, list::view(context, &applicant.draft.answers.children, &fields)))
        }
    }
}

/// Refuses a child's page unless the child at `index` exists and the applicant has passed the page that adds one
/// (a child who is not eligible is removed from the page that says so, before the list is reached).
fn refuse_child_page(applicant: &Applicant, index: usize) -> Option<Response> {
    if let Some(redirect) = applicant.redirect_unless_reached(Step::AddChild) {
        return Some(redirect);
    }
    (index >= applicant.draft.answers.children.len()).then(|| AppError::NotFound.into_response())
}

/// Changing or removing a child goes back to the list.
fn back_to_list() -> &'static str {
    Step::Children.path()
}

/// The context of a child's change or remove page: Back goes to the list.
fn list_context<'a>(applicant: &'a Applicant, errors: &'a FormErrors) -> StepContext<'a> {
    StepContext { back: Back::To(back_to_list()), ..context(applicant, Step::Children, false, errors) }
}

async fn show_change(Path(index): Path<usize>, applicant: Applicant) -> Response {
    if let Some(refusal) = refuse_child_page(&applicant, index) {
        return refusal;
    }
    let child = &applicant.draft.answers.children[index];
    let errors = FormErrors::new();
    let context = list_context(&applicant, &errors);
    page(StatusCode::OK, change_view(context, &child_fields(child)))
}

async fn save_change(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Path(index): Path<usize>,
    applicant: Result<Applicant, Response>,
    PostedForm(fields): PostedForm,
) -> Result<Response, AppError> {
    let mut applicant = match applicant {
        Ok(applicant) => applicant,
        // The store could not be read: the child's details as typed, with the form's own token, so that Save works
        // once the store is back (as every question does).
        Err(rejection) if rejection.status() == StatusCode::SERVICE_UNAVAILABLE => {
            let errors = FormErrors::new();
            let path = list::change_path(index);
            let context = StepContext { unsaved: true, lang, path: &path, ..stateless_context(&fields, &errors) };
            return Ok(unsaved(change_view(context, &fields)));
        }
        Err(rejection) => return Ok(rejection),
    };
    if let Some(refusal) = refuse_child_page(&applicant, index) {
        return Ok(refusal);
    }
    check_csrf(&applicant, &fields)?;
    match parse_child(&fields, applicant.now.date(), applicant.lang) {
        Ok(details) => {
            // The name and date of birth change; what was asked about the child stays (but education and marriage
            // are asked again of a child now in another age group).
            let today = applicant.now.date();
            let child =
                applicant.draft.answers.children[index].with_details(details.full_name, details.date_of_birth, today);
            let before = std::mem::replace(&mut applicant.draft.answers.children[index], child);
            if let Err(error) = state.store.save_draft(&mut applicant.draft, applicant.now).await {
                tracing::error!(error = %error, "store unavailable");
                applicant.draft.answers.children[index] = before;
                let errors = FormErrors::new();
                let context = StepContext { unsaved: true, ..list_context(&applicant, &errors) };
                return Ok(unsaved(change_view(context, &fields)));
            }
            Ok(see_other(applicant.lang, back_to_list()))
        }
        Err(errors) => {
            let context = list_context(&applicant, &errors);
            Ok(page(StatusCode::UNPROCESSABLE_ENTITY, change_view(context, &fields)))
        }
    }
}

async fn show_remove(Path(index): Path<usize>, applicant: Applicant) -> Response {
    if let Some(refusal) = refuse_child_page(&applicant, index) {
        return refusal;
    }
    let child = &applicant.draft.answers.children[index];
    let errors = FormErrors::new();
    let context = list_context(&applicant, &errors);
    page(StatusCode::OK, remove_view(context, child, &Fields::new()))
}

async fn save_remove(
    State(state): State<AppState>,
    Path(index): Path<usize>,
    mut applicant: Applicant,
    PostedForm(fields): PostedForm,
) -> Result<Response, AppError> {
    if let Some(refusal) = refuse_child_page(&applicant, index) {
        return Ok(refusal);
    }
    let child = applicant.draft.answers.children[index].clone();
    check_csrf(&applicant, &fields)?;
    match parse_remove(&fields, &child, applicant.lang) {
        Ok(true) => {
            let before = applicant.draft.answers.clone();
            let answers = &mut applicant.draft.answers;
            answers.children.remove(index);
            // The list changed: ask again whether there are more.
            answers.finished_adding_children = false;
            if let Err(error) = state.store.save_draft(&mut applicant.draft, applicant.now).await {
                tracing::error!(error = %error, "store unavailable");
                applicant.draft.answers = before;
                let errors = FormErrors::new();
                let context = StepContext { unsaved: true, ..list_context(&applicant, &errors) };
                return Ok(unsaved(remove_view(context, &child, &fields)));
            }
            let next = if applicant.draft.answers.children.is_empty() { Step::AddChild } else { Step::Children };
            Ok(see_other(applicant.lang, next.path()))
        }
        Ok(false) => Ok(see_other(applicant.lang, back_to_list())),
        Err(errors) => {
            let context = list_context(&applicant, &errors);
            Ok(page(StatusCode::UNPROCESSABLE_ENTITY, remove_view(context, &child, &fields)))
        }
    }
}
