//! Every page an applicant can be shown, drawn by the real router for the two example applications at a fixed
//! moment: each question as first met, as saved (after Back or Change, filled in), and with its errors; the
//! children's list and a child's pages; check your answers; the confirmation; and the pages around the journey.
//!
//! What it is for: a change meant to leave every page as it was (moving code, not copy) is shown to by recording
//! the pages before and after and comparing them. `tests/pages/recorded.txt` holds each page's SHA-256, checked by
//! `tests/http/pages.rs` in `make test`; `cargo run -p end-to-end --bin pages -- DIR` writes each page's HTML to DIR,
//! to see what changed (`diff -r before/ after/`). When pages change on purpose, record them again with
//! `cargo run -p end-to-end --bin pages -- --hashes > tests/pages/recorded.txt` and say so.
//!
//! Two things differ from one recording to the next and are replaced: the session's CSRF token (`CSRF-TOKEN`) and
//! the application's reference (`REFERENCE`). The clock is fixed, so dates of birth and the team's hours are judged
//! the same whenever it runs.

use http::StatusCode;
use intake::{Clock, Store};
use questions::examples::{self, PageAnswer, Which, form_fields};
use questions::journey::{Step, YOUR_SAFETY};
use sha2::{Digest, Sha256};
use templates::Lang;
use time::OffsetDateTime;

use crate::{Browser, Reply};

/// The moment the pages are drawn at: a Monday morning in winter (GMT), when the domestic-abuse team is working.
pub const RECORDED_AT: OffsetDateTime = time::macros::datetime!(2026-11-30 10:00 UTC);

/// One page as recorded: a name that says which and in what state, and its HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub name: String,
    pub html: String,
}

impl Page {
    /// The page's SHA-256, in hex.
    pub fn hash(&self) -> String {
        Sha256::digest(self.html.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
    }
}

/// The applicant's router on `store`, with the clock stopped at [`RECORDED_AT`].
pub fn router(store: Store) -> axum::Router {
    apply::router(apply::AppState { store, clock: Clock::Fixed(RECORDED_AT) })
}

/// What to post to draw a page with its errors: a blank form, or for a page that takes one, the post the examples
/// say it refuses (`questions::examples::refused_post`).
fn refused(step: Step) -> Option<&'static [(&'static str, &'static str)]> {
    Some(examples::refused_post(step).unwrap_or(&[]))
}

/// The page's HTML with what differs between recordings replaced.
fn steady(reply: &Reply, reference: Option<&str>) -> String {
    let mut html = reply.body.clone();
    if let Some(token) = reply.csrf_token() {
        html = html.replace(&token, "CSRF-TOKEN");
    }
    if let Some(reference) = reference {
        html = html.replace(reference, "REFERENCE");
    }
    html
}

/// Records the pages in one language: every path it is given is the English page's, asked for in `lang`, and every
/// page's name starts with the language's prefix ("cy-start"; English names are as they were).
struct Recorder {
    browser: Browser,
    lang: Lang,
    pages: Vec<Page>,
}

impl Recorder {
    fn keep(&mut self, name: String, reply: &Reply, expected: StatusCode) {
        assert_eq!(reply.status, expected, "{name}: {}", reply.title());
        let name = match self.lang {
            Lang::En => name,
            lang => format!("{}-{name}", lang.tag()),
        };
        self.pages.push(Page { name, html: steady(reply, None) });
    }

