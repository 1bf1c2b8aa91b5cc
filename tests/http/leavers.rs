//! Leavers (issue 14, point 6): a caseworker disabled at the identity provider loses access within
//! `STAFF_SESSION_RECHECK_INTERVAL` (5 minutes). Against the loopback provider (a real `oidc-provider`, which
//! refuses a disabled account's refresh token and rotates refresh tokens, revoking them all when an old one is
//! presented again), DynamoDB Local and the real casework router, whose clock is moved on between requests.

use axum::Router;
use axum::body::Body;
use end_to_end::caseworkers::{GENERAL, LEAVER, LEAVER_SUB, TEAM_MOVER, TEAM_MOVER_SUB};
use end_to_end::{Browser, administer_account, casework_router, fresh_store, sign_in};
use http::{Request, StatusCode, header};
use intake::store::{STAFF_SESSION_RECHECK_INTERVAL, SessionKey};
use intake::{Clock, SessionId, Store};
use time::{Duration, OffsetDateTime};
use tower::ServiceExt;
use web::session::CASEWORKER;

use crate::session_keys::{found, raw_items, under};

/// The casework router on `store`'s table, its clock at `at`.
fn at(store: &Store, at: OffsetDateTime) -> Router {
    casework_router(store.clone().with_clock(Clock::Fixed(at)))
}

/// A casework router whose identity provider cannot be reached (nothing listens on port 9 of loopback).
fn with_the_provider_down(store: &Store, at: OffsetDateTime) -> Router {
    let mut settings = casework::oidc::OidcSettings::from_env().expect("the OIDC settings");
    settings.issuer = "http://127.0.0.1:9".to_owned();
    let oidc = casework::oidc::Oidc::new(settings);
    let destinations = casework::feed::Destinations::new([
        (intake::routing::Team::General, "handover-general-local".to_owned()),
        (intake::routing::Team::DomesticAbuse, "handover-domestic-abuse-local".to_owned()),
    ])
    .expect("two destinations");
    let store = store.clone().with_clock(Clock::Fixed(at));
    casework::router(casework::CaseworkState { store, oidc, destinations })
}

async fn signed_in_at(store: &Store, start: OffsetDateTime, user: (&str, &str)) -> (Browser, SessionId) {
    let mut browser = Browser::new(at(store, start));
    let reply = sign_in(&mut browser, user).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.title());
    let id = SessionId::parse(browser.cookie(CASEWORKER.name).expect("a session cookie")).expect("a session id");
    (browser, id)
}

fn staff_items(items: &[crate::session_keys::Item], id: &SessionId) -> usize {
    under(items, SessionKey::<intake::store::Caseworker>::of(id).partition()).len()
}

#[tokio::test]
async fn a_caseworker_disabled_at_the_provider_loses_access_at_the_next_check_within_five_minutes() {
    administer_account(LEAVER_SUB, "enable", &[]).await;
    let store = fresh_store().await;
    let start = OffsetDateTime::now_utc();
    let (mut browser, id) = signed_in_at(&store, start, LEAVER).await;
    assert_eq!(browser.get("/casework/queues/general").await.status, StatusCode::OK);

    // The refresh token is kept for the checks, and only sealed: the raw item holds it nowhere in clear.
    let session = store.load_staff_session(&id, start).await.expect("read").expect("live");
    let items = raw_items(&store).await;
    assert_eq!(staff_items(&items, &id), 1);
    assert!(found(&items, session.refresh_token.as_str()).is_empty(), "the refresh token is stored in clear");

    administer_account(LEAVER_SUB, "disable", &[]).await;

    // Within the interval the session is trusted as it is: the interval is the bound, and documented as such.
    browser.set_app(at(&store, start + STAFF_SESSION_RECHECK_INTERVAL - Duration::seconds(1)));
    assert_eq!(browser.get("/casework/queues/general").await.status, StatusCode::OK);

    // At the interval it is checked, the provider refuses it, and the session is over: signed out, item deleted.
    browser.set_app(at(&store, start + STAFF_SESSION_RECHECK_INTERVAL));
    let refused = browser.get("/casework/queues/general").await;
    assert_eq!(refused.status, StatusCode::SEE_OTHER);
    assert_eq!(refused.location(), Some("/casework"), "to sign in again");
    assert_eq!(browser.cookie(CASEWORKER.name), None, "the cookie is removed");
    assert_eq!(staff_items(&raw_items(&store).await, &id), 0, "the session item is gone");
    browser.set_cookie(CASEWORKER.name, id.as_str());
    assert_eq!(browser.get("/casework/queues/general").await.location(), Some("/casework"), "and stays gone");

    administer_account(LEAVER_SUB, "enable", &[]).await;
}

