//! Bad input, on purpose: bodies too large, bytes that are not UTF-8, forms that are not forms, forms without the
//! session's token, markup in every text field, unknown and repeated fields, headers smuggled into redirects, and
//! paths that climb out of `/assets`. Each gets a GOV.UK page with a clear status, nothing is saved, nothing typed
//! comes back as markup, and nothing sends anyone off-site.
//!
//! The journey tests walk [`every_page`] and try the bad request at each question page just before answering it,
//! with the page's real token and an answer that would otherwise be saved: so a refusal is proven to be the
//! refusal of that bad input, not of a page the applicant could not use anyway.

use axum::Router;
use axum::body::{Body, Bytes};
use end_to_end::caseworkers::{DOMESTIC_ABUSE, GENERAL};
use end_to_end::pages::addresses;
use end_to_end::{Browser, Reply, apply_app, casework_app, sign_in};
use http::{Method, Request, StatusCode, header};
use intake::store::AuditAction;
use intake::{Draft, Reference, SessionId, Store};
use questions::examples::{self, Which, form_fields};
use questions::journey::Step;
use time::OffsetDateTime;
use tower::ServiceExt;
use web::MAX_BODY_BYTES;
use web::session::{APPLICANT, CASEWORKER};

// ---- Walking the journey -------------------------------------------------------------------------------------

/// A page to post to, and everything its form posts but the token (on a safety page, which page it is).
type PageAnswer = (&'static str, &'static [(&'static str, &'static str)]);

/// The page the examples leave out: it is asked only when the applicant knows the other parent's address.
const OTHER_PARENT_ADDRESS: PageAnswer = (
    "/other-parent-address",
    &[
        ("address-line-1", "2 Station Road"),
        ("address-town", "York"),
        ("address-postcode", "yo11aa"),
        ("when-last-lived-there", "June 2024"),
    ],
);

/// Every question page of the journey, in order, each with an answer that is accepted: the example application
/// with a disclosure (so the whole safety section is asked, and the other parent lives abroad); then the pages
/// only an application without a disclosure meets; then the other parent's UK address; then the pages only a
/// parent who pays meets.
fn every_page() -> Vec<PageAnswer> {
    let (mut pages, mut walked) = pages_with_a_disclosure();
    // Then "no" to the routine enquiry, from check your answers: how to be paid is asked again, and Direct Pay
    // into the account asks whether the details may go to the other parent, which no disclosure ever meets.
    let without = examples::application(Which::Plain).expect("the example without a disclosure");
    let answer = |step: Step| without.iter().find(|page| page.0 == step).expect("met without a disclosure");
    pages.push((questions::journey::YOUR_SAFETY, &[("step", "your-safety"), ("change", "1"), ("abuse", "no")]));
    for step in [Step::PaymentService, Step::HasBankAccount, Step::ShareBankDetails, Step::BankDetails] {
        walked.push(step);
        pages.push((step.path(), Box::leak(form_fields(answer(step)).into_boxed_slice())));
    }
    // Then the other parent lives in the UK after all (the example has them abroad), and their address is known.
    pages.push((Step::OtherParentLives.path(), &[("other-parent-lives", "uk")]));
    pages.push((Step::OtherParentKnowsAddress.path(), &[("know-address", "yes")]));
    pages.push(OTHER_PARENT_ADDRESS);
    pages.push((Step::HowAddressKnown.path(), &[("how-address-known", "they-told-me")]));
    walked.extend([Step::OtherParentKnowsAddress, Step::OtherParentAddress, Step::HowAddressKnown]);
    // Then the applicant is the parent who pays, from check your answers: the questions about their income and
    // other children are asked, which nobody who receives maintenance meets.
    let paying = examples::application(Which::Paying).expect("the example of a parent who pays");
    let paying_only = paying.iter().filter(|page| !without.iter().any(|plain| plain.0 == page.0));
    let role = paying.iter().find(|page| page.0 == Step::YourRole).expect("the role");
    for page in std::iter::once(role).chain(paying_only) {
        walked.push(page.0);
        pages.push((page.0.path(), Box::leak(form_fields(page).into_boxed_slice())));
    }
    for step in Step::ALL.iter().copied().filter(|step| *step != Step::CheckYourAnswers) {
        assert!(walked.contains(&step), "the walk must reach {step:?}");
    }
    pages
}

/// [`every_page`] up to check your answers with the disclosure: the example application with a disclosure; and the
/// steps it walked.
fn pages_with_a_disclosure() -> (Vec<PageAnswer>, Vec<Step>) {
    let mut pages: Vec<PageAnswer> = Vec::new();
    let mut walked = Vec::new();
    for page in examples::application(Which::Disclosed).expect("the example") {
        walked.push(page.0);
        // Test code: the pages live as long as the test binary.
        pages.push((page.0.path(), Box::leak(form_fields(&page).into_boxed_slice())));
    }
    (pages, walked)
}

/// The applicant's draft as stored now.
async fn draft(store: &Store, browser: &Browser) -> Draft {
    let session = SessionId::parse(browser.cookie(APPLICANT.name).expect("a session cookie")).expect("a session id");
    store.load_draft(&session, OffsetDateTime::now_utc()).await.expect("loaded").expect("a draft")
}

/// The token of the form on `path`, which the applicant must be able to see.
async fn token(browser: &mut Browser, path: &str) -> String {
    let page = browser.get(path).await;
    assert_eq!(page.status, StatusCode::OK, "GET {path}: {}", page.title());
    page.csrf_token().expect("the page has a form with a token")
}

/// Answers `path` as the example does, which must be accepted.
async fn answer(browser: &mut Browser, path: &str, fields: &[(&str, &str)]) {
    let reply = browser.answer(path, fields).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{path}: {}", reply.title());
}

/// A form body as a browser encodes it, the token first.
fn encoded(token: &str, fields: &[(&str, &str)]) -> Vec<u8> {
    let mut all = vec![("csrf_token", token)];
    all.extend_from_slice(fields);
    serde_urlencoded::to_string(all).expect("encodable").into_bytes()
}

/// The non-question forms a finished journey has: a child's change and remove pages, and sending. Each with the
/// fields that would be accepted.
const AFTER_THE_QUESTIONS: [PageAnswer; 3] = [
    (
        "/children/0/change",
        &[
            ("child-full-name", "Sam Jones"),
            ("child-date-of-birth-day", "2"),
            ("child-date-of-birth-month", "7"),
            ("child-date-of-birth-year", "2018"),
        ],
    ),
    ("/children/0/remove", &[("remove-child", "yes")]),
    ("/check-your-answers", &[]),
];

// ---- Requests a browser would not send -----------------------------------------------------------------------

/// A request built by hand: any method, content type, body and headers, with `browser`'s session cookies.
struct Raw<'a> {
    method: Method,
    path: &'a str,
    content_type: Option<&'a str>,
    body: Body,
    /// A `Content-Length` header, as a client that knows the size sends it.
    content_length: Option<usize>,
    headers: Vec<(&'a str, &'a str)>,
}

