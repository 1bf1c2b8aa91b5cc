//! Warm handler work without DynamoDB (issue 7, "Warm"; docs/design.md's target: under 1 ms each): every page the
//! service renders, and every question's POST, valid and invalid. A measurement, never an assertion on time: run by
//! hand (`cargo bench -p apply --bench pages --features offline`), figures in docs/performance.md.
//!
//! Question pages go through [`apply::offline`], the same `Question` code the handlers run minus the session, the
//! CSRF check and the store. Every other page is its view (`questions`' or `templates`'), called with what its
//! handler would pass.
//! Benchmark ids are `<route>/<what>`, so each figure names its page.

// Bench code: a failed expectation is the benchmark failing.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::hint::black_box;
use std::time::Duration;

use apply::offline::{Posted, post, show, show_in};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use intake::casework::Status;
use intake::children::MAX_CHILDREN;
use intake::routing::{Team, route};
use intake::safety::CallRequest;
use intake::safety::Disclosure;
use intake::store::{
    Application, AuditAction, AuditEntry, Holder, QUEUE_PAGE_SIZE, QueueCursor, QueueEntry, Queued, StoredRequest,
};
use intake::urgent::{Outcome, RequestStatus};
use intake::{Answers, Reference};
use questions::children::{add_child, list};
use questions::examples::{self, PageAnswer, Which, form_body, form_fields};
use questions::journey::{Next, Step, Stop};
use questions::kit::{Back, StepContext};
use questions::question_steps;
use templates::casework::{self, ApplicationPage, RequestPage, Staff};
use templates::pages::{errors, footer, journey as views};
use templates::{Area, Fields, FormErrors, Lang};
use time::Date;
use web::PostedForm;

const CSRF_TOKEN: &str = "00000000000000000000000000000000";
const SENT_AT: &str = "2026-11-22T09:05:00Z";

/// Dates of birth are judged on a fixed day, so the examples stay valid whenever this runs.
fn today() -> Date {
    examples::TODAY
}

/// A question page's benchmark group: its route, and for the safety section (one route) which of its pages.
fn group_name(step: Step) -> String {
    if step.is_safety() { format!("{}: {}", step.path(), step.id()) } else { step.path().to_owned() }
}

/// One question page as an applicant meets it: the answers so far, and a valid and an invalid body to post.
struct Visit {
    step: Step,
    before: Answers,
    valid: String,
    invalid: String,
}

impl Visit {
    /// The answers once this page is saved: its GET shows them filled in, as after Back or Change.
    fn after(&self) -> Answers {
        let mut answers = self.before.clone();
        saved(self.step, &self.valid, &mut answers);
        answers
    }
}

fn saved(step: Step, body: &str, answers: &mut Answers) -> Next {
    match post(step, body.as_bytes(), answers, today()) {
        Some(Posted::Saved { next }) => next,
        other => panic!("{step:?}: {body} was not saved: {other:?}"),
    }
}

/// A body that the step refuses, so that its page is drawn again with errors. Empty, unless empty is a valid
/// answer (every field optional): then values that cannot be right.
fn invalid_body(step: Step, before: &Answers) -> String {
    let mut answers = before.clone();
    if matches!(post(step, b"", &mut answers, today()), Some(Posted::Invalid { .. })) {
        return String::new();
    }
    let fields = questions::examples::refused_post(step).unwrap_or_else(|| {
        panic!("{step:?}: no invalid body known (questions::examples::refused_post), and an empty one is saved")
    });
    let body = form_body(fields);
    let mut answers = before.clone();
    match post(step, body.as_bytes(), &mut answers, today()) {
        Some(Posted::Invalid { .. }) => body,
        other => panic!("{step:?}: {body} was not refused: {other:?}"),
    }
}

/// Posts an example page by page as the handlers would; returns each question page's answers before it and body
/// (in order), and the answers at check your answers.
fn walk(example: &[PageAnswer]) -> (Vec<(Step, Answers, String)>, Answers) {
    let mut answers = Answers::default();
    let mut pages = Vec::new();
    for page in example {
        let step = page.0;
        if step == Step::Children {
            // Not a question: "no more children" is what the list's handler records.
            answers.finished_adding_children = true;
            continue;
        }
        let valid = form_body(&form_fields(page));
        let before = answers.clone();
        saved(step, &valid, &mut answers);
        pages.push((step, before, valid));
    }
    (pages, answers)
}