    fn path<'a>(&self, path: &'a str) -> std::borrow::Cow<'a, str> {
        self.lang.path(path)
    }

    async fn start_application(&mut self) {
        let path = self.path(templates::pages::journey::BEFORE_YOU_START).into_owned();
        let reply = self.browser.post(&path, &[]).await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{path}: {}", reply.title());
    }

    async fn get(&mut self, name: String, path: &str) {
        let reply = self.browser.get(&self.path(path)).await;
        self.keep(name, &reply, StatusCode::OK);
    }

    /// Posts `fields` to the page at `path` with its token, and keeps the page drawn again with its errors.
    async fn refused(&mut self, name: String, path: &str, fields: &[(&str, &str)]) {
        let path = &*self.lang.path(path);
        let page = self.browser.get(path).await;
        let token = page.csrf_token().expect("a form");
        let mut posted = vec![("csrf_token", token.as_str())];
        let hidden = page.safety_form_fields();
        posted.extend(hidden.iter().map(|(name, value)| (*name, value.as_str())));
        posted.extend_from_slice(fields);
        let reply = self.browser.post(path, &posted).await;
        self.keep(name, &reply, StatusCode::UNPROCESSABLE_ENTITY);
    }

    async fn answer(&mut self, path: &str, fields: &[(&str, &str)]) {
        let path = &*self.lang.path(path);
        let reply = self.browser.answer(path, fields).await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{path}: {}", reply.title());
    }

    /// An example application page by page: each question as met and with its errors, then answered; then check
    /// your answers, and the first question again, filled in, as after Change.
    async fn journey(&mut self, label: &str, pages: &[PageAnswer]) {
        self.start_application().await;
        for page in pages {
            let (step, path) = (page.0, page.0.path());
            let sent = step == Step::UrgentRequest && page.1.is_empty();
            // Named by the step, never its position, so that a step added shifts no other page's name. The
            // request page is met twice: to send the request, then saying it was sent.
            let id = if sent { "request-sent".to_owned() } else { step.id().replace('/', "-") };
            let name = |state: &str| format!("{label}-{id}-{state}");
            self.get(name("shown"), path).await;
            let asks_nothing = step == Step::PaymentService && page.1.is_empty();
            if let Some(fields) = refused(step).filter(|_| !sent && !asks_nothing) {
                self.refused(name("refused"), path, fields).await;
            }
            self.answer(path, &form_fields(page)).await;
        }
        self.get(format!("{label}-check-your-answers"), Step::CheckYourAnswers.path()).await;
        // Each question again, filled in, as Change from check your answers shows it.
        let mut changed = Vec::new();
        for (step, _) in pages.iter().filter(|(step, _)| *step != Step::Children) {
            if changed.contains(step) {
                continue;
            }
            changed.push(*step);
            let name = format!("{label}-{}-changed", step.id().replace('/', "-"));
            if step.is_safety() {
                // Change into the safety section is a button that posts which question.
                let check = self.path(Step::CheckYourAnswers.path()).into_owned();
                let token = self.browser.get(&check).await.csrf_token().expect("a form");
                let posted = [("csrf_token", token.as_str()), ("change-answer", step.id())];
                let reply = self.browser.post(&self.path(YOUR_SAFETY), &posted).await;
                assert_eq!(reply.location(), Some(&*self.path(YOUR_SAFETY)), "{name}");
                self.get(name, YOUR_SAFETY).await;
            } else {
                self.get(name, &format!("{}?change=1", step.path())).await;
            }
        }
        // The children's list and a child's pages, with their errors.
        self.get(format!("{label}-children"), Step::Children.path()).await;
        self.refused(format!("{label}-children-refused"), Step::Children.path(), &[]).await;
        for (what, path) in [("change", "/children/0/change"), ("remove", "/children/0/remove")] {
            self.get(format!("{label}-child-{what}"), path).await;
            self.refused(format!("{label}-child-{what}-refused"), path, &[]).await;
        }
        // Sent: the confirmation, its reference replaced.
        let check_path = self.path(Step::CheckYourAnswers.path()).into_owned();
        let check = self.browser.get(&check_path).await;
        let token = check.csrf_token().expect("the send form");
        let sent = self.browser.post(&check_path, &[("csrf_token", &token)]).await;
        let confirmation_path = self.path(templates::pages::journey::APPLICATION_SENT).into_owned();
        assert_eq!(sent.location(), Some(confirmation_path.as_str()));
        let confirmation = self.browser.get(&confirmation_path).await;
        assert_eq!(confirmation.status, StatusCode::OK);
        let shown = confirmation.body.split("<strong>").nth(1).and_then(|rest| rest.split("</strong>").next());
        let reference = shown.expect("the reference").to_owned();
        self.keep(format!("{label}-application-sent"), &confirmation, StatusCode::OK);
        if let Some(last) = self.pages.last_mut() {
            last.html = steady(&confirmation, Some(&reference));
        }
        // Then an application for children with another parent: the answers copied, for checking.
        let again = self.browser.post(&self.path(templates::pages::journey::APPLY_FOR_ANOTHER_PARENT), &[]).await;
        let copied = again.location().expect("the answers copied").to_owned();
        let (lang, copied) = Lang::of_path(&copied);
        assert_eq!(lang, self.lang, "the answers copied are shown in the page's language");
        self.get(format!("{label}-answers-we-copied"), &copied).await;
    }
}