impl<'a> Raw<'a> {
    fn post(path: &'a str, body: Vec<u8>) -> Self {
        let length = body.len();
        Self {
            method: Method::POST,
            path,
            content_type: Some("application/x-www-form-urlencoded"),
            body: Body::from(body),
            content_length: Some(length),
            headers: Vec::new(),
        }
    }

    /// The same bytes in chunks, of a length nobody announced (no `Content-Length`): the limit must hold while
    /// reading, not only when a header says how much is coming.
    fn post_streamed(path: &'a str, body: Vec<u8>) -> Self {
        let chunks: Vec<Result<Bytes, std::io::Error>> =
            body.chunks(4096).map(|chunk| Ok(Bytes::copy_from_slice(chunk))).collect();
        Self {
            body: Body::from_stream(futures_util::stream::iter(chunks)),
            content_length: None,
            ..Self::post(path, vec![])
        }
    }

    fn get(path: &'a str) -> Self {
        Self { method: Method::GET, content_type: None, content_length: None, ..Self::post(path, vec![]) }
    }

    fn content_type(self, content_type: Option<&'a str>) -> Self {
        Self { content_type, ..self }
    }

    fn header(mut self, name: &'a str, value: &'a str) -> Self {
        self.headers.push((name, value));
        self
    }

    async fn send(self, app: &Router, browser: &Browser) -> Reply {
        let mut request = Request::builder().method(self.method).uri(self.path);
        let cookies: Vec<String> = [APPLICANT.name, CASEWORKER.name]
            .into_iter()
            .filter_map(|name| browser.cookie(name).map(|value| format!("{name}={value}")))
            .collect();
        if !cookies.is_empty() {
            request = request.header(header::COOKIE, cookies.join("; "));
        }
        if let Some(content_type) = self.content_type {
            request = request.header(header::CONTENT_TYPE, content_type);
        }
        if let Some(length) = self.content_length {
            request = request.header(header::CONTENT_LENGTH, length);
        }
        for (name, value) in self.headers {
            request = request.header(name, value);
        }
        let response = app.clone().oneshot(request.body(self.body).expect("a request")).await.expect("infallible");
        let (parts, body) = response.into_parts();
        let bytes = axum::body::to_bytes(body, usize::MAX).await.expect("body");
        Reply { status: parts.status, headers: parts.headers, body: String::from_utf8_lossy(&bytes).into_owned() }
    }
}

// ---- What every refusal looks like ---------------------------------------------------------------------------

/// A whole GOV.UK page in the service's layout, with `status`: never a framework's plain text or an empty body.
fn assert_govuk_page(reply: &Reply, status: StatusCode, title: &str, what: &str) {
    assert_eq!(reply.status, status, "{what}: {} {}", reply.title(), reply.body.chars().take(200).collect::<String>());
    let content_type = reply.headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok());
    assert_eq!(content_type, Some("text/html; charset=utf-8"), "{what}");
    assert!(reply.body.starts_with("<!DOCTYPE html>"), "{what}: {}", reply.body.chars().take(200).collect::<String>());
    assert!(reply.title().starts_with(title), "{what}: {}", reply.title());
    assert!(reply.title().ends_with(" - GOV.UK"), "{what}: {}", reply.title());
    let cache = reply.headers.get(header::CACHE_CONTROL).and_then(|v| v.to_str().ok());
    assert_eq!(cache, Some("no-store"), "{what}");
}

const TOO_LARGE: (StatusCode, &str) = (StatusCode::PAYLOAD_TOO_LARGE, "Sorry, there is a problem with the service");
const UNREADABLE: (StatusCode, &str) = (StatusCode::BAD_REQUEST, "Sorry, there is a problem with the service");
const NOT_A_FORM: (StatusCode, &str) =
    (StatusCode::UNSUPPORTED_MEDIA_TYPE, "Sorry, there is a problem with the service");
const NOT_SAVED: (StatusCode, &str) = (StatusCode::FORBIDDEN, "Sorry, we could not save your answer");

// ---- 1. Oversized bodies -------------------------------------------------------------------------------------

/// The page's accepted answer, padded with an unknown field to exactly `size` bytes.
fn padded(token: &str, fields: &[(&str, &str)], size: usize) -> Vec<u8> {
    let mut body = encoded(token, fields);
    body.extend_from_slice(b"&padding=");
    assert!(body.len() < size, "the answer alone is under the limit");
    body.resize(size, b'a');
    body
}

#[tokio::test]
async fn a_form_over_the_size_limit_is_refused_with_a_govuk_page_and_nothing_is_saved_on_any_post_route() {
    let (app, store) = apply_app().await;
    let mut browser = Browser::new(app.clone());
    browser.start_application().await;
    let pages = every_page();
    for (path, fields) in pages.iter().copied().chain(AFTER_THE_QUESTIONS) {
        if path == AFTER_THE_QUESTIONS[0].0 {
            // Every question is answered: the child's pages and sending are reachable now.
            assert_eq!(browser.get(Step::CheckYourAnswers.path()).await.status, StatusCode::OK);
        }
        let token = token(&mut browser, path).await;
        let before = draft(&store, &browser).await;
        let body = padded(&token, fields, MAX_BODY_BYTES + 1);
        for (how, request) in
            [("announced", Raw::post(path, body.clone())), ("streamed", Raw::post_streamed(path, body.clone()))]
        {
            let reply = request.send(&app, &browser).await;
            assert_govuk_page(&reply, TOO_LARGE.0, TOO_LARGE.1, &format!("{how} to {path}"));
            assert_eq!(draft(&store, &browser).await, before, "{how} to {path}: nothing saved");
        }
        if !AFTER_THE_QUESTIONS.iter().any(|(after, _)| *after == path) {
            answer(&mut browser, path, fields).await;
        }
    }
}

#[tokio::test]
async fn a_form_exactly_at_the_size_limit_is_read_and_saved() {
    let (app, store) = apply_app().await;
    let mut browser = Browser::new(app.clone());
    browser.start_application().await;
    let path = Step::WhereYouLive.path();
    let token = token(&mut browser, path).await;
    for (how, request) in [
        ("announced", Raw::post(path, padded(&token, &[("where-you-live", "wales")], MAX_BODY_BYTES))),
        ("streamed", Raw::post_streamed(path, padded(&token, &[("where-you-live", "wales")], MAX_BODY_BYTES))),
    ] {
        let reply = request.send(&app, &browser).await;
        assert_eq!((reply.status, reply.location()), (StatusCode::SEE_OTHER, Some("/your-role")), "{how}");
    }
    assert!(draft(&store, &browser).await.answers.where_you_live.is_some(), "saved");
}

// ---- 2. Bytes that are not UTF-8, and bodies that are not forms ----------------------------------------------