struct Examples {
    /// One visit per question step, in the journey's order.
    visits: Vec<Visit>,
    plain: Answers,
    disclosed: Answers,
}

fn examples() -> Examples {
    let (plain_pages, plain) = walk(&examples::application(Which::Plain).expect("the plain example"));
    let (disclosed_pages, disclosed) = walk(&examples::application(Which::Disclosed).expect("the disclosed example"));
    // The questions only a parent who pays is asked.
    let (paying_pages, _) = walk(&examples::application(Which::Paying).expect("the paying example"));
    // Neither example knows the other parent's address: ask it after the first, as if they had answered yes.
    let mut knows = plain.clone();
    let next = saved(Step::OtherParentKnowsAddress, "know-address=yes", &mut knows);
    assert_eq!(next, Next::Ask(Step::OtherParentAddress));
    let address = form_body(&[
        ("address-line-1", "2 Low Road"),
        ("address-town", "Swansea"),
        ("address-postcode", "SA1 1AA"),
        ("when-last-lived-there", "Spring 2024"),
    ]);
    // Then how they know it.
    let mut with_address = knows.clone();
    saved(Step::OtherParentAddress, &address, &mut with_address);
    let how = form_body(&[("how-address-known", "they-told-me")]);
    // A step on both paths is taken from the first, where every question asks something (with a disclosure, the
    // payments page asks nothing).
    let all: Vec<_> = plain_pages
        .into_iter()
        .chain([(Step::OtherParentAddress, knows, address), (Step::HowAddressKnown, with_address, how)])
        .chain(disclosed_pages)
        .chain(paying_pages)
        .collect();
    let visits = question_steps()
        .map(|step| {
            let (_, before, valid) =
                all.iter().find(|(s, ..)| *s == step).unwrap_or_else(|| panic!("{step:?} unvisited"));
            Visit { step, invalid: invalid_body(step, before), before: before.clone(), valid: valid.clone() }
        })
        .collect();
    Examples { visits, plain, disclosed }
}

fn config() -> Criterion {
    // About 3 s a benchmark with the analysis, so that the whole run takes about 6 minutes on a shared 2-core
    // machine; each page takes microseconds, so this is still tens of thousands of iterations. The command line
    // (--warm-up-time, --measurement-time) overrides it.
    Criterion::default().warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(2))
}

fn question_pages(c: &mut Criterion) {
    let examples = examples();
    for visit in &examples.visits {
        let mut group = c.benchmark_group(group_name(visit.step));
        let filled_in = visit.after();
        group.bench_function("GET", |b| b.iter(|| show(black_box(visit.step), black_box(&filled_in))));
        group.bench_function("GET, in Welsh", |b| {
            b.iter(|| show_in(black_box(visit.step), black_box(&filled_in), Lang::Cy))
        });
        group.bench_function("POST valid", |b| {
            b.iter_batched_ref(
                || visit.before.clone(),
                |answers| post(visit.step, black_box(visit.valid.as_bytes()), answers, today()),
                BatchSize::SmallInput,
            )
        });
        group.bench_function("POST invalid", |b| {
            b.iter_batched_ref(
                || visit.before.clone(),
                |answers| post(visit.step, black_box(visit.invalid.as_bytes()), answers, today()),
                BatchSize::SmallInput,
            )
        });
        group.finish();
    }
}

/// The context the list's handlers give its views.
fn context(errors: &FormErrors) -> StepContext<'_> {
    StepContext::new(CSRF_TOKEN, Back::To(Step::AddChild.path()), errors)
}

