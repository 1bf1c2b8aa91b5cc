//! "Which of these describes you?": who is applying. The roles offered depend on where the applicant lives.

use axum::Router;
use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use intake::eligibility::{Country, Role};
use intake::journey::Step;
use templates::FormErrors;
use templates::steps::your_role::{ERROR_NOT_SELECTED, FIELD, view};
use time::OffsetDateTime;
use web::{AppError, PostedForm};

use super::{ChangeMode, after_saving, check_csrf, invalid, step_context};
use crate::AppState;
use crate::applicant::Applicant;

const STEP: Step = Step::YourRole;

pub fn routes() -> Router<AppState> {
    Router::new().route(STEP.path(), get(show).post(save))
}

/// The answer, if it is one of the roles open to someone in `country`.
pub fn parse(form: &PostedForm, country: Country) -> Result<Role, FormErrors> {
    form.get(FIELD).and_then(Role::parse).filter(|role| Role::available_in(country).any(|r| r == *role)).ok_or_else(
        || {
            let mut errors = FormErrors::new();
            errors.add(FIELD, ERROR_NOT_SELECTED);
            errors
        },
    )
}

/// `redirect_unless_reached(STEP)` has let them through, so where-you-live is answered; England stands in only if that ever changes.
fn country(applicant: &Applicant) -> Country {
    applicant.draft.answers.where_you_live.unwrap_or(Country::England)
}

async fn show(applicant: Applicant) -> Response {
    if let Some(redirect) = applicant.redirect_unless_reached(STEP) {
        return redirect;
    }
    let errors = FormErrors::new();
    let markup = view(step_context(&applicant, STEP, &errors), country(&applicant), applicant.draft.answers.your_role);
    Html(markup.into_string()).into_response()
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
    match parse(&form, country(&applicant)) {
        Err(errors) => Ok(invalid(view(step_context(&applicant, STEP, &errors), country(&applicant), None))),
        Ok(role) => {
            applicant.draft.answers.set_your_role(role);
            state.store.save_draft(&mut applicant.draft, OffsetDateTime::now_utc()).await?;
            Ok(after_saving(STEP, &applicant, &change))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(value: &str) -> PostedForm {
        PostedForm::parse(format!("{FIELD}={value}").as_bytes()).expect("form")
    }

    #[test]
    fn a_child_may_apply_only_from_scotland() {
        assert_eq!(parse(&form("child-in-scotland"), Country::Scotland).ok(), Some(Role::ChildInScotland));
        assert!(parse(&form("child-in-scotland"), Country::England).is_err());
    }

    #[test]
    fn nothing_selected_has_the_govuk_message() {
        let errors = parse(&form(""), Country::Wales).expect_err("empty");
        assert_eq!(errors.iter().map(|e| e.message.as_str()).collect::<Vec<_>>(), [ERROR_NOT_SELECTED]);
    }
}