/// Appended to an accepted answer, each makes the whole form unreadable: no field of it may be saved.
const NOT_UTF8: [&[u8]; 9] = [
    b"&x=%FF",
    b"&x=\xff",
    // An overlong "/" (the classic way past a path check), a lone surrogate, and beyond U+10FFFF.
    b"&x=%C0%AF",
    b"&x=%ED%A0%80",
    b"&x=%F4%90%80%80",
    // A sequence cut short, at the end of the body and in the middle of a value.
    b"&x=%E2%82",
    b"&x=%E2%82z",
    // In a name rather than a value.
    b"&%FF=x",
    b"&x=%FE%FF",
];

#[tokio::test]
async fn a_form_that_is_not_utf8_is_refused_with_a_govuk_page_and_nothing_is_saved_on_any_post_route() {
    let (app, store) = apply_app().await;
    let mut browser = Browser::new(app.clone());
    browser.start_application().await;
    for (path, fields) in every_page().into_iter().chain(AFTER_THE_QUESTIONS) {
        let token = token(&mut browser, path).await;
        let before = draft(&store, &browser).await;
        for bad in NOT_UTF8 {
            let mut body = encoded(&token, fields);
            body.extend_from_slice(bad);
            let reply = Raw::post(path, body).send(&app, &browser).await;
            let what = format!("{path} with {}", String::from_utf8_lossy(bad));
            assert_govuk_page(&reply, UNREADABLE.0, UNREADABLE.1, &what);
            assert_eq!(draft(&store, &browser).await, before, "{what}: nothing saved");
        }
        if !AFTER_THE_QUESTIONS.iter().any(|(after, _)| *after == path) {
            answer(&mut browser, path, fields).await;
        }
    }
}

/// What is not `application/x-www-form-urlencoded`. Our forms never send anything else (no `enctype`), so any
/// other type is not one of our forms: 415, the status for a body in a format the page does not take (RFC 9110
/// §15.5.16), rather than reading the bytes as if they were a form. `text/plain` is the type a cross-site form can
/// send without a preflight that a careless parser would read as ours.
const NOT_URL_ENCODED: [Option<&str>; 6] = [
    Some("multipart/form-data; boundary=x"),
    Some("application/json"),
    Some("text/plain"),
    Some("application/x-www-form-urlencoded-but-not"),
    Some(""),
    None,
];

/// The answer, as each of those types would carry it.
fn as_other_types(token: &str, fields: &[(&str, &str)]) -> Vec<Vec<u8>> {
    let multipart: String = std::iter::once(("csrf_token", token))
        .chain(fields.iter().copied())
        .map(|(name, value)| format!("--x\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"))
        .chain(std::iter::once("--x--\r\n".to_owned()))
        .collect();
    let json: Vec<String> = std::iter::once(("csrf_token", token))
        .chain(fields.iter().copied())
        .map(|(name, value)| format!("\"{name}\":\"{value}\""))
        .collect();
    let urlencoded = encoded(token, fields);
    vec![
        multipart.into_bytes(),
        format!("{{{}}}", json.join(",")).into_bytes(),
        urlencoded.clone(),
        urlencoded.clone(),
        urlencoded.clone(),
        urlencoded,
    ]
}

#[tokio::test]
async fn a_body_that_is_not_url_encoded_is_refused_as_unsupported_and_nothing_is_saved() {
    let (app, store) = apply_app().await;
    let mut browser = Browser::new(app.clone());
    browser.start_application().await;
    for (path, fields) in every_page().into_iter().chain(AFTER_THE_QUESTIONS) {
        let token = token(&mut browser, path).await;
        let before = draft(&store, &browser).await;
        for (content_type, body) in NOT_URL_ENCODED.into_iter().zip(as_other_types(&token, fields)) {
            let reply = Raw::post(path, body).content_type(content_type).send(&app, &browser).await;
            let what = format!("{path} as {content_type:?}");
            assert_govuk_page(&reply, NOT_A_FORM.0, NOT_A_FORM.1, &what);
            assert_eq!(draft(&store, &browser).await, before, "{what}: nothing saved");
        }
        if !AFTER_THE_QUESTIONS.iter().any(|(after, _)| *after == path) {
            answer(&mut browser, path, fields).await;
        }
    }
}

#[tokio::test]
async fn a_url_encoded_form_is_read_whatever_the_case_or_parameters_of_its_type() {
    let (app, store) = apply_app().await;
    let mut browser = Browser::new(app.clone());
    browser.start_application().await;
    let path = Step::WhereYouLive.path();
    let token = token(&mut browser, path).await;
    for content_type in ["application/x-www-form-urlencoded; charset=UTF-8", "Application/X-WWW-Form-URLEncoded"] {
        let body = encoded(&token, &[("where-you-live", "wales")]);
        let reply = Raw::post(path, body).content_type(Some(content_type)).send(&app, &browser).await;
        assert_eq!((reply.status, reply.location()), (StatusCode::SEE_OTHER, Some("/your-role")), "{content_type}");
    }
    assert!(draft(&store, &browser).await.answers.where_you_live.is_some());
}

/// The same refusals on the caseworkers' forms: a change that is too large, unreadable or not a form is not made,
/// and signing out that way does not sign out.
#[tokio::test]
async fn a_casework_form_too_large_unreadable_or_not_url_encoded_changes_nothing() {
    let (app, store) = casework_app().await;
    let reference = sent_application(&store).await;
    let mut caseworker = Browser::new(app.clone());
    sign_in(&mut caseworker, GENERAL).await;
    let path = format!("/casework/applications/{}", reference.as_str());
    let token = token(&mut caseworker, &path).await;
    let mut targets: Vec<(String, &[(&str, &str)])> =
        casework_changes().into_iter().map(|(action, fields)| (format!("{path}/{action}"), fields)).collect();
    targets.push(("/casework/sign-out".to_owned(), &[]));
    for (target, fields) in &targets {
        let body = padded(&token, fields, MAX_BODY_BYTES + 1);
        let mut refusals = vec![
            ("announced, too large", Raw::post(target, body.clone()), TOO_LARGE),
            ("streamed, too large", Raw::post_streamed(target, body), TOO_LARGE),
        ];
        for bad in NOT_UTF8 {
            let mut body = encoded(&token, fields);
            body.extend_from_slice(bad);
            refusals.push(("not UTF-8", Raw::post(target, body), UNREADABLE));
        }
        for (content_type, body) in NOT_URL_ENCODED.into_iter().zip(as_other_types(&token, fields)) {
            refusals.push(("not url-encoded", Raw::post(target, body).content_type(content_type), NOT_A_FORM));
        }
        for (how, request, (status, title)) in refusals {
            let reply = request.send(&app, &caseworker).await;
            assert_govuk_page(&reply, status, title, &format!("{how} to {target}"));
        }
    }
    assert_unchanged(&store, &reference).await;
    assert_eq!(caseworker.get("/casework/mine").await.status, StatusCode::OK, "still signed in");
}

// ---- 3. The session's token ----------------------------------------------------------------------------------

/// Tokens that are not this session's, each as it would be posted.
fn forged_tokens(other_sessions: &str) -> Vec<(&'static str, Vec<(&'static str, &str)>)> {
    vec![
        ("no token", vec![]),
        ("an empty token", vec![("csrf_token", "")]),
        ("a made-up token", vec![("csrf_token", "00000000000000000000000000000000")]),
        ("another session's token", vec![("csrf_token", other_sessions)]),
        ("markup for a token", vec![("csrf_token", "\"><script>alert(1)</script>")]),
    ]
}

