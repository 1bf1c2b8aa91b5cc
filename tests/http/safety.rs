//! Survivor safety through the real router and DynamoDB Local: a disclosure routes the application to the
//! domestic-abuse team with Collect & Pay and no payment question, a call request makes it urgent, and nothing
//! outside the applicant's own check-answers page reveals the disclosure: not the confirmation page, page titles,
//! URLs or the logs of a whole journey.

use std::io::Write;
use std::sync::{Arc, Mutex};

use end_to_end::{Browser, Reply, apply_app};
use http::StatusCode;
use intake::payments::PaymentService;
use intake::routing::Team;
use intake::safety::{AbuseKind, CallRequest, ContactMethod, Evidence, PrivateDetail};
use intake::{Reference, SessionId};
use time::OffsetDateTime;
use web::session::COOKIE_NAME;

use crate::journey::{
    Answered, about_you, answer_all, complete_eligibility, eligible_in_england, other_parent, the_children,
};

/// Free text that must never be seen outside the form and check your answers. Each is typed into a field whose
/// value is kept: the safe times, and (as the phone number) a safe number.
const SENTINEL_TIMES: &str = "Sentinel-Safe-Times-7Q4Z";
const SENTINEL_CALL_BACK_TIME: &str = "Sentinel-Call-Back-Time-X9K2";

/// Words that would give a disclosure away if they appeared where someone else could see them.
const REVEALING: [&str; 8] = ["abuse", "abusive", "danger", "police", "999", "coercive", "controlling", "violence"];

/// The whole safety section with a disclosure: coercive control, in danger, asking to be called back.
fn disclosure() -> Vec<Answered<'static>> {
    vec![
        ("/your-safety", &[("abuse", "yes")], "/your-safety/details"),
        (
            "/your-safety/details",
            &[("kinds", "coercive-or-controlling"), ("kinds", "economic")],
            "/your-safety/right-now",
        ),
        ("/your-safety/right-now", &[("in-immediate-danger", "yes")], "/your-safety/help"),
        ("/your-safety/help", &[("call-request", "call-me-back")], "/your-safety/phone"),
        (
            "/your-safety/phone",
            &[("safe-phone", "07700 900 111"), ("safe-time", SENTINEL_CALL_BACK_TIME)],
            "/your-safety/private-details",
        ),
        (
            "/your-safety/private-details",
            &[("keep-private", "address"), ("keep-private", "new-name")],
            "/your-safety/contact",
        ),
        (
            "/your-safety/contact",
            &[("contact-methods", "texts"), ("safe-times", SENTINEL_TIMES)],
            "/your-safety/documents",
        ),
        ("/your-safety/documents", &[("evidence", "police-report")], "/your-name"),
    ]
}

/// After a disclosure: the payments page asks nothing, then no bank account, then check your answers.
fn payments_after_a_disclosure() -> Vec<Answered<'static>> {
    vec![
        // A tampered form cannot choose Direct Pay: nothing posted is read.
        ("/how-you-want-to-be-paid", &[("payment-service", "direct-pay")], "/do-you-have-a-bank-account"),
        ("/do-you-have-a-bank-account", &[("has-bank-account", "no")], "/check-your-answers"),
    ]
}

/// Every page of a journey with a disclosure, from before you start to the confirmation, keeping each reply.
async fn journey_with_a_disclosure(browser: &mut Browser) -> Vec<(String, Reply)> {
    let mut seen = Vec::new();
    eligible_in_england(browser).await;
    for (path, fields, next) in disclosure() {
        seen.push((path.to_owned(), browser.get(path).await));
        let reply = browser.answer(path, fields).await;
        assert_eq!((reply.status, reply.location()), (StatusCode::SEE_OTHER, Some(next)), "{path}");
    }
    about_you(browser).await;
    the_children(browser).await;
    other_parent(browser).await;
    let payments_page = browser.get("/how-you-want-to-be-paid").await;
    seen.push(("/how-you-want-to-be-paid".to_owned(), payments_page));
    answer_all(browser, &payments_after_a_disclosure()).await;
    seen.push(("/check-your-answers".to_owned(), browser.get("/check-your-answers").await));
    let sent = send(browser).await;
    seen.push(("/application-sent".to_owned(), sent));
    seen
}

/// Sends from check your answers and returns the confirmation page.
async fn send(browser: &mut Browser) -> Reply {
    let check = browser.get("/check-your-answers").await;
    let token = check.csrf_token().expect("a send form");
    let sent = browser.post("/check-your-answers", &[("csrf_token", &token)]).await;
    assert_eq!(sent.location(), Some("/application-sent"));
    browser.get("/application-sent").await
}

fn reference_on(confirmation: &Reply) -> Reference {
    let start = confirmation.body.find("<strong>").expect("the reference is shown") + "<strong>".len();
    let end = confirmation.body[start..].find("</strong>").expect("closed") + start;
    Reference::parse(&confirmation.body[start..end]).expect("a reference")
}

