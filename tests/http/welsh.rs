//! The service in Welsh (`/cy/…`): every page an applicant can be shown (the recording of `end_to_end::pages`,
//! drawn in both languages) is in Welsh, stays in Welsh, and has no English left in it; and the language can be
//! switched on any page without losing an answer.

use std::collections::BTreeSet;

use end_to_end::pages::{Page, addresses, record, review_csv, texts, welsh_pairs};
use end_to_end::{Browser, apply_app};
use http::StatusCode;
use questions::examples::{self, Which, form_fields};
use questions::journey::Step;
use templates::Lang;

/// An address that leaves the service, or is the same in both languages (Exit this page, the assets).
fn is_language_free(address: &str) -> bool {
    ["https://", "tel:", "#", "/exit", "/assets/"].iter().any(|start| address.starts_with(start))
}

fn is_welsh_address(address: &str) -> bool {
    address == "/cy" || address.starts_with("/cy/") || address.starts_with("/cy?")
}

/// What may read the same in both languages: what the examples typed (names, places, numbers), how it is shown
/// back, and the names of things (helplines, the languages themselves).
fn may_be_the_same(text: &str, typed: &BTreeSet<&str>) -> bool {
    let words = text.split(|c: char| !c.is_alphabetic() && c != '’' && c != '\'').filter(|w| !w.is_empty());
    let is_a_name = words.clone().all(|word| word.chars().next().is_some_and(char::is_uppercase));
    let helpline = intake::helplines::HELPLINES.iter().any(|line| line.name == text && line.name_cy == text);
    typed.contains(text) || is_a_name || helpline || ["__Host-session", "REFERENCE"].contains(&text)
}

const ENGLISH_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

#[tokio::test]
async fn every_welsh_page_is_in_welsh_and_keeps_to_welsh_addresses() {
    let pages = record(end_to_end::fresh_store().await).await;
    let (welsh, english): (Vec<&Page>, Vec<&Page>) = pages.iter().partition(|page| page.name.starts_with("cy-"));
    assert_eq!(welsh.len(), english.len(), "every English page is recorded in Welsh too");
    let typed: BTreeSet<&str> = Which::ALL
        .iter()
        .flat_map(|&which| examples::application(which).unwrap_or_default())
        .flat_map(|page| form_fields(&page))
        .map(|(_, value)| value)
        .collect();
    let mut problems = Vec::new();
    for page in &welsh {
        let name = &page.name;
        let Some(english) = english.iter().find(|english| format!("cy-{}", english.name) == *name) else {
            problems.push(format!("{name}: no English page of that name"));
            continue;
        };
        if !page.html.contains("<html lang=\"cy\"") {
            problems.push(format!("{name}: not <html lang=\"cy\">"));
        }
        for address in addresses(&page.html) {
            // The Language navigation's one link back to English is the only way out of Welsh.
            let to_english = page.html.contains(&format!("href=\"{address}\" rel=\"alternate\" lang=\"en\""));
            if !(is_language_free(address) || is_welsh_address(address) || to_english) {
                problems.push(format!("{name}: an address outside /cy: {address}"));
            }
        }
        for address in addresses(&english.html) {
            let to_welsh = english.html.contains(&format!("href=\"{address}\" rel=\"alternate\" lang=\"cy\""));
            if is_welsh_address(address) && !to_welsh {
                problems.push(format!("{}: an English page's address in /cy: {address}", english.name));
            }
        }
        let english_texts: BTreeSet<String> = texts(&english.html).into_iter().collect();
        for text in texts(&page.html) {
            let same = english_texts.contains(&text);
            if same && !may_be_the_same(&text, &typed) {
                problems.push(format!("{name}: the same in English: {text:?}"));
            }
            if !same && text.contains('\'') {
                problems.push(format!("{name}: a straight apostrophe (Welsh copy uses ’): {text:?}"));
            }
            if let Some(month) = ENGLISH_MONTHS.iter().find(|month| text.split(' ').any(|word| word == **month)) {
                problems.push(format!("{name}: an English month, {month}: {text:?}"));
            }
        }
    }
    problems.dedup();
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
    // What `make welsh-review` writes for the Welsh Language Unit: the pages line up text for text, so each English
    // text is paired with the Welsh drawn in its place.
    let pairs = welsh_pairs(&pages).expect("every page lines up with its Welsh");
    let csv = review_csv(&pairs);
    for row in [
        r#""Continue","Parhau","written here, for review","#,
        r#""There is a problem","Mae problem wedi codi","HMRC play-frontend messages.cy","#,
        r#""Exit this page","Gadael y dudalen hon","HMRC play-frontend messages.cy","#,
    ] {
        assert!(csv.contains(row), "the review lists {row}");
    }
}

/// The Language navigation's link to the other language.
fn switch_link(html: &str, to: Lang) -> Option<&str> {
    let marker = format!("\" rel=\"alternate\" lang=\"{}\"", to.tag());
    let end = html.find(&marker)?;
    let start = html[..end].rfind("href=\"")? + "href=\"".len();
    Some(&html[start..end])
}