/// Posts `fields` to `path` with each forged token, and checks each is refused and nothing saved.
async fn assert_forgeries_refused(
    (app, store): (&Router, &Store),
    browser: &mut Browser,
    other_sessions: &str,
    (path, fields): PageAnswer,
) {
    let before = draft(store, browser).await;
    for (what, token) in forged_tokens(other_sessions) {
        let mut form = token.clone();
        form.extend_from_slice(fields);
        let reply = Raw::post(path, serde_urlencoded::to_string(&form).expect("encodable").into_bytes())
            .send(app, browser)
            .await;
        let what = format!("{path} with {what}");
        assert_govuk_page(&reply, NOT_SAVED.0, NOT_SAVED.1, &what);
        assert!(!reply.body.contains("<script>alert"), "{what}: the token is never shown back");
        assert_eq!(draft(store, browser).await, before, "{what}: nothing saved");
    }
}

#[tokio::test]
async fn every_form_without_its_sessions_own_token_is_refused_with_a_govuk_page_and_nothing_is_saved() {
    let (app, store) = apply_app().await;
    let mut browser = Browser::new(app.clone());
    browser.start_application().await;
    let mut someone_else = Browser::new(app.clone());
    someone_else.start_application().await;
    let other_sessions = token(&mut someone_else, Step::WhereYouLive.path()).await;

    for page in every_page() {
        token(&mut browser, page.0).await;
        assert_forgeries_refused((&app, &store), &mut browser, &other_sessions, page).await;
        answer(&mut browser, page.0, page.1).await;
    }
    for page in AFTER_THE_QUESTIONS {
        assert_forgeries_refused((&app, &store), &mut browser, &other_sessions, page).await;
    }
    let token = token(&mut browser, Step::CheckYourAnswers.path()).await;
    let sent = browser.post(Step::CheckYourAnswers.path(), &[("csrf_token", &token)]).await;
    assert_eq!(sent.location(), Some("/application-sent"), "the session's own token still works");
}

/// Where Exit this page goes (`apply::exit::NEUTRAL_SITE`, in a private module).
const NEUTRAL_SITE: &str = "https://www.bbc.co.uk/weather";

/// Exit this page deliberately takes no token and reads no body (`apply::exit`): it must work from a link, from
/// Shift pressed three times, from a stale tab, and even while the store is down. Forging it only ends the forger's
/// own view of a session: the cookie is `SameSite=Lax`, so another site's form posts arrive without it. Whatever
/// the body, it leaves.
#[tokio::test]
async fn exit_this_page_takes_no_token_and_leaves_whatever_the_body() {
    let (app, store) = apply_app().await;
    let bodies: [(&str, Vec<u8>, Option<&str>); 4] = [
        ("over the limit", vec![b'a'; MAX_BODY_BYTES + 1], Some("application/x-www-form-urlencoded")),
        ("not UTF-8", b"x=%FF".to_vec(), Some("application/x-www-form-urlencoded")),
        ("JSON", b"{}".to_vec(), Some("application/json")),
        ("no token", Vec::new(), None),
    ];
    for (what, body, content_type) in bodies {
        let mut browser = Browser::new(app.clone());
        browser.start_application().await;
        let session = SessionId::parse(browser.cookie(APPLICANT.name).expect("cookie")).expect("id");
        let reply = Raw::post("/exit", body).content_type(content_type).send(&app, &browser).await;
        assert_eq!((reply.status, reply.location()), (StatusCode::SEE_OTHER, Some(NEUTRAL_SITE)), "{what}");
        assert!(store.load_draft(&session, OffsetDateTime::now_utc()).await.expect("loaded").is_none(), "{what}");
    }
}

// ---- Casework: the same rules for caseworkers' changes -------------------------------------------------------

/// Sends an application without a disclosure straight through the store: it waits in the general team's queue.
async fn sent_application(store: &Store) -> Reference {
    let now = OffsetDateTime::now_utc();
    let mut draft = Draft::new(now);
    draft.answers.set_abuse(false);
    store.save_draft(&mut draft, now).await.expect("saved");
    store.send_application(&draft.session, now).await.expect("sent").expect("a receipt").reference
}

/// Each change a caseworker can make, with the fields that would make it.
fn casework_changes() -> [(&'static str, &'static [(&'static str, &'static str)]); 3] {
    [("claim", &[]), ("status", &[("from", "submitted"), ("to", "in-progress")]), ("release", &[])]
}

async fn assert_unchanged(store: &Store, reference: &Reference) {
    let application = store.load_application(reference).await.expect("loaded").expect("exists");
    assert_eq!(
        (application.status, application.holder),
        (intake::casework::Status::Submitted, None),
        "nothing changed"
    );
    assert!(
        store
            .audit_trail(reference, OffsetDateTime::now_utc())
            .await
            .expect("trail")
            .iter()
            .all(|entry| matches!(entry.action, AuditAction::Viewed | AuditAction::ViewedWithDisclosure)),
        "nothing but views in the history"
    );
}

#[tokio::test]
async fn every_casework_change_without_its_sessions_own_token_is_refused_and_changes_nothing() {
    let (app, store) = casework_app().await;
    let reference = sent_application(&store).await;
    let path = format!("/casework/applications/{}", reference.as_str());
    let mut caseworker = Browser::new(app.clone());
    sign_in(&mut caseworker, GENERAL).await;
    // The same caseworker signed in on another computer: a real token, of another session.
    let mut elsewhere = Browser::new(app.clone());
    sign_in(&mut elsewhere, GENERAL).await;
    let other_sessions = token(&mut elsewhere, &path).await;

    for (action, fields) in casework_changes() {
        let target = format!("{path}/{action}");
        for (what, token) in forged_tokens(&other_sessions) {
            let mut form = token.clone();
            form.extend_from_slice(fields);
            let reply = caseworker.post(&target, &form).await;
            assert_govuk_page(&reply, StatusCode::FORBIDDEN, "You do not have access", &format!("{target}: {what}"));
        }
    }
    assert_unchanged(&store, &reference).await;
    for (what, token) in forged_tokens(&other_sessions) {
        let reply = caseworker.post("/casework/sign-out", &token).await;
        assert_govuk_page(&reply, StatusCode::FORBIDDEN, "You do not have access", &format!("sign out: {what}"));
    }
    assert_eq!(caseworker.get("/casework/mine").await.status, StatusCode::OK, "still signed in");
}

// ---- 4. Markup and script in every text field ----------------------------------------------------------------

/// What an attacker, or a curious applicant, types: each must come back as the text typed, never as markup.
/// `javascript:` is harmless as text; it must never become a link's or a form's address.
const MARKUP: [&str; 4] = [
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "</textarea><script>alert(1)</script>",
];