/// Every page, in a fixed order, from the router on `store` (a table of its own in DynamoDB Local): in English,
/// then in Welsh.
pub async fn record(store: Store) -> Vec<Page> {
    let app = router(store);
    let mut pages = record_in(app.clone(), Lang::En).await;
    pages.extend(record_in(app, Lang::Cy).await);
    pages
}

async fn record_in(app: axum::Router, lang: Lang) -> Vec<Page> {
    let mut recorder = Recorder { browser: Browser::new(app.clone()), lang, pages: Vec::new() };
    for (name, path) in [
        ("start", "/"),
        ("before-you-start", "/before-you-start"),
        ("staying-safe-online", "/staying-safe-online"),
        ("cookies", "/cookies"),
        ("privacy", "/privacy"),
        ("accessibility", "/accessibility"),
        ("session-ended", "/session-ended"),
        ("northern-ireland", "/northern-ireland"),
        ("outside-the-uk", "/outside-the-uk"),
        ("court-order-in-place", "/court-order-in-place"),
    ] {
        recorder.get(name.to_owned(), path).await;
    }
    let not_found = recorder.browser.get(&lang.path("/no-such-page")).await;
    recorder.keep("not-found".to_owned(), &not_found, StatusCode::NOT_FOUND);
    let plain = examples::application(Which::Plain).expect("the plain example");
    recorder.journey("plain", &plain).await;
    recorder.browser = Browser::new(app.clone());
    recorder.journey("disclosed", &examples::application(Which::Disclosed).expect("the disclosed example")).await;
    // The other parent's address, which neither example knows: asked after "yes".
    recorder.browser = Browser::new(app.clone());
    let (before, _) =
        plain.split_at(plain.iter().position(|(step, _)| *step == Step::OtherParentKnowsAddress).unwrap_or(0));
    recorder.start_application().await;
    for page in before {
        recorder.answer(page.0.path(), &form_fields(page)).await;
    }
    recorder.answer(Step::OtherParentKnowsAddress.path(), &[("know-address", "yes")]).await;
    let path = Step::OtherParentAddress.path();
    recorder.get("other-parent-address-shown".to_owned(), path).await;
    recorder.refused("other-parent-address-refused".to_owned(), path, &[]).await;
    // And how the applicant knows it, in Northern Ireland (in scope for the other parent), as a page of its own.
    let address = [("address-line-1", "1 Main Street"), ("address-town", "Belfast"), ("address-postcode", "BT1 5GS")];
    recorder.answer(path, &address).await;
    let how = Step::HowAddressKnown.path();
    recorder.get("how-you-know-the-address-shown".to_owned(), how).await;
    recorder.refused("how-you-know-the-address-refused".to_owned(), how, &[]).await;
    // The other parent abroad, not working for a UK employer: the page that says CMS cannot usually help.
    recorder.browser = Browser::new(app.clone());
    let (before, _) = plain.split_at(plain.iter().position(|(step, _)| *step == Step::OtherParentLives).unwrap_or(0));
    recorder.start_application().await;
    for page in before {
        recorder.answer(page.0.path(), &form_fields(page)).await;
    }
    recorder.answer(Step::OtherParentLives.path(), &[("other-parent-lives", "abroad")]).await;
    recorder.answer(Step::EmployerAbroad.path(), &[("uk-employer-abroad", "no")]).await;
    recorder.get("other-parent-abroad".to_owned(), "/other-parent-abroad").await;
    // The questions only a parent who pays is asked, as met and with their errors, and check your answers with
    // their section.
    recorder.browser = Browser::new(app.clone());
    recorder.start_application().await;
    for page in examples::application(Which::Paying).expect("the paying example") {
        let (step, path) = (page.0, page.0.path());
        if !plain.iter().any(|plain| plain.0 == step) {
            let name = |state: &str| format!("paying-{}-{state}", step.id());
            recorder.get(name("shown"), path).await;
            recorder.refused(name("refused"), path, refused(step).unwrap_or(&[])).await;
        }
        recorder.answer(path, &form_fields(&page)).await;
    }
    recorder.get("paying-check-your-answers".to_owned(), Step::CheckYourAnswers.path()).await;
    // A child of 17 not in approved education (the disclosed example's child, answered "no"): the page that says
    // which child, and why.
    recorder.browser = Browser::new(app);
    let disclosed = examples::application(Which::Disclosed).expect("the disclosed example");
    let (before, _) =
        disclosed.split_at(disclosed.iter().position(|(step, _)| *step == Step::ChildEducation).unwrap_or(0));
    recorder.start_application().await;
    for page in before {
        recorder.answer(page.0.path(), &form_fields(page)).await;
    }
    recorder.answer(Step::ChildEducation.path(), &[("in-approved-education", "no")]).await;
    recorder.get("children-not-eligible".to_owned(), "/children-not-eligible").await;
    recorder.pages
}

