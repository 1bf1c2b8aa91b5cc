//! The journey's question pages without HTTP, a session or DynamoDB: the same [`Question`](crate::steps) code the
//! handlers run, for the benchmarks (`benches/pages.rs`) and the fuzz target (`tests/fuzz`). What it leaves out is
//! the session, the CSRF check and the store, which the HTTP tests and the load tool cover.

use intake::Answers;
use intake::journey::{Next, SafetyPage, Step};
use templates::FormErrors;
use templates::steps::{Back, StepContext};
use time::Date;
use web::PostedForm;

use crate::steps::{QuestionFns, next_after_saving, question_for, shows_request_sent};

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

/// A page of an example application: its step and the fields posted to it (without the CSRF token, and without the
/// `step` field a safety page's form adds: [`form_fields`] gives everything its form posts).
pub type PageAnswer = (Step, &'static [(&'static str, &'static str)]);

/// A whole application as a parent with care in England fills it in, with no disclosure: every page in order, up
/// to check your answers. The load tool, the benchmarks and the fuzz target's seeds all start from it.
pub const EXAMPLE_APPLICATION: &[PageAnswer] = &[
    (Step::WhereYouLive, &[("where-you-live", "england")]),
    (Step::YourRole, &[("your-role", "parent-with-care")]),
    (Step::ChildrenAges, &[("children-qualify", "yes")]),
    (Step::CourtOrder, &[("court-order", "none")]),
    (Step::YourSafety, &[("abuse", "no")]),
    (Step::KeepPrivate, &[("keep-private", "none")]),
    (Step::SafeContact, &[("contact-methods", "letters")]),
    (Step::YourName, &[("full-name", "Siân O’Brien-Smith"), ("other-names", "")]),
    (
        Step::YourDateOfBirth,
        &[("date-of-birth-day", "7"), ("date-of-birth-month", "mar"), ("date-of-birth-year", "1990")],
    ),
    (Step::YourNationalInsuranceNumber, &[("national-insurance-number", "ab 12 34 56 c")]),
    (
        Step::YourAddress,
        &[("address-line-1", "1 High Street"), ("address-town", "Cardiff"), ("address-postcode", "cf101aa")],
    ),
    (Step::YourContactDetails, &[("phone", "+44 7700 900982"), ("email", "")]),
    (
        Step::AddChild,
        &[
            ("child-full-name", "Alex Jones"),
            ("child-date-of-birth-day", "1"),
            ("child-date-of-birth-month", "6"),
            ("child-date-of-birth-year", "2015"),
        ],
    ),
    (Step::Children, &[("add-another-child", "no")]),
    (Step::OtherParentName, &[("full-name", "Alex Smith"), ("other-names", "")]),
    (
        Step::OtherParentDateOfBirth,
        &[("date-of-birth-day", ""), ("date-of-birth-month", ""), ("date-of-birth-year", "")],
    ),
    (Step::OtherParentKnowsAddress, &[("know-address", "no")]),
    (Step::OtherParentOtherDetails, &[("phone", ""), ("national-insurance-number", ""), ("employer", "")]),
    (Step::OtherParentKnowsWhereYouLive, &[("knows-where-you-live", "do-not-know")]),
    (Step::PaymentService, &[("payment-service", "collect-and-pay")]),
    (Step::HasBankAccount, &[("has-bank-account", "yes")]),
    (
        Step::BankDetails,
        &[
            ("name-on-account", "S O'Brien"),
            ("sort-code", "30 94 30"),
            ("account-number", "1234 5678"),
            ("roll-number", ""),
        ],
    ),
];

/// The safety section of an application with a disclosure, in danger, asking to be called back (the request sent
/// at once): it takes the place of the safety section in [`EXAMPLE_APPLICATION`]. The payments page then asks
/// nothing (Collect & Pay), and its Continue posts no answer.
pub const EXAMPLE_DISCLOSURE: &[PageAnswer] = &[
    (Step::YourSafety, &[("abuse", "yes")]),
    (Step::KindsOfAbuse, &[("kinds", "coercive-or-controlling"), ("kinds", "economic")]),
    (Step::ImmediateDanger, &[("in-immediate-danger", "yes")]),
    (Step::HelpNow, &[("call-request", "call-me-back")]),
    // Send this request now; then the same page says it was sent, and Continue posts nothing.
    (
        Step::UrgentRequest,
        &[("send", "1"), ("safe-phone", "07700 900 111"), ("safe-time", "Weekday mornings"), ("first-name", "")],
    ),
    (Step::UrgentRequest, &[]),
    (Step::KeepPrivate, &[("keep-private", "address"), ("keep-private", "new-name")]),
    (Step::SafeContact, &[("contact-methods", "texts"), ("safe-times", "After 6pm")]),
    (Step::Evidence, &[("evidence", "police-report")]),
];

/// [`EXAMPLE_APPLICATION`] with the safety section of [`EXAMPLE_DISCLOSURE`].
pub fn example_application_with_disclosure() -> Vec<PageAnswer> {
    let (before, rest) = EXAMPLE_APPLICATION.split_at(4);
    let after = rest.iter().skip_while(|(step, _)| step.is_safety());
    let payments = |(step, fields): &PageAnswer| -> PageAnswer {
        if *step == Step::PaymentService { (*step, &[]) } else { (*step, fields) }
    };
    before.iter().chain(EXAMPLE_DISCLOSURE).chain(after).map(payments).collect()
}

/// Everything a page's form posts (without the CSRF token): a safety page's form says which page it is, because
/// the section's one URL cannot.
pub fn form_fields(&(step, fields): &PageAnswer) -> Vec<(&'static str, &'static str)> {
    let which = step.is_safety().then_some((templates::steps::STEP_FIELD, step.id()));
    which.into_iter().chain(fields.iter().copied()).collect()
}

/// A page's fields as the browser encodes them.
pub fn form_body(fields: &[(&str, &str)]) -> String {
    serde_urlencoded::to_string(fields).unwrap_or_default()
}

pub(crate) fn context(question: QuestionFns, errors: &FormErrors) -> StepContext<'_> {
    let step = question.step;
    StepContext {
        safety: step.is_safety().then_some(SafetyPage { step, change: false }),
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
        None => Back::To("/before-you-start"),
    }
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
            let mut expected = Step::WhereYouLive;
            for (step, fields) in &example {
                let step = *step;
                // Sending a request shows its page again, saying it was sent: Continue on it goes on.
                let sent_just_now = step == Step::UrgentRequest && fields.is_empty();
                assert_eq!(step, expected);
                let next = if step == Step::Children {
                    // The children's list is not one question: "no more" leads to the other parent.
                    intake::journey::next_after(step, &answers).expect("after the list")
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
