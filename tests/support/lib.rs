//! What the end-to-end tests share: the real routers on a fresh table in DynamoDB Local, and a small client that
//! keeps cookies the way a browser does.

// Test code: a failed expectation is the test failing.
#![allow(clippy::expect_used, clippy::panic, clippy::unwrap_used)]

pub mod pages;

use axum::Router;
use axum::body::Body;
use http::{HeaderMap, Method, Request, StatusCode, header};
use intake::{Config, SessionId, Store};
use tower::ServiceExt;

/// A store on a table of its own in the DynamoDB Local that `make test` started.
pub async fn fresh_store() -> Store {
    let endpoint = std::env::var(Config::DYNAMODB_ENDPOINT)
        .expect("DYNAMODB_ENDPOINT is not set: run the tests with `make test`, which starts DynamoDB Local");
    let config = Config { table_name: format!("e2e-{}", SessionId::new().as_str()), dynamodb_endpoint: Some(endpoint) };
    let store = Store::connect(&config).await;
    store.create_table_if_missing().await.expect("table created in DynamoDB Local");
    store
}

/// The applicant's router, as Lambda runs it, on a fresh table.
pub async fn apply_app() -> (Router, Store) {
    let store = fresh_store().await;
    (apply::router(apply::AppState::new(store.clone())), store)
}

/// The caseworkers' router on a fresh table, signing in through the loopback OIDC provider `make test` started
/// (`OIDC_ISSUER` and the rest; the router is reached as http://localhost).
pub async fn casework_app() -> (Router, Store) {
    let store = fresh_store().await;
    (casework_router(store.clone()), store)
}

/// The caseworkers' router on `store` (one whose clock may be fixed: `Store::with_clock`), with the loopback
/// provider's seeded clients as the handover feed's destinations ([`feed_clients`]).
pub fn casework_router(store: Store) -> Router {
    let settings = casework::oidc::OidcSettings::from_env()
        .expect("the OIDC settings are not set: run the tests with `make test`, which starts the OIDC provider");
    let oidc = casework::oidc::Oidc::new(settings);
    let destinations = casework::feed::Destinations::new([
        (intake::routing::Team::General, feed_clients::GENERAL.0.to_owned()),
        (intake::routing::Team::DomesticAbuse, feed_clients::DOMESTIC_ABUSE.0.to_owned()),
    ])
    .expect("two destinations");
    casework::router(casework::CaseworkState { store, oidc, destinations })
}

/// The loopback provider's seeded clients of the handover feed (tests/support/oidc-provider.mjs), each
/// (client id, secret): development-only secrets for clients that exist only there.
pub mod feed_clients {
    pub const GENERAL: (&str, &str) = ("handover-general-local", "handover-general-local-secret");
    pub const DOMESTIC_ABUSE: (&str, &str) = ("handover-domestic-abuse-local", "handover-domestic-abuse-local-secret");
    /// A client of the same provider, given the feed's scopes, that no destination names: another system.
    pub const UNCONFIGURED: (&str, &str) = ("handover-unconfigured-local", "handover-unconfigured-local-secret");
}

fn issuer() -> String {
    std::env::var("OIDC_ISSUER").expect("OIDC_ISSUER is not set: run the tests with `make test`")
}

/// An access token of the loopback provider for `client`, by the client credentials grant, for `scopes`: what a
/// destination's system does first (docs/handover.md).
pub async fn feed_token((client_id, secret): (&str, &str), scopes: &[&str]) -> String {
    #[derive(serde::Deserialize)]
    struct Tokens {
        access_token: String,
        token_type: String,
    }
    let response = reqwest::Client::new()
        .post(format!("{}/token", issuer()))
        .basic_auth(client_id, Some(secret))
        .form(&[("grant_type", "client_credentials"), ("scope", &scopes.join(" "))])
        .send()
        .await
        .expect("the token endpoint");
    let status = response.status();
    let body = response.text().await.expect("a body");
    assert!(status.is_success(), "the token endpoint answered {status}: {body}");
    let tokens: Tokens = serde_json::from_str(&body).expect("a token response");
    assert_eq!(tokens.token_type, "Bearer");
    tokens.access_token
}

