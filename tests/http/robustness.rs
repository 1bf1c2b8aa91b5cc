//! Bad input gets a clear page, never a panic.

use end_to_end::{Browser, apply_app};
use http::StatusCode;
use web::session::APPLICANT;

#[tokio::test]
async fn malformed_cookies_are_treated_as_no_session() {
    let (app, _store) = apply_app().await;
    for value in ["", "x", "DRAFT%23abc", &"z".repeat(32), &"a".repeat(4096)] {
        let mut browser = Browser::new(app.clone());
        browser.set_cookie(APPLICANT.name, value);
        let reply = browser.get("/where-do-you-live").await;
        assert_eq!((reply.status, reply.location()), (StatusCode::SEE_OTHER, Some("/")), "{value:?}");
    }
}

#[tokio::test]
async fn markup_typed_into_a_field_is_never_reflected_as_markup() {
    let (app, _store) = apply_app().await;
    let mut browser = Browser::new(app);
    browser.start_application().await;
    let reply = browser.answer("/where-do-you-live", &[("where-you-live", "<script>alert(1)</script>")]).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!reply.body.contains("<script>alert(1)"));
}

#[tokio::test]
async fn a_dynamodb_that_cannot_be_reached_gives_the_sorry_page() {
    let config =
        intake::Config { table_name: "unreachable".into(), dynamodb_endpoint: Some("http://127.0.0.1:9".into()) };
    let store = intake::Store::connect(&config).await;
    let mut browser = Browser::new(apply::router(apply::AppState::new(store)));
    let reply = browser.start_application().await;
    assert_eq!(reply.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(reply.title().starts_with("Sorry, there is a problem with the service"), "{}", reply.title());
    assert!(!reply.body.to_lowercase().contains("dynamodb"), "nothing technical is shown");
}

#[tokio::test]
async fn an_answer_posted_while_dynamodb_is_unreachable_is_shown_again_not_lost() {
    let config =
        intake::Config { table_name: "unreachable".into(), dynamodb_endpoint: Some("http://127.0.0.1:9".into()) };
    let store = intake::Store::connect(&config).await;
    let mut browser = Browser::new(apply::router(apply::AppState::new(store)));
    browser.set_cookie(web::session::APPLICANT.name, intake::SessionId::new().as_str());
    let token = intake::CsrfToken::new();
    let reply = browser
        .post("/your-name", &[("csrf_token", token.as_str()), ("full-name", "Sam <b>Jones</b>"), ("other-names", "")])
        .await;
    assert_eq!(reply.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(reply.body.contains("Sorry, there is a problem with the service"));
    assert!(reply.body.contains(r#"value="Sam &lt;b&gt;Jones&lt;/b&gt;""#), "what was typed is kept, as text");
    assert_eq!(reply.csrf_token().as_deref(), Some(token.as_str()), "Continue will work once the store is back");
    assert!(reply.title().starts_with("Error: "), "{}", reply.title());

    let forged = browser.post("/your-name", &[("csrf_token", "\"><script>"), ("full-name", "Sam")]).await;
    assert_eq!(forged.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(forged.csrf_token().as_deref(), Some(""), "only a well-formed token goes back into the page");
}
