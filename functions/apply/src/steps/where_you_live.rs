//! "Where do you live?": the first eligibility question.

use axum::Router;
use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use intake::eligibility::Country;
use intake::journey::Step;
use templates::FormErrors;
use templates::steps::where_you_live::{ERROR_NOT_SELECTED, FIELD, view};
use time::OffsetDateTime;
use web::{AppError, PostedForm};

use super::{ChangeMode, after_saving, check_csrf, invalid, step_context};
use crate::AppState;
use crate::applicant::Applicant;

const STEP: Step = Step::WhereYouLive;

pub fn routes() -> Router<AppState> {
    Router::new().route(STEP.path(), get(show).post(save))
}

/// The answer, or the message the Design System's radios guidance gives for nothing selected.
pub fn parse(form: &PostedForm) -> Result<Country, FormErrors> {
    form.get(FIELD).and_then(Country::parse).ok_or_else(|| {
        let mut errors = FormErrors::new();
        errors.add(FIELD, ERROR_NOT_SELECTED);
        errors
    })
}

async fn show(applicant: Applicant) -> Response {
    if let Some(redirect) = applicant.redirect_unless_reached(STEP) {
        return redirect;
    }
    let errors = FormErrors::new();
    Html(view(step_context(&applicant, STEP, &errors), applicant.draft.answers.where_you_live).into_string())
        .into_response()
}

async fn save(
    State(state): State<AppState>,
    Query(change): Query<ChangeMode>,
    mut applicant: Applicant,
    form: PostedForm,
) -> Result<Response, AppError> {
    if let Some(redirect) = applicant.redirect_unless_reached(STEP) {
        return Ok(redirect);
    }
    check_csrf(&applicant, &form)?;
    match parse(&form) {
        Err(errors) => Ok(invalid(view(step_context(&applicant, STEP, &errors), None))),
        Ok(country) => {
            applicant.draft.answers.set_where_you_live(country);
            state.store.save_draft(&mut applicant.draft, OffsetDateTime::now_utc()).await?;
            Ok(after_saving(STEP, &applicant, &change))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_country() {
        for country in Country::ALL {
            let form = PostedForm::parse(format!("{FIELD}={}", country.form_value()).as_bytes()).expect("form");
            assert_eq!(parse(&form).ok(), Some(country));
        }
    }

    #[test]
    fn nothing_or_something_unknown_is_not_selected() {
        for body in ["", "where-you-live=", "where-you-live=atlantis", "where-you-live=England"] {
            let errors = parse(&PostedForm::parse(body.as_bytes()).expect("form")).expect_err(body);
            let messages: Vec<_> = errors.iter().map(|e| (e.field.as_str(), e.message.as_str())).collect();
            assert_eq!(messages, [(FIELD, ERROR_NOT_SELECTED)]);
        }
    }
}
