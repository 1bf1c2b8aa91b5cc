//! Simulated applicants, each with its own cookies, going through the whole journey from the start page to the
//! confirmation, half of them disclosing abuse (the domestic-abuse routing and the disclosure's own item) and
//! sending a request to be called back in danger, at once, as its own item, before the rest of the application; of
//! the others, half apply as the parent who pays (asked about their income and other children). Every third uses the
//! pages in Welsh (`/cy/…`).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use aws_sdk_dynamodb::types::AttributeValue;
use questions::examples::{self, PageAnswer, Which, form_body, form_fields};
use questions::journey::Step;
use reqwest::{Method, StatusCode, header};
use templates::Lang;
use templates::pages::journey::{APPLICATION_SENT, BEFORE_YOU_START};

use crate::Options;
use crate::stats::Latencies;

/// What one request answered.
struct Reply {
    status: StatusCode,
    location: Option<String>,
    body: String,
}

/// Why a journey stopped short.
#[derive(Debug)]
enum Failure {
    /// A 5xx: the service failed.
    Server { route: String, status: StatusCode },
    /// Not what the journey expects at this point (a wrong status or redirect, a page without its form).
    Unexpected { route: String, detail: String },
    /// The connection failed.
    Transport { route: String, error: String },
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Server { route, status } => write!(f, "{route}: {status}"),
            Failure::Unexpected { route, detail } => write!(f, "{route}: {detail}"),
            Failure::Transport { route, error } => write!(f, "{route}: {error}"),
        }
    }
}

/// One simulated applicant: a cookie jar and the time each request took, by route.
struct Applicant {
    client: reqwest::Client,
    base_url: String,
    cookies: BTreeMap<String, String>,
    latencies: BTreeMap<String, Latencies>,
}

impl Applicant {
    async fn request(&mut self, method: Method, path: &str, form: Option<String>) -> Result<Reply, Failure> {
        let route = format!("{method} {path}");
        let mut request = self.client.request(method, format!("{}{path}", self.base_url));
        if !self.cookies.is_empty() {
            let jar: Vec<String> = self.cookies.iter().map(|(name, value)| format!("{name}={value}")).collect();
            request = request.header(header::COOKIE, jar.join("; "));
        }
        if let Some(form) = form {
            request = request.header(header::CONTENT_TYPE, "application/x-www-form-urlencoded").body(form);
        }
        let started = Instant::now();
        let response =
            request.send().await.map_err(|e| Failure::Transport { route: route.clone(), error: e.to_string() })?;
        let status = response.status();
        let location = response.headers().get(header::LOCATION).and_then(|v| v.to_str().ok()).map(str::to_owned);
        for cookie in response.headers().get_all(header::SET_COOKIE) {
            self.keep_cookie(cookie.to_str().unwrap_or_default());
        }
        let body =
            response.text().await.map_err(|e| Failure::Transport { route: route.clone(), error: e.to_string() })?;
        // The whole response, body included, as a browser waits for it.
        self.latencies.entry(route.clone()).or_default().record(started.elapsed());
        if status.is_server_error() {
            return Err(Failure::Server { route, status });
        }
        Ok(Reply { status, location, body })
    }

    fn keep_cookie(&mut self, set_cookie: &str) {
        let Some((name, rest)) = set_cookie.split_once('=') else { return };
        let value = rest.split(';').next().unwrap_or_default();
        if set_cookie.to_ascii_lowercase().contains("max-age=0") {
            self.cookies.remove(name);
        } else {
            self.cookies.insert(name.to_owned(), value.to_owned());
        }
    }

    async fn get(&mut self, path: &str) -> Result<Reply, Failure> {
        let reply = self.request(Method::GET, path, None).await?;
        expect(path, &reply, StatusCode::OK, None)?;
        Ok(reply)
    }

