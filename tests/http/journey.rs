//! The journey so far: sessions, a question saved to the draft and shown again, routing between steps.

use end_to_end::{Browser, apply_app};
use http::StatusCode;
use intake::SessionId;
use intake::children::{OvernightStays, YesNoOrNotKnown};
use intake::eligibility::{Country, Role};
use questions::Step;
use questions::examples::{self, Which};
use templates::sections::SectionId;
use time::OffsetDateTime;
use web::session::APPLICANT;

#[tokio::test]
async fn the_start_page_says_applying_is_free() {
    let (app, _store) = apply_app().await;
    let reply = Browser::new(app).get("/").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert!(reply.body.contains("It is free to apply."));
    assert!(reply.body.contains(r#"href="/before-you-start""#), "Start now goes to before you start");
    assert!(reply.body.contains(r#"href="/staying-safe-online""#), "and it links to staying safe online");
    let mut browser = Browser::new(apply_app().await.0);
    let safety = browser.get("/staying-safe-online").await;
    assert_eq!(safety.status, StatusCode::OK);
    assert!(safety.body.contains("call 999") && safety.body.contains("press 55"));
}

#[tokio::test]
async fn continuing_from_before_you_start_starts_a_session_with_a_draft() {
    let (app, store) = apply_app().await;
    let mut browser = Browser::new(app);
    let reply = browser.start_application().await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(reply.location(), Some("/where-do-you-live"));

    let set_cookie = reply.headers.get(http::header::SET_COOKIE).and_then(|v| v.to_str().ok()).expect("a cookie");
    assert!(set_cookie.starts_with("__Host-session="), "{set_cookie}");
    let session = SessionId::parse(browser.cookie(APPLICANT.name).expect("kept")).expect("a session id");
    let draft = store.load_draft(&session, OffsetDateTime::now_utc()).await.expect("loaded").expect("a draft exists");
    assert_eq!(draft.answers, intake::Answers::default());
}

#[tokio::test]
async fn an_answer_is_saved_to_the_draft_and_shown_again() {
    let (app, store) = apply_app().await;
    let mut browser = Browser::new(app);
    browser.start_application().await;

    let reply = browser.answer("/where-do-you-live", &[("where-you-live", "scotland")]).await;
    assert_eq!((reply.status, reply.location()), (StatusCode::SEE_OTHER, Some("/your-role")));

    let session = SessionId::parse(browser.cookie(APPLICANT.name).expect("cookie")).expect("id");
    let draft = store.load_draft(&session, OffsetDateTime::now_utc()).await.expect("loaded").expect("draft");
    assert_eq!(draft.answers.where_you_live, Some(Country::Scotland), "saved in DynamoDB");

    let page = browser.get("/where-do-you-live").await;
    assert!(page.body.contains(r#"value="scotland" checked"#), "the answer is shown again");
    assert!(!page.body.contains(r#"value="england" checked"#));
}

#[tokio::test]
async fn nothing_selected_reshows_the_page_with_the_govuk_error() {
    let (app, _store) = apply_app().await;
    let mut browser = Browser::new(app);
    browser.start_application().await;
    let reply = browser.answer("/where-do-you-live", &[]).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply.title().starts_with("Error: Where do you live?"), "{}", reply.title());
    assert!(reply.body.contains("There is a problem"));
    assert!(
        reply.body.contains(r##"<a href="#where-you-live">Select where you live</a>"##),
        "summary links to the first radio"
    );
    assert!(reply.body.contains(r#"id="where-you-live" name="where-you-live""#), "the first radio has that id");
    assert!(reply.body.contains(r#"<span class="govuk-visually-hidden">Error:</span> Select where you live"#));
}

#[tokio::test]
async fn later_steps_redirect_to_the_first_unanswered_one() {
    let (app, _store) = apply_app().await;
    let mut browser = Browser::new(app);
    browser.start_application().await;
    for path in ["/your-role", "/check-your-answers"] {
        let reply = browser.get(path).await;
        assert_eq!((reply.status, reply.location()), (StatusCode::SEE_OTHER, Some("/where-do-you-live")), "{path}");
    }
    browser.answer("/where-do-you-live", &[("where-you-live", "wales")]).await;
    let reply = browser.get("/check-your-answers").await;
    assert_eq!(reply.location(), Some("/your-role"));
}

#[tokio::test]
async fn northern_ireland_and_abroad_end_the_journey() {
    let (app, _store) = apply_app().await;
    let mut browser = Browser::new(app);
    browser.start_application().await;
    let reply = browser.answer("/where-do-you-live", &[("where-you-live", "northern-ireland")]).await;
    assert_eq!(reply.location(), Some("/northern-ireland"));
    assert!(browser.get("/northern-ireland").await.body.contains("nidirect"));
    assert_eq!(browser.get("/your-role").await.location(), Some("/northern-ireland"), "no way on from here");

    let reply = browser.answer("/where-do-you-live", &[("where-you-live", "outside-uk")]).await;
    assert_eq!(reply.location(), Some("/outside-the-uk"));
}

#[tokio::test]
async fn a_complete_eligibility_shows_on_check_your_answers_and_change_comes_back() {
    let (app, _store) = apply_app().await;
    let mut browser = Browser::new(app);
    browser.start_application().await;
    browser.answer("/where-do-you-live", &[("where-you-live", "scotland")]).await;
    let reply = browser.answer("/your-role", &[("your-role", "child-in-scotland")]).await;
    assert_eq!(reply.location(), Some("/court-order"));
    let reply = browser.answer("/court-order", &[("court-order", "none")]).await;
    assert_eq!(reply.location(), Some("/your-safety"));
    no_safety_concerns(&mut browser).await;
    about_you(&mut browser).await;
    the_children(&mut browser).await;
    other_parent(&mut browser).await;
    payments(&mut browser).await;

    let summary = browser.get("/check-your-answers").await;
    assert_eq!(summary.status, StatusCode::OK);
    assert!(summary.body.contains("Scotland"));
    assert!(summary.body.contains(r#"href="/where-do-you-live?change=1""#));

    // Moving to England clears the role a child can only have in Scotland: the journey asks it again, still
    // in change mode, so that answering it returns to check your answers.
    let reply = browser.answer("/where-do-you-live?change=1", &[("where-you-live", "england")]).await;
    assert_eq!(reply.location(), Some("/your-role?change=1"));
    let reply = browser.answer("/your-role?change=1", &[("your-role", Role::Guardian.form_value())]).await;
    assert_eq!(reply.location(), Some("/check-your-answers"));
    // A change that clears nothing returns straight to check your answers.
    let reply = browser.answer("/where-do-you-live?change=1", &[("where-you-live", "wales")]).await;
    assert_eq!(reply.location(), Some("/check-your-answers"));
}

#[tokio::test]
async fn a_recent_court_order_ends_the_journey() {
    let (app, _store) = apply_app().await;
    let mut browser = Browser::new(app);
    browser.start_application().await;
    browser.answer("/where-do-you-live", &[("where-you-live", "england")]).await;
    browser.answer("/your-role", &[("your-role", "parent-with-care")]).await;
    for order in ["less-than-a-year-old", "before-3-march-2003"] {
        let reply = browser.answer("/court-order", &[("court-order", order)]).await;
        assert_eq!(reply.location(), Some("/court-order-in-place"), "{order}");
        assert_eq!(browser.get("/check-your-answers").await.location(), Some("/court-order-in-place"));
    }
    let reply = browser.answer("/court-order", &[("court-order", "more-than-a-year-old")]).await;
    assert_eq!(reply.location(), Some("/your-safety"));
}

#[tokio::test]
async fn a_child_of_16_to_19_not_in_education_or_married_is_not_eligible_and_can_be_removed() {
    let (app, _store) = apply_app().await;
    let mut browser = Browser::new(app);
    eligible_in_england(&mut browser).await;
    no_safety_concerns(&mut browser).await;
    about_you(&mut browser).await;
    let today = OffsetDateTime::now_utc().date();
    let seventeen = (today.year() - 17).to_string();
    let added = browser.answer("/children/add", &child("Sam Jones", "1", "1", &seventeen)).await;
    assert_eq!(added.location(), Some("/children/education"), "asked of a child of 17");
    let asked = browser.get("/children/education").await;
    assert!(asked.title().starts_with("Is Sam Jones in approved full-time education?"), "{}", asked.title());
    assert!(asked.body.contains("more than 12 hours a week"));

    let reply = browser.answer("/children/education", &[("in-approved-education", "no")]).await;
    assert_eq!(reply.location(), Some("/children-not-eligible"));
    assert_eq!(browser.get("/other-parent-name").await.location(), Some("/children-not-eligible"), "nothing later");
    let stop = browser.get("/children-not-eligible").await;
    assert!(stop.title().starts_with("The Child Maintenance Service cannot arrange maintenance for Sam Jones"));
    assert!(
        stop.body.contains(r#"href="/children/0/remove""#)
            && stop.body.contains("Remove Sam Jones from your application")
    );
    assert!(stop.body.contains(r#"href="/children/education?child=0""#), "Back to the answer, about the child");

    // A changed answer carries on: in education, then not married.
    browser.answer("/children/education?child=0", &[("in-approved-education", "yes")]).await;
    let reply = browser.answer("/children/married", &[("married", "yes")]).await;
    assert_eq!(reply.location(), Some("/children-not-eligible"), "married: not eligible either");
    let reply = browser.answer("/children/married?child=0", &[("married", "no")]).await;
    assert_eq!(reply.location(), Some("/children/child-benefit"));
    assert_eq!(browser.get("/children-not-eligible").await.location(), Some("/children/child-benefit"));

    // Or the child is removed, and the journey asks for a child again.
    browser.answer("/children/married?child=0", &[("married", "yes")]).await;
    let removed = browser.answer("/children/0/remove", &[("remove-child", "yes")]).await;
    assert_eq!(removed.location(), Some("/children/add"));
}

#[tokio::test]
async fn without_a_session_journey_pages_go_to_the_start() {
    let (app, _store) = apply_app().await;
    let mut browser = Browser::new(app);
    for path in ["/where-do-you-live", "/your-role", "/check-your-answers"] {
        let reply = browser.get(path).await;
        assert_eq!((reply.status, reply.location()), (StatusCode::SEE_OTHER, Some("/")), "{path}");
    }
}

#[tokio::test]
async fn a_session_whose_draft_has_gone_says_so_and_forgets_the_cookie() {
    let (app, store) = apply_app().await;
    let mut browser = Browser::new(app);
    browser.start_application().await;
    let session = SessionId::parse(browser.cookie(APPLICANT.name).expect("cookie")).expect("id");
    store.delete_draft(&session).await.expect("deleted");

    let reply = browser.get("/where-do-you-live").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert!(reply.title().starts_with("For your security, we deleted your answers"));
    assert_eq!(browser.cookie(APPLICANT.name), None, "the cookie is expired");
}

#[tokio::test]
async fn a_form_without_the_sessions_token_is_refused_and_not_saved() {
    let (app, store) = apply_app().await;
    let mut browser = Browser::new(app);
    browser.start_application().await;
    let session = SessionId::parse(browser.cookie(APPLICANT.name).expect("cookie")).expect("id");

    let missing = browser.post("/where-do-you-live", &[("where-you-live", "wales")]).await;
    let wrong =
        browser.post("/where-do-you-live", &[("csrf_token", &"0".repeat(32)), ("where-you-live", "wales")]).await;
    assert_eq!((missing.status, wrong.status), (StatusCode::FORBIDDEN, StatusCode::FORBIDDEN));
    let draft = store.load_draft(&session, OffsetDateTime::now_utc()).await.expect("loaded").expect("draft");
    assert_eq!(draft.answers.where_you_live, None);
}

#[tokio::test]
async fn before_you_start_again_keeps_the_live_session() {
    let (app, _store) = apply_app().await;
    let mut browser = Browser::new(app);
    browser.start_application().await;
    let first = browser.cookie(APPLICANT.name).expect("cookie").to_owned();
    browser.answer("/where-do-you-live", &[("where-you-live", "wales")]).await;
    let reply = browser.start_application().await;
    assert_eq!(reply.location(), Some("/your-role"), "carries on where they were");
    assert_eq!(browser.cookie(APPLICANT.name), Some(first.as_str()));
}

/// Answers every question on the way to check your answers, with no disclosure.
pub(crate) async fn complete_eligibility(browser: &mut Browser) {
    eligible_in_england(browser).await;
    no_safety_concerns(browser).await;
    about_you(browser).await;
    the_children(browser).await;
    other_parent(browser).await;
    payments(browser).await;
}

/// Starts an application and answers eligibility: a parent with care in England, eligible.
pub(crate) async fn eligible_in_england(browser: &mut Browser) {
    browser.start_application().await;
    answer_as_the_example(browser, SectionId::Eligibility).await;
}

/// A page, the fields posted to it, and where that should lead.
pub(crate) type Answered<'a> = (&'a str, &'a [(&'a str, &'a str)], &'a str);

/// Answers each page in turn, checking where each leads.
pub(crate) async fn answer_all(browser: &mut Browser, answers: &[Answered<'_>]) {
    for (path, fields, next) in answers {
        let reply = browser.answer(path, fields).await;
        assert_eq!((reply.status, reply.location()), (StatusCode::SEE_OTHER, Some(*next)), "{path}");
    }
}

/// Answers the pages of `section` as the example application without a disclosure does (`questions::examples`,
/// the one every suite answers with), checking that each leads to the page the example answers next.
pub(crate) async fn answer_as_the_example(browser: &mut Browser, section: SectionId) {
    let pages = examples::application(Which::Plain).expect("the example application");
    let next_paths: Vec<&str> =
        pages.iter().skip(1).map(|(step, _)| step.path()).chain([Step::CheckYourAnswers.path()]).collect();
    for ((step, post), next) in pages.iter().zip(next_paths).filter(|((step, _), _)| step.section() == section) {
        let reply = browser.answer(step.path(), post).await;
        assert_eq!((reply.status, reply.location()), (StatusCode::SEE_OTHER, Some(next)), "{step:?}");
    }
}

/// The safety section without a disclosure: nothing to keep private, letters are safe.
pub(crate) async fn no_safety_concerns(browser: &mut Browser) {
    answer_as_the_example(browser, SectionId::YourSafety).await;
}

/// Answers the questions about the applicant, in the forms people type them.
pub(crate) async fn about_you(browser: &mut Browser) {
    answer_as_the_example(browser, SectionId::AboutYou).await;
}

/// Adds one child and says there are no more.
pub(crate) async fn the_children(browser: &mut Browser) {
    answer_as_the_example(browser, SectionId::Children).await;
}

fn child<'a>(name: &'a str, day: &'a str, month: &'a str, year: &'a str) -> [(&'a str, &'a str); 4] {
    [
        ("child-full-name", name),
        ("child-date-of-birth-day", day),
        ("child-date-of-birth-month", month),
        ("child-date-of-birth-year", year),
    ]
}

#[tokio::test]
async fn children_are_added_changed_and_removed_from_their_list() {
    let (app, store) = apply_app().await;
    let mut browser = Browser::new(app);
    browser.start_application().await;
    for (path, fields) in [
        ("/where-do-you-live", &[("where-you-live", "wales")][..]),
        ("/your-role", &[("your-role", "parent-with-care")]),
        ("/court-order", &[("court-order", "none")]),
    ] {
        browser.answer(path, fields).await;
    }
    no_safety_concerns(&mut browser).await;
    about_you(&mut browser).await;
    assert_eq!(browser.get("/children").await.location(), Some("/children/add"), "no list before a child");

    let added = browser.answer("/children/add", &child("Alex Jones", "1", "6", "2015")).await;
    // Each child is asked about as they are added, by name, one question a page.
    assert_eq!(added.location(), Some("/children/child-benefit"));
    assert_eq!(browser.get("/children").await.location(), Some("/children/child-benefit"), "not before");
    let asked = browser.get("/children/child-benefit").await;
    assert!(asked.title().starts_with("Do you get Child Benefit for Alex Jones?"), "{}", asked.title());
    browser.answer("/children/child-benefit", &[("child-benefit", "yes")]).await;
    let stays = browser.get("/children/overnight-stays").await;
    assert!(!stays.body.contains("The same as for"), "nothing to be the same as for the first child");
    let refused = browser.answer("/children/overnight-stays", &[("overnight-stays", "a-week"), ("nights", "9")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("The number of nights each week must be between 1 and 7"));
    assert!(refused.body.contains(r#"value="9""#), "what was typed is kept");
    let stays = [("overnight-stays", "a-fortnight"), ("nights", "4")];
    assert_eq!(
        browser.answer("/children/overnight-stays", &stays).await.location(),
        Some("/children/birth-certificate")
    );
    browser.answer("/children/birth-certificate", &[("other-parent-on-birth-certificate", "yes")]).await;
    let list = browser.answer("/children", &[("add-another-child", "yes")]).await;
    assert_eq!(list.location(), Some("/children/add"));
    assert!(browser.get("/children/add").await.body.contains("Tell us about another child"));
    browser.answer("/children/add", &child("Sam Jones", "2", "7", "2018")).await;
    let asked = browser.get("/children/child-benefit").await;
    assert!(asked.title().starts_with("Do you get Child Benefit for Sam Jones?"), "the child just added");
    browser.answer("/children/child-benefit", &[("child-benefit", "do-not-know")]).await;
    assert!(browser.get("/children/overnight-stays").await.body.contains("The same as for Alex Jones"));
    browser.answer("/children/overnight-stays", &[("overnight-stays", "same-as-first-child")]).await;
    browser.answer("/children/birth-certificate", &[("other-parent-on-birth-certificate", "no")]).await;

    let list = browser.get("/children").await;
    assert!(list.title().starts_with("You have added 2 children"), "{}", list.title());
    assert!(list.body.contains(r#"href="/children/1/change""#) && list.body.contains(r#"href="/children/1/remove""#));

    let unanswered = browser.answer("/children", &[]).await;
    assert_eq!(unanswered.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unanswered.body.contains("Select yes if you need to add another child"));

    let change = browser.get("/children/0/change").await;
    assert!(change.body.contains(r#"value="Alex Jones""#), "the child's details are filled in");
    let changed = browser.answer("/children/0/change", &child("Alex Smith", "1", "6", "2015")).await;
    assert_eq!(changed.location(), Some("/children"));

    let removed = browser.answer("/children/1/remove", &[("remove-child", "yes")]).await;
    assert_eq!(removed.location(), Some("/children"));
    assert_eq!(browser.get("/children/5/change").await.status, StatusCode::NOT_FOUND);

    let session = SessionId::parse(browser.cookie(APPLICANT.name).expect("cookie")).expect("id");
    let draft = store.load_draft(&session, OffsetDateTime::now_utc()).await.expect("loaded").expect("draft");
    let names: Vec<_> = draft.answers.children.iter().map(|c| c.full_name.as_str()).collect();
    assert_eq!(names, ["Alex Smith"]);
    // Changing a child's name and date of birth keeps what was asked about them.
    let alex = &draft.answers.children[0];
    assert_eq!(alex.overnight_stays, Some(OvernightStays::AFortnight(4)));
    assert_eq!(alex.child_benefit, Some(YesNoOrNotKnown::Yes));

    let removed = browser.answer("/children/0/remove", &[("remove-child", "yes")]).await;
    assert_eq!(removed.location(), Some("/children/add"), "with none left, add one");
}

#[tokio::test]
async fn each_childs_answers_are_on_check_your_answers_and_change_comes_back_for_that_child() {
    let (app, store) = apply_app().await;
    let mut browser = Browser::new(app);
    complete_eligibility(&mut browser).await;
    let check = browser.get("/check-your-answers").await;
    for shown in
        ["Child Benefit for Alex Jones", "Nights Alex Jones stays with the other parent", "4 nights each fortnight"]
    {
        assert!(check.body.contains(shown), "check your answers shows {shown}");
    }
    let change = "/children/overnight-stays?child=0&amp;change=1";
    assert!(check.body.contains(&format!(r#"href="{change}""#)), "a Change link naming the child");

    let page = browser.get("/children/overnight-stays?child=0&change=1").await;
    assert!(page.body.contains(r#"value="4""#), "the saved answer");
    let reply = browser
        .answer("/children/overnight-stays?child=0&change=1", &[("overnight-stays", "a-year"), ("nights", "200")])
        .await;
    assert_eq!(reply.location(), Some("/check-your-answers"));
    // A place in the list with no child there is the journey's own child (the last, all being answered).
    let reply = browser.answer("/children/child-benefit?child=7&change=1", &[("child-benefit", "no")]).await;
    assert_eq!(reply.location(), Some("/check-your-answers"));

    let session = SessionId::parse(browser.cookie(APPLICANT.name).expect("cookie")).expect("id");
    let draft = store.load_draft(&session, OffsetDateTime::now_utc()).await.expect("loaded").expect("draft");
    let child = &draft.answers.children[0];
    assert_eq!(
        (child.overnight_stays, child.child_benefit),
        (Some(OvernightStays::AYear(200)), Some(YesNoOrNotKnown::No))
    );
    assert!(browser.get("/check-your-answers").await.body.contains("About 200 nights a year"));
}

/// The other parent known only by name: the rest "not known", No and "I do not know".
pub(crate) async fn other_parent(browser: &mut Browser) {
    answer_as_the_example(browser, SectionId::OtherParent).await;
}

/// Direct Pay, the details shared with the other parent, and bank details typed with spaces and hyphens.
pub(crate) async fn payments(browser: &mut Browser) {
    answer_as_the_example(browser, SectionId::Payments).await;
}

#[tokio::test]
async fn a_paying_parent_is_asked_about_income_not_how_to_be_paid_and_fees_are_stated() {
    let (app, _store) = apply_app().await;
    let mut browser = Browser::new(app);
    complete_eligibility(&mut browser).await;
    let fees = browser.get("/how-you-want-to-be-paid").await;
    assert!(fees.body.contains("4% is taken from each payment you receive"), "fees from the one place they are kept");
    assert!(fees.body.contains("the other parent pays 20%"));

    let check = browser.get("/check-your-answers").await;
    assert!(check.body.contains("Direct Pay") && check.body.contains("Sort code 30-94-30"));
    assert!(check.body.contains("Bank details given to the other parent"), "Direct Pay asks whether they may be");
    // Collect & Pay instead: the question about sharing the details no longer applies, and is not shown.
    let reply = browser.answer("/how-you-want-to-be-paid?change=1", &[("payment-service", "collect-and-pay")]).await;
    assert_eq!(reply.location(), Some("/check-your-answers"));
    let check = browser.get("/check-your-answers").await;
    assert!(check.body.contains("Collect &amp; Pay") && !check.body.contains("Bank details given to the other parent"));
    assert_eq!(browser.get("/sharing-your-bank-details").await.location(), Some("/check-your-answers"));
    // Someone who pays is asked about their income and other children instead, each question in change mode, as
    // the example of a parent who pays answers them; then back to check your answers.
    let reply = browser.answer("/your-role?change=1", &[("your-role", "parent-without-care")]).await;
    assert_eq!(reply.location(), Some("/where-your-income-comes-from?change=1"), "asked about their income");
    let paying = examples::application(Which::Paying).expect("the example of a parent who pays");
    let income = paying.iter().filter(|(step, _)| step.section() == SectionId::YourIncome).collect::<Vec<_>>();
    for (at, page) in income.iter().enumerate() {
        let next =
            income.get(at + 1).map_or("/check-your-answers".to_owned(), |next| format!("{}?change=1", next.0.path()));
        let reply = browser.answer(&format!("{}?change=1", page.0.path()), &examples::form_fields(page)).await;
        assert_eq!(reply.location(), Some(next.as_str()), "{:?}", page.0);
    }
    assert_eq!(income.len(), 5, "employed and on benefits: every question of the section");
    let check = browser.get("/check-your-answers").await;
    assert!(!check.body.contains("Sort code"), "their bank details are forgotten");
    assert!(check.body.contains("Your income and other children") && check.body.contains("Northside Bakery Ltd"));
    assert!(check.body.contains("Universal Credit") && !check.body.contains("How you would like to be paid"));
    assert_eq!(browser.get("/how-you-want-to-be-paid").await.location(), Some("/check-your-answers"));
    // Receiving maintenance after all: how to be paid is asked again, and the income is forgotten.
    let reply = browser.answer("/your-role?change=1", &[("your-role", "parent-with-care")]).await;
    assert_eq!(reply.location(), Some("/how-you-want-to-be-paid?change=1"));
    assert_eq!(browser.get("/where-your-income-comes-from").await.location(), Some("/how-you-want-to-be-paid"));
    let check = browser.get("/check-your-answers").await;
    assert!(!check.body.contains("Your income and other children") && !check.body.contains("Northside Bakery"));
}

#[tokio::test]
async fn what_is_known_about_the_other_parent_shows_on_check_your_answers() {
    let (app, store) = apply_app().await;
    let mut browser = Browser::new(app);
    complete_eligibility(&mut browser).await;

    let check = browser.get("/check-your-answers").await;
    assert!(check.body.contains("The other parent") && check.body.contains("Alex Smith"));
    assert!(check.body.contains("Not known") && check.body.contains("I do not know"));
    let steps = [
        "/other-parent-name",
        "/other-parent-date-of-birth",
        "/do-you-know-the-other-parents-address",
        "/other-parent-details",
    ];
    for step in steps {
        assert!(check.body.contains(&format!(r#"href="{step}?change=1""#)), "a Change link to {step}");
    }

    // Knowing the address asks for it on a page of its own, still in change mode; a missing line is reported.
    let knows = browser.answer("/do-you-know-the-other-parents-address?change=1", &[("know-address", "yes")]).await;
    assert_eq!(knows.location(), Some("/other-parent-address?change=1"));
    assert_eq!(browser.get("/check-your-answers").await.location(), Some("/other-parent-address"));
    let unfinished = browser.answer("/other-parent-address?change=1", &[("address-postcode", "yo11aa")]).await;
    assert_eq!(unfinished.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unfinished.body.contains("Enter address line 1, typically the building and street"));
    assert!(unfinished.body.contains(r#"value="yo11aa""#), "what was typed is kept");

    let changes: [(&str, &[(&str, &str)]); 5] = [
        // The address first: until it is given, every change leads to it.
        (
            "/other-parent-address",
            &[
                ("address-line-1", "2 Station Road"),
                ("address-town", "York"),
                ("address-postcode", "yo11aa"),
                ("when-last-lived-there", "June 2024"),
            ],
        ),
        ("/other-parent-name", &[("full-name", "Alex Smith"), ("other-names", "Alex Jones")]),
        (
            "/other-parent-date-of-birth",
            &[("date-of-birth-day", ""), ("date-of-birth-month", "jun"), ("date-of-birth-year", "1985")],
        ),
        (
            "/other-parent-details",
            &[("phone", "01632 960 001"), ("national-insurance-number", "jk 12 34 56 b"), ("employer", "Acme Ltd")],
        ),
        ("/does-the-other-parent-know-where-you-live", &[("knows-where-you-live", "no")]),
    ];
    for (path, fields) in changes {
        let reply = browser.answer(&format!("{path}?change=1"), fields).await;
        if path == "/other-parent-address" {
            // A new address asks how it is known, still in change mode.
            assert_eq!(reply.location(), Some("/how-you-know-the-address?change=1"));
            let how = [("how-address-known", "someone-else")];
            let reply = browser.answer("/how-you-know-the-address?change=1", &how).await;
            assert_eq!(reply.location(), Some("/check-your-answers"));
            continue;
        }
        assert_eq!((reply.status, reply.location()), (StatusCode::SEE_OTHER, Some("/check-your-answers")), "{path}");
    }

    let check = browser.get("/check-your-answers").await;
    for shown in [
        "Alex Jones",
        "June 1985",
        "2 Station Road",
        "YO1 1AA",
        "June 2024",
        "01632960001",
        "JK 12 34 56 B",
        "Acme Ltd",
        "Someone else told me",
    ] {
        assert!(check.body.contains(shown), "check your answers shows {shown}");
    }
    assert!(!check.body.contains("Not known"), "everything is known now");

    let session = SessionId::parse(browser.cookie(APPLICANT.name).expect("cookie")).expect("id");
    let draft = store.load_draft(&session, OffsetDateTime::now_utc()).await.expect("loaded").expect("draft");
    let address = draft.answers.other_parent.address.as_ref().expect("an address");
    assert_eq!(address.address.lines(), ["2 Station Road", "York", "YO1 1AA"], "saved in DynamoDB");
}

#[tokio::test]
async fn sending_shows_the_reference_and_back_or_a_second_send_shows_it_again() {
    let (app, store) = apply_app().await;
    let mut browser = Browser::new(app);
    complete_eligibility(&mut browser).await;
    let session = SessionId::parse(browser.cookie(APPLICANT.name).expect("cookie")).expect("id");
    let draft = store.load_draft(&session, OffsetDateTime::now_utc()).await.expect("loaded").expect("draft");

    let check = browser.get("/check-your-answers").await;
    assert!(check.body.contains("Send your application"));
    for shown in ["Siân O’Brien-Smith", "7 March 1990", "AB 12 34 56 C", "CF10 1AA", "07700900982", "Alex Jones"] {
        assert!(check.body.contains(shown), "check your answers shows {shown}");
    }
    let token = check.csrf_token().expect("the send form has a token");
    let sent = browser.post("/check-your-answers", &[("csrf_token", &token)]).await;
    assert_eq!((sent.status, sent.location()), (StatusCode::SEE_OTHER, Some("/application-sent")));

    let confirmation = browser.get("/application-sent").await;
    assert_eq!(confirmation.status, StatusCode::OK);
    assert!(confirmation.title().starts_with("Application sent"));
    assert!(confirmation.body.contains(&draft.reference.to_string()), "the reference is shown");
    // What really happens next, and the service's own number (intake::helplines); no promised payment date.
    assert!(confirmation.body.contains("up to 6 weeks"));
    assert!(confirmation.body.contains(r#"<a class="govuk-link" href="tel:08001712345">0800 171 2345</a>"#));
    assert!(confirmation.body.contains("18001 then 0800 171 2345"));
    assert!(!confirmation.body.contains("12 weeks"));

    // The same form posted again (double click, or Back and send), and Back to check your answers.
    let again = browser.post("/check-your-answers", &[("csrf_token", &token)]).await;
    assert_eq!(again.location(), Some("/application-sent"));
    assert_eq!(browser.get("/check-your-answers").await.location(), Some("/application-sent"));
    assert_eq!(browser.get("/where-do-you-live").await.location(), Some("/application-sent"));
    assert!(browser.get("/application-sent").await.body.contains(&draft.reference.to_string()));
}

/// Sends the application the browser's session has, as check your answers does, and returns its reference.
async fn send(browser: &mut Browser) -> intake::Reference {
    let check = browser.get("/check-your-answers").await;
    let token = check.csrf_token().expect("the send form has a token");
    let sent = browser.post("/check-your-answers", &[("csrf_token", &token)]).await;
    assert_eq!(sent.location(), Some("/application-sent"), "{}", sent.title());
    let confirmation = browser.get("/application-sent").await;
    let shown = confirmation.body.split("<strong>").nth(1).and_then(|s| s.split("</strong>").next()).expect("shown");
    intake::Reference::parse(shown).expect("a reference")
}

#[tokio::test]
async fn after_sending_an_application_for_children_with_another_parent_starts_with_the_applicants_own_answers() {
    let (app, store) = apply_app().await;
    let mut browser = Browser::new(app);
    // Said before the children's questions: one application, one other parent.
    eligible_in_england(&mut browser).await;
    no_safety_concerns(&mut browser).await;
    about_you(&mut browser).await;
    let add_child = browser.get("/children/add").await;
    assert!(add_child.body.contains("Only tell us about children you have with the same other parent."));
    the_children(&mut browser).await;
    other_parent(&mut browser).await;
    payments(&mut browser).await;
    let first_session = browser.cookie(APPLICANT.name).expect("a session").to_owned();
    let first = send(&mut browser).await;
    let confirmation = browser.get("/application-sent").await;
    assert!(confirmation.body.contains(r#"<form method="post" action="/apply-for-another-parent" novalidate>"#));
    assert!(confirmation.body.contains("Apply for children with another parent"));

    // A new application, in a new session, starting with the answers copied for checking.
    let again = browser.post("/apply-for-another-parent", &[]).await;
    assert_eq!((again.status, again.location()), (StatusCode::SEE_OTHER, Some("/answers-we-copied")));
    let second_session = browser.cookie(APPLICANT.name).expect("a session").to_owned();
    assert_ne!(first_session, second_session, "the sent application keeps its own session and receipt");
    let copied = browser.get("/answers-we-copied").await;
    assert_eq!(copied.status, StatusCode::OK);
    assert!(copied.title().starts_with("Check the answers we copied"));
    for shown in ["Siân O’Brien-Smith", "AB 12 34 56 C", "CF10 1AA", "England"] {
        assert!(copied.body.contains(shown), "the copied answers show {shown}");
    }
    for not_copied in ["Alex Jones", "Alex Smith", "Direct Pay", "govuk-summary-list__actions"] {
        assert!(!copied.body.contains(not_copied), "{not_copied} is not copied, and nothing is changed here");
    }
    assert!(copied.body.contains(r#"href="/your-role""#), "Continue goes to the first question not answered");

    // Nothing of the other parent or the children; the role and court order are asked again.
    let session = SessionId::parse(&second_session).expect("id");
    let draft = store.load_draft(&session, OffsetDateTime::now_utc()).await.expect("loaded").expect("a draft");
    let answers = &draft.answers;
    assert_eq!(answers.copied_from.as_ref(), Some(&first));
    assert!(answers.children.is_empty() && answers.other_parent.is_empty() && answers.your_role.is_none());
    assert!(answers.your_name.is_some() && answers.keep_private.is_some() && answers.disclosure.abuse.is_none());
    assert_ne!(draft.reference, first, "another application");
    assert_eq!(browser.get("/your-safety").await.location(), Some("/your-role"));

    // Answered to the end (the copied pages are not asked again) and sent: a second application.
    answer_as_the_example(&mut browser, SectionId::Eligibility).await;
    let plain = examples::application(Which::Plain).expect("the example");
    let routine = plain.iter().find(|(step, _)| *step == Step::YourSafety).expect("the routine enquiry");
    let reply = browser.answer(Step::YourSafety.path(), &examples::form_fields(routine)).await;
    assert_eq!(reply.location(), Some("/children/add"), "what they keep private and about them are copied");
    the_children(&mut browser).await;
    other_parent(&mut browser).await;
    payments(&mut browser).await;
    let second = send(&mut browser).await;
    assert_ne!(first, second);
    let first_application = store.load_application(&first).await.expect("read").expect("stored");
    let second_application = store.load_application(&second).await.expect("read").expect("stored");
    assert_eq!(first_application.answers.copied_from, None);
    assert_eq!(second_application.answers.copied_from, Some(first));
    assert_eq!(second_application.answers.your_name, first_application.answers.your_name);
}

#[tokio::test]
async fn another_application_needs_a_sent_one_and_exit_still_deletes_everything() {
    let (app, store) = apply_app().await;
    let mut browser = Browser::new(app);
    assert_eq!(browser.post("/apply-for-another-parent", &[]).await.location(), Some("/"), "no session");
    browser.start_application().await;
    assert_eq!(browser.post("/apply-for-another-parent", &[]).await.location(), Some("/"), "nothing sent yet");
    assert_eq!(browser.get("/answers-we-copied").await.location(), Some("/where-do-you-live"), "nothing copied");

    complete_eligibility(&mut browser).await;
    send(&mut browser).await;
    browser.post("/apply-for-another-parent", &[]).await;
    let session = SessionId::parse(browser.cookie(APPLICANT.name).expect("a session")).expect("id");
    let exit = browser.get("/exit").await;
    assert_eq!(exit.status, StatusCode::SEE_OTHER);
    assert!(store.load_draft(&session, OffsetDateTime::now_utc()).await.expect("read").is_none(), "deleted");
    assert_eq!(browser.get("/answers-we-copied").await.location(), Some("/"));
}

#[tokio::test]
async fn sending_needs_the_sessions_token() {
    let (app, store) = apply_app().await;
    let mut browser = Browser::new(app);
    complete_eligibility(&mut browser).await;
    let refused = browser.post("/check-your-answers", &[("csrf_token", &"0".repeat(32))]).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let session = SessionId::parse(browser.cookie(APPLICANT.name).expect("cookie")).expect("id");
    assert!(store.load_draft(&session, OffsetDateTime::now_utc()).await.expect("loaded").is_some(), "not sent");
}

#[tokio::test]
async fn the_confirmation_needs_a_sent_session() {
    let (app, _store) = apply_app().await;
    let mut browser = Browser::new(app);
    assert_eq!(browser.get("/application-sent").await.location(), Some("/"));
    browser.start_application().await;
    assert_eq!(browser.get("/application-sent").await.location(), Some("/"), "a draft is not a receipt");
    assert!(browser.cookie(APPLICANT.name).is_some(), "and its session is kept");
}

#[tokio::test]
async fn twenty_sends_at_once_from_one_session_make_one_application_and_one_reference() {
    let (app, store) = apply_app().await;
    let mut browser = Browser::new(app.clone());
    complete_eligibility(&mut browser).await;
    let cookie = browser.cookie(APPLICANT.name).expect("cookie").to_owned();
    let token = browser.get("/check-your-answers").await.csrf_token().expect("token");

    let sends: Vec<_> = (0..20)
        .map(|_| {
            let mut tab = Browser::new(app.clone());
            tab.set_cookie(APPLICANT.name, &cookie);
            let token = token.clone();
            tokio::spawn(async move {
                let sent = tab.post("/check-your-answers", &[("csrf_token", &token)]).await;
                (sent.status, sent.location().map(str::to_owned), tab.get("/application-sent").await.body)
            })
        })
        .collect();
    let mut confirmations = Vec::new();
    for send in sends {
        let (status, location, confirmation) = send.await.expect("joined");
        assert_eq!((status, location.as_deref()), (StatusCode::SEE_OTHER, Some("/application-sent")));
        confirmations.push(confirmation);
    }

    let stored = store
        .client()
        .scan()
        .table_name(store.table_name())
        .filter_expression("sk = :app")
        .expression_attribute_values(":app", aws_sdk_dynamodb::types::AttributeValue::S("APP".into()))
        .send()
        .await
        .expect("scan");
    assert_eq!(stored.items().len(), 1, "exactly one application");
    let reference = intake::Reference::parse(stored.items()[0]["reference"].as_s().expect("reference")).expect("ref");
    for confirmation in confirmations {
        assert!(confirmation.contains(&reference.to_string()), "every response shows the one reference");
    }
}

#[tokio::test]
async fn exit_deletes_the_answers_expires_the_cookie_and_leaves_for_a_neutral_site() {
    let (app, store) = apply_app().await;
    let mut browser = Browser::new(app);
    browser.start_application().await;
    browser.answer("/where-do-you-live", &[("where-you-live", "wales")]).await;
    let session = SessionId::parse(browser.cookie(APPLICANT.name).expect("cookie")).expect("id");

    let page = browser.get("/your-role").await;
    assert!(page.body.contains(r#"href="/exit""#) && page.body.contains("govuk-js-exit-this-page-skiplink"));
    let exit = browser.get("/exit").await;
    assert_eq!((exit.status, exit.location()), (StatusCode::SEE_OTHER, Some("https://www.bbc.co.uk/weather")));
    assert_eq!(exit.headers.get(http::header::CACHE_CONTROL).and_then(|v| v.to_str().ok()), Some("no-store"));
    assert_eq!(browser.cookie(APPLICANT.name), None, "the session cookie is expired");
    assert!(store.load_draft(&session, OffsetDateTime::now_utc()).await.expect("loaded").is_none(), "answers deleted");

    // Back, to any journey page: the start page, never an answer.
    assert_eq!(browser.get("/your-role").await.location(), Some("/"));
    // Even someone who kept the old cookie finds nothing.
    browser.set_cookie(APPLICANT.name, session.as_str());
    assert!(browser.get("/where-do-you-live").await.title().starts_with("For your security, we deleted your answers"));
}

#[tokio::test]
async fn exit_never_keeps_anyone_even_when_dynamodb_is_down() {
    let config =
        intake::Config { table_name: "unreachable".into(), dynamodb_endpoint: Some("http://127.0.0.1:9".into()) };
    let mut browser = Browser::new(apply::router(apply::AppState::new(intake::Store::connect(&config).await)));
    browser.set_cookie(APPLICANT.name, SessionId::new().as_str());
    for exit in [browser.get("/exit").await, browser.post("/exit", &[]).await] {
        assert_eq!((exit.status, exit.location()), (StatusCode::SEE_OTHER, Some("https://www.bbc.co.uk/weather")));
    }
    assert_eq!(browser.cookie(APPLICANT.name), None);
}

#[tokio::test]
async fn a_childs_details_typed_while_dynamodb_is_down_are_shown_again_with_the_forms_token() {
    let config =
        intake::Config { table_name: "unreachable".into(), dynamodb_endpoint: Some("http://127.0.0.1:9".into()) };
    let mut browser = Browser::new(apply::router(apply::AppState::new(intake::Store::connect(&config).await)));
    browser.set_cookie(APPLICANT.name, SessionId::new().as_str());
    let token = intake::CsrfToken::new();
    let typed = [
        ("csrf_token", token.as_str()),
        ("child-full-name", "Robin Typed-Here"),
        ("child-date-of-birth-day", "2"),
        ("child-date-of-birth-month", "7"),
        ("child-date-of-birth-year", "2018"),
    ];
    let reply = browser.post("/children/0/change", &typed).await;
    assert_eq!(reply.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(reply.body.contains("Sorry, there is a problem with the service"));
    assert!(reply.body.contains(r#"value="Robin Typed-Here""#) && reply.body.contains(r#"value="2018""#), "kept");
    assert_eq!(reply.csrf_token().as_deref(), Some(token.as_str()), "so that it saves once the store is back");
}

#[tokio::test]
async fn exit_this_page_appears_only_after_it_is_explained() {
    let (app, _store) = apply_app().await;
    let mut browser = Browser::new(app);
    for path in ["/", "/before-you-start"] {
        assert!(!browser.get(path).await.body.contains("govuk-exit-this-page"), "{path}");
    }
    let before_you_start = browser.get("/before-you-start").await;
    assert!(before_you_start.body.contains("press the Shift key 3 times"));
    // As the layout places them (tests/browser/exit.test.mjs tabs to it): the skip link first, then Exit this page.
    assert!(
        before_you_start.body.contains("Exit this page is the second link on every page, after Skip to main content")
    );
    for path in ["/staying-safe-online", "/northern-ireland", "/cookies", "/no-such-page"] {
        assert!(browser.get(path).await.body.contains(r#"data-module="govuk-exit-this-page""#), "{path}");
    }
    let casework = Browser::new(end_to_end::casework_app().await.0).get("/casework").await;
    assert!(!casework.body.contains("govuk-exit-this-page"), "not for caseworkers");
}

#[tokio::test]
async fn markup_typed_into_free_text_is_shown_as_text_on_the_form_and_on_check_your_answers() {
    let (app, _store) = apply_app().await;
    let mut browser = Browser::new(app);
    complete_eligibility(&mut browser).await;
    const SCRIPT: &str = "<script>alert(1)</script>";

    // Refused as a name, and shown back in the input as text.
    let refused = browser.answer("/your-name?change=1", &[("full-name", SCRIPT)]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!refused.body.contains(SCRIPT), "never reflected as markup");
    assert!(refused.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "shown as the text typed");

    // Accepted where any text is (an address line, an employer), and shown as text on check your answers.
    browser
        .answer(
            "/your-address?change=1",
            &[("address-line-1", SCRIPT), ("address-town", "Leeds"), ("address-postcode", "LS1 1AA")],
        )
        .await;
    browser.answer("/other-parent-details?change=1", &[("employer", "<b>Acme</b>")]).await;
    let check = browser.get("/check-your-answers").await;
    assert!(!check.body.contains(SCRIPT) && !check.body.contains("<b>Acme</b>"));
    assert!(
        check.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && check.body.contains("&lt;b&gt;Acme&lt;/b&gt;")
    );
}

#[tokio::test]
async fn staying_safe_online_shows_the_helplines_of_the_applicants_nation() {
    let (app, _store) = apply_app().await;
    let mut browser = Browser::new(app);
    let everyone = browser.get("/staying-safe-online").await;
    for line in ["0808 2000 247", "0800 027 1234", "0808 80 10 800", "0808 801 0327", "0800 999 5428", "0800 5999 247"]
    {
        assert!(everyone.body.contains(line), "without a session, every line: {line}");
    }
    assert!(everyone.body.contains(r#"href="tel:08082000247""#));

    browser.start_application().await;
    browser.answer("/where-do-you-live", &[("where-you-live", "wales")]).await;
    let welsh = browser.get("/staying-safe-online").await;
    assert!(welsh.body.contains("Live Fear Free") && welsh.body.contains("07860 077333"));
    assert!(!welsh.body.contains("0808 2000 247") && !welsh.body.contains("0800 027 1234"), "not other nations'");
    assert!(welsh.body.contains("Karma Nirvana"), "and the UK-wide lines");
}