#[tokio::test]
async fn a_disclosure_goes_to_the_domestic_abuse_team_as_collect_and_pay_and_a_call_request_is_urgent() {
    let (app, store) = apply_app().await;
    let mut browser = Browser::new(app);
    let seen = journey_with_a_disclosure(&mut browser).await;
    let page = |path: &str| &seen.iter().find(|(p, _)| p == path).expect("visited").1;

    // The payments page says plainly what will happen, and asks nothing.
    let payments = page("/how-you-want-to-be-paid");
    assert!(payments.body.contains("This is called Collect &amp; Pay"));
    assert!(payments.body.contains("they do not need to agree"));
    assert!(!payments.body.contains("Direct Pay") && !payments.body.contains("type=\"radio\""), "no choice");

    let check = page("/check-your-answers");
    for shown in [
        "Coercive or controlling behaviour",
        "Call me back at a safe time",
        SENTINEL_CALL_BACK_TIME,
        "A new name you use",
    ] {
        assert!(check.body.contains(shown), "check your answers shows {shown}");
    }
    assert!(check.body.contains("How you will be paid"));

    let reference = reference_on(page("/application-sent"));
    let application = store.load_application(&reference).await.expect("loaded").expect("stored");
    assert_eq!(application.team, Team::DomesticAbuse);
    assert!(application.urgent, "a call request is urgent");
    assert_eq!(application.payment_service, Some(PaymentService::CollectAndPay));
    assert!(application.answers.disclosure.is_empty(), "the disclosure is not in the application");
    assert_eq!(application.answers.call_request, Some(CallRequest::CallMeBack));
    assert_eq!(application.answers.keep_private, Some(vec![PrivateDetail::Address, PrivateDetail::NewName]));
    let contact = application.answers.safe_contact.expect("safe contact");
    assert_eq!(contact.methods, [ContactMethod::TextMessages]);

    let disclosure = store.load_disclosure(&reference).await.expect("loaded").expect("stored apart");
    assert_eq!(disclosure.kinds, Some(vec![AbuseKind::CoerciveOrControlling, AbuseKind::EconomicOrFinancial]));
    assert_eq!(disclosure.evidence, Some(vec![Evidence::PoliceReport]));
    assert_eq!(disclosure.in_immediate_danger, Some(true));
}