/// The list of children, its POST, and a child's change and remove pages: views the list's handlers call.
fn children_pages(c: &mut Criterion) {
    let examples = examples();
    let answers = &examples.plain;
    let no_errors = FormErrors::new();
    let children = &answers.children;
    let most: Vec<_> = std::iter::repeat_n(children[0].clone(), MAX_CHILDREN).collect();

    let mut group = c.benchmark_group(Step::Children.path());
    group.bench_function("GET", |b| {
        b.iter(|| list::view(context(&no_errors), black_box(children), &Fields::new()).into_string())
    });
    // As many as the list may hold.
    group.bench_function(format!("GET, {MAX_CHILDREN} children"), |b| {
        b.iter(|| list::view(context(&no_errors), black_box(&most), &Fields::new()).into_string())
    });
    // The list's POST is a yes or no and the store; this is the handler's work without the store: the form read,
    // the answer recorded, and the next page worked out.
    group.bench_function("POST valid", |b| {
        b.iter_batched_ref(
            || answers.clone(),
            |answers| {
                let PostedForm(fields) = PostedForm::parse(black_box(b"add-another-child=no&csrf_token=0")).unwrap();
                answers.finished_adding_children = !list::parse_add_another(&fields, Lang::En).unwrap();
                questions::journey::next_after(Step::Children, answers)
            },
            BatchSize::SmallInput,
        )
    });
    group.bench_function("POST invalid", |b| {
        b.iter(|| {
            let PostedForm(fields) = PostedForm::parse(black_box(b"csrf_token=0")).unwrap();
            let errors = list::parse_add_another(&fields, Lang::En).unwrap_err();
            list::view(context(&errors), children, &fields).into_string()
        })
    });
    group.finish();

    let child = &children[0];
    let mut group = c.benchmark_group("/children/{index}/change");
    group.bench_function("GET", |b| {
        let fields = add_child::child_fields(child);
        b.iter(|| add_child::change_view(context(&no_errors), &fields).into_string())
    });
    group.finish();
    let mut group = c.benchmark_group("/children/{index}/remove");
    group.bench_function("GET", |b| {
        b.iter(|| list::remove_view(context(&no_errors), black_box(child), &Fields::new()).into_string())
    });
    group.finish();
}

fn check_your_answers(c: &mut Criterion) {
    let examples = examples();
    let view = questions::check_your_answers::view;
    let back = Step::BankDetails.path();
    let mut group = c.benchmark_group(Step::CheckYourAnswers.path());
    group.bench_function("GET", |b| {
        b.iter(|| view(black_box(&examples.plain), back, CSRF_TOKEN, Lang::En).into_string())
    });
    group.bench_function("GET, with a disclosure", |b| {
        b.iter(|| view(black_box(&examples.disclosed), back, CSRF_TOKEN, Lang::En).into_string())
    });
    group.bench_function("GET, in Welsh", |b| {
        b.iter(|| view(black_box(&examples.plain), back, CSRF_TOKEN, Lang::Cy).into_string())
    });
    group.bench_function("GET, with a disclosure, in Welsh", |b| {
        b.iter(|| view(black_box(&examples.disclosed), back, CSRF_TOKEN, Lang::Cy).into_string())
    });
    group.finish();
}

/// A page's view, with what its handler would pass it.
type View<'a> = Box<dyn Fn() -> maud::Markup + 'a>;

