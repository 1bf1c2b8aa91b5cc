//! The journey's question pages without HTTP, a session or DynamoDB: the same [`questions::Question`] code the
//! handlers run, and the same choice of the page that follows, for the benchmarks (`benches/pages.rs`) and the fuzz
//! target (`tests/fuzz`). What it leaves out is the session, the CSRF check and the store, which the HTTP tests and
//! the load tool cover. The example applications they post are `questions::examples`.

use intake::Answers;
use questions::QuestionFns;
use questions::journey::{Next, SafetyPage, Step};
use questions::kit::{Back, StepContext};
use templates::{FormErrors, Lang};
use time::Date;
use web::PostedForm;

use crate::steps::{next_after_saving, shows_request_sent};

/// The language the pages are drawn in here (the handlers take the request's).
pub(crate) const LANG: Lang = Lang::En;

/// A token of the right shape for the pages' hidden field (the HTTP handlers use the session's).
const CSRF_TOKEN: &str = "00000000000000000000000000000000";

/// What became of a posted form.
#[derive(Debug)]
pub enum Posted {
    /// The body was not a well-formed `application/x-www-form-urlencoded` form of UTF-8 (the handlers answer 400).
    Malformed,
    /// The answers were not valid: the page again, with the GOV.UK error messages and what was typed (422).
    Invalid { page: String },
    /// Saved into the answers; the page that follows (the same page, saying it was sent, for a request for help in
    /// danger, which the handlers send with the draft).
    Saved { next: Next },
}

/// The question page for `step`, filled in from `answers`, as `GET` shows it; `None` if `step` is not a question.
pub fn show(step: Step, answers: &Answers) -> Option<String> {
    show_in(step, answers, LANG)
}

/// [`show`], with the page in `lang`.
pub fn show_in(step: Step, answers: &Answers, lang: Lang) -> Option<String> {
    let question = step.question()?;
    let errors = FormErrors::new();
    let context = StepContext { lang, ..context(question, &errors) };
    Some((question.view)(context, &(question.fields)(answers), answers).into_string())
}

/// A `POST` of `body` to the question page for `step`, as the handler processes it once the session and the CSRF
/// token are checked; `None` if `step` is not a question. `today` is the date that dates are judged on.
pub fn post(step: Step, body: &[u8], answers: &mut Answers, today: Date) -> Option<Posted> {
    let question = step.question()?;
    let Ok(PostedForm(fields)) = PostedForm::parse(body) else { return Some(Posted::Malformed) };
    let mut changed = answers.clone();
    Some(match (question.save)(&fields, &mut changed, today, LANG) {
        Ok(()) => {
            let next = if shows_request_sent(answers, &changed, &fields) {
                Next::Ask(step)
            } else {
                next_after_saving(step, &changed)
            };
            *answers = changed;
            Posted::Saved { next }
        }
        Err(errors) => {
            Posted::Invalid { page: (question.view)(context(question, &errors), &fields, answers).into_string() }
        }
    })
}

pub(crate) fn context(question: QuestionFns, errors: &FormErrors) -> StepContext<'_> {
    let step = question.step;
    StepContext {
        safety: step.is_safety().then_some(SafetyPage { step, change: false }),
        lang: LANG,
        path: step.path(),
        ..StepContext::new(CSRF_TOKEN, back_from(step), errors)
    }
}

/// The step before, for the Back link: the handlers work it out from the applicant's path; here the journey's
/// order is enough to draw the same page.
fn back_from(step: Step) -> Back<'static> {
    let index = Step::ALL.iter().position(|s| *s == step).unwrap_or(0);
    match index.checked_sub(1).map(|before| Step::ALL[before]) {
        Some(before) if before.is_safety() && step.is_safety() => Back::PreviousSafetyPage,
        Some(before) => Back::To(before.path()),
        None => Back::To(templates::pages::journey::BEFORE_YOU_START),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use questions::examples::{self, Which, form_body, form_fields};

    fn today() -> Date {
        examples::TODAY
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

    /// Each example, posted page by page, is accepted and leads to the next page listed, ending at check your
    /// answers: the examples cannot drift from the journey.
    #[test]
    fn the_examples_are_whole_valid_applications() {
        for which in Which::ALL {
            let example = examples::application(which).expect("the example");
            let mut answers = Answers::default();
            let mut expected = Step::WhereYouLive;
            for (step, fields) in &example {
                let step = *step;
                // Sending a request shows its page again, saying it was sent: Continue on it goes on.
                let sent_just_now = step == Step::UrgentRequest && fields.is_empty();
                if step == Step::Children {
                    answers.finished_adding_children = true;
                }
                assert_eq!(step, expected);
                let next = if step == Step::Children {
                    // The children's list is not one question: "no more" leads to the other parent.
                    questions::journey::next_asked(step, &answers).expect("after the list")
                } else {
                    let body = form_body(&form_fields(&(step, fields)));
                    match post(step, body.as_bytes(), &mut answers, today()) {
                        Some(Posted::Saved { next }) => next,
                        other => panic!("{step:?}: {other:?}"),
                    }
                };
                let Next::Ask(next) = next else { panic!("{step:?} stopped the journey: {next:?}") };
                assert!(!sent_just_now || next == Step::KeepPrivate, "Continue after sending goes on");
                expected = next;
            }
            assert_eq!(expected, Step::CheckYourAnswers);
        }
    }
}
