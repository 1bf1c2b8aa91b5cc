//! Every response carries the security headers, whatever produced it.

use end_to_end::{Browser, Reply, apply_app, casework_app};
use http::StatusCode;
use templates::Lang;
use web::headers::SECURITY_HEADERS;

fn assert_security_headers(what: &str, reply: &Reply) {
    for (name, value) in SECURITY_HEADERS.iter() {
        assert_eq!(
            reply.headers.get(name).and_then(|v| v.to_str().ok()),
            Some(*value),
            "{what} ({}) lacks {name}: {value}",
            reply.status
        );
    }
    let csp = reply.headers.get(http::header::CONTENT_SECURITY_POLICY).and_then(|v| v.to_str().ok()).unwrap_or("");
    assert!(!csp.contains("unsafe-inline"), "{what}: CSP allows inline script");
}

#[tokio::test]
async fn every_kind_of_response_has_the_security_headers_in_both_languages() {
    for lang in Lang::ALL {
        let (app, _store) = apply_app().await;
        let mut browser = Browser::new(app.clone());
        let mut anonymous = Browser::new(app);
        let path = |english: &'static str| lang.path(english).into_owned();
        let question = path("/where-do-you-live");

        let mut seen = Vec::new();
        seen.push(("start page", anonymous.get(&path("/")).await));
        seen.push(("not found", anonymous.get(&path("/no-such-page")).await));
        seen.push(("redirect without session", anonymous.get(&question).await));
        seen.push(("footer page", anonymous.get(&path("/cookies")).await));
        seen.push(("session start", browser.post(&path("/before-you-start"), &[]).await));
        seen.push(("question", browser.get(&question).await));
        seen.push(("validation error", browser.answer(&question, &[]).await));
        seen.push(("forbidden", browser.post(&question, &[("where-you-live", "wales")]).await));
        seen.push(("bad request", browser.post_raw(&question, b"a=%FF".to_vec()).await));
        seen.push(("too large", browser.post_raw(&question, vec![b'a'; web::MAX_BODY_BYTES + 1]).await));
        seen.push(("method not allowed", anonymous.post(&path("/"), &[]).await));

        let statuses: Vec<_> = seen.iter().map(|(_, r)| r.status.as_u16()).collect();
        assert_eq!(statuses, [200, 404, 303, 200, 303, 200, 422, 403, 400, 413, 405], "{lang:?}");
        for (what, reply) in &seen {
            assert_security_headers(&format!("{what} ({lang:?})"), reply);
        }
    }
}

#[tokio::test]
async fn casework_pages_have_the_same_headers_but_forms_may_continue_at_the_identity_provider() {
    let (app, _store) = casework_app().await;
    let mut anonymous = Browser::new(app);
    let issuer = std::env::var("OIDC_ISSUER").expect("set by make test");
    let policy = web::headers::policy_allowing_form_action(&issuer);
    for (what, reply) in [
        ("landing", anonymous.get("/casework").await),
        ("sign-in", anonymous.post("/casework/sign-in", &[]).await),
        ("not signed in", anonymous.get("/casework/mine").await),
        ("not found", anonymous.get("/casework/nothing-here").await),
    ] {
        for (name, value) in SECURITY_HEADERS.iter() {
            let expected = if *name == http::header::CONTENT_SECURITY_POLICY { policy.as_str() } else { value };
            let actual = reply.headers.get(name).and_then(|v| v.to_str().ok());
            assert_eq!(actual, Some(expected), "{what} ({}): {name}", reply.status);
        }
    }
    assert!(policy.contains(&format!("form-action 'self' {issuer};")), "{policy}");
}

#[tokio::test]
async fn html_responses_are_html_pages_in_the_service_layout() {
    let (app, _store) = apply_app().await;
    let mut browser = Browser::new(app);
    for path in ["/", "/no-such-page", "/cookies", "/privacy", "/accessibility", "/before-you-start"] {
        let reply = browser.get(path).await;
        assert_eq!(
            reply.headers.get(http::header::CONTENT_TYPE).and_then(|v| v.to_str().ok()),
            Some("text/html; charset=utf-8"),
            "{path}"
        );
        assert!(reply.body.starts_with("<!DOCTYPE html>"), "{path}");
        assert!(reply.title().ends_with(" - GOV.UK"), "{path}: {}", reply.title());
        assert_eq!(reply.title().matches("Apply for child maintenance").count(), 1, "{path}: {}", reply.title());
        assert!(reply.body.contains(r##"href="#main-content" class="govuk-skip-link""##), "{path}: skip link");
        assert!(!reply.body.contains("<script>"), "{path}: inline script");
    }
    let reply = browser.get("/no-such-page").await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    assert!(reply.title().starts_with("Page not found"));
}
