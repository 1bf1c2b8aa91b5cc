//! The journey's question pages without HTTP, a session or DynamoDB: the same [`Question`](crate::steps) code the
//! handlers run, for the benchmarks (`benches/steps.rs`) and the fuzz target (`tests/fuzz`). What it leaves out is
//! the session, the CSRF check and the store, which the HTTP tests and the load tool cover.

use intake::Answers;
use intake::journey::{Next, Step};
use templates::FormErrors;
use templates::steps::StepContext;
use time::Date;
use web::PostedForm;

use crate::steps::{QuestionFns, next_after_saving, question_for};

/// A token of the right shape for the pages' hidden field (the HTTP handlers use the session's).
const CSRF_TOKEN: &str = "00000000000000000000000000000000";

/// What became of a posted form.
#[derive(Debug)]
pub enum Posted {
    /// The body was not a well-formed `application/x-www-form-urlencoded` form of UTF-8 (the handlers answer 400).
    Malformed,
    /// The answers were not valid: the page again, with the GOV.UK error messages and what was typed (422).
    Invalid { page: String },
    /// Saved into the answers; the page that follows.
    Saved { next: Next },
}

/// The steps that are one question each: every step but the children's list and check your answers.
pub fn question_steps() -> impl Iterator<Item = Step> {
    Step::ALL.into_iter().filter(|step| question_for(*step).is_some())
}

/// The question page for `step`, filled in from `answers`, as `GET` shows it; `None` if `step` is not a question.
pub fn show(step: Step, answers: &Answers) -> Option<String> {
    let question = question_for(step)?;
    let errors = FormErrors::new();
    Some((question.view)(context(question, &errors), &(question.fields)(answers), answers).into_string())
}

/// A `POST` of `body` to the question page for `step`, as the handler processes it once the session and the CSRF
/// token are checked; `None` if `step` is not a question. `today` is the date that dates are judged on.
pub fn post(step: Step, body: &[u8], answers: &mut Answers, today: Date) -> Option<Posted> {
    let question = question_for(step)?;
    let Ok(PostedForm(fields)) = PostedForm::parse(body) else { return Some(Posted::Malformed) };
    let mut changed = answers.clone();
    Some(match (question.save)(&fields, &mut changed, today) {
        Ok(()) => {
            *answers = changed;
            Posted::Saved { next: next_after_saving(step, answers) }
        }
        Err(errors) => {
            Posted::Invalid { page: (question.view)(context(question, &errors), &fields, answers).into_string() }
        }
    })
}

fn context(question: QuestionFns, errors: &FormErrors) -> StepContext<'_> {
    StepContext { csrf_token: CSRF_TOKEN, back: back_from(question.step), errors, unsaved: false }
}

/// The step before, for the Back link: the handlers work it out from the applicant's path; here the journey's
/// order is enough to draw the same page.
fn back_from(step: Step) -> &'static str {
    let index = Step::ALL.iter().position(|s| *s == step).unwrap_or(0);
    index.checked_sub(1).map_or("/before-you-start", |before| Step::ALL[before].path())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        time::macros::date!(2026 - 11 - 22)
    }

    #[test]
    fn every_question_step_is_listed_under_its_own_step() {
        let steps: Vec<Step> = question_steps().collect();
        assert_eq!(steps.len(), Step::ALL.len() - 2, "all but the children's list and check your answers");
        for step in steps {
            assert_eq!(question_for(step).map(|q| q.step), Some(step));
        }
    }

    #[test]
    fn a_valid_answer_is_saved_and_leads_on() {
        let mut answers = Answers::default();
        let posted = post(Step::WhereYouLive, b"where-you-live=wales", &mut answers, today());
        assert!(matches!(posted, Some(Posted::Saved { next: Next::Ask(Step::YourRole) })), "{posted:?}");
        assert!(answers.where_you_live.is_some());
    }

    #[test]
    fn an_invalid_answer_is_shown_again_escaped_and_nothing_is_saved() {
        let mut answers = Answers::default();
        let posted = post(Step::YourName, b"full-name=&other-names=%3Cscript%3E", &mut answers, today());
        let Some(Posted::Invalid { page }) = posted else { panic!("{posted:?}") };
        assert!(page.contains("Enter your full name") && page.contains("&lt;script&gt;"), "{page}");
        assert_eq!(answers, Answers::default());
    }

    #[test]
    fn a_body_that_is_not_utf8_is_malformed() {
        let posted = post(Step::YourName, b"full-name=%FF", &mut Answers::default(), today());
        assert!(matches!(posted, Some(Posted::Malformed)), "{posted:?}");
    }

    #[test]
    fn only_questions_are_shown() {
        assert!(show(Step::CheckYourAnswers, &Answers::default()).is_none());
        let page = show(Step::YourSafety, &Answers::default()).unwrap_or_default();
        assert!(page.contains("<title>Your safety"), "{page}");
    }
}
