//! Survivor safety through the real router and DynamoDB Local: a disclosure routes the application to the
//! domestic-abuse team with Collect & Pay and no payment question; a request for help in danger is sent at once,
//! on its own, once, and outlives Exit this page; the safety section is one URL with one title, so the browser's
//! history of a disclosing journey is that of any other; and nothing outside the applicant's own check-answers page
//! reveals the disclosure: not the confirmation page, page titles, URLs or the logs of a whole journey.

use std::collections::BTreeSet;
use std::io::Write;
use std::sync::{Arc, Mutex};

use end_to_end::{Browser, Reply, apply_app};
use http::StatusCode;
use intake::payments::PaymentService;
use intake::routing::Team;
use intake::safety::{AbuseKind, CallRequest, ContactMethod, Evidence, PrivateDetail};
use intake::urgent::{Help, RequestStatus};
use intake::{Reference, SessionId, Store};
use questions::examples::{self, Which};
use questions::journey::{Step, YOUR_SAFETY};
use templates::Lang;
use time::OffsetDateTime;
use web::session::APPLICANT;

use crate::journey::{
    Answered, about_you, answer_all, complete_eligibility, eligible_in_england, other_parent, payments, the_children,
};

/// Free text that must never be seen outside the form and check your answers. Each is typed into a field whose
/// value is kept: the safe times, and the call back's time and first name.
const SENTINEL_TIMES: &str = "Sentinel-Safe-Times-7Q4Z";
const SENTINEL_CALL_BACK_TIME: &str = "Sentinel-Call-Back-Time-X9K2";
const SENTINEL_FIRST_NAME: &str = "Quenbyx-Sentinel";
const SENTINEL_WHEREABOUTS: &str = "Sentinel-Whereabouts-Mill-Lane-4RT8";

/// Words that would give a disclosure away if they appeared where someone else could see them.
const REVEALING: [&str; 8] = ["abuse", "abusive", "danger", "police", "999", "coercive", "controlling", "violence"];

/// A safe address for letters, not the applicant's home: its first line is free text that must not reach a log.
const SENTINEL_LETTERS_LINE: &str = "Sentinel-Refuge-Lane-5MW3";
const LETTERS_ADDRESS: &[(&str, &str)] = &[
    ("letters-address-line-1", SENTINEL_LETTERS_LINE),
    ("letters-address-town", "Swansea"),
    ("letters-address-postcode", "SA2 0AA"),
];

/// The request page's form for a call back, as the applicant fills it in.
const CALL_BACK: &[(&str, &str)] =
    &[("safe-phone", "07700 900 111"), ("safe-time", SENTINEL_CALL_BACK_TIME), ("first-name", SENTINEL_FIRST_NAME)];

/// The whole safety section with a disclosure: coercive control, in danger, asking to be called back. Every page is
/// at the section's one URL.
pub(crate) fn disclosure() -> Vec<Answered<'static>> {
    vec![
        (YOUR_SAFETY, &[("abuse", "yes")], YOUR_SAFETY),
        (YOUR_SAFETY, &[("kinds", "coercive-or-controlling"), ("kinds", "economic")], YOUR_SAFETY),
        (YOUR_SAFETY, &[("in-immediate-danger", "yes")], YOUR_SAFETY),
        (YOUR_SAFETY, &[("call-request", "call-me-back")], YOUR_SAFETY),
        // "Send this request now": sent, and the same page says so.
        (YOUR_SAFETY, CALL_BACK, YOUR_SAFETY),
        // Continue, on the page that says it was sent.
        (YOUR_SAFETY, &[], YOUR_SAFETY),
        (YOUR_SAFETY, &[("keep-private", "address"), ("keep-private", "new-name")], YOUR_SAFETY),
        (YOUR_SAFETY, &[("contact-methods", "texts"), ("safe-times", SENTINEL_TIMES)], YOUR_SAFETY),
        (YOUR_SAFETY, &[("letters-home", "no")], YOUR_SAFETY),
        (YOUR_SAFETY, LETTERS_ADDRESS, YOUR_SAFETY),
        (YOUR_SAFETY, &[("evidence", "police-report")], "/your-name"),
    ]
}

