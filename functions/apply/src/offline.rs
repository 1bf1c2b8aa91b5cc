//! The journey's question pages without HTTP, a session or DynamoDB: the same [`Question`](crate::steps) code the
//! handlers run, for the benchmarks (`benches/pages.rs`) and the fuzz target (`tests/fuzz`). What it leaves out is
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

/// A page of an example application: its path and the fields posted to it (without the CSRF token).
pub type PageAnswer = (&'static str, &'static [(&'static str, &'static str)]);

/// A whole application as a parent with care in England fills it in, with no disclosure: every page in order, up
/// to check your answers. The load tool, the benchmarks and the fuzz target's seeds all start from it.
pub const EXAMPLE_APPLICATION: &[PageAnswer] = &[
    ("/where-do-you-live", &[("where-you-live", "england")]),
    ("/your-role", &[("your-role", "parent-with-care")]),
    ("/childrens-ages", &[("children-qualify", "yes")]),
    ("/court-order", &[("court-order", "none")]),
    ("/your-safety", &[("abuse", "no")]),
    ("/your-safety/private-details", &[("keep-private", "none")]),
    ("/your-safety/contact", &[("contact-methods", "letters")]),
    ("/your-name", &[("full-name", "Siân O’Brien-Smith"), ("other-names", "")]),
    (
        "/your-date-of-birth",
        &[("date-of-birth-day", "7"), ("date-of-birth-month", "mar"), ("date-of-birth-year", "1990")],
    ),
    ("/your-national-insurance-number", &[("national-insurance-number", "ab 12 34 56 c")]),
    (
        "/your-address",
        &[("address-line-1", "1 High Street"), ("address-town", "Cardiff"), ("address-postcode", "cf101aa")],
    ),
    ("/your-contact-details", &[("phone", "+44 7700 900982"), ("email", "")]),
    (
        "/children/add",
        &[
            ("child-full-name", "Alex Jones"),
            ("child-date-of-birth-day", "1"),
            ("child-date-of-birth-month", "6"),
            ("child-date-of-birth-year", "2015"),
        ],
    ),
    ("/children", &[("add-another-child", "no")]),
    ("/other-parent-name", &[("full-name", "Alex Smith"), ("other-names", "")]),
    (
        "/other-parent-date-of-birth",
        &[("date-of-birth-day", ""), ("date-of-birth-month", ""), ("date-of-birth-year", "")],
    ),
    ("/do-you-know-the-other-parents-address", &[("know-address", "no")]),
    ("/other-parent-details", &[("phone", ""), ("national-insurance-number", ""), ("employer", "")]),
    ("/does-the-other-parent-know-where-you-live", &[("knows-where-you-live", "do-not-know")]),
    ("/how-you-want-to-be-paid", &[("payment-service", "collect-and-pay")]),
    ("/do-you-have-a-bank-account", &[("has-bank-account", "yes")]),
    (
        "/your-bank-details",
        &[
            ("name-on-account", "S O'Brien"),
            ("sort-code", "30 94 30"),
            ("account-number", "1234 5678"),
            ("roll-number", ""),
        ],
    ),
];

/// The safety section of an application with a disclosure, in danger, asking to be called back: it takes the place
/// of `/your-safety` to `/your-safety/contact` in [`EXAMPLE_APPLICATION`]. The payments page then asks nothing
/// (Collect & Pay), and its Continue posts no answer.
pub const EXAMPLE_DISCLOSURE: &[PageAnswer] = &[
    ("/your-safety", &[("abuse", "yes")]),
    ("/your-safety/details", &[("kinds", "coercive-or-controlling"), ("kinds", "economic")]),
    ("/your-safety/right-now", &[("in-immediate-danger", "yes")]),
    ("/your-safety/help", &[("call-request", "call-me-back")]),
    ("/your-safety/phone", &[("safe-phone", "07700 900 111"), ("safe-time", "Weekday mornings")]),
    ("/your-safety/private-details", &[("keep-private", "address"), ("keep-private", "new-name")]),
    ("/your-safety/contact", &[("contact-methods", "texts"), ("safe-times", "After 6pm")]),
    ("/your-safety/documents", &[("evidence", "police-report")]),
];

/// [`EXAMPLE_APPLICATION`] with the safety section of [`EXAMPLE_DISCLOSURE`].
pub fn example_application_with_disclosure() -> Vec<PageAnswer> {
    let (before, rest) = EXAMPLE_APPLICATION.split_at(4);
    let after = rest.iter().skip_while(|(path, _)| path.starts_with("/your-safety"));
    let payments = |(path, fields): &PageAnswer| -> PageAnswer {
        if *path == "/how-you-want-to-be-paid" { (path, &[]) } else { (path, fields) }
    };
    before.iter().chain(EXAMPLE_DISCLOSURE).chain(after).map(payments).collect()
}

/// A page's fields as the browser encodes them.
pub fn form_body(fields: &[(&str, &str)]) -> String {
    serde_urlencoded::to_string(fields).unwrap_or_default()
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

    /// Each example, posted page by page, is accepted and leads to the next page listed, ending at check your
    /// answers: the examples cannot drift from the journey.
    #[test]
    fn the_examples_are_whole_valid_applications() {
        for example in [EXAMPLE_APPLICATION.to_vec(), example_application_with_disclosure()] {
            let mut answers = Answers::default();
            let mut expected = Step::WhereYouLive.path();
            for (path, fields) in &example {
                assert_eq!(*path, expected);
                let step = Step::ALL.into_iter().find(|s| s.path() == *path).expect("a step");
                let next = if step == Step::Children {
                    // The children's list is not one question: "no more" leads to the other parent.
                    intake::journey::next_after(step, &answers).expect("after the list")
                } else {
                    match post(step, form_body(fields).as_bytes(), &mut answers, today()) {
                        Some(Posted::Saved { next }) => next,
                        other => panic!("{path}: {other:?}"),
                    }
                };
                let Next::Ask(next) = next else { panic!("{path} stopped the journey: {next:?}") };
                expected = next.path();
            }
            assert_eq!(expected, Step::CheckYourAnswers.path());
        }
    }
}