/// The recording as `tests/pages/recorded.txt` holds it: a line a page, its name and its SHA-256.
pub fn hashes(pages: &[Page]) -> String {
    pages.iter().map(|page| format!("{} {}\n", page.name, page.hash())).collect()
}

/// Every address in the page's links, images and forms: what a click or a submission would go to.
pub fn addresses(html: &str) -> Vec<&str> {
    ["href=\"", "src=\"", "action=\"", "formaction=\""]
        .iter()
        .flat_map(|attribute| html.match_indices(attribute).map(move |(at, _)| &html[at + attribute.len()..]))
        .filter_map(|rest| rest.split('"').next())
        .collect()
}

/// The text of a page, one string per text node as a reader meets it (scripts, styles and images left out), with
/// the entities the pages use decoded.
pub fn texts(html: &str) -> Vec<String> {
    let mut texts = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        let text = rest[..open].trim();
        if !text.is_empty() {
            let decoded = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'");
            texts.push(decoded.replace("&amp;", "&"));
        }
        rest = &rest[open..];
        // An svg, a script or a style is skipped whole; any other tag to its end.
        let skipped = ["<svg", "<script", "<style"].iter().find(|tag| rest.starts_with(**tag)).and_then(|tag| {
            let close = format!("</{}>", &tag[1..]);
            rest.find(&close).map(|at| at + close.len())
        });
        let end = skipped.or_else(|| rest.find('>').map(|at| at + 1)).unwrap_or(rest.len());
        rest = &rest[end..];
    }
    texts
}

/// An English text of the pages and the Welsh drawn in its place, with the pages (by recorded name) it is on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    pub english: String,
    pub welsh: String,
    pub pages: Vec<String>,
}