/// After a disclosure: the payments page asks nothing, then no bank account, then check your answers.
pub(crate) fn payments_after_a_disclosure() -> Vec<Answered<'static>> {
    vec![
        // A tampered form cannot choose Direct Pay: nothing posted is read.
        ("/how-you-want-to-be-paid", &[("payment-service", "direct-pay")], "/do-you-have-a-bank-account"),
        ("/do-you-have-a-bank-account", &[("has-bank-account", "no")], "/check-your-answers"),
    ]
}

/// A journey with a disclosure (and an urgent request sent on the way) as far as check your answers.
pub(crate) async fn to_check_your_answers_with_a_disclosure(browser: &mut Browser) {
    eligible_in_england(browser).await;
    answer_all(browser, &disclosure()).await;
    after_the_safety_section(browser).await;
}

/// From the page after the safety section to check your answers, after a disclosure.
async fn after_the_safety_section(browser: &mut Browser) {
    about_you(browser).await;
    the_children(browser).await;
    other_parent(browser).await;
    answer_all(browser, &payments_after_a_disclosure()).await;
}

/// Every page of a journey with a disclosure, from before you start to the confirmation, keeping each page shown.
async fn journey_with_a_disclosure(browser: &mut Browser) -> Vec<(String, Reply)> {
    let mut seen = Vec::new();
    eligible_in_england(browser).await;
    for (path, fields, next) in disclosure() {
        seen.push((path.to_owned(), browser.get(path).await));
        let reply = browser.answer(path, fields).await;
        assert_eq!((reply.status, reply.location()), (StatusCode::SEE_OTHER, Some(next)), "{fields:?}");
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

/// Eligible, disclosed, in danger, and the call request chosen: on the request page.
async fn on_the_request_page(browser: &mut Browser, request: CallRequest) {
    eligible_in_england(browser).await;
    answer_all(browser, &disclosure()[..3]).await;
    let chosen = browser.answer(YOUR_SAFETY, &[("call-request", request.form_value())]).await;
    assert_eq!(chosen.location(), Some(YOUR_SAFETY));
}

/// Sends from check your answers and returns the confirmation page.
async fn send(browser: &mut Browser) -> Reply {
    let check = browser.get("/check-your-answers").await;
    let token = check.csrf_token().expect("a send form");
    let sent = browser.post("/check-your-answers", &[("csrf_token", &token)]).await;
    assert_eq!(sent.location(), Some("/application-sent"));
    browser.get("/application-sent").await
}

pub(crate) fn reference_on(confirmation: &Reply) -> Reference {
    let start = confirmation.body.find("<strong>").expect("the reference is shown") + "<strong>".len();
    let end = confirmation.body[start..].find("</strong>").expect("closed") + start;
    Reference::parse(&confirmation.body[start..end]).expect("a reference")
}

/// The applicant's draft, as stored now.
async fn draft(store: &Store, browser: &Browser) -> intake::Draft {
    let session = SessionId::parse(browser.cookie(APPLICANT.name).expect("cookie")).expect("id");
    store.load_draft(&session, OffsetDateTime::now_utc()).await.expect("loaded").expect("a draft")
}

/// The page's h1.
fn heading(reply: &Reply) -> &str {
    let start = reply.body.find("<h1").and_then(|at| reply.body[at..].find('>').map(|end| at + end + 1));
    let start = start.expect("a heading");
    let end = reply.body[start..].find("</").expect("closed") + start;
    reply.body[start..end].trim()
}

#[tokio::test]
async fn a_disclosure_goes_to_the_domestic_abuse_team_as_collect_and_pay_joined_to_its_request() {
    let (app, store) = apply_app().await;
    let mut browser = Browser::new(app);
    let seen = journey_with_a_disclosure(&mut browser).await;
    let page = |path: &str| &seen.iter().rev().find(|(p, _)| p == path).expect("visited").1;

    // The payments page says plainly what will happen, and asks nothing.
    let payments = page("/how-you-want-to-be-paid");
    assert!(payments.body.contains("This is called Collect &amp; Pay"));
    assert!(payments.body.contains("they do not need to agree"));
    assert!(!payments.body.contains("Direct Pay") && !payments.body.contains("type=\"radio\""), "no choice");

    let check = page("/check-your-answers");
    for shown in [
        "Coercive or controlling behaviour",
        "Call me back at a safe time",
        "Request sent to our team",
        SENTINEL_CALL_BACK_TIME,
        "A new name you use",
    ] {
        assert!(check.body.contains(shown), "check your answers shows {shown}");
    }
    assert!(check.body.contains("How you will be paid"));

    let reference = reference_on(page("/application-sent"));
    let application = store.load_application(&reference).await.expect("loaded").expect("stored");
    assert_eq!(application.team, Team::DomesticAbuse);
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

    // The request was sent on its own, before the application, and the application is joined to it.
    let request = store.load_request(&reference).await.expect("loaded").expect("the request, same reference");
    assert_eq!(Some(&request.request), application.answers.urgent_request.as_ref());
    assert!(request.submitted_at < application.submitted_at, "the request came first");
    assert_eq!(request.status, RequestStatus::Waiting);
}

#[tokio::test]
async fn a_request_is_sent_the_moment_it_is_asked_for_and_the_page_says_what_happens_next() {
    let (app, store) = apply_app().await;
    let mut browser = Browser::new(app);
    on_the_request_page(&mut browser, CallRequest::CallMeBack).await;

    // Before sending: 999 and the Silent Solution first, what the team needs, and that the request will be kept.
    let form = browser.get(YOUR_SAFETY).await;
    assert_eq!(heading(&form), "Ask us to call you back at a safe time");
    assert!(form.title().starts_with("Your safety - "), "{}", form.title());
    let call_999 = form.body.find("call 999").expect("999");
    let silent = form.body.find("press 55").expect("the Silent Solution");
    let number = form.body.find("A UK phone number that is safe to call").expect("the safe number");
    assert!(call_999 < silent && silent < number, "999 and the Silent Solution before the form");
    assert!(form.body.contains("Monday to Friday, 8am to 6pm"), "when the team works");
    assert!(form.body.contains("It will not be deleted if you leave this service, use Exit this page"));
    assert!(form.body.contains(">Send this request now<"));
    let reference = draft(&store, &browser).await.reference;
    assert_eq!(store.load_request(&reference).await.expect("loaded"), None, "nothing sent yet");

    let sent = browser.answer(YOUR_SAFETY, CALL_BACK).await;
    assert_eq!((sent.status, sent.location()), (StatusCode::SEE_OTHER, Some(YOUR_SAFETY)));
    let request = store.load_request(&reference).await.expect("loaded").expect("sent at once");
    assert_eq!(request.request.first_name.as_ref().map(|n| n.as_str()), Some(SENTINEL_FIRST_NAME));
    assert!(matches!(&request.request.help, Help::CallMeBack { when, .. } if when.as_str() == SENTINEL_CALL_BACK_TIME));
    assert_eq!(store.load_application(&reference).await.expect("loaded"), None, "long before any application");

    // After: what happens next, when the team works, and that they can carry on or leave.
    let page = browser.get(YOUR_SAFETY).await;
    assert_eq!(heading(&page), "Your request has been sent");
    assert!(page.body.find("call 999") < page.body.find("Someone from our team will call you on"));
    for shown in ["07700900111", SENTINEL_CALL_BACK_TIME, "carry on with your application, or leave", "Continue"] {
        assert!(page.body.contains(shown), "the page says {shown}");
    }
    // Continue carries on with the application.
    let next = browser.answer(YOUR_SAFETY, &[]).await;
    assert_eq!(next.location(), Some(YOUR_SAFETY));
    assert!(
        browser.get(YOUR_SAFETY).await.body.contains("Is there anything the other parent must not find out about you?")
    );
}

#[tokio::test]
async fn sending_twice_by_double_click_back_or_a_second_tab_makes_one_request() {
    let (app, store) = apply_app().await;
    let mut browser = Browser::new(app.clone());
    on_the_request_page(&mut browser, CallRequest::CallThePolice).await;
    let form = browser.get(YOUR_SAFETY).await;
    let token = form.csrf_token().expect("the form");
    let mut posted = vec![("csrf_token", token.as_str()), ("step", "request"), ("send", "1")];
    posted.extend_from_slice(&[("where-you-are", "The café on Station Road"), ("safe-phone", "")]);

    // A double click: the same form, twice at once; then Back and send again, and a second tab that still shows
    // the form, with something else typed.
    let cookie = browser.cookie(APPLICANT.name).expect("cookie").to_owned();
    let mut second = Browser::new(app.clone());
    second.set_cookie(APPLICANT.name, &cookie);
    let mut third = Browser::new(app);
    third.set_cookie(APPLICANT.name, &cookie);
    let (one, two) = tokio::join!(browser.post(YOUR_SAFETY, &posted), second.post(YOUR_SAFETY, &posted));
    for reply in [one, two] {
        assert_eq!((reply.status, reply.location()), (StatusCode::SEE_OTHER, Some(YOUR_SAFETY)));
    }
    let again = browser.post(YOUR_SAFETY, &posted).await;
    assert_eq!(again.location(), Some(YOUR_SAFETY));
    let mut other = posted.clone();
    other[3] = ("where-you-are", "Somewhere else");
    assert_eq!(third.post(YOUR_SAFETY, &other).await.location(), Some(YOUR_SAFETY));

    let reference = draft(&store, &browser).await.reference;
    let request = store.load_request(&reference).await.expect("loaded").expect("sent");
    assert!(matches!(&request.request.help, Help::CallThePolice { whereabouts, phone: None }
        if whereabouts.as_str() == "The café on Station Road"));
    let items = store
        .client()
        .query()
        .table_name(store.table_name())
        .key_condition_expression("pk = :pk")
        .expression_attribute_values(
            ":pk",
            aws_sdk_dynamodb::types::AttributeValue::S(format!("APP#{}", reference.as_str())),
        )
        .send()
        .await
        .expect("queried");
    assert_eq!(items.items().len(), 1, "one request, nothing else");
    let shown = browser.get(YOUR_SAFETY).await;
    assert!(shown.body.contains("Someone from our team will call the police"), "{}", shown.body);
}

#[tokio::test]
async fn a_request_sent_outlives_exit_this_page() {
    let (app, store) = apply_app().await;
    let mut browser = Browser::new(app);
    on_the_request_page(&mut browser, CallRequest::CallMeBack).await;
    browser.answer(YOUR_SAFETY, CALL_BACK).await;
    let reference = draft(&store, &browser).await.reference;
    let exit = browser.get("/exit").await;
    assert_eq!(exit.location(), Some("https://www.bbc.co.uk/weather"));
    assert_eq!(browser.cookie(APPLICANT.name), None, "the answers and the session are gone");
    let request = store.load_request(&reference).await.expect("loaded").expect("the request is not");
    assert_eq!(request.status, RequestStatus::Waiting);
}

#[tokio::test]
async fn bad_input_on_the_request_page_shows_it_again_with_the_answers_kept_and_sends_nothing() {
    let (app, store) = apply_app().await;
    let mut browser = Browser::new(app);
    on_the_request_page(&mut browser, CallRequest::CallMeBack).await;
    let reference = draft(&store, &browser).await.reference;
    // What is posted, the error shown, and what was typed that is shown again.
    type Case<'a> = (&'a [(&'a str, &'a str)], &'a str, &'a str);
    let cases: [Case; 3] = [
        (
            &[("safe-phone", ""), ("safe-time", "After 6pm")],
            "Enter a UK phone number that is safe to call",
            "After 6pm",
        ),
        (
            &[("safe-phone", "+33 1 23 45 67 89"), ("safe-time", "After 6pm")],
            "Enter a UK phone number",
            "+33 1 23 45 67 89",
        ),
        (&[("safe-phone", "07700 900 111"), ("safe-time", "")], "Enter when it is safe to call you", "07700 900 111"),
    ];
    for (fields, error, kept) in cases {
        let reply = browser.answer(YOUR_SAFETY, fields).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{fields:?}");
        assert!(reply.title().starts_with("Error: Your safety - "), "{}", reply.title());
        assert!(reply.body.contains(error) && reply.body.contains(kept), "{error}, and {kept} kept");
    }
    assert_eq!(store.load_request(&reference).await.expect("loaded"), None, "nothing was sent");

    // The police: where you are is needed, and it has a limit.
    let (app, store) = apply_app().await;
    let mut browser = Browser::new(app);
    on_the_request_page(&mut browser, CallRequest::CallThePolice).await;
    let too_long = "Flat 2, 10 Station Road ".repeat(25);
    let reply = browser.answer(YOUR_SAFETY, &[("where-you-are", &too_long), ("first-name", "Sam")]).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply.body.contains("Where you are now must be 500 characters or less"));
    assert!(reply.body.contains("Flat 2, 10 Station Road") && reply.body.contains(r#"value="Sam""#), "kept");
    let reply = browser.answer(YOUR_SAFETY, &[("where-you-are", " "), ("safe-phone", "12")]).await;
    assert!(reply.body.contains("Enter where you are now") && reply.body.contains("Enter a phone number, like"));
    assert_eq!(store.load_request(&draft(&store, &browser).await.reference).await.expect("loaded"), None);
}

#[tokio::test]
async fn the_danger_page_puts_999_first_then_the_silent_solution_and_the_nations_helplines() {
    let (app, _store) = apply_app().await;
    let mut browser = Browser::new(app);
    eligible_in_england(&mut browser).await;
    answer_all(&mut browser, &disclosure()[..3]).await;
    let help = browser.get(YOUR_SAFETY).await;
    let h1 = help.body.find("<h1").expect("a heading");
    assert!(help.body[h1..].starts_with(r#"<h1 class="govuk-heading-l">Call 999 if you are in immediate danger</h1>"#));
    let silent = help.body.find("press 55").expect("the Silent Solution");
    let request = help.body.find("Call the police for me").expect("the call requests");
    let helpline = help.body.find("0808 2000 247").expect("England's helpline");
    assert!(h1 < silent && silent < request && request < helpline, "999, then the Silent Solution, then requests");
    assert!(help.body.contains("before you finish your application"), "the request is sent at once, and it says so");
    assert!(
        help.body.contains("Men’s Advice Line") && help.body.contains("Galop") && help.body.contains("Karma Nirvana")
    );
    assert!(!help.body.contains("Live Fear Free"), "not another nation's line");
    assert!(!help.body.contains("Respect"), "never the perpetrators' line");
}

#[tokio::test]
async fn without_a_disclosure_the_questions_about_abuse_cannot_be_reached_or_answered() {
    let (app, store) = apply_app().await;
    let mut browser = Browser::new(app);
    complete_eligibility(&mut browser).await;
    let token = browser.get("/check-your-answers").await.csrf_token().expect("a form");
    let before = draft(&store, &browser).await;
    for step in [Step::KindsOfAbuse, Step::ImmediateDanger, Step::HelpNow, Step::UrgentRequest, Step::Evidence] {
        let answer =
            browser.post(YOUR_SAFETY, &[("csrf_token", &token), ("step", step.id()), ("evidence", "letter")]).await;
        assert_eq!(answer.location(), Some("/check-your-answers"), "{step:?}: answered");
        let change = browser.post(YOUR_SAFETY, &[("csrf_token", &token), ("change-answer", step.id())]).await;
        assert_eq!(change.location(), Some("/check-your-answers"), "{step:?}: changed");
    }
    assert_eq!(draft(&store, &browser).await.answers, before.answers, "nothing saved");
    let confirmation = send(&mut browser).await;
    let reference = reference_on(&confirmation);
    let application = store.load_application(&reference).await.expect("loaded").expect("stored");
    assert_eq!(application.team, Team::General);
    assert_eq!(store.load_disclosure(&reference).await.expect("loaded"), None);
    assert_eq!(store.load_request(&reference).await.expect("loaded"), None);
}

#[tokio::test]
async fn changing_the_answer_to_no_forgets_the_disclosure_but_never_a_request_sent() {
    let (app, store) = apply_app().await;
    let mut browser = Browser::new(app);
    to_check_your_answers_with_a_disclosure(&mut browser).await;

    // Change, from check your answers: a button that posts which question, to the one URL.
    let check = browser.get("/check-your-answers").await;
    assert!(check.body.contains(r#"name="change-answer" value="your-safety""#));
    let token = check.csrf_token().expect("a form");
    let change = browser.post(YOUR_SAFETY, &[("csrf_token", &token), ("change-answer", "your-safety")]).await;
    assert_eq!(change.location(), Some(YOUR_SAFETY));
    let question = browser.get(YOUR_SAFETY).await;
    assert!(question.body.contains(r#"<a href="/check-your-answers" class="govuk-back-link">"#), "Back: to check");
    let reply = browser.answer(YOUR_SAFETY, &[("abuse", "no")]).await;
    assert_eq!(reply.location(), Some("/how-you-want-to-be-paid?change=1"), "now a choice to make");
    let draft = draft(&store, &browser).await;
    assert_eq!(draft.answers.disclosure.kinds, None, "the details are forgotten");
    assert_eq!(draft.answers.call_request, None);
    assert!(draft.answers.urgent_request.is_some(), "the request was sent: it stays, and so does the team it went to");
    let chosen = browser.answer("/how-you-want-to-be-paid?change=1", &[("payment-service", "direct-pay")]).await;
    assert_eq!(chosen.location(), Some("/check-your-answers"));
    let check = browser.get("/check-your-answers").await;
    assert!(!check.body.contains("Coercive"));
    assert!(check.body.contains("Request sent to our team"));
}

#[tokio::test]
async fn back_and_change_work_on_the_one_url() {
    let (app, store) = apply_app().await;
    let mut browser = Browser::new(app);
    eligible_in_england(&mut browser).await;
    // The first page's Back is a link to the question before the section.
    let first = browser.get(YOUR_SAFETY).await;
    assert!(first.body.contains(r#"<a href="/court-order" class="govuk-back-link">"#));
    answer_all(&mut browser, &disclosure()[..3]).await;

    // On the danger page, Back is a button that posts which page it is on; the page before is shown again, as
    // answered.
    let danger = browser.get(YOUR_SAFETY).await;
    assert!(danger.body.contains(
        r#"<button type="submit" name="go" value="back" class="govuk-back-link app-link-button">Back</button>"#
    ));
    let token = danger.csrf_token().expect("a form");
    let back = browser.post(YOUR_SAFETY, &[("csrf_token", &token), ("step", "help-now"), ("go", "back")]).await;
    assert_eq!(back.location(), Some(YOUR_SAFETY));
    let before = browser.get(YOUR_SAFETY).await;
    assert!(before.body.contains("Are you or your children in immediate danger?"));
    assert!(before.body.contains(r#"value="yes" checked"#), "as answered");
    // Back without the session's token changes nothing.
    let forged =
        browser.post(YOUR_SAFETY, &[("csrf_token", &"0".repeat(32)), ("step", "right-now"), ("go", "back")]).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);

    // Change the answer there to no: on to the next question everyone is asked.
    browser.answer(YOUR_SAFETY, &[("in-immediate-danger", "no")]).await;
    assert!(
        browser.get(YOUR_SAFETY).await.body.contains("Is there anything the other parent must not find out about you?")
    );
    answer_all(&mut browser, &disclosure()[6..]).await;
    // The page after the section: Back is a link to the one URL, which shows the section's last page.
    let name = browser.get("/your-name").await;
    assert!(name.body.contains(&format!(r#"<a href="{YOUR_SAFETY}" class="govuk-back-link">"#)));
    assert!(browser.get(YOUR_SAFETY).await.body.contains("Do you have anything that shows what has happened?"));
    assert_eq!(draft(&store, &browser).await.answers.disclosure.in_immediate_danger, Some(false));
    after_the_safety_section(&mut browser).await;

    // Change a safety answer from check your answers, and come straight back.
    let token = browser.get("/check-your-answers").await.csrf_token().expect("a form");
    browser.post(YOUR_SAFETY, &[("csrf_token", &token), ("change-answer", "contact")]).await;
    let contact = browser.get(YOUR_SAFETY).await;
    assert!(contact.body.contains(r#"type="hidden" name="change" value="1""#), "in change mode");
    let saved = browser.answer(YOUR_SAFETY, &[("contact-methods", "letters")]).await;
    assert_eq!(saved.location(), Some("/check-your-answers"));
    assert_eq!(
        draft(&store, &browser).await.answers.safe_contact.map(|c| c.methods),
        Some(vec![ContactMethod::Letters])
    );
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

/// Every page a journey's browser is shown, as its history keeps them: (URL, title), the redirects followed.
async fn history_of(browser: &mut Browser, disclosed: bool) -> BTreeSet<(String, String)> {
    let mut history = BTreeSet::new();
    let mut visit = |path: &str, reply: &Reply| {
        if reply.status == StatusCode::OK {
            history.insert((path.to_owned(), reply.title().to_owned()));
        }
    };
    for path in ["/", "/before-you-start"] {
        visit(path, &browser.get(path).await);
    }
    eligible_in_england(browser).await;
    for path in ["/where-do-you-live", "/your-role", "/court-order"] {
        visit(path, &browser.get(path).await);
    }
    let section = if disclosed { disclosure() } else { NO_DISCLOSURE.to_vec() };
    for (path, fields, next) in section {
        visit(path, &browser.get(path).await);
        let reply = browser.answer(path, fields).await;
        assert_eq!(reply.location(), Some(next), "{fields:?}");
        visit(next, &browser.get(next).await);
    }
    about_you(browser).await;
    the_children(browser).await;
    other_parent(browser).await;
    visit("/how-you-want-to-be-paid", &browser.get("/how-you-want-to-be-paid").await);
    if disclosed {
        answer_all(browser, &payments_after_a_disclosure()).await;
    } else {
        payments(browser).await;
    }
    for path in ["/your-name", "/children", "/other-parent-name", "/do-you-have-a-bank-account", "/check-your-answers"]
    {
        visit(path, &browser.get(path).await);
    }
    visit("/application-sent", &send(browser).await);
    history
}

const NO_DISCLOSURE: [Answered<'static>; 4] = [
    (YOUR_SAFETY, &[("abuse", "no")], YOUR_SAFETY),
    (YOUR_SAFETY, &[("keep-private", "none")], YOUR_SAFETY),
    (YOUR_SAFETY, &[("contact-methods", "letters")], YOUR_SAFETY),
    (YOUR_SAFETY, &[("letters-home", "yes")], "/your-name"),
];

#[tokio::test]
async fn the_history_of_a_journey_with_a_disclosure_and_a_request_is_that_of_one_without() {
    let (app, _store) = apply_app().await;
    let disclosed = history_of(&mut Browser::new(app.clone()), true).await;
    let not_disclosed = history_of(&mut Browser::new(app), false).await;
    pretty_assertions_eq(&disclosed, &not_disclosed);
    assert!(disclosed.contains(&(YOUR_SAFETY.to_owned(), "Your safety - Apply for child maintenance - GOV.UK".into())));
    for (path, title) in &disclosed {
        for word in REVEALING {
            assert!(!path.contains(word) && !title.to_lowercase().contains(word), "{path} {title} says {word}");
        }
    }
    // An error keeps the neutral title.
    let mut browser = Browser::new(apply_app().await.0);
    eligible_in_england(&mut browser).await;
    let error = browser.answer(YOUR_SAFETY, &[]).await;
    assert_eq!(error.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(error.title().starts_with("Error: Your safety - "), "{}", error.title());
}

fn pretty_assertions_eq(a: &BTreeSet<(String, String)>, b: &BTreeSet<(String, String)>) {
    let only_a: Vec<_> = a.difference(b).collect();
    let only_b: Vec<_> = b.difference(a).collect();
    assert!(only_a.is_empty() && only_b.is_empty(), "only with a disclosure: {only_a:?}; only without: {only_b:?}");
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
async fn no_answer_name_disclosure_or_request_reaches_the_logs_of_a_whole_journey_even_at_trace_level() {
    // The functions' own subscriber, at the most detailed level anyone could set with RUST_LOG, installed for the
    // whole test binary: every test's requests are captured, and none may log an answer.
    let logs = captured_logs();
    let (app, _store) = apply_app().await;
    let mut browser = Browser::new(app.clone());
    let seen = journey_with_a_disclosure(&mut browser).await;
    let reference = reference_on(&seen.last().expect("the confirmation").1);
    // And a request to call the police, sent and then left with Exit this page.
    let mut police = Browser::new(app.clone());
    on_the_request_page(&mut police, CallRequest::CallThePolice).await;
    let sent =
        police.answer(YOUR_SAFETY, &[("where-you-are", SENTINEL_WHEREABOUTS), ("safe-phone", "07700 900 222")]).await;
    assert_eq!(sent.location(), Some(YOUR_SAFETY));
    let police_cookie = police.cookie(APPLICANT.name).expect("a session").to_owned();
    police.get("/exit").await;
    // And the examples of a parent who pays (their income and other children) and of an other parent abroad (the
    // example with a disclosure), each sent as the other suites send it; the one with a disclosure in Welsh too.
    for (which, lang) in [(Which::Paying, Lang::En), (Which::Disclosed, Lang::En), (Which::Disclosed, Lang::Cy)] {
        let mut applicant = Browser::new(app.clone());
        let started = applicant.post(&lang.path("/before-you-start"), &[]).await;
        assert_eq!(started.status, StatusCode::SEE_OTHER);
        for page in examples::application(which).expect("the example") {
            let reply = applicant.answer(&lang.path(page.0.path()), &examples::form_fields(&page)).await;
            assert_eq!(reply.status, StatusCode::SEE_OTHER, "{which:?} {lang:?} {:?}", page.0);
        }
        let check_path = lang.path("/check-your-answers");
        let check = applicant.get(&check_path).await;
        let token = check.csrf_token().expect("the send form");
        assert_eq!(applicant.post(&check_path, &[("csrf_token", &token)]).await.status, StatusCode::SEE_OTHER);
    }

    let logged = String::from_utf8(logs.0.lock().expect("not poisoned").clone()).expect("UTF-8 logs");
    let requests = logged.lines().filter(|line| line.contains(r#""message":"request""#)).count();
    assert!(requests >= 40, "every request is logged ({requests} lines): the capture works");
    let answers = [
        SENTINEL_TIMES,
        SENTINEL_CALL_BACK_TIME,
        SENTINEL_FIRST_NAME,
        SENTINEL_WHEREABOUTS,
        SENTINEL_LETTERS_LINE,
        "07700900111",
        "07700 900 111",
        "07700900222",
        "coercive",
        "police-report",
        "call-me-back",
        "call-the-police",
        "new-name",
        "Siân",
        "O’Brien",
        "Sian",
        "AB123456C",
        "CF10 1AA",
        "Alex Jones",
        "Alex Smith",
        // Answers issue 13 added, as this journey gives them (the example's other sections): a child's overnight
        // stays and the payment service chosen.
        "a-fortnight",
        "direct-pay",
        // A parent who pays: where the income comes from, the employer, the benefits, the other children.
        "income-sources",
        "employment",
        "Northside Bakery",
        "universal-credit",
        "other-children=1",
        // An other parent abroad: the country, and whether they work for a UK employer.
        "Germany",
        "uk-employer-abroad",
        "csrf_token",
        "what-happened",
        "help-now",
        browser.cookie(APPLICANT.name).unwrap_or("no cookie: the session ended"),
        &police_cookie,
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