/// Each view rendered to the string the handler sends, as benchmark `<route>/<what>`.
fn bench_views(c: &mut Criterion, pages: &[(&str, &str, View<'_>)]) {
    for (route, what, view) in pages {
        let mut group = c.benchmark_group(*route);
        group.bench_function(*what, |b| b.iter(|| view().into_string()));
        group.finish();
    }
}

/// The applicant's pages that are not questions, as their handlers call them.
fn other_pages(c: &mut Criterion) {
    const EN: templates::Lang = templates::Lang::En;
    const CY: templates::Lang = templates::Lang::Cy;
    let reference = Reference::new();
    let all_nations = intake::helplines::for_nation(None);
    let wales = intake::helplines::for_nation(Some(intake::eligibility::Country::Wales));
    let pages: Vec<(&str, &str, View<'_>)> = vec![
        ("/", "GET", Box::new(|| views::start(EN))),
        ("/", "GET, in Welsh", Box::new(|| views::start(CY))),
        ("/before-you-start", "GET", Box::new(|| views::before_you_start(EN))),
        (
            "/northern-ireland",
            "GET",
            Box::new(|| views::northern_ireland(EN, Stop::NorthernIreland.path(), Step::WhereYouLive.path())),
        ),
        (
            "/outside-the-uk",
            "GET",
            Box::new(|| views::outside_the_uk(EN, Stop::OutsideUk.path(), Step::WhereYouLive.path())),
        ),
        (
            "/children-not-eligible",
            "GET",
            Box::new(|| {
                views::children_not_eligible(
                    EN,
                    Stop::ChildNotEligible.path(),
                    "/children/education?child=0",
                    &[("Alex Jones", "/children/0/remove".into())],
                )
            }),
        ),
        (
            "/court-order-in-place",
            "GET",
            Box::new(|| views::court_order_in_place(EN, Stop::CourtOrder.path(), Step::CourtOrder.path())),
        ),
        ("/staying-safe-online", "GET, every nation", Box::new(|| views::staying_safe_online(EN, &all_nations))),
        ("/staying-safe-online", "GET, Wales", Box::new(|| views::staying_safe_online(EN, &wales))),
        ("/staying-safe-online", "GET, Wales, in Welsh", Box::new(|| views::staying_safe_online(CY, &wales))),
        ("/session-ended", "GET", Box::new(|| views::session_ended(EN))),
        ("/application-sent", "GET", Box::new(|| views::application_sent(EN, &reference))),
        ("/application-sent", "GET, in Welsh", Box::new(|| views::application_sent(CY, &reference))),
        ("/cookies", "GET", Box::new(|| footer::cookies(EN))),
        ("/privacy", "GET", Box::new(|| footer::privacy(EN))),
        ("/accessibility", "GET", Box::new(|| footer::accessibility(EN))),
        ("error page", "404 not found", Box::new(|| errors::not_found(Area::Apply, EN))),
        ("error page", "404 not found, in Welsh", Box::new(|| errors::not_found(Area::Apply, CY))),
        ("error page", "400 could not read", Box::new(|| errors::bad_request(Area::Apply, EN))),
        ("error page", "403 forbidden", Box::new(|| errors::forbidden(Area::Apply, EN))),
        ("error page", "503 sorry, a problem", Box::new(|| errors::problem_with_the_service(Area::Apply, EN))),
        ("casework error page", "404 not found", Box::new(|| errors::not_found(Area::Casework, EN))),
        ("casework error page", "403 no access", Box::new(|| errors::forbidden(Area::Casework, EN))),
    ];
    bench_views(c, &pages);
}

/// A page of the domestic-abuse queue: a few urgent requests first, then applications.
fn queue_entries(count: usize) -> Vec<QueueEntry> {
    (0..count)
        .map(|i| QueueEntry {
            reference: Reference::new(),
            submitted_at: SENT_AT.to_owned(),
            team: Team::DomesticAbuse,
            item: match i {
                0 => Queued::Request { kind: CallRequest::CallThePolice, status: RequestStatus::Waiting },
                1 | 2 => Queued::Request { kind: CallRequest::CallMeBack, status: RequestStatus::Waiting },
                _ if i % 3 == 0 => Queued::Application(Status::Claimed),
                _ => Queued::Application(Status::Submitted),
            },
        })
        .collect()
}

/// As the store returns it: everything but the disclosure, with where it was routed.
fn application(answers: &Answers, status: Status, holder: Option<Holder>) -> Application {
    let routing = route(answers);
    Application {
        reference: Reference::new(),
        answers: Answers { disclosure: Disclosure::default(), ..answers.clone() },
        submitted_at: SENT_AT.to_owned(),
        status,
        holder,
        team: routing.team,
        payment_service: routing.payment_service,
    }
}

/// The caseworkers' pages, from inputs the store would return.
fn casework_pages(c: &mut Criterion) {
    let examples = examples();
    let teams = [Team::General, Team::DomesticAbuse];
    let staff = Staff { name: "Sam Taylor", teams: &teams, csrf_token: CSRF_TOKEN };
    let entries = queue_entries(usize::try_from(QUEUE_PAGE_SIZE).expect("a page size"));
    let last = entries.last().expect("a full page");
    let cursor = QueueCursor::parse(&format!("1#{SENT_AT}#{}", last.reference.as_str())).expect("a cursor");
    let holder = Holder { id: "staff-1".to_owned(), name: staff.name.to_owned(), since: SENT_AT.to_owned() };
    let last_request = entries.iter().filter(|e| matches!(e.item, Queued::Request { .. })).count();
    assert_eq!(last_request, 3, "the page starts with urgent requests");
    let general = application(&examples.plain, Status::Submitted, None);
    let disclosed = application(&examples.disclosed, Status::InProgress, Some(holder.clone()));
    assert_eq!(disclosed.team, Team::DomesticAbuse);
    let request = StoredRequest {
        reference: disclosed.reference.clone(),
        request: examples.disclosed.urgent_request.clone().expect("the example sent a request"),
        submitted_at: SENT_AT.to_owned(),
        status: RequestStatus::Claimed,
        holder: Some(holder.clone()),
    };
    let now = time::OffsetDateTime::parse(SENT_AT, &time::format_description::well_known::Rfc3339).expect("a time")
        + time::Duration::minutes(12);
    let actions = [
        AuditAction::Viewed,
        AuditAction::Claimed,
        AuditAction::ViewedWithDisclosure,
        AuditAction::StatusChanged(Status::InProgress),
        AuditAction::Released,
        AuditAction::RequestClaimed,
        AuditAction::RequestOutcome(Outcome::CalledBack),
    ];
    let audit: Vec<AuditEntry> = (0..10)
        .map(|i| AuditEntry {
            at: SENT_AT.to_owned(),
            caseworker_id: format!("staff-{i}"),
            caseworker_name: format!("Caseworker {i}"),
            action: actions[i % actions.len()],
            team: Team::DomesticAbuse,
        })
        .collect();
    // As the handler builds them: the answers made into sections on every view.
    let sections = |answers| questions::check_your_answers::sections(answers, Lang::En);
    let general_page = || ApplicationPage {
        application: &general,
        sections: sections(&general.answers),
        request: None,
        is_mine: false,
        audit: &audit[..2],
        notice: None,
    };
    let disclosed_page = || ApplicationPage {
        application: &disclosed,
        sections: sections(&examples.disclosed),
        request: Some(&request),
        is_mine: true,
        audit: &audit,
        notice: Some(casework::Notice::NotAllowed),
    };
    let request_page =
        RequestPage { request: &request, application_sent: true, is_mine: true, audit: &audit, notice: None, now };

    let pages: Vec<(&str, &str, View<'_>)> = vec![
        ("/casework", "GET", Box::new(casework::landing)),
        (
            "/casework/callback",
            "GET, signed in",
            Box::new(|| casework::signed_in(staff.name, "/casework/queues/general")),
        ),
        ("/casework/callback", "GET, sign-in failed", Box::new(casework::sign_in_failed)),
        ("/casework/callback", "GET, in no team", Box::new(|| casework::no_team(&Staff { teams: &[], ..staff }))),
        ("/casework/signed-out", "GET", Box::new(casework::signed_out)),
        (
            "/casework/queues/{team}",
            "GET, 20 rows and a next page",
            Box::new(|| casework::queue(&staff, Team::DomesticAbuse, &entries, Some(&cursor), now)),
        ),
        ("/casework/queues/{team}", "GET, empty", Box::new(|| casework::queue(&staff, Team::General, &[], None, now))),
        ("/casework/mine", "GET, 20 rows", Box::new(|| casework::mine(&staff, &entries, now))),
        (
            "/casework/search",
            "GET, not found",
            Box::new(|| casework::not_found(&staff, "7KQM-2XHD-X", "No application has the reference 7KQM-2XHD-X")),
        ),
        (
            "/casework/applications/{reference}",
            "GET, general team",
            Box::new(|| casework::application(&staff, &general_page())),
        ),
        (
            "/casework/applications/{reference}",
            "GET, disclosure, urgent, 10 in the audit trail",
            Box::new(|| casework::application(&staff, &disclosed_page())),
        ),
        (
            "/casework/requests/{reference}",
            "GET, claimed, 10 in the audit trail",
            Box::new(|| casework::request(&staff, &request_page)),
        ),
    ];
    bench_views(c, &pages);
}

criterion_group! {
    name = benches;
    config = config();
    targets = question_pages, children_pages, check_your_answers, other_pages, casework_pages
}
criterion_main!(benches);