#[tokio::test]
async fn an_enabled_caseworkers_session_carries_on_past_several_checks_each_made_once_however_many_tabs() {
    let store = fresh_store().await;
    let start = OffsetDateTime::now_utc();
    let (_, id) = signed_in_at(&store, start, GENERAL).await;
    let first = store.load_staff_session(&id, start).await.expect("read").expect("live");

    // Three intervals and more, each check due with five requests at once (five tabs). The provider rotates the
    // refresh token at every refresh and revokes them all if an old one comes back: had two requests presented the
    // same token, the session would have been refused.
    let mut now = start;
    let mut tokens = vec![first.refresh_token.clone()];
    for _ in 0..3 {
        now += STAFF_SESSION_RECHECK_INTERVAL + Duration::seconds(30);
        let app = at(&store, now);
        let tabs: Vec<_> = (0..5)
            .map(|_| {
                let request = Request::get("/casework/queues/general")
                    .header(header::COOKIE, format!("{}={}", CASEWORKER.name, id.as_str()))
                    .body(Body::empty())
                    .expect("a request");
                tokio::spawn(app.clone().oneshot(request))
            })
            .collect();
        for tab in tabs {
            let response = tab.await.expect("joined").expect("routers are infallible");
            assert_eq!(response.status(), StatusCode::OK, "every tab is served at {now}");
        }
        let session = store.load_staff_session(&id, now).await.expect("read").expect("live");
        assert_eq!(session.checked_at, now.replace_nanosecond(0).expect("a time"), "checked at {now}");
        tokens.push(session.refresh_token.clone());
    }
    tokens.dedup();
    assert_eq!(tokens.len(), 4, "each check rotated the refresh token, and the rotated one was kept");
    let items = raw_items(&store).await;
    for token in &tokens {
        assert!(found(&items, token.as_str()).is_empty(), "a refresh token is stored in clear");
    }
}

#[tokio::test]
async fn a_caseworker_moved_to_another_team_at_the_provider_follows_the_move_at_the_next_check() {
    administer_account(TEAM_MOVER_SUB, "groups", &[("group", "domestic-abuse")]).await;
    let store = fresh_store().await;
    let start = OffsetDateTime::now_utc();
    let (mut browser, _) = signed_in_at(&store, start, TEAM_MOVER).await;
    assert_eq!(browser.get("/casework/queues/domestic-abuse").await.status, StatusCode::OK);
    assert_eq!(browser.get("/casework/queues/general").await.status, StatusCode::FORBIDDEN);

    administer_account(TEAM_MOVER_SUB, "groups", &[("group", "general")]).await;
    browser.set_app(at(&store, start + STAFF_SESSION_RECHECK_INTERVAL));
    assert_eq!(browser.get("/casework/queues/domestic-abuse").await.status, StatusCode::FORBIDDEN, "need to know");
    assert_eq!(browser.get("/casework/queues/general").await.status, StatusCode::OK);

    administer_account(TEAM_MOVER_SUB, "groups", &[("group", "domestic-abuse")]).await;
}

#[tokio::test]
async fn a_session_due_for_its_check_is_not_trusted_while_the_provider_cannot_be_reached() {
    let store = fresh_store().await;
    let start = OffsetDateTime::now_utc();
    let (mut browser, id) = signed_in_at(&store, start, GENERAL).await;

    // Before the interval nothing asks the provider, so its being down changes nothing.
    browser.set_app(with_the_provider_down(&store, start + Duration::minutes(1)));
    assert_eq!(browser.get("/casework/queues/general").await.status, StatusCode::OK);

    // Due, and the provider is down: the Sorry page, never the page unchecked; the session is kept.
    let due = start + STAFF_SESSION_RECHECK_INTERVAL;
    browser.set_app(with_the_provider_down(&store, due));
    for _ in 0..2 {
        let sorry = browser.get("/casework/queues/general").await;
        assert_eq!(sorry.status, StatusCode::SERVICE_UNAVAILABLE, "{}", sorry.title());
        assert!(sorry.title().starts_with("Sorry, there is a problem with the service"), "{}", sorry.title());
    }
    assert_eq!(staff_items(&raw_items(&store).await, &id), 1, "kept");

    // The provider is back: the next request checks at once (the failed checks left no claim behind).
    browser.set_app(at(&store, due));
    assert_eq!(browser.get("/casework/queues/general").await.status, StatusCode::OK);
    let session = store.load_staff_session(&id, due).await.expect("read").expect("live");
    assert_eq!(session.checked_at, due.replace_nanosecond(0).expect("a time"));
}