#[tokio::test]
async fn switching_language_on_a_page_shows_the_same_page_with_every_answer_kept() {
    let (app, _) = apply_app().await;
    let mut browser = Browser::new(app);
    browser.start_application().await;
    let plain = examples::application(Which::Plain).expect("the plain example");
    let until = plain.iter().position(|(step, _)| *step == Step::YourName).expect("the plain example asks names");
    for page in &plain[..=until] {
        let reply = browser.answer(page.0.path(), &form_fields(page)).await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{:?}", page.0);
    }
    // A question answered in English, shown again from Change: its Welsh link is the same page in Welsh.
    let english = browser.get("/your-name?change=1").await;
    let to_welsh = switch_link(&english.body, Lang::Cy).expect("a link to Welsh").replace("&amp;", "&");
    assert_eq!(to_welsh, "/cy/your-name?change=1");
    let welsh = browser.get(&to_welsh).await;
    assert_eq!(welsh.status, StatusCode::OK);
    assert!(welsh.body.contains("<html lang=\"cy\""));
    let name = plain[until].1.iter().find(|(field, _)| *field == "full-name").map(|(_, value)| *value);
    assert!(welsh.body.contains(&format!("value=\"{}\"", name.expect("a name"))), "the answer is kept in Welsh");
    assert_eq!(switch_link(&welsh.body, Lang::En), Some("/your-name?change=1"), "and back");
    // Answered in Welsh, it goes on in Welsh, and the English page shows the same answer.
    let reply = browser.answer("/cy/your-name?change=1", &[("full-name", "Rhian Morgan")]).await;
    assert!(reply.location().is_some_and(|next| next.starts_with("/cy/")), "{:?}", reply.location());
    let english = browser.get("/your-name").await;
    assert!(english.body.contains("value=\"Rhian Morgan\"") && english.body.contains("<html lang=\"en\""));
    // A journey page asked for in Welsh without a session goes to the Welsh start page.
    let mut stranger = Browser::new(apply_app().await.0);
    assert_eq!(stranger.get("/cy/your-name").await.location(), Some("/cy"));
}

#[tokio::test]
async fn a_welsh_error_says_gwall_and_mae_problem_wedi_codi_and_a_welsh_month_is_understood() {
    let (app, _) = apply_app().await;
    let mut browser = Browser::new(app);
    let started = browser.post("/cy/before-you-start", &[]).await;
    assert_eq!(started.location(), Some("/cy/where-do-you-live"));
    let token = browser.get("/cy/where-do-you-live").await.csrf_token().expect("a form");
    let refused = browser.post("/cy/where-do-you-live", &[("csrf_token", &token)]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.title().starts_with("Gwall: "), "{}", refused.title());
    assert!(refused.body.contains("Mae problem wedi codi"));
    // A date typed with a Welsh month's name is taken, and shown back in Welsh.
    let plain = examples::application(Which::Plain).expect("the plain example");
    let until = plain.iter().position(|(step, _)| *step == Step::YourDateOfBirth).expect("a date of birth");
    for page in &plain[..until] {
        let reply = browser.answer(&Lang::Cy.path(page.0.path()), &form_fields(page)).await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{:?}", page.0);
    }
    let date = [("date-of-birth-day", "5"), ("date-of-birth-month", "Chwefror"), ("date-of-birth-year", "1988")];
    let reply = browser.answer("/cy/your-date-of-birth", &date).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.title());
    let saved = browser.get("/cy/your-date-of-birth").await;
    assert!(saved.body.contains("name=\"date-of-birth-month\" type=\"text\" value=\"2\""), "saved as February");
    // Not found, in Welsh.
    let missing = browser.get("/cy/no-such-page").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.body.contains("<html lang=\"cy\""));
    // One way out for both: Exit this page from a Welsh page deletes the session.
    let exit = browser.get("/exit").await;
    assert_eq!(exit.status, StatusCode::SEE_OTHER);
    assert_eq!(browser.get("/cy/check-your-answers").await.location(), Some("/cy"));
}

#[tokio::test]
async fn a_whole_application_sent_in_welsh_is_confirmed_in_welsh_and_recorded_as_welsh() {
    let (app, store) = apply_app().await;
    let mut browser = Browser::new(app);
    assert_eq!(browser.post("/cy/before-you-start", &[]).await.location(), Some("/cy/where-do-you-live"));
    for page in examples::application(Which::Disclosed).expect("the example with a disclosure") {
        let path = Lang::Cy.path(page.0.path());
        let reply = browser.answer(&path, &form_fields(&page)).await;
        let next = reply.location().unwrap_or_default();
        assert!(is_welsh_address(next), "{path}: on to {next}, outside /cy");
    }
    let check = browser.get("/cy/check-your-answers").await;
    assert_eq!(check.status, StatusCode::OK);
    let token = check.csrf_token().expect("the send form");
    let sent = browser.post("/cy/check-your-answers", &[("csrf_token", &token)]).await;
    assert_eq!(sent.location(), Some("/cy/application-sent"));
    let confirmation = browser.get("/cy/application-sent").await;
    assert!(confirmation.body.contains("<html lang=\"cy\""));
    let reference = confirmation.body.split("<strong>").nth(1).and_then(|rest| rest.split("</strong>").next());
    let reference = intake::Reference::parse(reference.expect("the reference")).expect("a reference");
    let application = store.load_application(&reference).await.expect("read").expect("stored");
    // Caseworkers see which language the pages were in, and, apart from it, the language chosen for letters.
    assert_eq!(application.answers.applied_in, Some(intake::answers::Language::Welsh));
    assert_eq!(application.answers.contact_language, Some(intake::answers::Language::Welsh));
}