/// Every English text of the recorded pages beside its Welsh, as the Welsh Language Unit reviews them: each page and
/// its Welsh (`cy-` + its name) are drawn by the same code, so their texts come in the same order, one for one.
/// Texts that are the same in both (names, numbers, what the examples typed) are left out. An error names a page
/// whose two languages do not line up, which would make the pairs wrong.
pub fn welsh_pairs(pages: &[Page]) -> Result<Vec<Pair>, String> {
    let mut pairs: Vec<Pair> = Vec::new();
    for welsh in pages.iter().filter(|page| page.name.starts_with("cy-")) {
        let name = &welsh.name["cy-".len()..];
        let english = pages.iter().find(|page| page.name == name).ok_or(format!("{}: no English page", welsh.name))?;
        let (english_texts, welsh_texts) =
            (texts(&without_languages(&english.html)), texts(&without_languages(&welsh.html)));
        if english_texts.len() != welsh_texts.len() {
            return Err(format!("{name}: {} texts in English, {} in Welsh", english_texts.len(), welsh_texts.len()));
        }
        for (english, welsh) in english_texts.into_iter().zip(welsh_texts).filter(|(en, cy)| en != cy) {
            match pairs.iter_mut().find(|pair| pair.english == english && pair.welsh == welsh) {
                Some(pair) if !pair.pages.iter().any(|page| page == name) => pair.pages.push(name.to_owned()),
                Some(_) => {}
                None => pairs.push(Pair { english, welsh, pages: vec![name.to_owned()] }),
            }
        }
    }
    Ok(pairs)
}

/// A page without its Language navigation, whose words are the same on every page and in an order of their own
/// (each language's name in itself, the current one first in neither): reviewed once, in docs/welsh.md.
fn without_languages(html: &str) -> String {
    let Some(start) = html.find(r#"<nav class="govuk-language-navigation""#) else { return html.to_owned() };
    let end = html[start..].find("</nav>").map_or(html.len(), |at| start + at + "</nav>".len());
    format!("{}{}", &html[..start], &html[end..])
}

/// The Welsh of the Design System's own words, with where it was published (docs/welsh.md, "Component strings"):
/// every other Welsh text of the service was written here and awaits the Welsh Language Unit.
const PUBLISHED: [(&str, &str, &str); 13] = [
    ("Exit this page", "Gadael y dudalen hon", "HMRC play-frontend messages.cy"),
    ("Emergency", "Argyfwng", "HMRC play-frontend messages.cy"),
    ("There is a problem", "Mae problem wedi codi", "HMRC play-frontend messages.cy"),
    ("Error", "Gwall", "HMRC play-frontend, GOV.UK Forms"),
    ("Day", "Diwrnod", "HMRC play-frontend, GOV.UK Forms"),
    ("Month", "Mis", "HMRC play-frontend, GOV.UK Forms"),
    ("Year", "Blwyddyn", "HMRC play-frontend, GOV.UK Forms"),
    ("Back", "Yn ôl", "HMRC play-frontend, GOV.UK Forms"),
    ("Skip to main content", "Neidio i’r prif gynnwys", "GOV.UK publishing components, GOV.UK Forms"),
    ("Support links", "Cysylltiadau cymorth", "HMRC play-frontend"),
    ("© Crown copyright", "© Hawlfraint y Goron", "GOV.UK publishing components"),
    ("Cookies", "Cwcis", "GOV.UK Forms"),
    ("Warning", "Rhybudd", "HMRC play-frontend"),
];

/// Where a pair's Welsh comes from: a published source, or "written here".
pub fn source(pair: &Pair) -> &'static str {
    PUBLISHED
        .iter()
        .find(|(english, welsh, _)| pair.english == *english && pair.welsh == *welsh)
        .map_or("written here, for review", |(_, _, source)| source)
}

/// How many of the pages a text is on the review names.
const PAGES_NAMED: usize = 5;

/// The pairs as CSV (RFC 4180: every field quoted, quotes doubled): English, Welsh, source, the pages it is on.
pub fn review_csv(pairs: &[Pair]) -> String {
    let field = |text: &str| format!("\"{}\"", text.replace('"', "\"\""));
    let mut csv = String::from("english,welsh,source,pages\r\n");
    for pair in pairs {
        // The first few pages it is on, and how many more: enough to find it.
        let mut pages = pair.pages.iter().take(PAGES_NAMED).map(String::as_str).collect::<Vec<_>>().join(" ");
        if pair.pages.len() > PAGES_NAMED {
            pages.push_str(&format!(" (and {} more)", pair.pages.len() - PAGES_NAMED));
        }
        let row = [field(&pair.english), field(&pair.welsh), field(source(pair)), field(&pages)];
        csv.push_str(&row.join(","));
        csv.push_str("\r\n");
    }
    csv
}
