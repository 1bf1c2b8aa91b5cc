//! The three example applications, made from each step's example answer ([`crate::Page::EXAMPLE`]) by walking the
//! journey: a parent with care in England with no disclosure, the same parent telling us of abuse, in danger,
//! asking to be called back, and a parent who pays applying (the plain example's answers but where a step says
//! otherwise: [`crate::Page::PAYING`]). The unit, HTTP, browser-walking, load and fuzz code and the benchmarks all start from
//! these, so a step's example lives in its own folder and no list of pages is kept anywhere else.

use intake::Answers;
use templates::{Fields, Lang};
use time::Date;

use crate::journey::{self, Next, Step};
use crate::kit::STEP_FIELD;

/// The fields one form posts (without the CSRF token, and without the `step` field a safety page's form adds:
/// [`form_fields`] gives everything).
pub type Post = &'static [(&'static str, &'static str)];

/// What the example applications post at a step: one form or more (a request for help is sent, then its page's
/// Continue), for the applicant with no disclosure and the one with. Empty where that example never comes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Example {
    pub plain: &'static [Post],
    pub disclosed: &'static [Post],
}

impl Example {
    /// The same answer in both examples.
    pub const fn both(posts: &'static [Post]) -> Self {
        Self { plain: posts, disclosed: posts }
    }

    /// A page no example meets (the other parent's address: neither knows it).
    pub const NONE: Example = Example { plain: &[], disclosed: &[] };
}

/// Which example application.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    Plain,
    Disclosed,
    /// The parent who pays maintenance, employed and on Universal Credit.
    Paying,
}

impl Which {
    pub const ALL: [Which; 3] = [Which::Plain, Which::Disclosed, Which::Paying];

    /// Its name in the browser tests' JSON and in recorded pages' names.
    pub fn name(self) -> &'static str {
        match self {
            Which::Plain => "plain",
            Which::Disclosed => "disclosed",
            Which::Paying => "paying",
        }
    }

    /// What this example posts at `step`: empty where it never comes.
    pub fn posts(self, step: Step) -> &'static [Post] {
        let example = step.example();
        match self {
            Which::Plain => example.plain,
            Which::Disclosed => example.disclosed,
            Which::Paying => step.paying_example().unwrap_or(example.plain),
        }
    }
}

/// A page of an example application: its step and what its form posts.
pub type PageAnswer = (Step, Post);

/// The day the examples' dates (of birth) are judged on.
pub const TODAY: Date = time::macros::date!(2026 - 11 - 22);

/// The example application, page by page in the order the journey asks them, up to check your answers. An error
/// names the step whose example is missing or refused (a bug in that step's folder).
pub fn application(which: Which) -> Result<Vec<PageAnswer>, String> {
    let mut answers = Answers::default();
    let mut pages = Vec::new();
    // Each step once, and the request page twice: more means the journey goes round.
    for _ in 0..=Step::ALL.len() * 2 {
        let step = match journey::next_step(&answers) {
            Next::Ask(Step::CheckYourAnswers) => return Ok(pages),
            Next::Ask(step) => step,
            Next::Stop(stop) => return Err(format!("the {which:?} example stops the journey at {stop:?}")),
        };
        let posts = which.posts(step);
        if posts.is_empty() {
            return Err(format!("{step:?} has no example answer for the {which:?} application"));
        }
        for post in posts {
            record(step, post, &mut answers)?;
            pages.push((step, *post));
        }
    }
    Err(format!("the {which:?} example never reaches check your answers"))
}

/// The answers the example application has at check your answers.
pub fn answers(which: Which) -> Result<Answers, String> {
    let mut answers = Answers::default();
    for (step, post) in application(which)? {
        record(step, post, &mut answers)?;
    }
    Ok(answers)
}

/// A page of an example application as a browser meets it: what to post, and whether the page takes nothing at
/// all (a page whose every field may be left blank has no error state to reach that way).
#[derive(Debug, Clone, Copy)]
pub struct Met {
    pub step: Step,
    pub post: Post,
    pub blank_accepted: bool,
}

/// The example application as [`application`] gives it, each page with whether it takes a blank form at the point
/// the example meets it (the browser tests' reading of the examples: `cargo run -p end-to-end --bin example-applications`).
pub fn met(which: Which) -> Result<Vec<Met>, String> {
    let mut answers = Answers::default();
    let mut pages = Vec::new();
    for (step, post) in application(which)? {
        let blank_accepted = step
            .question()
            .is_some_and(|question| (question.save)(&Fields::new(), &mut answers.clone(), TODAY, Lang::En).is_ok());
        pages.push(Met { step, post, blank_accepted });
        record(step, post, &mut answers)?;
    }
    Ok(pages)
}

