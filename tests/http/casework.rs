//! Casework through the real router, DynamoDB Local and the real OIDC provider on loopback: signing in and out,
//! need to know, claiming and the audit trail, and the access-control matrix of every route for every kind of
//! visitor.

use end_to_end::caseworkers::{DOMESTIC_ABUSE, GENERAL, NO_TEAM};
use end_to_end::{Browser, Reply, casework_app, sign_in};
use http::StatusCode;
use intake::casework::{Caseworker, Status};
use intake::routing::Team;
use intake::store::STAFF_SESSION_LIFETIME;
use intake::{Draft, Reference, Store};
use time::OffsetDateTime;
use web::session::CASEWORKER;

/// Sends an application; `disclosed` routes it to the domestic-abuse team, with a request (sent before it) to call
/// the police.
pub(crate) async fn sent(store: &Store, disclosed: bool) -> Reference {
    let draft = draft(store, disclosed).await;
    let now = OffsetDateTime::now_utc();
    store.send_application(&draft.session, now).await.expect("sent").expect("a receipt").reference
}

/// A draft saved; `disclosed`: with a disclosure, in danger, and the request to call the police sent.
async fn draft(store: &Store, disclosed: bool) -> Draft {
    use intake::domain::{LongText, PersonName};
    use intake::safety::{AbuseKind, CallRequest};
    use intake::urgent::{Help, UrgentRequest};
    let now = OffsetDateTime::now_utc();
    let mut draft = Draft::new(now);
    draft.answers.set_abuse(disclosed);
    draft.answers.applied_in = Some(intake::answers::Language::Welsh);
    if disclosed {
        draft.answers.disclosure.kinds = Some(vec![AbuseKind::StalkingOrHarassment]);
        draft.answers.set_in_immediate_danger(Some(true));
        draft.answers.set_call_request(Some(CallRequest::CallThePolice));
        draft.answers.urgent_request = Some(UrgentRequest {
            first_name: PersonName::parse("Robin").ok(),
            help: Help::CallThePolice {
                whereabouts: LongText::parse("Behind the library on Mill Lane").expect("valid"),
                phone: None,
            },
        });
        store.send_urgent_request(&mut draft, now).await.expect("the request sent");
    } else {
        store.save_draft(&mut draft, now).await.expect("saved");
    }
    draft
}

/// A request for help in danger sent on its own: the applicant has not sent their application (yet).
async fn request_only(store: &Store) -> Reference {
    draft(store, true).await.reference
}

pub(crate) async fn signed_in(app: &axum::Router, user: (&str, &str)) -> Browser {
    let mut browser = Browser::new(app.clone());
    let reply = sign_in(&mut browser, user).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.title());
    assert!(reply.title().starts_with("You are signed in"));
    assert!(browser.cookie(CASEWORKER.name).is_some(), "a session cookie");
    browser
}