/// The names of the page's text inputs and textareas: every input but radios, checkboxes and hidden ones (dates,
/// phone numbers and email addresses included: anything can be typed into them).
fn text_fields(html: &str) -> Vec<String> {
    let attribute = |tag: &str, name: &str| {
        let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        Some(tag[start..].split('"').next()?.to_owned())
    };
    let mut names = Vec::new();
    for (index, _) in html.match_indices('<') {
        let rest = &html[index..];
        let tag = &rest[..rest.find('>').unwrap_or(rest.len())];
        let is_text = if tag.starts_with("<textarea ") {
            true
        } else if tag.starts_with("<input ") {
            !matches!(attribute(tag, "type").as_deref(), Some("radio" | "checkbox" | "hidden" | "submit"))
        } else {
            false
        };
        if let Some(name) = attribute(tag, "name").filter(|_| is_text)
            && !names.contains(&name)
        {
            names.push(name);
        }
    }
    names
}

/// The number of nights a child stays, which only some answers to how often take.
const NIGHTS_FIELDS: [&str; 1] = [questions::children::overnight_stays::NIGHTS];

/// `text` as it must appear in the page: escaped as maud escapes it.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Nothing typed became markup: no new element, attribute or address, and no textarea closed early.
fn assert_inert(reply: &Reply, markup: &str, what: &str) {
    let body = &reply.body;
    if markup.contains(['<', '"']) {
        assert!(!body.contains(markup), "{what}: reflected as markup");
    }
    assert!(!body.contains("<img"), "{what}: an image element");
    for (at, _) in body.match_indices("<script") {
        let element = &body[at..];
        let tag = &element[..element.find('>').unwrap_or(element.len())];
        let empty = element[tag.len()..].starts_with("></script>");
        assert!(tag.contains(" src=\"/assets/") && empty, "{what}: a script other than the service's own: {tag}");
    }
    assert_eq!(
        body.matches("<textarea").count(),
        body.matches("</textarea>").count(),
        "{what}: a textarea closed early"
    );
    for attribute in ["href", "src", "action", "formaction"] {
        assert!(!body.contains(&format!("{attribute}=\"javascript:")), "{what}: a javascript: {attribute}");
    }
}

/// `fields` with `name` set to `value` (added if it is not there).
fn with_field(fields: &[(String, String)], name: &str, value: &str) -> Vec<(String, String)> {
    let mut changed: Vec<(String, String)> = fields.iter().filter(|(n, _)| n != name).cloned().collect();
    changed.push((name.to_owned(), value.to_owned()));
    changed
}

async fn post_owned(browser: &mut Browser, path: &str, token: &str, fields: &[(String, String)]) -> Reply {
    let mut form = vec![("csrf_token", token)];
    form.extend(fields.iter().map(|(n, v)| (n.as_str(), v.as_str())));
    browser.post(path, &form).await
}

/// The page at `path` after an answer to it was saved, as the applicant sees it again. The safety section's one
/// URL shows the page after, once one is saved: Back (a form) shows this one again.
async fn shown_again(browser: &mut Browser, path: &str, example: &[(&str, &str)]) -> Reply {
    let page = browser.get(path).await;
    let ours = example.iter().find(|(name, _)| *name == "step").map(|(_, id)| *id);
    let shown = page.safety_form_fields().into_iter().find(|(name, _)| *name == "step").map(|(_, id)| id);
    match (ours, shown) {
        (Some(ours), Some(shown)) if ours != shown => {
            let token = page.csrf_token().expect("a form");
            let back = browser.post(path, &[("csrf_token", &token), ("step", &shown), ("go", "back")]).await;
            assert_eq!(back.location(), Some(path), "Back to the page just answered");
            browser.get(path).await
        }
        _ => page,
    }
}