    /// Posts `fields` with the page's CSRF token and expects to be sent on to `next`.
    async fn post(&mut self, path: &str, page: &Reply, fields: &[(&str, &str)], next: &str) -> Result<(), Failure> {
        let token = csrf_token(&page.body)
            .ok_or_else(|| Failure::Unexpected { route: format!("GET {path}"), detail: "no CSRF token".into() })?;
        let mut form = vec![("csrf_token", token)];
        form.extend_from_slice(fields);
        let reply = self.request(Method::POST, path, Some(form_body(&form))).await?;
        expect(path, &reply, StatusCode::SEE_OTHER, Some(next))
    }

    /// The whole journey, with the pages in `lang`; the reference the confirmation page shows.
    async fn apply(&mut self, pages: &[PageAnswer], lang: Lang) -> Result<String, Failure> {
        let path = |english: &str| lang.path(english).into_owned();
        let before_you_start = path(BEFORE_YOU_START);
        self.get(&path("/")).await?;
        self.get(&before_you_start).await?;
        let started = self.request(Method::POST, &before_you_start, Some(String::new())).await?;
        expect(&before_you_start, &started, StatusCode::SEE_OTHER, Some(&path(pages[0].0.path())))?;
        for (index, page) in pages.iter().enumerate() {
            let here = path(page.0.path());
            let next = path(pages.get(index + 1).map_or(Step::CheckYourAnswers.path(), |(next, _)| next.path()));
            let shown = self.get(&here).await?;
            self.post(&here, &shown, &form_fields(page), &next).await?;
        }
        let (check, sent) = (path(Step::CheckYourAnswers.path()), path(APPLICATION_SENT));
        let check_page = self.get(&check).await?;
        self.post(&check, &check_page, &[], &sent).await?;
        let confirmation = self.get(&sent).await?;
        reference(&confirmation.body).ok_or_else(|| Failure::Unexpected {
            route: format!("GET {sent}"),
            detail: "no reference on the confirmation page".into(),
        })
    }
}

fn expect(path: &str, reply: &Reply, status: StatusCode, location: Option<&str>) -> Result<(), Failure> {
    if reply.status == status && reply.location.as_deref() == location {
        return Ok(());
    }
    let title = between(&reply.body, "<title>", "</title>").unwrap_or_default();
    Err(Failure::Unexpected {
        route: path.to_owned(),
        detail: format!("{} {:?} ({title}); expected {status} {location:?}", reply.status, reply.location),
    })
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = text.find(start)? + start.len();
    let to = text[from..].find(end)? + from;
    Some(&text[from..to])
}