#[tokio::test]
async fn signing_in_sets_a_strict_session_cookie_and_leads_to_the_teams_queue() {
    let (app, _store) = casework_app().await;
    let mut browser = Browser::new(app);
    let start = browser.post("/casework/sign-in", &[]).await;
    let authorize = start.location().expect("to the provider");
    let issuer = std::env::var("OIDC_ISSUER").expect("set by make test");
    assert!(authorize.starts_with(&issuer), "{authorize}");
    for part in ["response_type=code", "code_challenge_method=S256", "code_challenge=", "nonce=", "state="] {
        assert!(authorize.contains(part), "{authorize} lacks {part}");
    }
    let signed_in = sign_in(&mut browser, DOMESTIC_ABUSE).await;
    let cookie = signed_in
        .headers
        .get_all(http::header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with(&format!("{}=", CASEWORKER.name)))
        .expect("the session cookie")
        .to_owned();
    for part in ["HttpOnly", "Secure", "SameSite=Strict", "Path=/"] {
        assert!(cookie.contains(part), "{cookie} lacks {part}");
    }
    assert!(signed_in.body.contains("Dana Abbott"));
    assert!(signed_in.body.contains(r#"href="/casework/queues/domestic-abuse""#));
    let landing = browser.get("/casework").await;
    assert_eq!(landing.location(), Some("/casework/queues/domestic-abuse"));
}

#[tokio::test]
async fn a_callback_is_finished_once_and_only_by_the_browser_that_started_it() {
    let (app, _store) = casework_app().await;
    let mut browser = Browser::new(app.clone());
    let start = browser.post("/casework/sign-in", &[]).await;
    let state = start.location().and_then(|l| l.split("state=").nth(1)).map(|s| s.split('&').next().unwrap_or(s));
    let state = state.expect("a state").to_owned();
    // Someone else's browser, given the callback: refused.
    let mut other = Browser::new(app.clone());
    let forged = other.get(&format!("/casework/callback?code=anything&state={state}")).await;
    assert_eq!(forged.status, StatusCode::UNAUTHORIZED);
    assert!(forged.title().starts_with("You could not be signed in"));
    // A made-up code in the right browser: the provider refuses it, and the sign-in cannot be retried.
    let refused = browser.get(&format!("/casework/callback?code=made-up&state={state}")).await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
    let replay = browser.get(&format!("/casework/callback?code=made-up&state={state}")).await;
    assert_eq!(replay.status, StatusCode::UNAUTHORIZED);
    assert_eq!(browser.cookie(CASEWORKER.name), None, "no session");
}

#[tokio::test]
async fn a_wrong_password_never_reaches_the_service() {
    let (app, _store) = casework_app().await;
    let mut browser = Browser::new(app);
    let started = browser.post("/casework/sign-in", &[]).await;
    assert_eq!(started.status, StatusCode::SEE_OTHER);
    // The provider's form answers 401 and no redirect: `sign_in` would panic; check it directly instead.
    let result = tokio::spawn(async move { sign_in(&mut browser, (GENERAL.0, "not-the-password")).await }).await;
    assert!(result.is_err(), "the provider did not send the browser back");
}

#[tokio::test]
async fn the_domestic_abuse_team_reads_the_disclosure_and_every_view_is_audited() {
    let (app, store) = casework_app().await;
    let reference = sent(&store, true).await;
    let mut specialist = signed_in(&app, DOMESTIC_ABUSE).await;

    let queue = specialist.get("/casework/queues/domestic-abuse").await;
    assert_eq!(queue.status, StatusCode::OK);
    assert!(queue.body.contains(reference.as_str()) && queue.body.contains("Urgent: call the police"));

    let page = specialist.get(&format!("/casework/applications/{}", reference.as_str())).await;
    assert_eq!(page.status, StatusCode::OK);
    let urgent = page.body.find("asked us to call the police").expect("the urgent request");
    assert!(page.body.contains(&format!(r#"href="/casework/requests/{}""#, reference.as_str())), "the way to it");
    let disclosure = page.body.find("Stalking or harassment").expect("the disclosure, to this team");
    let answers = page.body.find("The other parent").expect("the rest of the answers");
    assert!(urgent < disclosure && disclosure < answers, "safety first");
    for heading in ["Eligibility", "About you", "The children", "History"] {
        assert!(page.body.contains(&format!(r#"<h2 class="govuk-heading-m">{heading}</h2>"#)), "{heading} is shown");
    }
    assert!(page.body.contains("Viewed, with the disclosure"), "the view is in the history it shows");

    let trail = store.audit_trail(&reference, OffsetDateTime::now_utc()).await.expect("trail");
    assert_eq!(trail.len(), 1);
    assert_eq!(trail[0].caseworker_name, "Dana Abbott");
}

#[tokio::test]
async fn a_general_caseworker_cannot_reach_the_domestic_abuse_teams_applications_by_any_url() {
    let (app, store) = casework_app().await;
    let abuse = sent(&store, true).await;
    let general = sent(&store, false).await;
    let mut caseworker = signed_in(&app, GENERAL).await;

    let queue = caseworker.get("/casework/queues/general").await;
    assert!(queue.body.contains(general.as_str()) && !queue.body.contains(abuse.as_str()));
    let token = queue.csrf_token().expect("a form");
    let path = format!("/casework/applications/{}", abuse.as_str());
    for reply in [
        caseworker.get("/casework/queues/domestic-abuse").await,
        caseworker.get(&path).await,
        caseworker.post(&format!("{path}/claim"), &[("csrf_token", &token)]).await,
        caseworker.post(&format!("{path}/release"), &[("csrf_token", &token)]).await,
        caseworker
            .post(&format!("{path}/status"), &[("csrf_token", &token), ("from", "claimed"), ("to", "in-progress")])
            .await,
    ] {
        assert_eq!(reply.status, StatusCode::FORBIDDEN, "{}", reply.title());
        assert!(!reply.body.contains("Stalking"), "nothing of the disclosure");
    }
    let search = caseworker.get(&format!("/casework/search?reference={}", abuse.as_str())).await;
    assert_eq!(search.status, StatusCode::NOT_FOUND, "search does not even say it exists");
    assert!(
        store.audit_trail(&abuse, OffsetDateTime::now_utc()).await.expect("trail").is_empty(),
        "nothing was viewed or changed"
    );
    let application = store.load_application(&abuse).await.expect("loaded").expect("exists");
    assert_eq!(application.status, Status::Submitted);
}

#[tokio::test]
async fn claim_start_and_hand_over_from_the_application_page_with_the_history_shown() {
    let (app, store) = casework_app().await;
    let reference = sent(&store, false).await;
    let mut caseworker = signed_in(&app, GENERAL).await;
    let path = format!("/casework/applications/{}", reference.as_str());

    let page = caseworker.get(&path).await;
    assert!(page.body.contains("Claim this application"));
    let applied_in =
        r#"<dt class="govuk-summary-list__key">Applied in</dt><dd class="govuk-summary-list__value">Welsh</dd>"#;
    assert!(page.body.contains(applied_in), "the language of the pages the applicant used");
    let token = page.csrf_token().expect("a form");
    let claimed = caseworker.post(&format!("{path}/claim"), &[("csrf_token", &token)]).await;
    assert_eq!((claimed.status, claimed.location()), (StatusCode::SEE_OTHER, Some(path.as_str())));
    let page = caseworker.get(&path).await;
    assert!(page.body.contains("Gina General") && page.body.contains("Start work on it"));
    let mine = caseworker.get("/casework/mine").await;
    assert!(mine.body.contains(reference.as_str()));

    caseworker
        .post(&format!("{path}/status"), &[("csrf_token", &token), ("from", "claimed"), ("to", "in-progress")])
        .await;
    let handed_over = caseworker
        .post(&format!("{path}/status"), &[("csrf_token", &token), ("from", "in-progress"), ("to", "handed-over")])
        .await;
    assert_eq!(handed_over.location(), Some(path.as_str()));
    // The same form again (Back and resend): nothing changes, and the page says so.
    let again = caseworker
        .post(&format!("{path}/status"), &[("csrf_token", &token), ("from", "in-progress"), ("to", "handed-over")])
        .await;
    assert_eq!(again.location(), Some(format!("{path}?notice=not-allowed").as_str()));

    let page = caseworker.get(&path).await;
    for shown in ["Claimed", "Status changed to: in progress", "Status changed to: handed over to case management"] {
        assert!(page.body.contains(shown), "the history shows {shown}");
    }
    let application = store.load_application(&reference).await.expect("loaded").expect("exists");
    assert_eq!(application.status, Status::HandedOver);
    // A form without the session's token changes nothing.
    let forged = caseworker.post(&format!("{path}/release"), &[("csrf_token", &"0".repeat(32))]).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn an_application_for_children_with_another_parent_names_the_one_it_followed() {
    let (app, store) = casework_app().await;
    let first = sent(&store, false).await;
    let now = OffsetDateTime::now_utc();
    let first_answers = store.load_application(&first).await.expect("loaded").expect("exists").answers;
    let mut draft = Draft::new(now);
    draft.answers = first_answers.for_another_parent(&first);
    store.save_draft(&mut draft, now).await.expect("saved");
    let second = store.send_application(&draft.session, now).await.expect("sent").expect("a receipt").reference;
    let mut caseworker = signed_in(&app, GENERAL).await;
    let page = caseworker.get(&format!("/casework/applications/{}", second.as_str())).await;
    assert!(page.body.contains(&format!("Also applied for children with another parent: {first}")));
    let page = caseworker.get(&format!("/casework/applications/{}", first.as_str())).await;
    assert!(!page.body.contains("Also applied for children with another parent"));
}

#[tokio::test]
async fn signing_out_ends_the_session_here_and_at_the_provider() {
    let (app, _store) = casework_app().await;
    let mut caseworker = signed_in(&app, GENERAL).await;
    let token = caseworker.get("/casework/queues/general").await.csrf_token().expect("a form");
    let cookie = caseworker.cookie(CASEWORKER.name).expect("signed in").to_owned();
    let out = caseworker.post("/casework/sign-out", &[("csrf_token", &token)]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    let issuer = std::env::var("OIDC_ISSUER").expect("set by make test");
    let location = out.location().expect("to the provider's end-session endpoint");
    assert!(location.starts_with(&issuer) && location.contains("post_logout_redirect_uri="), "{location}");
    assert_eq!(caseworker.cookie(CASEWORKER.name), None, "the cookie is expired");
    // The old cookie, kept by someone: the session is gone.
    caseworker.set_cookie(CASEWORKER.name, &cookie);
    assert_eq!(caseworker.get("/casework/queues/general").await.location(), Some("/casework"));
}

/// Who is asking, in the access-control matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Visitor {
    Anonymous,
    General,
    DomesticAbuse,
    /// Signed in, but in no team.
    NoTeam,
    /// A session cookie that names no session (made up, or altered).
    TamperedCookie,
    /// A session past its 8 hours.
    ExpiredSession,
}

/// What a route must answer.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Expect {
    Ok,
    To(String),
    /// The handover feed's answer to anything but a bearer token.
    Unauthorized,
    Forbidden,
    NotFound,
}

async fn visitor(app: &axum::Router, store: &Store, who: Visitor) -> Browser {
    match who {
        Visitor::Anonymous => Browser::new(app.clone()),
        Visitor::General => signed_in(app, GENERAL).await,
        Visitor::DomesticAbuse => signed_in(app, DOMESTIC_ABUSE).await,
        Visitor::NoTeam => signed_in(app, NO_TEAM).await,
        Visitor::TamperedCookie => {
            let mut browser = signed_in(app, GENERAL).await;
            let real = browser.cookie(CASEWORKER.name).expect("signed in").to_owned();
            let altered: String = real.chars().rev().collect();
            browser.set_cookie(CASEWORKER.name, &altered);
            browser
        }
        Visitor::ExpiredSession => {
            let long_ago = OffsetDateTime::now_utc() - STAFF_SESSION_LIFETIME - time::Duration::minutes(1);
            let someone = Caseworker { id: "expired".into(), name: "Ex Pired".into(), teams: vec![Team::General] };
            let token = intake::store::RefreshToken::new("never presented");
            let session = store.start_staff_session(&someone, &token, long_ago).await.expect("started");
            let mut browser = Browser::new(app.clone());
            browser.set_cookie(CASEWORKER.name, session.id.as_str());
            browser
        }
    }
}

/// A form post in the matrix: the path, its fields besides the CSRF token, and what it must answer.
type Post<'a> = (String, Vec<(&'a str, &'a str)>, Expect);

fn check(reply: &Reply, expected: &Expect, what: &str) {
    let actual = match reply.status {
        StatusCode::OK => Expect::Ok,
        StatusCode::SEE_OTHER => Expect::To(reply.location().unwrap_or_default().to_owned()),
        StatusCode::UNAUTHORIZED => Expect::Unauthorized,
        StatusCode::FORBIDDEN => Expect::Forbidden,
        StatusCode::NOT_FOUND => Expect::NotFound,
        other => panic!("{what}: {other} ({})", reply.title()),
    };
    // An end-session redirect goes to the provider, whose address varies: compare its start.
    match (expected, &actual) {
        (Expect::To(prefix), Expect::To(location)) if prefix.ends_with('?') => {
            assert!(location.starts_with(prefix.as_str()), "{what}: {location}")
        }
        _ => assert_eq!(&actual, expected, "{what}"),
    }
}

#[tokio::test]
async fn access_control_matrix_of_every_casework_route() {
    use Expect::*;
    use Visitor::*;
    let (app, store) = casework_app().await;
    let general_app = sent(&store, false).await;
    let abuse_app = sent(&store, true).await;
    let waiting = request_only(&store).await;
    let general_path = format!("/casework/applications/{}", general_app.as_str());
    let abuse_path = format!("/casework/applications/{}", abuse_app.as_str());
    let request_path = format!("/casework/requests/{}", waiting.as_str());
    let issuer = std::env::var("OIDC_ISSUER").expect("set by make test");
    let to_landing = || To("/casework".to_owned());
    let end_session = To(format!("{issuer}/session/end?"));

    for who in [Anonymous, General, DomesticAbuse, NoTeam, TamperedCookie, ExpiredSession] {
        let mut browser = visitor(&app, &store, who).await;
        let signed_in = matches!(who, General | DomesticAbuse | NoTeam);
        let token = if signed_in {
            let page = if who == NoTeam { "/casework" } else { "/casework/mine" };
            browser.get(page).await.csrf_token().expect("the sign-out form's token")
        } else {
            "0".repeat(32)
        };
        let pick = |general: Expect, abuse: Expect, no_team: Expect| match who {
            General => general,
            DomesticAbuse => abuse,
            NoTeam => no_team,
            _ => to_landing(),
        };
        let gets: Vec<(String, Expect)> = vec![
            (
                "/casework".into(),
                match who {
                    General => To("/casework/queues/general".into()),
                    DomesticAbuse => To("/casework/queues/domestic-abuse".into()),
                    _ => Ok,
                },
            ),
            ("/casework/signed-out".into(), Ok),
            ("/casework/queues/general".into(), pick(Ok, Forbidden, Forbidden)),
            ("/casework/queues/domestic-abuse".into(), pick(Forbidden, Ok, Forbidden)),
            ("/casework/queues/nobody".into(), pick(NotFound, NotFound, NotFound)),
            ("/casework/mine".into(), pick(Ok, Ok, Forbidden)),
            (
                format!("/casework/search?reference={}", general_app.as_str()),
                pick(To(general_path.clone()), NotFound, Forbidden),
            ),
            (
                format!("/casework/search?reference={}", abuse_app.as_str()),
                pick(NotFound, To(abuse_path.clone()), Forbidden),
            ),
            (general_path.clone(), pick(Ok, Forbidden, Forbidden)),
            (abuse_path.clone(), pick(Forbidden, Ok, Forbidden)),
            (format!("/casework/applications/{}", Reference::new().as_str()), pick(NotFound, NotFound, NotFound)),
            // Erasure's confirmation page: the owning team only (the domestic-abuse application's request waits, so
            // its page says why it cannot be deleted yet).
            (format!("{general_path}/delete"), pick(Ok, Forbidden, Forbidden)),
            (
                format!("{abuse_path}/delete"),
                pick(Forbidden, To(format!("{abuse_path}?notice=delete-request-open")), Forbidden),
            ),
            (
                format!("/casework/applications/{}/delete", Reference::new().as_str()),
                pick(NotFound, NotFound, NotFound),
            ),
            ("/casework/applications/not-a-reference".into(), pick(NotFound, NotFound, NotFound)),
            // Urgent requests: the domestic-abuse team only. Anyone else is refused the same whether or not there
            // is a request (the general team never learns that one exists).
            (request_path.clone(), pick(Forbidden, Ok, Forbidden)),
            (format!("/casework/requests/{}", abuse_app.as_str()), pick(Forbidden, Ok, Forbidden)),
            (format!("/casework/requests/{}", general_app.as_str()), pick(Forbidden, NotFound, Forbidden)),
            (format!("/casework/requests/{}", Reference::new().as_str()), pick(Forbidden, NotFound, Forbidden)),
            ("/casework/requests/not-a-reference".into(), pick(Forbidden, NotFound, Forbidden)),
            // The handover feed takes a bearer token and nothing else: no session cookie reaches it.
            ("/casework/handover/records".into(), Unauthorized),
        ];
        for (path, expected) in gets {
            check(&browser.get(&path).await, &expected, &format!("{who:?} GET {path}"));
        }
        // The changes, in an order that makes each one meaningful for whoever may make it.
        let (mine, theirs) = match who {
            DomesticAbuse => (&abuse_path, &general_path),
            _ => (&general_path, &abuse_path),
        };
        let posts: Vec<Post> = vec![
            (format!("{theirs}/claim"), vec![], pick(Forbidden, Forbidden, Forbidden)),
            (format!("{mine}/claim"), vec![], pick(To(mine.clone()), To(mine.clone()), Forbidden)),
            (
                format!("{mine}/status"),
                vec![("from", "claimed"), ("to", "in-progress")],
                pick(To(mine.clone()), To(mine.clone()), Forbidden),
            ),
            (format!("{mine}/release"), vec![], pick(To(mine.clone()), To(mine.clone()), Forbidden)),
            (format!("{theirs}/release"), vec![], pick(Forbidden, Forbidden, Forbidden)),
            // Another team's application is never erased (the owning team's erasure has tests of its own).
            (format!("{theirs}/delete"), vec![("reason", "duplicate")], pick(Forbidden, Forbidden, Forbidden)),
            (
                format!("/casework/applications/{}/delete", Reference::new().as_str()),
                vec![("reason", "duplicate")],
                pick(NotFound, NotFound, NotFound),
            ),
            (format!("{request_path}/claim"), vec![], pick(Forbidden, To(request_path.clone()), Forbidden)),
            // No outcome chosen: the page again, nothing recorded.
            (format!("{request_path}/outcome"), vec![], pick(Forbidden, To(request_path.clone()), Forbidden)),
            (format!("{request_path}/release"), vec![], pick(Forbidden, To(request_path.clone()), Forbidden)),
            (
                format!("/casework/requests/{}/claim", general_app.as_str()),
                vec![],
                pick(Forbidden, NotFound, Forbidden),
            ),
            (format!("/casework/handover/records/{general_app}/acknowledgement"), vec![], Unauthorized),
            (format!("/casework/handover/records/{abuse_app}/disclosure/acknowledgement"), vec![], Unauthorized),
            ("/casework/sign-out".into(), vec![], if signed_in { end_session.clone() } else { to_landing() }),
        ];
        for (path, fields, expected) in posts {
            let mut form = vec![("csrf_token", token.as_str())];
            form.extend(fields);
            check(&browser.post(&path, &form).await, &expected, &format!("{who:?} POST {path}"));
        }
    }
    // Every change above was undone: both applications wait in their queues, claimed by nobody, and the request
    // waits at the top of its queue.
    for reference in [&general_app, &abuse_app] {
        let application = store.load_application(reference).await.expect("loaded").expect("exists");
        assert_eq!((application.status, application.holder), (Status::Submitted, None));
    }
    let request = store.load_request(&waiting).await.expect("loaded").expect("exists");
    assert_eq!((request.status, request.holder), (intake::urgent::RequestStatus::Waiting, None));
    // Nobody but the domestic-abuse team did anything to it: every entry of its trail is theirs.
    let trail = store.audit_trail(&waiting, OffsetDateTime::now_utc()).await.expect("trail");
    assert!(!trail.is_empty() && trail.iter().all(|entry| entry.caseworker_name == "Dana Abbott"), "{trail:?}");
}

#[tokio::test]
async fn an_urgent_request_is_at_the_top_of_the_queue_the_moment_it_arrives_and_is_claimed_and_dealt_with() {
    use intake::store::AuditAction;
    use intake::urgent::{Outcome, RequestStatus};
    let (app, store) = casework_app().await;
    // An older application with a disclosure, and no request.
    let older = {
        let now = OffsetDateTime::now_utc();
        let mut draft = Draft::new(now);
        draft.answers.set_abuse(true);
        store.save_draft(&mut draft, now).await.expect("saved");
        store.send_application(&draft.session, now).await.expect("sent").expect("a receipt").reference
    };
    let request = request_only(&store).await;
    let mut specialist = signed_in(&app, DOMESTIC_ABUSE).await;

    // At the very top, by kind and age, before any application exists for it.
    let queue = specialist.get("/casework/queues/domestic-abuse").await;
    let top = queue.body.find(request.as_str()).expect("the request is in the queue");
    let application_row = queue.body.find(older.as_str()).expect("the older application");
    assert!(top < application_row, "the request before the older application");
    assert!(queue.body.contains("Urgent: call the police") && queue.body.contains(" minute"), "kind and age");
    assert!(store.load_application(&request).await.expect("loaded").is_none(), "no application yet");

    let path = format!("/casework/requests/{}", request.as_str());
    let page = specialist.get(&path).await;
    assert_eq!(page.status, StatusCode::OK);
    for shown in ["Behind the library on Mill Lane", "Robin", "Claim this request", "has not sent their application"] {
        assert!(page.body.contains(shown), "the request page shows {shown}");
    }
    let token = page.csrf_token().expect("a form");
    let claimed = specialist.post(&format!("{path}/claim"), &[("csrf_token", &token)]).await;
    assert_eq!(claimed.location(), Some(path.as_str()));
    let queue = specialist.get("/casework/queues/domestic-abuse").await;
    assert!(!queue.body.contains(request.as_str()), "claimed: out of the queue");
    let mine = specialist.get("/casework/mine").await;
    assert!(mine.body.contains(request.as_str()), "in the caseworker's own list");

    let page = specialist.get(&path).await;
    assert!(page.body.contains("What happened?") && page.body.contains("Police called"));
    let done =
        specialist.post(&format!("{path}/outcome"), &[("csrf_token", &token), ("outcome", "police-called")]).await;
    assert_eq!(done.location(), Some(path.as_str()));
    // Back and send again: nothing more happens, and the page says so.
    let again =
        specialist.post(&format!("{path}/outcome"), &[("csrf_token", &token), ("outcome", "could-not-reach")]).await;
    assert_eq!(again.location(), Some(format!("{path}?notice=not-allowed").as_str()));

    let stored = store.load_request(&request).await.expect("loaded").expect("exists");
    assert_eq!(stored.status, RequestStatus::Done(Outcome::PoliceCalled));
    let actions: Vec<AuditAction> = store
        .audit_trail(&request, OffsetDateTime::now_utc())
        .await
        .expect("trail")
        .into_iter()
        .map(|entry| entry.action)
        .collect();
    assert_eq!(
        actions,
        [
            AuditAction::RequestViewed,
            AuditAction::RequestClaimed,
            AuditAction::RequestViewed,
            AuditAction::RequestOutcome(Outcome::PoliceCalled),
        ],
        "every view and change, each change with its entry"
    );
    let page = specialist.get(&path).await;
    assert!(
        page.body.contains("Done: police called") && page.body.contains("Urgent request dealt with: police called")
    );

    // The general team: the queue, search and the request's own URL say nothing of it.
    let mut general = signed_in(&app, GENERAL).await;
    let queue = general.get("/casework/queues/general").await;
    assert!(!queue.body.contains(request.as_str()) && !queue.body.contains("Urgent"));
    assert_eq!(
        general.get(&format!("/casework/search?reference={}", request.as_str())).await.status,
        StatusCode::NOT_FOUND
    );
    let refused = general.get(&path).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(!refused.body.contains("Mill Lane"));
}

/// The handover feed's access-control matrix: every kind of credential against every kind of request. Only a
/// valid access token of a destination's client, with the scope the request needs, is let in, and then only to
/// that destination's records (the others are not found). A caseworker's session, ID token or access token, a
/// token in the URL, an expired token, and the token of a client that is no destination get nothing.
#[tokio::test]
async fn access_control_matrix_of_the_handover_feed() {
    use crate::handover_feed::{ACKNOWLEDGE, READ, acknowledgement, hand_over, sent};
    use end_to_end::{casework_router, caseworker_tokens, feed_clients, feed_token};
    use http::Method;
    use questions::examples::Which;

    let (app, store) = casework_app().await;
    let general_app = sent(&store, Which::Plain).await;
    let abuse_app = sent(&store, Which::Disclosed).await;
    let mut general = signed_in(&app, GENERAL).await;
    hand_over(&mut general, &general_app).await;
    let mut specialist = signed_in(&app, DOMESTIC_ABUSE).await;
    hand_over(&mut specialist, &abuse_app).await;
    // The same table read two hours later: every token the provider issued now has expired.
    let later = casework_router(
        store.clone().with_clock(intake::Clock::Fixed(OffsetDateTime::now_utc() + time::Duration::hours(2))),
    );

    let (id_token, caseworker_access_token) = caseworker_tokens(GENERAL).await;
    let bearer = |token: &str| vec![("authorization".to_owned(), format!("Bearer {token}"))];
    let general_token = feed_token(feed_clients::GENERAL, &[READ, ACKNOWLEDGE]).await;
    // Who asks, the router they reach (now, or two hours later), a browser with a session if any, the headers sent,
    // and the name of a query parameter the token is put in instead.
    type Credential<'a> = (&'a str, &'a axum::Router, Option<Browser>, Vec<(String, String)>, &'a str);
    let credentials: Vec<Credential> = vec![
        ("nothing", &app, None, vec![], ""),
        ("a general caseworker's session", &app, Some(signed_in(&app, GENERAL).await), vec![], ""),
        ("a specialist's session", &app, Some(signed_in(&app, DOMESTIC_ABUSE).await), vec![], ""),
        ("not a token", &app, None, bearer("not-a-token"), ""),
        ("another scheme", &app, None, vec![("authorization".into(), format!("Basic {general_token}"))], ""),
        ("the token in the URL", &app, None, vec![], "access_token"),
        ("a caseworker's ID token", &app, None, bearer(&id_token), ""),
        ("a caseworker's access token", &app, None, bearer(&caseworker_access_token), ""),
        ("an expired token", &later, None, bearer(&general_token), ""),
        (
            "a client that is no destination",
            &app,
            None,
            bearer(&feed_token(feed_clients::UNCONFIGURED, &[READ, ACKNOWLEDGE]).await),
            "",
        ),
        ("general, read only", &app, None, bearer(&feed_token(feed_clients::GENERAL, &[READ]).await), ""),
        ("domestic abuse, read only", &app, None, bearer(&feed_token(feed_clients::DOMESTIC_ABUSE, &[READ]).await), ""),
        ("general, acknowledge only", &app, None, bearer(&feed_token(feed_clients::GENERAL, &[ACKNOWLEDGE]).await), ""),
        ("general", &app, None, bearer(&general_token), ""),
        (
            "domestic abuse",
            &app,
            None,
            bearer(&feed_token(feed_clients::DOMESTIC_ABUSE, &[READ, ACKNOWLEDGE]).await),
            "",
        ),
    ];
    let (u, f, n, ok, done) = (
        StatusCode::UNAUTHORIZED,
        StatusCode::FORBIDDEN,
        StatusCode::NOT_FOUND,
        StatusCode::OK,
        StatusCode::NO_CONTENT,
    );
    for (who, router, browser, headers, in_query) in credentials {
        // Collect; acknowledge the general application, the domestic-abuse application and its disclosure.
        let expected = match who {
            "a client that is no destination" => [f, f, f, f],
            "general, read only" | "domestic abuse, read only" => [ok, f, f, f],
            "general, acknowledge only" => [f, done, n, n],
            "general" => [ok, done, n, n],
            "domestic abuse" => [ok, n, done, done],
            _ => [u, u, u, u],
        };
        let mut browser = browser.unwrap_or_else(|| Browser::new(router.clone()));
        let headers: Vec<(&str, &str)> = headers.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
        let query = if in_query.is_empty() { String::new() } else { format!("?{in_query}={general_token}") };
        let requests = [
            (Method::GET, format!("/casework/handover/records{query}")),
            (Method::POST, format!("{}{query}", acknowledgement(&general_app.to_string()))),
            (Method::POST, format!("{}{query}", acknowledgement(&abuse_app.to_string()))),
            (Method::POST, format!("{}{query}", acknowledgement(&format!("{abuse_app}/disclosure")))),
        ];
        for ((method, path), status) in requests.into_iter().zip(expected) {
            let reply = browser.request(method.clone(), &path, &headers).await;
            assert_eq!(reply.status, status, "{who}: {method} {path}: {}", reply.body);
            let content_type = reply.headers.get(http::header::CONTENT_TYPE).and_then(|v| v.to_str().ok());
            let json = (status != done).then_some("application/json");
            assert_eq!(content_type, json, "{who}: JSON, never a page");
            let challenge = reply.headers.get(http::header::WWW_AUTHENTICATE).map(|v| v.to_str().unwrap_or_default());
            match status {
                StatusCode::UNAUTHORIZED => assert!(challenge.is_some_and(|c| c.starts_with("Bearer realm=")), "{who}"),
                StatusCode::FORBIDDEN if who != "a client that is no destination" => {
                    assert!(challenge.is_some_and(|c| c.contains("error=\"insufficient_scope\"")), "{who}")
                }
                _ => {}
            }
            if status != StatusCode::OK {
                assert!(!reply.body.contains("\"records\""), "{who}: nothing collected");
            } else {
                let page: serde_json::Value = serde_json::from_str(&reply.body).expect("JSON");
                let ids: Vec<&str> =
                    page["records"].as_array().expect("records").iter().filter_map(|r| r["id"].as_str()).collect();
                let (mine, theirs) =
                    if who.starts_with("general") { (&general_app, &abuse_app) } else { (&abuse_app, &general_app) };
                assert!(ids.iter().all(|id| id.starts_with(&mine.to_string())), "{who}: {ids:?}");
                assert!(!reply.body.contains(&theirs.to_string()), "{who}: nothing of the other destination's");
            }
        }
    }
}