/// Records one example post as its handler would (the children's list records "no more").
fn record(step: Step, post: Post, answers: &mut Answers) -> Result<(), String> {
    let fields = fields_of(post);
    match step.question() {
        Some(question) => (question.save)(&fields, answers, TODAY, Lang::En).map_err(|errors| {
            let messages: Vec<&str> = errors.iter().map(|e| e.message.as_str()).collect();
            format!("the example answer to {step:?} is refused: {messages:?}")
        }),
        None if step == Step::Children => {
            answers.finished_adding_children = fields.get(crate::children::list::ADD_ANOTHER) == Some("no");
            Ok(())
        }
        None => Err(format!("{step:?} is not a question")),
    }
}

/// A post the step refuses, for the pages whose blank form is an answer (every field optional), so that their error
/// state can be drawn: values that cannot be right. The others refuse a blank form. The recorded pages and the
/// benchmarks draw every page with its errors from this one list.
pub fn refused_post(step: Step) -> Option<Post> {
    Some(match step {
        // Optional checkboxes: "None of these" with a choice is refused.
        Step::KindsOfAbuse => &[("kinds", "economic"), ("kinds", "none")],
        Step::Evidence => &[("evidence", "police-report"), ("evidence", "none")],
        Step::OtherParentDateOfBirth => {
            &[("date-of-birth-day", "31"), ("date-of-birth-month", "2"), ("date-of-birth-year", "1990")]
        }
        Step::OtherParentApproximateAge => &[("approximate-age", "150")],
        Step::OtherParentOtherDetails => &[("phone", "call me"), ("national-insurance-number", "not one")],
        _ => return None,
    })
}

fn fields_of(post: Post) -> Fields {
    Fields::from_pairs(post.iter().map(|(name, value)| ((*name).to_owned(), (*value).to_owned())).collect())
}

/// Everything a page's form posts (without the CSRF token): a safety page's form says which page it is, because
/// the section's one URL cannot.
pub fn form_fields(&(step, post): &PageAnswer) -> Vec<(&'static str, &'static str)> {
    let which = step.is_safety().then_some((STEP_FIELD, step.id()));
    which.into_iter().chain(post.iter().copied()).collect()
}

/// A page's fields as a browser encodes them.
pub fn form_body(fields: &[(&str, &str)]) -> String {
    serde_urlencoded::to_string(fields).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_examples_reach_check_your_answers_through_every_page_they_meet() {
        let plain = application(Which::Plain).expect("the plain example");
        let disclosed = application(Which::Disclosed).expect("the example with a disclosure");
        assert_eq!(plain.first().map(|page| page.0), Some(Step::WhereYouLive));
        let sent = disclosed.iter().filter(|(step, _)| *step == Step::UrgentRequest).count();
        assert_eq!(sent, 2, "the request sent, then Continue on the page that says so");
        assert!(!plain.iter().any(|(step, _)| *step == Step::KindsOfAbuse), "no disclosure, no questions about it");
        let plain = answers(Which::Plain).expect("answers");
        let disclosed = answers(Which::Disclosed).expect("answers");
        assert!(plain.disclosure.abuse == Some(false) && disclosed.disclosure.is_made());
        assert!(disclosed.urgent_request.is_some() && plain.finished_adding_children);
    }

    #[test]
    fn the_parent_who_pays_is_asked_about_income_and_never_how_to_be_paid() {
        let paying = application(Which::Paying).expect("the example of a parent who pays");
        let steps: Vec<Step> = paying.iter().map(|(step, _)| *step).collect();
        for step in [Step::IncomeSources, Step::Employers, Step::Benefits, Step::OtherChildren, Step::ChildrenPaidFor] {
            assert!(steps.contains(&step), "{step:?}");
        }
        assert!(!steps.contains(&Step::PaymentService) && !steps.contains(&Step::BankDetails));
        let answers = answers(Which::Paying).expect("answers");
        assert!(answers.pays_maintenance() && answers.payment_service.is_none());
        let plain: Vec<Step> = application(Which::Plain).expect("plain").iter().map(|(step, _)| *step).collect();
        assert!(!plain.contains(&Step::IncomeSources), "a parent who receives is never asked about income");
    }

    #[test]
    fn bodies_are_encoded_as_browsers_encode_them() {
        assert_eq!(
            form_body(&[("full-name", "Siân O’Brien"), ("a b", "1+1=2&")]),
            "full-name=Si%C3%A2n+O%E2%80%99Brien&a+b=1%2B1%3D2%26"
        );
    }
}
