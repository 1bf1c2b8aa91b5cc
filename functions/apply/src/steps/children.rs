//! The children: add one (a [`Question`]), then the list with Change and Remove, and "Do you need to add another
//! child?" until the applicant says no.

use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use intake::Answers;
use intake::children::{Child, MAX_CHILDREN, earliest_date_of_birth};
use intake::domain::{DateOfBirth, PersonName};
use intake::journey::Step;
use maud::Markup;
use templates::steps::children::{
    ADD_ANOTHER, ADD_ANOTHER_NOT_SELECTED, CHANGE_TITLE, DATE_PREFIX, FULL_NAME, REMOVE, add_title,
    date_of_birth_error, details_view, full_name_error, remove_not_selected, remove_view, summary_view, too_old_error,
};
use templates::steps::{Back, StepContext};
use templates::{Fields, FormErrors};
use time::Date;
use web::{AppError, PostedForm};

use super::{
    ChangeMode, Question, after_saving, check_csrf, context, date_fields, error, parse_yes_no, posted_date,
    stateless_context,
};
use crate::AppState;
use crate::applicant::Applicant;

pub struct AddChild;

/// The child's details as posted, parsed; or the errors, each against its field.
fn parse_child(fields: &Fields, today: Date) -> Result<Child, FormErrors> {
    let mut errors = FormErrors::new();
    let full_name = PersonName::parse(fields.get(FULL_NAME).unwrap_or(""))
        .map_err(|e| errors.add(FULL_NAME, full_name_error(e)))
        .ok();
    let [day, month, year] = posted_date(fields, DATE_PREFIX);
    let date_of_birth = match DateOfBirth::parse(day, month, year, today) {
        Ok(date) if Child::is_young_enough(&date, today) => Some(date),
        Ok(_) => {
            let (field, message) = too_old_error(earliest_date_of_birth(today));
            errors.add(field, message);
            None
        }
        Err(e) => {
            let (field, message) = date_of_birth_error(e);
            errors.add(field, message);
            None
        }
    };
    match (full_name, date_of_birth) {
        (Some(full_name), Some(date_of_birth)) => Ok(Child { full_name, date_of_birth }),
        _ => Err(errors),
    }
}

fn child_fields(child: &Child) -> Fields {
    let mut fields = date_fields(DATE_PREFIX, Some(child.date_of_birth.date()));
    fields = fields.with(FULL_NAME, Some(child.full_name.as_str()));
    fields
}

impl Question for AddChild {
    const STEP: Step = Step::AddChild;

    /// Always a new, empty child: the ones already added are changed from the list.
    fn fields(_answers: &Answers) -> Fields {
        Fields::new()
    }

    fn save(fields: &Fields, answers: &mut Answers, today: Date) -> Result<(), FormErrors> {
        if answers.children.len() >= MAX_CHILDREN {
            return Err(error(FULL_NAME, &templates::steps::children::too_many()));
        }
        answers.children.push(parse_child(fields, today)?);
        answers.finished_adding_children = false;
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, answers: &Answers) -> Markup {
        details_view(context, add_title(answers.children.is_empty()), fields)
    }
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(Step::Children.path(), get(show_list).post(save_list))
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
    page(StatusCode::OK, summary_view(context, &applicant.draft.answers.children, &Fields::new()))
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
    match parse_yes_no(&fields, ADD_ANOTHER) {
        Some(true) if answers.children.len() < MAX_CHILDREN => Ok(Redirect::to(Step::AddChild.path()).into_response()),
        Some(false) => {
            let before = std::mem::replace(&mut answers.finished_adding_children, true);
            if let Err(error) = state.store.save_draft(&mut applicant.draft, applicant.now).await {
                tracing::error!(error = %error, "store unavailable");
                applicant.draft.answers.finished_adding_children = before;
                let errors = FormErrors::new();
                let context =
                    StepContext { unsaved: true, ..context(&applicant, Step::Children, change.is_on(), &errors) };
                return Ok(unsaved(summary_view(context, &applicant.draft.answers.children, &fields)));
            }
            Ok(after_saving(Step::Children, &applicant.draft.answers, &change))
        }
        _ => {
            let errors = error(ADD_ANOTHER, ADD_ANOTHER_NOT_SELECTED);
            let context = context(&applicant, Step::Children, change.is_on(), &errors);
            Ok(page(
                StatusCode::UNPROCESSABLE_ENTITY,
                summary_view(context, &applicant.draft.answers.children, &fields),
            ))
        }
    }
}