fn csrf_token(page: &str) -> Option<&str> {
    between(page, r#"name="csrf_token" value=""#, "\"")
}

/// The reference on the confirmation page (templates::pages::journey::application_sent), in either language, in the
/// stored form.
fn reference(page: &str) -> Option<String> {
    let shown = between(page, r#"<div class="govuk-panel__body">"#, "</div>")
        .and_then(|body| between(body, "<strong>", "</strong>"))?;
    intake::Reference::parse(shown).map(|reference| reference.as_str().to_owned())
}

/// What the workers found, together.
#[derive(Default)]
struct Outcome {
    references: Vec<String>,
    /// The references of the journeys that sent a request for help in danger.
    requested: Vec<String>,
    failures: Vec<Failure>,
    latencies: BTreeMap<String, Latencies>,
}

pub async fn run(options: &Options) -> Result<(), String> {
    let base_url = options.required("base-url")?.trim_end_matches('/').to_owned();
    let journeys = options.number("journeys", 200)?;
    let concurrency = options.number("concurrency", 50)?.max(1);
    let server_pid = options.one("server-pid");
    let stored = match options.one("table") {
        Some(table) => Some(StoredApplications::connect(table).await),
        None => None,
    };
    let (stored_before, requests_before) = match &stored {
        Some(stored) => (
            stored.references(intake::store::APPLICATION_SORT_KEY).await?,
            stored.references(intake::store::REQUEST_SORT_KEY).await?,
        ),
        None => (BTreeSet::new(), BTreeSet::new()),
    };
    let client = crate::client()?;
    let examples: Arc<[Vec<PageAnswer>; 3]> = Arc::new([
        examples::application(Which::Plain)?,
        examples::application(Which::Disclosed)?,
        examples::application(Which::Paying)?,
    ]);

    println!("{journeys} journeys, {concurrency} at a time, against {base_url}");
    let next_journey = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let workers: Vec<_> = (0..concurrency)
        .map(|_| {
            let (client, base_url, examples, next_journey) =
                (client.clone(), base_url.clone(), examples.clone(), next_journey.clone());
            tokio::spawn(async move {
                let mut outcome = Outcome::default();
                loop {
                    let journey = next_journey.fetch_add(1, Ordering::Relaxed);
                    if journey >= journeys {
                        return outcome;
                    }
                    let mut applicant = Applicant {
                        client: client.clone(),
                        base_url: base_url.clone(),
                        cookies: BTreeMap::new(),
                        latencies: BTreeMap::new(),
                    };
                    // Every other applicant discloses abuse, and asks to be called back; of the others, every other
                    // is the parent who pays.
                    let example = match journey % 4 {
                        1 | 3 => &examples[1],
                        2 => &examples[2],
                        _ => &examples[0],
                    };
                    // Every third applicant uses the pages in Welsh.
                    let lang = if journey % 3 == 2 { Lang::Cy } else { Lang::En };
                    match applicant.apply(example, lang).await {
                        Ok(reference) => {
                            if journey % 2 == 1 {
                                outcome.requested.push(reference.clone());
                            }
                            outcome.references.push(reference)
                        }
                        Err(failure) => outcome.failures.push(failure),
                    }
                    for (route, latencies) in applicant.latencies {
                        outcome.latencies.entry(route).or_default().extend(&latencies);
                    }
                }
            })
        })
        .collect();
    let mut outcome = Outcome::default();
    for worker in workers {
        let done = worker.await.map_err(|e| format!("a worker failed: {e}"))?;
        outcome.references.extend(done.references);
        outcome.requested.extend(done.requested);
        outcome.failures.extend(done.failures);
        for (route, latencies) in done.latencies {
            outcome.latencies.entry(route).or_default().extend(&latencies);
        }
    }
    let elapsed = started.elapsed();
    report(&outcome, elapsed, options.flag("per-route"));
    if let Some(pid) = server_pid {
        println!("server (pid {pid}): {}", memory_of(pid)?);
    }

    let mut problems = Vec::new();
    let server_errors = outcome.failures.iter().filter(|f| matches!(f, Failure::Server { .. })).count();
    if !outcome.failures.is_empty() {
        let mut kinds: HashMap<String, usize> = HashMap::new();
        for failure in &outcome.failures {
            *kinds.entry(failure.to_string()).or_default() += 1;
        }
        for (failure, count) in kinds {
            eprintln!("  {count} × {failure}");
        }
        problems.push(format!("{} journeys failed, {server_errors} of them with a 5xx", outcome.failures.len()));
    }
    let confirmed: BTreeSet<&String> = outcome.references.iter().collect();
    let duplicates = outcome.references.len() - confirmed.len();
    println!("confirmations shown: {}, distinct references: {}", outcome.references.len(), confirmed.len());
    if duplicates > 0 {
        problems.push(format!("{duplicates} references were shown to more than one applicant"));
    }
    if let Some(stored) = stored {
        // One request for each journey that sent one, under the reference its application was sent with.
        let requests = stored.references(intake::store::REQUEST_SORT_KEY).await?;
        let new_requests: BTreeSet<&String> = requests.difference(&requests_before).collect();
        let requested: BTreeSet<&String> = outcome.requested.iter().collect();
        println!("urgent requests stored by this run: {}", new_requests.len());
        if new_requests != requested {
            problems.push(format!(
                "stored requests differ from the journeys that sent one: {} stored, {} sent",
                new_requests.len(),
                requested.len()
            ));
        }
        let after = stored.references(intake::store::APPLICATION_SORT_KEY).await?;
        let new: BTreeSet<&String> = after.difference(&stored_before).collect();
        println!("applications stored by this run: {}", new.len());
        if new != confirmed {
            eprintln!("  for example, stored {:?}, confirmed {:?}", new.first(), confirmed.first());
            problems.push(format!(
                "stored applications differ from confirmations: {} stored, {} confirmed, {} stored but not confirmed, {} confirmed but not stored",
                new.len(),
                confirmed.len(),
                new.difference(&confirmed).count(),
                confirmed.difference(&new).count()
            ));
        }
    }
    if outcome.references.len() != journeys {
        problems.push(format!("{} of {journeys} journeys reached the confirmation", outcome.references.len()));
    }
    if problems.is_empty() { Ok(()) } else { Err(problems.join("; ")) }
}

fn report(outcome: &Outcome, elapsed: Duration, per_route: bool) {
    let completed = outcome.references.len();
    let mut all = Latencies::default();
    let (mut gets, mut posts) = (Latencies::default(), Latencies::default());
    for (route, latencies) in &outcome.latencies {
        all.extend(latencies);
        if route.starts_with("GET") { gets.extend(latencies) } else { posts.extend(latencies) }
    }
    println!(
        "completed {completed} journeys in {:.2} s: {:.1} journeys/s, {:.0} requests/s",
        elapsed.as_secs_f64(),
        completed as f64 / elapsed.as_secs_f64(),
        all.count() as f64 / elapsed.as_secs_f64()
    );
    println!("all requests   {}", all.summary());
    println!("GET (pages)    {}", gets.summary());
    println!("POST (answers) {}", posts.summary());
    if per_route {
        for (route, latencies) in &outcome.latencies {
            println!("  {route:<55} {}", latencies.summary());
        }
    }
}

/// Peak and current resident memory of a process on this machine, from /proc (Linux).
fn memory_of(pid: &str) -> Result<String, String> {
    let status =
        std::fs::read_to_string(format!("/proc/{pid}/status")).map_err(|e| format!("/proc/{pid}/status: {e}"))?;
    let field = |name: &str| {
        status
            .lines()
            .find_map(|line| line.strip_prefix(name))
            .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
            .map_or("?".to_owned(), |kib| format!("{:.1} MiB", kib / 1024.0))
    };
    Ok(format!("peak RSS (VmHWM) {}, RSS now {}", field("VmHWM:"), field("VmRSS:")))
}

/// The applications (or requests) in the table, read straight from DynamoDB (not through the service).
struct StoredApplications {
    client: aws_sdk_dynamodb::Client,
    table: String,
}

impl StoredApplications {
    async fn connect(table: &str) -> Self {
        let config = intake::Config {
            table_name: table.to_owned(),
            dynamodb_endpoint: std::env::var(intake::Config::DYNAMODB_ENDPOINT).ok(),
        };
        let store = intake::Store::connect(&config).await;
        Self { client: store.client().clone(), table: table.to_owned() }
    }

    /// The references of the items with sort key `sort_key` (`APP`, `REQUEST`).
    async fn references(&self, sort_key: &str) -> Result<BTreeSet<String>, String> {
        let mut references = BTreeSet::new();
        let mut pages = self
            .client
            .scan()
            .table_name(&self.table)
            .filter_expression("sk = :kind")
            .expression_attribute_values(":kind", AttributeValue::S(sort_key.into()))
            .projection_expression("pk")
            .consistent_read(true)
            .into_paginator()
            .items()
            .send();
        while let Some(item) = pages.next().await {
            let item = item.map_err(|e| format!("scanning {}: {e}", self.table))?;
            if let Some(AttributeValue::S(pk)) = item.get("pk") {
                references.insert(pk.trim_start_matches("APP#").to_owned());
            }
        }
        Ok(references)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reference_is_read_from_the_confirmation_page() {
        let sent = intake::Reference::new();
        for lang in Lang::ALL {
            let page = templates::pages::journey::application_sent(lang, &sent).into_string();
            assert_eq!(reference(&page).as_deref(), Some(sent.as_str()), "{lang:?}");
        }
    }
}