/// A caseworker's own tokens from the loopback provider, as the casework client is given them at sign-in (the
/// authorization code flow with PKCE, driven as [`sign_in`] drives it): (ID token, access token).
pub async fn caseworker_tokens(user: (&str, &str)) -> (String, String) {
    #[derive(serde::Deserialize)]
    struct Tokens {
        id_token: String,
        access_token: String,
    }
    let client_id = std::env::var("OIDC_CLIENT_ID").expect("set by make test");
    let secret = std::env::var("OIDC_CLIENT_SECRET").expect("set by make test");
    let verifier = casework::oidc::random_value();
    let query = serde_urlencoded::to_string([
        ("response_type", "code"),
        ("client_id", client_id.as_str()),
        ("redirect_uri", CALLBACK),
        ("scope", "openid profile email"),
        ("state", &casework::oidc::random_value()),
        ("nonce", &casework::oidc::random_value()),
        ("code_challenge", &casework::oidc::code_challenge(&verifier)),
        ("code_challenge_method", "S256"),
    ])
    .expect("a query");
    let callback = through_the_provider(format!("{}/auth?{query}", issuer()), user).await;
    let code = callback.split(['?', '&']).find_map(|part| part.strip_prefix("code=")).expect("a code").to_owned();
    let response = reqwest::Client::new()
        .post(format!("{}/token", issuer()))
        .basic_auth(client_id, Some(secret))
        .form(&[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", CALLBACK),
            ("code_verifier", &verifier),
        ])
        .send()
        .await
        .expect("the token endpoint");
    let tokens: Tokens = response.json().await.expect("tokens");
    (tokens.id_token, tokens.access_token)
}

#[derive(Debug)]
pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Reply {
    pub fn location(&self) -> Option<&str> {
        self.headers.get(header::LOCATION).and_then(|v| v.to_str().ok())
    }

    /// The `<title>` text.
    pub fn title(&self) -> &str {
        between(&self.body, "<title>", "</title>").unwrap_or("")
    }

    /// The CSRF token of the page's form.
    pub fn csrf_token(&self) -> Option<String> {
        between(&self.body, "name=\"csrf_token\" value=\"", "\"").map(str::to_owned)
    }

    /// The hidden fields a safety page's form posts to say which page it is (`step`, `change` when reached from check
    /// your answers, and `send` on the form that sends a request), as a browser would post them.
    pub fn safety_form_fields(&self) -> Vec<(&'static str, String)> {
        ["step", "change", "send"]
            .into_iter()
            .filter_map(|name| {
                let value = between(&self.body, &format!("type=\"hidden\" name=\"{name}\" value=\""), "\"")?;
                Some((name, value.to_owned()))
            })
            .collect()
    }
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = text.find(start)? + start.len();
    let to = text[from..].find(end)? + from;
    Some(&text[from..to])
}

/// A browser-like client: sends the cookies it was given back, follows nothing by itself.
pub struct Browser {
    app: Router,
    cookies: Vec<(String, String)>,
}

impl Browser {
    pub fn new(app: Router) -> Self {
        Self { app, cookies: Vec::new() }
    }

    /// The same browser (its cookies) against another router: the casework router on the same table with its clock
    /// moved on (`Store::with_clock`), say.
    pub fn set_app(&mut self, app: Router) {
        self.app = app;
    }