/// Refuses a child's page unless the applicant has reached the list and the child at `index` exists.
fn refuse_child_page(applicant: &Applicant, index: usize) -> Option<Response> {
    if let Some(redirect) = applicant.redirect_unless_reached(Step::Children) {
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
    page(StatusCode::OK, details_view(context, CHANGE_TITLE, &child_fields(child)))
}

async fn save_change(
    State(state): State<AppState>,
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
            let context = StepContext { unsaved: true, ..stateless_context(&fields, &errors) };
            return Ok(unsaved(details_view(context, CHANGE_TITLE, &fields)));
        }
        Err(rejection) => return Ok(rejection),
    };
    if let Some(refusal) = refuse_child_page(&applicant, index) {
        return Ok(refusal);
    }
    check_csrf(&applicant, &fields)?;
    match parse_child(&fields, applicant.now.date()) {
        Ok(child) => {
            let before = std::mem::replace(&mut applicant.draft.answers.children[index], child);
            if let Err(error) = state.store.save_draft(&mut applicant.draft, applicant.now).await {
                tracing::error!(error = %error, "store unavailable");
                applicant.draft.answers.children[index] = before;
                let errors = FormErrors::new();
                let context = StepContext { unsaved: true, ..list_context(&applicant, &errors) };
                return Ok(unsaved(details_view(context, CHANGE_TITLE, &fields)));
            }
            Ok(Redirect::to(back_to_list()).into_response())
        }
        Err(errors) => {
            let context = list_context(&applicant, &errors);
            Ok(page(StatusCode::UNPROCESSABLE_ENTITY, details_view(context, CHANGE_TITLE, &fields)))
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
    match parse_yes_no(&fields, REMOVE) {
        Some(true) => {
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
            Ok(Redirect::to(next.path()).into_response())
        }
        Some(false) => Ok(Redirect::to(back_to_list()).into_response()),
        None => {
            let errors = error(REMOVE, &remove_not_selected(&child));
            let context = list_context(&applicant, &errors);
            Ok(page(StatusCode::UNPROCESSABLE_ENTITY, remove_view(context, &child, &fields)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn child(name: &str, day: &str, month: &str, year: &str) -> Result<Child, Vec<(String, String)>> {
        let fields = Fields::new()
            .with(FULL_NAME, Some(name))
            .with("child-date-of-birth-day", Some(day))
            .with("child-date-of-birth-month", Some(month))
            .with("child-date-of-birth-year", Some(year));
        parse_child(&fields, time::macros::date!(2026 - 11 - 22))
            .map_err(|errors| errors.iter().map(|e| (e.field.clone(), e.message.clone())).collect())
    }

    #[test]
    fn a_child_under_20_is_accepted() {
        assert_eq!(child("Alex Jones", "1", "6", "2015").expect("valid").full_name.as_str(), "Alex Jones");
        assert!(child("Alex Jones", "23", "11", "2006").is_ok(), "19 for one more day");
    }

    #[test]
    fn a_child_of_20_or_over_is_refused_with_the_earliest_date() {
        assert_eq!(
            child("Alex Jones", "22", "11", "2006").expect_err("20 today"),
            [(
                "child-date-of-birth-date".to_owned(),
                "Date of birth must be the same as or after 23 November 2006".to_owned()
            )]
        );
    }

    #[test]
    fn both_fields_report_their_errors() {
        assert_eq!(
            child("", "", "", "").expect_err("empty"),
            [
                (FULL_NAME.to_owned(), "Enter the child’s full name".to_owned()),
                ("child-date-of-birth-day".to_owned(), "Enter the child’s date of birth".to_owned()),
            ]
        );
    }

    #[test]
    fn no_more_than_20_children() {
        let mut answers = Answers::default();
        let fields = child_fields(&child("Alex Jones", "1", "6", "2015").expect("valid"));
        for _ in 0..MAX_CHILDREN {
            AddChild::save(&fields, &mut answers, time::macros::date!(2026 - 11 - 22)).expect("room for more");
        }
        let refused = AddChild::save(&fields, &mut answers, time::macros::date!(2026 - 11 - 22)).expect_err("full");
        assert_eq!(
            refused.iter().map(|e| e.message.as_str()).collect::<Vec<_>>(),
            [templates::steps::children::too_many()]
        );
        assert_eq!(answers.children.len(), MAX_CHILDREN);
    }
}