#[tokio::test]
async fn the_danger_page_puts_999_first_then_the_silent_solution_and_the_nations_helplines() {
    let (app, _store) = apply_app().await;
    let mut browser = Browser::new(app);
    eligible_in_england(&mut browser).await;
    answer_all(&mut browser, &disclosure()[..3]).await;
    let help = browser.get("/your-safety/help").await;
    let h1 = help.body.find("<h1").expect("a heading");
    assert!(help.body[h1..].starts_with(r#"<h1 class="govuk-heading-l">Call 999 if you are in immediate danger</h1>"#));
    let silent = help.body.find("press 55").expect("the Silent Solution");
    let request = help.body.find("Call the police for me").expect("the call requests");
    let helpline = help.body.find("0808 2000 247").expect("England's helpline");
    assert!(h1 < silent && silent < request && request < helpline, "999, then the Silent Solution, then requests");
    assert!(
        help.body.contains("Men’s Advice Line") && help.body.contains("Galop") && help.body.contains("Karma Nirvana")
    );
    assert!(!help.body.contains("Live Fear Free"), "not another nation's line");
    assert!(!help.body.contains("Respect"), "never the perpetrators' line");

    // After a disclosure, the next page offers support too.
    let details = browser.get("/your-safety/details").await;
    assert!(details.body.contains("Support you can get now") && details.body.contains("0808 2000 247"));
}

#[tokio::test]
async fn without_a_disclosure_the_questions_about_abuse_cannot_be_reached() {
    let (app, store) = apply_app().await;
    let mut browser = Browser::new(app);
    complete_eligibility(&mut browser).await;
    for path in ["/your-safety/details", "/your-safety/right-now", "/your-safety/help", "/your-safety/documents"] {
        assert_eq!(browser.get(path).await.location(), Some("/check-your-answers"), "{path}");
    }
    let confirmation = send(&mut browser).await;
    let reference = reference_on(&confirmation);
    let application = store.load_application(&reference).await.expect("loaded").expect("stored");
    assert_eq!((application.team, application.urgent), (Team::General, false));
    assert_eq!(store.load_disclosure(&reference).await.expect("loaded"), None);
}

#[tokio::test]
async fn changing_the_answer_to_no_forgets_the_disclosure_and_asks_how_to_be_paid() {
    let (app, store) = apply_app().await;
    let mut browser = Browser::new(app);
    eligible_in_england(&mut browser).await;
    answer_all(&mut browser, &disclosure()).await;
    about_you(&mut browser).await;
    the_children(&mut browser).await;
    other_parent(&mut browser).await;
    answer_all(&mut browser, &payments_after_a_disclosure()).await;

    let reply = browser.answer("/your-safety?change=1", &[("abuse", "no")]).await;
    assert_eq!(reply.location(), Some("/how-you-want-to-be-paid?change=1"), "now a choice to make");
    let session = SessionId::parse(browser.cookie(COOKIE_NAME).expect("cookie")).expect("id");
    let draft = store.load_draft(&session, OffsetDateTime::now_utc()).await.expect("loaded").expect("draft");
    assert_eq!(draft.answers.disclosure.kinds, None, "the details are forgotten");
    assert_eq!((draft.answers.call_request, draft.answers.safe_call_back), (None, None));
    let check = browser.get("/check-your-answers").await;
    assert!(!check.body.contains("Coercive") && !check.body.contains(SENTINEL_CALL_BACK_TIME));
}

#[tokio::test]
async fn the_confirmation_page_is_the_same_with_or_without_a_disclosure() {
    let (app, _store) = apply_app().await;
    let mut disclosed = Browser::new(app.clone());
    let with = journey_with_a_disclosure(&mut disclosed).await.pop().expect("the confirmation").1;
    let mut not_disclosed = Browser::new(app);
    complete_eligibility(&mut not_disclosed).await;
    let without = send(&mut not_disclosed).await;

    let neutral = |reply: &Reply| reply.body.replace(&reference_on(reply).to_string(), "REFERENCE");
    assert_eq!(neutral(&with), neutral(&without), "nothing on the confirmation depends on the disclosure");
    for word in REVEALING.iter().chain(&["safety", "safe"]) {
        assert!(!with.body.to_lowercase().contains(word), "the confirmation says {word}");
    }
}

#[tokio::test]
async fn safety_pages_titles_and_urls_never_name_what_was_disclosed() {
    let (app, _store) = apply_app().await;
    let mut browser = Browser::new(app);
    for (path, reply) in journey_with_a_disclosure(&mut browser).await {
        if path.starts_with("/your-safety") {
            assert!(reply.title().starts_with("Your safety - "), "{path}: {}", reply.title());
        }
        let title = reply.title().to_lowercase();
        for word in REVEALING {
            assert!(!path.contains(word), "the URL {path} says {word}");
            assert!(!title.contains(word), "the title of {path} says {word}");
        }
    }
    // An error keeps the neutral title.
    let mut browser = Browser::new(apply_app().await.0);
    eligible_in_england(&mut browser).await;
    let error = browser.answer("/your-safety", &[]).await;
    assert_eq!(error.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(error.title().starts_with("Error: Your safety - "), "{}", error.title());
}

/// A `MakeWriter` that keeps every log line in memory for the test to read.
#[derive(Clone, Default)]
struct CapturedLogs(Arc<Mutex<Vec<u8>>>);

impl Write for CapturedLogs {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("not poisoned").extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'w> tracing_subscriber::fmt::MakeWriter<'w> for CapturedLogs {
    type Writer = CapturedLogs;
    fn make_writer(&'w self) -> Self::Writer {
        self.clone()
    }
}

/// The logs of this test binary, from the first call on. A global subscriber rather than a thread's own: tracing
/// caches whether a callsite is wanted across threads, and a thread-scoped subscriber can miss events that a
/// concurrently running test registered first.
fn captured_logs() -> CapturedLogs {
    static LOGS: std::sync::OnceLock<CapturedLogs> = std::sync::OnceLock::new();
    LOGS.get_or_init(|| {
        let logs = CapturedLogs::default();
        tracing::subscriber::set_global_default(web::logging::subscriber("trace", logs.clone()))
            .expect("no other test installs a global subscriber");
        logs
    })
    .clone()
}

#[tokio::test]
async fn no_answer_name_or_disclosure_reaches_the_logs_of_a_whole_journey_even_at_trace_level() {
    // The functions' own subscriber, at the most detailed level anyone could set with RUST_LOG, installed for the
    // whole test binary: every test's requests are captured, and none may log an answer.
    let logs = captured_logs();
    let (app, _store) = apply_app().await;
    let mut browser = Browser::new(app);
    let seen = journey_with_a_disclosure(&mut browser).await;
    let reference = reference_on(&seen.last().expect("the confirmation").1);

    let logged = String::from_utf8(logs.0.lock().expect("not poisoned").clone()).expect("UTF-8 logs");
    let requests = logged.lines().filter(|line| line.contains(r#""message":"request""#)).count();
    assert!(requests >= 40, "every request is logged ({requests} lines): the capture works");
    let answers = [
        SENTINEL_TIMES,
        SENTINEL_CALL_BACK_TIME,
        "07700900111",
        "07700 900 111",
        "coercive",
        "police-report",
        "call-me-back",
        "new-name",
        "Siân",
        "O’Brien",
        "Sian",
        "AB123456C",
        "CF10 1AA",
        "Alex Jones",
        "Alex Smith",
        "csrf_token",
        browser.cookie(COOKIE_NAME).unwrap_or("no cookie: the session ended"),
        reference.as_str(),
    ];
    for answer in answers {
        assert!(!logged.contains(answer), "the logs contain {answer}");
    }
    let lower = logged.to_lowercase();
    // Not "999": a latency or a random request id may contain those digits.
    for word in REVEALING.iter().filter(|word| **word != "999") {
        assert!(!lower.contains(word), "the logs say {word}");
    }
}