    pub fn cookie(&self, name: &str) -> Option<&str> {
        self.cookies.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    pub fn set_cookie(&mut self, name: &str, value: &str) {
        self.cookies.retain(|(n, _)| n != name);
        self.cookies.push((name.to_owned(), value.to_owned()));
    }

    pub async fn get(&mut self, path: &str) -> Reply {
        self.send(Method::GET, path, Vec::new(), None).await
    }

    /// Posts form fields, url-encoded as a browser would.
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Reply {
        let body = serde_urlencoded::to_string(fields).expect("encodable").into_bytes();
        self.post_raw(path, body).await
    }

    /// A request with headers of its own (an `Authorization`, say), and the cookies as ever, with no body.
    pub async fn request(&mut self, method: Method, path: &str, headers: &[(&str, &str)]) -> Reply {
        self.send_with(method, path, Vec::new(), None, headers).await
    }

    pub async fn post_raw(&mut self, path: &str, body: Vec<u8>) -> Reply {
        self.send(Method::POST, path, body, Some("application/x-www-form-urlencoded")).await
    }

    async fn send(&mut self, method: Method, path: &str, body: Vec<u8>, content_type: Option<&str>) -> Reply {
        self.send_with(method, path, body, content_type, &[]).await
    }

    async fn send_with(
        &mut self,
        method: Method,
        path: &str,
        body: Vec<u8>,
        content_type: Option<&str>,
        headers: &[(&str, &str)],
    ) -> Reply {
        let mut request = Request::builder().method(method).uri(path);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        if !self.cookies.is_empty() {
            let cookie = self.cookies.iter().map(|(n, v)| format!("{n}={v}")).collect::<Vec<_>>().join("; ");
            request = request.header(header::COOKIE, cookie);
        }
        if let Some(content_type) = content_type {
            request = request.header(header::CONTENT_TYPE, content_type);
        }
        let request = request.body(Body::from(body)).expect("request");
        let response = self.app.clone().oneshot(request).await.expect("routers are infallible");
        let (parts, body) = response.into_parts();
        for value in parts.headers.get_all(header::SET_COOKIE) {
            self.remember(value.to_str().expect("ascii cookie"));
        }
        let bytes = axum::body::to_bytes(body, usize::MAX).await.expect("body");
        Reply { status: parts.status, headers: parts.headers, body: String::from_utf8_lossy(&bytes).into_owned() }
    }

    /// Keeps or forgets a cookie as a browser would for `Set-Cookie` (Max-Age=0 deletes it).
    fn remember(&mut self, set_cookie: &str) {
        let mut parts = set_cookie.split(';').map(str::trim);
        let Some((name, value)) = parts.next().and_then(|p| p.split_once('=')) else { return };
        let deleted = parts.any(|p| p.eq_ignore_ascii_case("Max-Age=0"));
        self.cookies.retain(|(n, _)| n != name);
        if !deleted {
            self.cookies.push((name.to_owned(), value.to_owned()));
        }
    }

    /// Starts an application: before you start, Continue.
    pub async fn start_application(&mut self) -> Reply {
        self.post("/before-you-start", &[]).await
    }

    /// Gets `path` and posts `fields` to it with the page's CSRF token, and on a safety page the hidden fields that
    /// say which page it is (unless `fields` gives them).
    pub async fn answer(&mut self, path: &str, fields: &[(&str, &str)]) -> Reply {
        let page = self.get(path).await;
        assert_eq!(page.status, StatusCode::OK, "GET {path}: {}", page.title());
        let token = page.csrf_token().expect("the page has a form with a CSRF token");
        let hidden = page.safety_form_fields();
        let mut with_token = vec![("csrf_token", token.as_str())];
        for (name, value) in &hidden {
            if !fields.iter().any(|(given, _)| given == name) {
                with_token.push((name, value.as_str()));
            }
        }
        with_token.extend_from_slice(fields);
        self.post(path, &with_token).await
    }
}

/// The seeded users of the loopback OIDC provider (tests/support/oidc-users.json).
pub mod caseworkers {
    /// (username, password)
    pub const GENERAL: (&str, &str) = ("general.caseworker", "dev-general-Passw0rd!");
    pub const DOMESTIC_ABUSE: (&str, &str) = ("da.caseworker", "dev-domestic-abuse-Passw0rd!");
    pub const NO_TEAM: (&str, &str) = ("no.team", "dev-no-team-Passw0rd!");
    /// In the general team; disabled at the provider by the leavers' test (`tests/http/leavers.rs`) and no other.
    pub const LEAVER: (&str, &str) = ("leaver.caseworker", "dev-leaver-Passw0rd!");
    pub const LEAVER_SUB: &str = "7d4e2c90-5a1b-4f6e-9c3d-2b8a1e0f4d04";
    /// In the domestic-abuse team; moved between teams at the provider by the leavers' test and no other.
    pub const TEAM_MOVER: (&str, &str) = ("team.mover", "dev-team-mover-Passw0rd!");
    pub const TEAM_MOVER_SUB: &str = "3a9f6b12-8e4d-4c7a-b5e0-9d2c1f7a8e05";
}

/// Administers an account at the loopback provider as an administrator would at Cognito
/// (tests/support/oidc-provider.mjs): `disable` (AdminDisableUser), `enable`, or `groups` with the form's `group`
/// fields as its groups.
pub async fn administer_account(sub: &str, action: &str, form: &[(&str, &str)]) {
    let response = reqwest::Client::new()
        .post(format!("{}/test/accounts/{sub}/{action}", issuer()))
        .form(form)
        .send()
        .await
        .expect("the provider");
    assert_eq!(response.status(), reqwest::StatusCode::NO_CONTENT, "{action} {sub} at the provider");
}

/// Where the provider sends the browser back to the casework router in these tests.
const CALLBACK: &str = "http://localhost/casework/callback";

/// Signs in as `user` the way a browser does: Sign in (our router), then the provider's authorize endpoint, its
/// login form and its redirects (a real HTTP client, carrying the provider's cookies), until the provider sends
/// the browser back to our callback, which our router answers. Returns the callback's reply.
pub async fn sign_in(browser: &mut Browser, user: (&str, &str)) -> Reply {
    let start = browser.post("/casework/sign-in", &[]).await;
    assert_eq!(start.status, StatusCode::SEE_OTHER, "Sign in goes to the provider");
    let authorize = start.location().expect("the authorize URL").to_owned();
    let callback = through_the_provider(authorize, user).await;
    let query = callback.strip_prefix(CALLBACK).expect("our callback");
    browser.get(&format!("/casework/callback{query}")).await
}

/// Follows the provider from its authorize URL, logging `user` in on its form, until it redirects to our callback;
/// returns that URL.
async fn through_the_provider(mut url: String, (username, password): (&str, &str)) -> String {
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("a client");
    let mut cookies: Vec<(String, String)> = Vec::new();
    let cookie_header = |cookies: &Vec<(String, String)>| {
        cookies.iter().map(|(n, v)| format!("{n}={v}")).collect::<Vec<_>>().join("; ")
    };
    let mut posted = false;
    for _ in 0..10 {
        if url.starts_with(CALLBACK) {
            return url;
        }
        let response = if url.contains("/interaction/") && !posted {
            // The provider's login form, then its login post.
            let page = client.get(&url).header("cookie", cookie_header(&cookies)).send().await.expect("the login page");
            remember(&mut cookies, page.headers());
            let html = page.text().await.expect("the login page's body");
            let action = between(&html, "action=\"", "\"").expect("a login form").replace("&amp;", "&");
            let origin = url.split("/interaction/").next().expect("the provider's origin").to_owned();
            posted = true;
            client
                .post(format!("{origin}{action}"))
                .header("cookie", cookie_header(&cookies))
                .form(&[("username", username), ("password", password)])
                .send()
                .await
                .expect("the login post")
        } else {
            client.get(&url).header("cookie", cookie_header(&cookies)).send().await.expect("the provider")
        };
        remember(&mut cookies, response.headers());
        let status = response.status();
        let location = response.headers().get("location").and_then(|v| v.to_str().ok()).map(str::to_owned);
        let Some(next) = location else {
            panic!("the provider answered {status} without a redirect: {}", response.text().await.unwrap_or_default())
        };
        url = if next.starts_with('/') {
            let origin: String = url.splitn(4, '/').take(3).collect::<Vec<_>>().join("/");
            format!("{origin}{next}")
        } else {
            next
        };
    }
    panic!("the provider never sent the browser back to the callback")
}

fn remember(cookies: &mut Vec<(String, String)>, headers: &reqwest::header::HeaderMap) {
    for value in headers.get_all("set-cookie") {
        let Some((name, value)) = value.to_str().ok().and_then(|v| v.split(';').next()).and_then(|p| p.split_once('='))
        else {
            continue;
        };
        cookies.retain(|(n, _)| n != name);
        cookies.push((name.to_owned(), value.to_owned()));
    }
}