/// Walks every page typing `markup` into its text fields: first into all of them at once with nothing else (the
/// page comes back with its errors, 422, showing each as typed), then into one field at a time, keeping each the
/// page accepts (then the page is shown again with the saved answer). Returns how many fields kept it.
async fn walk_typing(browser: &mut Browser, markup: &str) -> usize {
    let mut kept_anywhere = 0;
    // With the disclosure kept: the domestic-abuse team reads every answer typed (the pages after, which change
    // the enquiry to "no", have no free text the walk has not met).
    for (path, example) in pages_with_a_disclosure().0 {
        let page = browser.get(path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        let token = page.csrf_token().expect("a form");
        let names = text_fields(&page.body);
        if !names.is_empty() {
            let everywhere: Vec<(String, String)> = names.iter().map(|n| (n.clone(), markup.to_owned())).collect();
            let reply = post_owned(browser, path, &token, &everywhere).await;
            let what = format!("{path}, {markup} in every text field");
            match reply.status {
                StatusCode::UNPROCESSABLE_ENTITY => {
                    assert_inert(&reply, markup, &what);
                    assert!(
                        reply.body.matches(&escaped(markup)).count() >= names.len(),
                        "{what}: every field shows what was typed, as text"
                    );
                }
                // A page whose only fields are free text may take it: then it is kept, and shown again as text.
                StatusCode::SEE_OTHER => {
                    let again = shown_again(browser, path, example).await;
                    assert_inert(&again, markup, &format!("{what}, saved and shown again"));
                    assert!(again.body.contains(&escaped(markup)), "{what}: the saved answer, as text");
                }
                other => panic!("{what}: {other} {}", reply.title()),
            }
        }
        let mut kept: Vec<(String, String)> = example.iter().map(|(n, v)| ((*n).to_owned(), (*v).to_owned())).collect();
        for name in &names {
            let trial = with_field(&kept, name, markup);
            let reply = post_owned(browser, path, &token, &trial).await;
            let what = format!("{path}, {markup} in {name}");
            match reply.status {
                StatusCode::UNPROCESSABLE_ENTITY => {
                    assert_inert(&reply, markup, &what);
                    assert!(reply.body.contains(&escaped(markup)), "{what}: shown as typed, as text");
                }
                StatusCode::SEE_OTHER => {
                    kept = trial;
                    // A number of nights typed with an answer that takes none is accepted, and not kept.
                    let unchosen_nights =
                        NIGHTS_FIELDS.contains(&name.as_str()) && !example.iter().any(|(n, _)| n == name);
                    if !unchosen_nights {
                        kept_anywhere += 1;
                    }
                    let again = shown_again(browser, path, example).await;
                    assert_inert(&again, markup, &format!("{what}, saved and shown again"));
                    // Adding a child always shows an empty form (the child is on the list instead).
                    if path != Step::AddChild.path() && !unchosen_nights {
                        assert!(again.body.contains(&escaped(markup)), "{what}: the saved answer, as text");
                    }
                    if !again.body.contains(&format!(r#"name="{name}""#)) {
                        // Not a form any more: a request for help in danger, sent, and its page saying so.
                        break;
                    }
                }
                other => panic!("{what}: {other} {}", reply.title()),
            }
        }
        let reply = post_owned(browser, path, &token, &kept).await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{path} with what it accepted: {}", reply.title());
    }
    kept_anywhere
}

#[tokio::test]
async fn markup_typed_into_every_text_field_is_shown_as_text_to_the_applicant_and_to_caseworkers() {
    let (app, store) = casework_app().await;
    let apply = apply::router(apply::AppState::new(store.clone()));
    let mut references = Vec::new();
    for markup in MARKUP {
        let mut browser = Browser::new(apply.clone());
        browser.start_application().await;
        let kept = walk_typing(&mut browser, markup).await;
        assert!(kept > 0, "{markup}: some free-text field keeps it");
        for path in [Step::CheckYourAnswers.path(), Step::Children.path(), "/children/0/change", "/children/0/remove"] {
            let reply = browser.get(path).await;
            assert_eq!(reply.status, StatusCode::OK, "{path}");
            assert_inert(&reply, markup, &format!("{path} after typing {markup}"));
        }
        let check = browser.get(Step::CheckYourAnswers.path()).await;
        assert!(
            check.body.matches(&escaped(markup)).count() >= kept,
            "{markup}: check your answers shows every answer that kept it, as text"
        );
        references.push((markup, kept, draft(&store, &browser).await.reference));
        let token = check.csrf_token().expect("the send form");
        let sent = browser.post(Step::CheckYourAnswers.path(), &[("csrf_token", &token)]).await;
        assert_eq!(sent.location(), Some("/application-sent"));
        assert_inert(&browser.get("/application-sent").await, markup, "the confirmation");
    }

    // The walk discloses abuse: the domestic-abuse team reads these applications, disclosure and all.
    let mut caseworker = Browser::new(app.clone());
    sign_in(&mut caseworker, DOMESTIC_ABUSE).await;
    for (markup, kept, reference) in references {
        let queue = caseworker.get("/casework/queues/domestic-abuse").await;
        assert_inert(&queue, markup, "the queue");
        let path = format!("/casework/applications/{}", reference.as_str());
        let page = caseworker.get(&path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        assert_inert(&page, markup, &format!("the caseworker's view of {markup}"));
        assert!(
            page.body.matches(&escaped(markup)).count() >= kept,
            "{markup}: the caseworker sees every answer that kept it, as text"
        );
        let search = caseworker.get(&format!("/casework/search?reference={}", urlencoded(markup))).await;
        assert_eq!(search.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_inert(&search, markup, "a search for markup");
    }
}

fn urlencoded(text: &str) -> String {
    serde_urlencoded::to_string([("", text)]).expect("encodable").trim_start_matches('=').to_owned()
}

// ---- 5. Unknown and repeated fields --------------------------------------------------------------------------

const SENTINEL: &str = "unknown-field-sentinel-7f3a";

#[tokio::test]
async fn unknown_fields_are_ignored_and_never_shown_back() {
    let (app, _store) = apply_app().await;
    let mut browser = Browser::new(app);
    browser.start_application().await;
    let markup_name = format!("\"><b>{SENTINEL}</b>");
    let unknown = [
        ("unknown", SENTINEL),
        (markup_name.as_str(), SENTINEL),
        // The token's name misspelt, and numbered as some frameworks number repeated fields.
        ("csrf-token", SENTINEL),
        ("csrf_token[1]", SENTINEL),
    ];
    for (path, fields) in every_page() {
        let token = token(&mut browser, path).await;
        // With nothing but unknown fields: the question's own errors (or, on a page where everything is optional,
        // an empty answer), never the unknown values.
        let mut form = vec![("csrf_token", token.as_str())];
        form.extend_from_slice(&unknown);
        let reply = browser.post(path, &form).await;
        assert!(matches!(reply.status.as_u16(), 303 | 422), "{path}: {}", reply.status);
        assert!(!reply.body.contains(SENTINEL), "{path}: an unknown field was shown back");
        // With the answer: saved as if they were not there.
        form.extend_from_slice(fields);
        let reply = browser.post(path, &form).await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{path}: {}", reply.title());
        assert!(!browser.get(path).await.body.contains(SENTINEL), "{path}");
    }
    assert!(!browser.get(Step::CheckYourAnswers.path()).await.body.contains(SENTINEL));
}

/// The rule: a question that takes one answer, posted two different ones (a tampered form: no browser sends that),
/// has no answer. The service never guesses which was meant: a required question shows its error, an optional one
/// is left unanswered, and the token is not the session's. The same value twice is that value; checkboxes keep
/// every value.
#[tokio::test]
async fn a_single_answer_posted_twice_with_different_values_is_no_answer() {
    let (app, store) = apply_app().await;
    let mut browser = Browser::new(app);
    browser.start_application().await;
    for (path, fields) in every_page() {
        let token = token(&mut browser, path).await;
        let before = draft(&store, &browser).await;
        match path {
            "/where-do-you-live" => {
                let reply = browser
                    .post(path, &[("csrf_token", &token), ("where-you-live", "wales"), ("where-you-live", "england")])
                    .await;
                assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "two countries");
                assert!(reply.body.contains("Select where you live"));
                assert!(!reply.body.contains(" checked"), "neither is shown chosen");
                assert_eq!(draft(&store, &browser).await, before, "nothing saved");
                let reply = browser
                    .post(path, &[("csrf_token", &token), ("where-you-live", "wales"), ("where-you-live", "wales")])
                    .await;
                assert_eq!(reply.status, StatusCode::SEE_OTHER, "the same country twice is that country");
                assert_eq!(
                    draft(&store, &browser).await.answers.where_you_live,
                    Some(intake::eligibility::Country::Wales)
                );
            }
            "/your-role" => {
                for tokens in [
                    [token.as_str(), "00000000000000000000000000000000"],
                    ["00000000000000000000000000000000", token.as_str()],
                ] {
                    let reply = browser
                        .post(
                            path,
                            &[("csrf_token", tokens[0]), ("csrf_token", tokens[1]), ("your-role", "parent-with-care")],
                        )
                        .await;
                    assert_govuk_page(&reply, NOT_SAVED.0, NOT_SAVED.1, &format!("two tokens: {tokens:?}"));
                    assert_eq!(draft(&store, &browser).await, before, "nothing saved");
                }
            }
            "/your-safety" if fields.contains(&("step", Step::KindsOfAbuse.id())) => {
                let kinds = [
                    ("csrf_token", token.as_str()),
                    ("kinds", "coercive-or-controlling"),
                    ("kinds", "economic"),
                    ("kinds", "physical"),
                ];
                let reply = browser.post(path, &kinds).await;
                assert_eq!(reply.status, StatusCode::SEE_OTHER, "checkboxes take many values");
                assert_eq!(draft(&store, &browser).await.answers.disclosure.kinds.map(|k| k.len()), Some(3));
            }
            "/your-name" => {
                let reply = browser
                    .post(
                        path,
                        &[
                            ("csrf_token", &token),
                            ("full-name", "Sam Jones"),
                            ("full-name", "Alex Smith"),
                            ("other-names", ""),
                        ],
                    )
                    .await;
                assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "two names");
                assert!(reply.body.contains("Enter your full name"), "{}", reply.title());
                assert_eq!(draft(&store, &browser).await, before, "nothing saved");
            }
            "/other-parent-details" => {
                let reply = browser
                    .post(path, &[("csrf_token", &token), ("employer", "Acme Ltd"), ("employer", "Other Ltd")])
                    .await;
                assert_eq!(reply.status, StatusCode::SEE_OTHER, "every field here is optional");
                let saved = draft(&store, &browser).await.answers.other_parent.other_details;
                assert!(saved.is_some_and(|details| details.employer.is_none()), "two employers: neither is saved");
            }
            _ => {}
        }
        answer(&mut browser, path, fields).await;
    }
}

// ---- 6. Headers smuggled into redirects ----------------------------------------------------------------------

/// Query values and path segments that try to add a header or send the browser to another site.
const INJECTED: [&str; 9] = [
    "1%0d%0aX-Injected:%20yes",
    "%0d%0aSet-Cookie:%20injected=1",
    "1%0aLocation:%20https://evil.example",
    "//evil.example",
    "https://evil.example",
    "/%5Cevil.example",
    "%2F%2Fevil.example",
    "%5C%5Cevil.example",
    "javascript:alert(1)",
];

/// Every parameter name a redirect might be taken from, each given an injection.
fn injected_query(first: usize) -> String {
    ["change", "next", "return", "returnUrl", "redirect", "redirect_uri", "url", "to", "continue"]
        .iter()
        .enumerate()
        .map(|(i, name)| format!("{name}={}", INJECTED[(first + i) % INJECTED.len()]))
        .collect::<Vec<_>>()
        .join("&")
}

/// The same without `change`, for a change-mode address that has its own `change=1`.
fn injected_query_but_change(first: usize) -> String {
    injected_query(first).split('&').filter(|p| !p.starts_with("change=")).collect::<Vec<_>>().join("&")
}

/// No header was added, and any redirect stays on this site (or goes where it always goes: `off_site`).
fn assert_not_injected(reply: &Reply, off_site: &[&str], what: &str) {
    for (name, value) in &reply.headers {
        let value = String::from_utf8_lossy(value.as_bytes()).to_lowercase();
        assert!(!name.as_str().contains("injected"), "{what}: an injected header {name}");
        assert!(!value.contains("injected") && !value.contains("evil.example"), "{what}: {name}: {value}");
    }
    if let Some(location) = reply.location() {
        let on_site = location.starts_with('/') && !location.starts_with("//") && !location.starts_with("/\\");
        assert!(on_site || off_site.iter().any(|prefix| location.starts_with(prefix)), "{what}: to {location}");
        assert!(!location.to_lowercase().contains("%0d") && !location.to_lowercase().contains("%0a"), "{what}");
        assert!(!location.contains("javascript:"), "{what}: {location}");
    }
    // What was typed may be shown back as text (a search box), but never as an address to go to.
    for address in addresses(&reply.body) {
        assert!(!address.contains("evil.example"), "{what}: a link or form to {address}");
        assert!(!address.trim_start().to_lowercase().starts_with("javascript:"), "{what}: {address}");
    }
}

#[tokio::test]
async fn no_query_or_path_can_add_a_header_or_send_an_applicant_off_site() {
    let (app, _store) = apply_app().await;
    let mut browser = Browser::new(app.clone());
    // Before a session: the journey's redirects to the start.
    for (index, path) in Step::ALL.iter().map(|step| step.path()).enumerate() {
        let reply = browser.get(&format!("{path}?{}", injected_query(index))).await;
        assert_eq!(reply.location(), Some("/"), "{path}");
        assert_not_injected(&reply, &[], path);
    }
    let started = browser.post(&format!("/before-you-start?{}", injected_query(0)), &[]).await;
    assert_eq!(started.location(), Some("/where-do-you-live"));
    assert_not_injected(&started, &[], "before you start");

    // Each page shown and answered with every parameter injected: the journey's own redirects only.
    for (index, (path, fields)) in every_page().into_iter().enumerate() {
        let target = format!("{path}?{}", injected_query(index));
        let page = browser.get(&target).await;
        assert_eq!(page.status, StatusCode::OK, "{target}");
        assert_not_injected(&page, &[], &target);
        let reply = browser.answer(&target, fields).await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{target}");
        assert_not_injected(&reply, &[], &target);
    }
    // The same in change mode, from check your answers: back there, or to a question the change made necessary.
    for (index, (path, fields)) in every_page().into_iter().enumerate() {
        let target = format!("{path}?change=1&{}", injected_query_but_change(index));
        let reply = browser.answer(&target, fields).await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{target}");
        assert_not_injected(&reply, &[], &target);
    }
    // Change mode asked for twice, one of them an injection: not a page this service has a meaning for.
    let twice = format!("/your-name?change=1&change={}", INJECTED[0]);
    let reply = browser.get(&twice).await;
    assert_govuk_page(&reply, StatusCode::BAD_REQUEST, "Sorry, there is a problem with the service", &twice);
    assert_not_injected(&reply, &[], &twice);
    // A child's pages, by index: only a number names a child.
    for segment in [
        "0%0d%0aX-Injected:%20yes",
        "%2F%2Fevil.example",
        "..%2F..%2Fexit",
        "-1",
        "18446744073709551616",
        "0%20",
        "%00",
    ] {
        for action in ["change", "remove"] {
            let path = format!("/children/{segment}/{action}");
            let token = token(&mut browser, "/children/0/change").await;
            for reply in [browser.get(&path).await, browser.post(&path, &[("csrf_token", &token)]).await] {
                assert!(matches!(reply.status.as_u16(), 400 | 404), "{path}: {}", reply.status);
                assert!(reply.title().ends_with(" - GOV.UK"), "{path}: a GOV.UK page");
                assert_not_injected(&reply, &[], &path);
            }
        }
    }
    // Paths that look like another site are pages of this one that do not exist, never redirects.
    for path in
        ["//evil.example", "/%2F%2Fevil.example", "/%5Cevil.example", "/%0d%0aX-Injected:%20yes", "/where-do-you-live/"]
    {
        let reply = browser.get(path).await;
        assert_govuk_page(&reply, StatusCode::NOT_FOUND, "Page not found", path);
        assert_not_injected(&reply, &[], path);
    }
    // Exit this page goes to the one neutral site, whatever it is asked.
    for (index, method) in [Method::GET, Method::POST].into_iter().enumerate() {
        let path = format!("/exit?{}", injected_query(index));
        let reply = Raw { method, ..Raw::post(&path, Vec::new()) }.send(&app, &browser).await;
        assert_eq!(reply.location(), Some(NEUTRAL_SITE));
        assert_not_injected(&reply, &[NEUTRAL_SITE], &path);
    }
}

#[tokio::test]
async fn no_query_path_or_host_can_add_a_header_or_send_a_caseworker_off_site() {
    let (app, store) = casework_app().await;
    let issuer = std::env::var("OIDC_ISSUER").expect("set by make test");
    let provider = [issuer.as_str()];
    let reference = sent_application(&store).await;
    let path = format!("/casework/applications/{}", reference.as_str());

    // Signing in: the return address is the configured one, whatever the request says about itself.
    let anonymous = Browser::new(app.clone());
    let target = format!("/casework/sign-in?{}", injected_query(0));
    let start = Raw::post(&target, Vec::new())
        .header("host", "evil.example")
        .header("x-forwarded-host", "evil.example")
        .header("x-forwarded-proto", "https")
        .header("forwarded", "host=evil.example;proto=https")
        .send(&app, &anonymous)
        .await;
    assert_eq!(start.status, StatusCode::SEE_OTHER);
    assert_not_injected(&start, &provider, "sign in");
    let authorize = start.location().expect("to the provider");
    assert!(authorize.contains("redirect_uri=http%3A%2F%2Flocalhost%2Fcasework%2Fcallback"), "{authorize}");
    for (index, _) in INJECTED.iter().enumerate() {
        let callback =
            format!("/casework/callback?state={}&code={}&{}", INJECTED[index], INJECTED[index], injected_query(index));
        let reply = Browser::new(app.clone()).get(&callback).await;
        assert_govuk_page(&reply, StatusCode::UNAUTHORIZED, "You could not be signed in", &callback);
        assert_not_injected(&reply, &[], &callback);
    }

    let mut caseworker = Browser::new(app.clone());
    sign_in(&mut caseworker, GENERAL).await;
    let landing = caseworker.get(&format!("/casework?{}", injected_query(1))).await;
    assert_eq!(landing.location(), Some("/casework/queues/general"));
    assert_not_injected(&landing, &[], "landing");
    for (index, injected) in INJECTED.iter().enumerate() {
        let query = injected_query(index);
        for (target, status) in [
            (format!("/casework/queues/general?after={injected}&{query}"), StatusCode::OK),
            (format!("/casework/mine?{query}"), StatusCode::OK),
            (format!("{path}?notice={injected}&{query}"), StatusCode::OK),
            (format!("/casework/search?reference={injected}&{query}"), StatusCode::UNPROCESSABLE_ENTITY),
            (format!("/casework/search?reference={}{injected}", reference.as_str()), StatusCode::UNPROCESSABLE_ENTITY),
            (format!("/casework/applications/{}{injected}", reference.as_str()), StatusCode::NOT_FOUND),
        ] {
            let reply = caseworker.get(&target).await;
            assert_eq!(reply.status, status, "{target}");
            assert_not_injected(&reply, &[], &target);
        }
        let found = caseworker.get(&format!("/casework/search?reference={}&{query}", reference.as_str())).await;
        assert_eq!(found.location(), Some(path.as_str()), "search goes to the application, whatever else it is asked");
        assert_not_injected(&found, &[], "search");
    }
    // Each change returns to the application it changed.
    let token = token(&mut caseworker, &path).await;
    for (index, (action, fields)) in
        [("claim", &[][..]), ("status", &[("from", "claimed"), ("to", "in-progress")]), ("release", &[])]
            .into_iter()
            .enumerate()
    {
        let target = format!("{path}/{action}?{}", injected_query(index));
        let mut form = vec![("csrf_token", token.as_str())];
        form.extend_from_slice(fields);
        let reply = caseworker.post(&target, &form).await;
        assert_eq!(reply.location(), Some(path.as_str()), "{target}");
        assert_not_injected(&reply, &[], &target);
    }
    let out = caseworker.post(&format!("/casework/sign-out?{}", injected_query(2)), &[("csrf_token", &token)]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert_not_injected(&out, &provider, "sign out");
}

// ---- 7. Paths that climb out of /assets ----------------------------------------------------------------------

/// Ways of writing "up a folder" and "/" that a file server might decode into the real thing: plain, percent-
/// encoded in either case, half-encoded, double-encoded, overlong UTF-8, Windows' backslash, and `....//`,
/// which a filter that strips `../` once turns back into `../`.
const UP: [&str; 9] = ["..", "%2e%2e", "%2E%2E", ".%2e", "%2e.", "%252e%252e", "%c0%ae%c0%ae", "....", "..;"];
const SEPARATOR: [&str; 6] = ["/", "%2f", "%2F", "%5c", "%252f", "//"];

#[tokio::test]
async fn the_dev_servers_assets_never_serve_a_file_from_outside_the_assets_folders() {
    let app = dev_server::app(apply_app().await.0, casework_app().await.0);
    let nobody = Browser::new(app.clone());
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    // What must never be sent, with a line of each that the not-found page cannot contain by chance.
    let secrets = [
        ("Cargo.toml", "[workspace]".to_owned()),
        ("templates/package.json", "\"dependencies\"".to_owned()),
        ("README.md", "# cms-intake".to_owned()),
        ("etc/passwd", "root:".to_owned()),
    ];
    for (file, _) in &secrets[..3] {
        assert!(root.join(file).exists(), "{file} is there to be reached for");
    }
    // The service is really there: real assets are served, at the top of /assets and in a folder.
    for asset in ["/assets/manifest.json", "/assets/images/favicon.svg"] {
        let reply = Raw::get(asset).send(&app, &nobody).await;
        assert_eq!(reply.status, StatusCode::OK, "{asset}");
    }

    let mut paths = vec![
        "/assets//etc/passwd".to_owned(),
        "/assets/%2fetc%2fpasswd".to_owned(),
        "/assets/%2F%2Fetc/passwd".to_owned(),
        "/assets/%5cetc%5cpasswd".to_owned(),
        "/assets/manifest.json%00".to_owned(),
        "/assets/manifest.json%00.png".to_owned(),
        "/assets/%00/../../../../../../../../Cargo.toml".to_owned(),
        "/assets/fonts/%00".to_owned(),
        "/assets/file:%2f%2f%2fetc%2fpasswd".to_owned(),
        "/assets/C:%5cWindows%5cwin.ini".to_owned(),
        // Folders are not files: not found, never a redirect (ServeDir's would leave /assets).
        "/assets/fonts".to_owned(),
        "/assets/fonts/".to_owned(),
        "/assets/".to_owned(),
    ];
    for (file, _) in &secrets {
        for depth in 1..=10 {
            for up in UP {
                for separator in SEPARATOR {
                    paths.push(format!("/assets/{}{file}", format!("{up}{separator}").repeat(depth)));
                }
            }
        }
    }
    for path in &paths {
        let reply = Raw::get(path).send(&app, &nobody).await;
        assert!(matches!(reply.status.as_u16(), 400 | 404), "{path}: {}", reply.status);
        assert!(reply.body.starts_with("<!DOCTYPE html>"), "{path}: a GOV.UK page, not {:?}", reply.body);
        assert!(reply.title().ends_with(" - GOV.UK"), "{path}: {}", reply.title());
        assert_eq!(reply.location(), None, "{path}");
        for (file, secret) in &secrets {
            assert!(!reply.body.contains(secret.as_str()), "{path}: the contents of {file}");
        }
    }
    let missing = Raw::get("/assets/no-such-file.css").send(&app, &nobody).await;
    assert_govuk_page(&missing, StatusCode::NOT_FOUND, "Page not found", "a missing asset");
}
