//! The caseworkers' pages: sign-in, the team queues, their own applications, finding one by reference, and the
//! application itself, safety first. Every page works without JavaScript; every action is a form.

use intake::Reference;
use intake::casework::{ErasureReason, Status};
use intake::clock::uk_time;
use intake::handover::RecordKind;
use intake::routing::Team;
use intake::safety::CallRequest;
use intake::store::{
    AUDIT_RETENTION_YEARS, Application, AuditAction, AuditEntry, QueueCursor, QueueEntry, Queued, StoredRequest,
};
use intake::urgent::{Help, Outcome, RequestStatus};
use maud::{Markup, html};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::components::{
    Button, Content, NotificationBanner, Table, TableCell, TableHeadCell, Tag, button, notification_banner, table, tag,
};
use crate::layout::{Area, Page, page};
use crate::sections::{Section, SectionId, fact_row};

pub const LANDING: &str = "/casework";
pub const SIGN_IN: &str = "/casework/sign-in";
pub const SIGN_OUT: &str = "/casework/sign-out";
pub const SIGNED_OUT: &str = "/casework/signed-out";
pub const MINE: &str = "/casework/mine";
pub const SEARCH: &str = "/casework/search";
/// The field of the search form.
pub const REFERENCE: &str = "reference";

pub fn queue_path(team: Team) -> String {
    format!("/casework/queues/{}", team.as_str())
}

pub fn application_path(reference: &Reference) -> String {
    format!("/casework/applications/{}", reference.as_str())
}

/// The page that confirms the erasure of an application (issue 14, point 5), and where its form posts.
pub fn delete_path(reference: &Reference) -> String {
    format!("{}/delete", application_path(reference))
}

/// The field of the erasure form: why the application is being deleted.
pub const REASON: &str = "reason";
/// Its error message when no reason was chosen.
pub const NO_REASON: &str = "Select why you are deleting this application";

/// An urgent request's page (the domestic-abuse team's only).
pub fn request_path(reference: &Reference) -> String {
    format!("/casework/requests/{}", reference.as_str())
}

/// The field of the form that records what came of a request.
pub const OUTCOME: &str = "outcome";

/// The signed-in caseworker, as every page after sign-in shows them.
#[derive(Debug, Clone, Copy)]
pub struct Staff<'a> {
    pub name: &'a str,
    pub teams: &'a [Team],
    pub csrf_token: &'a str,
}

pub fn team_name(team: Team) -> &'static str {
    match team {
        Team::General => "General team",
        Team::DomesticAbuse => "Domestic abuse team",
    }
}

pub fn status_label(status: Status) -> &'static str {
    match status {
        Status::Submitted => "Waiting in queue",
        Status::Claimed => "Claimed",
        Status::InProgress => "In progress",
        Status::HandedOver => "Handed over to case management",
        Status::Withdrawn => "Withdrawn",
    }
}

/// What the applicant asked for, as a caseworker reads it at a glance.
pub fn request_kind_label(kind: CallRequest) -> &'static str {
    match kind {
        CallRequest::CallThePolice => "Call the police",
        CallRequest::CallMeBack => "Call back",
        CallRequest::Neither => "No call",
    }
}

pub fn outcome_label(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::CalledBack => "Called back",
        Outcome::PoliceCalled => "Police called",
        Outcome::CouldNotReach => "Could not reach them",
        Outcome::NotSafeToCall => "Not safe to call",
    }
}

/// Why an application was deleted, as the erasure form offers it and the history shows it.
pub fn erasure_reason_label(reason: ErasureReason) -> &'static str {
    match reason {
        ErasureReason::Duplicate => "It is a duplicate",
        ErasureReason::ApplicantAsked => "The applicant asked us to delete it",
    }
}

pub fn request_status_label(status: RequestStatus) -> String {
    match status {
        RequestStatus::Waiting => "Waiting in queue".into(),
        RequestStatus::Claimed => "Claimed".into(),
        RequestStatus::Done(outcome) => format!("Done: {}", outcome_label(outcome).to_lowercase()),
    }
}

/// How long something sent at `since` has waited at `now`: "4 minutes", "1 hour 5 minutes", "2 days 3 hours".
pub fn waited(since: &str, now: OffsetDateTime) -> String {
    let Ok(since) = OffsetDateTime::parse(since, &Rfc3339) else { return String::new() };
    let minutes = (now - since).whole_minutes().max(0);
    let unit = |n: i64, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let (days, hours, minutes) = (minutes / (24 * 60), minutes / 60 % 24, minutes % 60);
    match (days, hours) {
        (0, 0) => unit(minutes, "minute", "minutes"),
        (0, _) if minutes == 0 => unit(hours, "hour", "hours"),
        (0, _) => format!("{} {}", unit(hours, "hour", "hours"), unit(minutes, "minute", "minutes")),
        (_, 0) => unit(days, "day", "days"),
        _ => format!("{} {}", unit(days, "day", "days"), unit(hours, "hour", "hours")),
    }
}

/// A stored RFC 3339 time (stored in UTC) as the clocks in the UK showed it then, in GOV.UK style: "22 November
/// 2026 at 9:05am", "at 9am", "at midday", "at midnight" (the first minute of the day). No "GMT" or "BST" after
/// it: caseworkers are in the UK and read it as the time on their own clocks, as they would any time on a GOV.UK
/// page. A string that is not a time is shown as stored.
pub fn display_time(rfc3339: &str) -> String {
    let Ok(at) = OffsetDateTime::parse(rfc3339, &Rfc3339) else { return rfc3339.to_owned() };
    let at = uk_time(at);
    let time = match (at.hour(), at.minute()) {
        (0, 0) => "midnight".to_owned(),
        (12, 0) => "midday".to_owned(),
        (hour, minute) => {
            let (hour, period) = match hour {
                0 => (12, "am"),
                h @ 1..=11 => (h, "am"),
                12 => (12, "pm"),
                h => (h - 12, "pm"),
            };
            if minute == 0 { format!("{hour}{period}") } else { format!("{hour}:{minute:02}{period}") }
        }
    };
    format!("{} {} {} at {time}", at.day(), at.month(), at.year())
}

fn form_button(action: &str, csrf_token: &str, label: &str, secondary: bool, fields: &[(&str, &str)]) -> Markup {
    html! {
        form method="post" action=(action) novalidate {
            (crate::csrf_input(csrf_token))
            @for (name, value) in fields { input type="hidden" name=(name) value=(value); }
            (button(&Button {
                content: Content::text(label),
                classes: secondary.then(|| "govuk-button--secondary".to_owned()),
                prevent_double_click: Some(true),
                ..Button::default()
            }))
        }
    }
}

/// Every page after sign-in: who is signed in, sign out, and the ways to their work.
fn staff_page(staff: &Staff<'_>, title: &str, status: Option<Markup>, body: Markup) -> Markup {
    staff_page_with(staff, &Page { title, ..Page::default() }, status, body)
}

/// [`staff_page`] with more of the layout's options (a Back link, an error in the title). `status` is shown above
/// the h1: a notification banner, or an error summary.
fn staff_page_with(staff: &Staff<'_>, page_options: &Page<'_>, status: Option<Markup>, body: Markup) -> Markup {
    let title = page_options.title;
    page(
        Area::Casework,
        page_options,
        html! {
            div.govuk-grid-row {
                div.govuk-grid-column-two-thirds {
                    p.govuk-body-s { "Signed in as " strong { (staff.name) } }
                    nav aria-label="Casework" {
                        ul class="govuk-list" {
                            @for team in staff.teams {
                                li { a.govuk-link href=(queue_path(*team)) { (team_name(*team)) " queue" } }
                            }
                            li { a.govuk-link href=(MINE) { "Your applications and requests" } }
                        }
                    }
                }
                div.govuk-grid-column-one-third {
                    (form_button(SIGN_OUT, staff.csrf_token, "Sign out", true, &[]))
                }
            }
            @if let Some(status) = status { (status) }
            h1.govuk-heading-l { (title) }
            (body)
        },
    )
}

/// The landing page for someone not signed in.
pub fn landing() -> Markup {
    const TITLE: &str = "Child maintenance applications";
    crate::pages::content_page(
        Area::Casework,
        &Page { title: TITLE, ..Page::default() },
        html! {
            p.govuk-body { "This part of the service is for Child Maintenance Service staff." }
            p.govuk-body { "Sign in with your work account to see your team's applications." }
            form method="post" action=(SIGN_IN) novalidate {
                (button(&Button { content: Content::text("Sign in"), ..Button::default() }))
            }
        },
    )
}

/// Signed in, but in neither team: nothing to see, and a way to sign out.
pub fn no_team(staff: &Staff<'_>) -> Markup {
    staff_page(
        staff,
        "Your account is not in a casework team",
        None,
        html! {
            p.govuk-body { "You are signed in, but your account does not give you access to any team's applications." }
            p.govuk-body { "Ask your team leader to add you to the general team or the domestic abuse team." }
        },
    )
}

/// After the identity provider sends the caseworker back. The session cookie is `SameSite=Strict`, which the
/// browser does not send on a redirect that began on another site, so the way on is a link they follow.
pub fn signed_in(name: &str, next: &str) -> Markup {
    crate::pages::content_page(
        Area::Casework,
        &Page { title: "You are signed in", ..Page::default() },
        html! {
            p.govuk-body { "Signed in as " strong { (name) } "." }
            p.govuk-body { a.govuk-link href=(next) { "Continue to your applications" } }
        },
    )
}

/// The sign-in could not be completed (refused, replayed or expired): nothing about why, and a way to try again.
pub fn sign_in_failed() -> Markup {
    crate::pages::content_page(
        Area::Casework,
        &Page { title: "You could not be signed in", ..Page::default() },
        html! {
            p.govuk-body { "Your sign-in did not complete, or took too long. Try again." }
            form method="post" action=(SIGN_IN) novalidate {
                (button(&Button { content: Content::text("Sign in"), ..Button::default() }))
            }
        },
    )
}

pub fn signed_out() -> Markup {
    crate::pages::content_page(
        Area::Casework,
        &Page { title: "You have signed out", ..Page::default() },
        html! {
            p.govuk-body { "Close the browser if you are using a shared computer." }
            p.govuk-body { a.govuk-link href=(LANDING) { "Sign in again" } }
        },
    )
}

fn urgent_tag(kind: CallRequest) -> Markup {
    tag(&Tag {
        content: Content::text(format!("Urgent: {}", request_kind_label(kind).to_lowercase())),
        classes: Some("govuk-tag--red".into()),
    })
}

fn head(cells: &[&str]) -> Vec<TableHeadCell> {
    cells.iter().map(|text| TableHeadCell { content: Content::text(*text), ..TableHeadCell::default() }).collect()
}

fn text_cell(text: impl Into<String>) -> TableCell {
    TableCell { content: Content::text(text.into()), ..TableCell::default() }
}

fn link_cell(href: &str, reference: &Reference) -> TableCell {
    TableCell { content: Content::html(html! { a.govuk-link href=(href) { (reference) } }), ..TableCell::default() }
}

/// Urgent requests as a table: reference (a link to the request), what was asked for, when, how long it waited.
fn requests_table(caption: &str, entries: &[&QueueEntry], now: OffsetDateTime) -> Markup {
    let rows = entries
        .iter()
        .filter_map(|entry| match entry.item {
            Queued::Request { kind, status } => Some(vec![
                link_cell(&request_path(&entry.reference), &entry.reference),
                TableCell { content: Content::html(urgent_tag(kind)), ..TableCell::default() },
                text_cell(display_time(&entry.submitted_at)),
                text_cell(match status {
                    RequestStatus::Waiting => waited(&entry.submitted_at, now),
                    other => request_status_label(other),
                }),
            ]),
            Queued::Application(_) => None,
        })
        .collect();
    table(&Table {
        caption: Some(caption.to_owned()),
        caption_classes: Some("govuk-table__caption--m".into()),
        head: Some(head(&["Reference", "Asked for", "Sent", "Waiting"])),
        rows,
        ..Table::default()
    })
}

/// Applications as a table: reference (a link), when sent, status.
fn applications_table(caption: &str, entries: &[&QueueEntry]) -> Markup {
    let rows = entries
        .iter()
        .filter_map(|entry| match entry.item {
            Queued::Application(status) => Some(vec![
                link_cell(&application_path(&entry.reference), &entry.reference),
                text_cell(display_time(&entry.submitted_at)),
                text_cell(status_label(status)),
            ]),
            Queued::Request { .. } => None,
        })
        .collect();
    table(&Table {
        caption: Some(caption.to_owned()),
        caption_classes: Some("govuk-table__caption--m".into()),
        head: Some(head(&["Reference", "Sent", "Status"])),
        rows,
        ..Table::default()
    })
}

/// Entries split into urgent requests and applications, in their order.
fn split(entries: &[QueueEntry]) -> (Vec<&QueueEntry>, Vec<&QueueEntry>) {
    entries.iter().partition(|entry| matches!(entry.item, Queued::Request { .. }))
}

fn search_form(value: Option<&str>, error: Option<&str>) -> Markup {
    use crate::components::{ErrorMessage, Input, Label, input};
    html! {
        form method="get" action=(SEARCH) novalidate {
            (input(&Input {
                name: REFERENCE.into(),
                value: value.map(str::to_owned),
                label: Some(Label { content: Content::text("Find an application by its reference"), ..Label::default() }),
                hint: Some(crate::components::Hint { content: Content::text("For example, 7KQM-2XHD-Q"), ..Default::default() }),
                error_message: error.map(|e| ErrorMessage::text(e.to_owned())),
                classes: Some("govuk-input--width-10".into()),
                spellcheck: Some(false),
                autocomplete: Some("off".into()),
                ..Input::default()
            }))
            (button(&Button { content: Content::text("Find"), classes: Some("govuk-button--secondary".into()), ..Button::default() }))
        }
    }
}

/// A team's queue: urgent requests nobody has claimed, oldest first, at the very top (only the domestic-abuse
/// team's queue has any), then applications nobody has claimed, oldest first. `now` is when the page is drawn, for
/// how long each request has waited.
pub fn queue(
    staff: &Staff<'_>,
    team: Team,
    entries: &[QueueEntry],
    next: Option<&QueueCursor>,
    now: OffsetDateTime,
) -> Markup {
    use crate::components::{Pagination, PaginationLink, pagination};
    let title = format!("{} queue", team_name(team));
    let next = next.map(|cursor| PaginationLink {
        href: format!("{}?after={}", queue_path(team), cursor.as_str()),
        ..PaginationLink::default()
    });
    staff_page(
        staff,
        &title,
        None,
        html! {
            @let (requests, applications) = split(entries);
            @if !requests.is_empty() {
                (requests_table("Urgent requests: call now", &requests, now))
            }
            (search_form(None, None))
            @if applications.is_empty() {
                @if requests.is_empty() { p.govuk-body { "There are no applications waiting in this queue." } }
            } @else {
                (applications_table("Waiting to be claimed", &applications))
            }
            @if next.is_some() {
                (pagination(&Pagination { next, ..Pagination::default() }))
            }
        },
    )
}

/// The applications and requests the caseworker has claimed.
pub fn mine(staff: &Staff<'_>, entries: &[QueueEntry], now: OffsetDateTime) -> Markup {
    let (requests, applications) = split(entries);
    staff_page(
        staff,
        "Your applications and requests",
        None,
        html! {
            @if entries.is_empty() {
                p.govuk-body { "You have not claimed any applications." }
            }
            @if !requests.is_empty() {
                (requests_table("Urgent requests claimed by you", &requests, now))
            }
            @if !applications.is_empty() {
                (applications_table("Applications claimed by you", &applications))
            }
        },
    )
}

/// The search again, with what was typed and why it found nothing.
pub fn not_found(staff: &Staff<'_>, typed: &str, error: &str) -> Markup {
    staff_page(staff, "Find an application", None, search_form(Some(typed), Some(error)))
}

/// What just happened, shown above an application after an action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// Someone else claimed it first.
    AlreadyClaimed,
    /// The action no longer applied (another tab, or Back and resend).
    NotAllowed,
    /// It could not be deleted: a colleague is working on it.
    DeleteHeld,
    /// It could not be deleted: its urgent request has not been dealt with.
    DeleteRequestOpen,
    /// It has just been deleted (shown on what is left of it).
    Deleted,
}

impl Notice {
    /// Its text on an application's page, or on what is left of one.
    fn application_text(&self) -> &'static str {
        match self {
            Notice::AlreadyClaimed => "Someone else claimed this application first.",
            Notice::NotAllowed => "That could not be done: the application has changed. Check its status below.",
            Notice::DeleteHeld => "This application cannot be deleted while someone else is working on it.",
            Notice::DeleteRequestOpen => {
                "This application cannot be deleted until its urgent request has been dealt with."
            }
            Notice::Deleted => "The application has been deleted.",
        }
    }
}

/// An application as a caseworker reads it.
#[derive(Debug)]
pub struct ApplicationPage<'a> {
    pub application: &'a Application,
    /// The answers, as check your answers shows them (`questions::check_your_answers::sections`), with the
    /// disclosure put back for the domestic-abuse team.
    pub sections: Vec<Section>,
    /// The urgent request sent with this reference, for the domestic-abuse team.
    pub request: Option<&'a StoredRequest>,
    pub is_mine: bool,
    pub audit: &'a [AuditEntry],
    pub notice: Option<Notice>,
}

impl ApplicationPage<'_> {
    /// Whether to offer to delete it: in a status the rule allows for this caseworker
    /// ([`Status::may_be_erased`]), and not while its urgent request waits (the store refuses both too).
    fn may_offer_erasure(&self) -> bool {
        let held_by_other = self.application.holder.is_some() && !self.is_mine;
        let request_open = self.request.is_some_and(|request| !request.status.is_dealt_with());
        self.application.status.may_be_erased(held_by_other) && !request_open
    }
}

fn audit_label(action: AuditAction) -> String {
    match action {
        AuditAction::Viewed => "Viewed".into(),
        AuditAction::ViewedWithDisclosure => "Viewed, with the disclosure".into(),
        AuditAction::Claimed => "Claimed".into(),
        AuditAction::Released => "Released to the queue".into(),
        AuditAction::StatusChanged(status) => format!("Status changed to: {}", status_label(status).to_lowercase()),
        AuditAction::RequestViewed => "Urgent request viewed".into(),
        AuditAction::RequestClaimed => "Urgent request claimed".into(),
        AuditAction::RequestReleased => "Urgent request released to the queue".into(),
        AuditAction::RequestOutcome(outcome) => {
            format!("Urgent request dealt with: {}", outcome_label(outcome).to_lowercase())
        }
        AuditAction::Erased(ErasureReason::Duplicate) => "Deleted: it was a duplicate".into(),
        AuditAction::Erased(ErasureReason::ApplicantAsked) => "Deleted: the applicant asked us to delete it".into(),
        AuditAction::TrailViewed => "History viewed, after the application was deleted or expired".into(),
        AuditAction::Acknowledged(RecordKind::Application) => "Application record received by case management".into(),
        AuditAction::Acknowledged(RecordKind::Disclosure) => "Disclosure record received by case management".into(),
    }
}

fn history(audit: &[AuditEntry], caption: &str) -> Markup {
    table(&Table {
        caption: Some(caption.to_owned()),
        caption_classes: Some("govuk-visually-hidden".into()),
        head: Some(head(&["When", "Who", "What"])),
        rows: audit
            .iter()
            .map(|entry| {
                vec![
                    text_cell(display_time(&entry.at)),
                    text_cell(entry.caseworker_name.clone()),
                    text_cell(audit_label(entry.action)),
                ]
            })
            .collect(),
        ..Table::default()
    })
}

/// How the applicant chose to be paid, in casework's words.
fn payment_label(service: intake::payments::PaymentService) -> &'static str {
    match service {
        intake::payments::PaymentService::DirectPay => "Direct Pay",
        intake::payments::PaymentService::CollectAndPay => "Collect & Pay",
    }
}

/// The urgent request sent with an application, where the caseworker cannot miss it: what was asked, where it
/// is in casework, and the way to it.
fn urgent_banner(request: &StoredRequest) -> Markup {
    let heading = match request.request.kind() {
        CallRequest::CallThePolice => "The applicant asked us to call the police for them.",
        _ => "The applicant asked us to call them back at a safe time.",
    };
    notification_banner(&NotificationBanner {
        title_text: Some("Urgent".into()),
        content: Content::html(html! {
            p.govuk-notification-banner__heading { (heading) }
            p.govuk-body {
                "Sent " (display_time(&request.submitted_at)) ". " (request_status_label(request.status)) ". "
                a.govuk-notification-banner__link href=(request_path(&request.reference)) { "Read the request" }
            }
        }),
        ..NotificationBanner::default()
    })
}

pub fn application(staff: &Staff<'_>, view: &ApplicationPage<'_>) -> Markup {
    let application = view.application;
    let reference = &application.reference;
    let path = application_path(reference);
    let title = format!("Application {reference}");
    let notice = view.notice.as_ref().map(|notice| {
        notification_banner(&NotificationBanner {
            content: Content::text(notice.application_text()),
            ..NotificationBanner::default()
        })
    });
    // Safety first, then the rest in the journey's order.
    let (safety, sections): (Vec<&Section>, Vec<&Section>) =
        view.sections.iter().partition(|s| s.id == SectionId::YourSafety);
    let action = |to: &str| format!("{path}/{to}");
    let status = application.status;
    staff_page(
        staff,
        &title,
        notice,
        html! {
            // Urgent: the request sent with it, where the caseworker cannot miss it.
            @if let Some(request) = view.request { (urgent_banner(request)) }
            h2.govuk-heading-m { "Safety" }
            p.govuk-body { "Read this before you contact the applicant or the other parent." }
            @for section in &safety { (section.list_read_only()) }

            h2.govuk-heading-m { "Casework" }
            (crate::components::summary_list(&crate::components::SummaryList {
                rows: vec![
                    fact_row("Team", team_name(application.team)),
                    fact_row("Sent", &display_time(&application.submitted_at)),
                    fact_row("Applied in", match application.answers.applied_in {
                        Some(intake::answers::Language::Welsh) => "Welsh",
                        Some(intake::answers::Language::English) => "English",
                        None => "Not recorded",
                    }),
                    fact_row("Status", status_label(status)),
                    fact_row("Claimed by", &application.holder.as_ref().map_or_else(
                        || "Nobody".to_owned(),
                        |holder| format!("{}, {}", holder.name, display_time(&holder.since)),
                    )),
                    fact_row("Payments", application.payment_service.map_or("Not chosen by the applicant", payment_label)),
                ]
                .into_iter()
                // The same applicant's application for children with another parent, sent just before: their own
                // answers were copied from it (a reference only: each application is seen by its own team).
                .chain(application.answers.copied_from.as_ref().map(|first| {
                    fact_row("Same applicant", &format!("Also applied for children with another parent: {first}"))
                }))
                .chain(shared_care_rows(&application.answers.children))
                .collect(),
                classes: None,
            }))
            div.govuk-button-group {
                @if status == Status::Submitted {
                    (form_button(&action("claim"), staff.csrf_token, "Claim this application", false, &[]))
                }
                @if view.is_mine && status == Status::Claimed {
                    (form_button(&action("status"), staff.csrf_token, "Start work on it", false, &[("from", "claimed"), ("to", "in-progress")]))
                }
                @if view.is_mine && status == Status::InProgress {
                    (form_button(&action("status"), staff.csrf_token, "Hand over to case management", false, &[("from", "in-progress"), ("to", "handed-over")]))
                }
                @if view.is_mine && status.may_release() {
                    (form_button(&action("release"), staff.csrf_token, "Release to the queue", true, &[]))
                    (form_button(&action("status"), staff.csrf_token, "Mark as withdrawn", true, &[("from", status.as_str()), ("to", "withdrawn")]))
                }
            }
            @for section in sections {
                h2.govuk-heading-m { (section.heading) }
                (section.list_read_only())
            }
            h2.govuk-heading-m { "History" }
            (history(view.audit, "Who has seen or changed this application"))
            @if view.may_offer_erasure() {
                h2.govuk-heading-m { "Delete this application" }
                p.govuk-body { "If it is a duplicate, or the applicant asked us to delete it." }
                (button(&Button {
                    content: Content::text("Delete application"),
                    href: Some(delete_path(reference)),
                    classes: Some("govuk-button--warning".into()),
                    ..Button::default()
                }))
            }
        },
    )
}

/// The confirmation before an application is deleted (issue 14, point 5), as the Design System's question pages
/// and warning button are used for a destructive action: what is lost, why (required), and a way back.
/// <https://design-system.service.gov.uk/components/button/#warning-buttons>,
/// <https://design-system.service.gov.uk/components/warning-text/>
pub fn delete_application(staff: &Staff<'_>, reference: &Reference, error: Option<&str>) -> Markup {
    use crate::components::{
        ErrorLink, ErrorMessage, ErrorSummary, Fieldset, Legend, RadioItem, Radios, WarningText, error_summary, radios,
        warning_text,
    };
    let title = format!("Delete application {reference}");
    let back = application_path(reference);
    let summary = error.map(|error| {
        error_summary(&ErrorSummary {
            title_text: Some("There is a problem".into()),
            error_list: vec![ErrorLink { href: Some(format!("#{REASON}")), content: Content::text(error) }],
            ..ErrorSummary::default()
        })
    });
    let items = ErasureReason::ALL
        .iter()
        .map(|reason| RadioItem {
            content: Content::text(erasure_reason_label(*reason)),
            value: Some(reason.as_str().to_owned()),
            ..RadioItem::default()
        })
        .collect();
    staff_page_with(
        staff,
        &Page { title: &title, has_errors: error.is_some(), back: Some(&back), ..Page::default() },
        summary,
        html! {
            (warning_text(&WarningText {
                content: Content::text(format!(
                    "Everything the applicant told us in it will be deleted, with any disclosure and urgent request. \
                     You cannot undo this. Its history (who saw or changed it, and when) is kept for {AUDIT_RETENTION_YEARS} years."
                )),
                icon_fallback_text: Some("Warning".into()),
                ..WarningText::default()
            }))
            form method="post" action=(delete_path(reference)) novalidate {
                (crate::csrf_input(staff.csrf_token))
                (radios(&Radios {
                    name: REASON.into(),
                    fieldset: Some(Fieldset {
                        legend: Some(Legend {
                            content: Content::text("Why are you deleting it?"),
                            classes: Some("govuk-fieldset__legend--m".into()),
                            is_page_heading: None,
                        }),
                        ..Fieldset::default()
                    }),
                    error_message: error.map(|error| ErrorMessage {
                        visually_hidden_text: Some("Error".into()),
                        ..ErrorMessage::text(error)
                    }),
                    items,
                    ..Radios::default()
                }))
                div.govuk-button-group {
                    (button(&Button {
                        content: Content::text("Delete application"),
                        classes: Some("govuk-button--warning".into()),
                        prevent_double_click: Some(true),
                        ..Button::default()
                    }))
                    a.govuk-link href=(back) { "Cancel" }
                }
            }
        },
    )
}

/// What is left of an application that was deleted or has expired: its history (who saw or changed it, and
/// when), for a caseworker of its team, and nothing else. `deleted_now` after the caseworker deleted it.
pub fn gone(staff: &Staff<'_>, reference: &Reference, team: Team, audit: &[AuditEntry], deleted_now: bool) -> Markup {
    let erased = audit.iter().any(|entry| matches!(entry.action, AuditAction::Erased(_)));
    let title = if erased {
        format!("Application {reference} has been deleted")
    } else {
        format!("Application {reference} is no longer kept")
    };
    let banner = deleted_now.then(|| {
        notification_banner(&NotificationBanner {
            content: Content::text(Notice::Deleted.application_text()),
            banner_type: Some("success".into()),
            ..NotificationBanner::default()
        })
    });
    staff_page(
        staff,
        &title,
        banner,
        html! {
            p.govuk-body {
                "Nothing the applicant told us in it is kept. Only its history is: who saw or changed it, and when, for "
                (AUDIT_RETENTION_YEARS) " years."
            }
            h2.govuk-heading-m { "History" }
            (history(audit, "Who has seen or changed this application"))
            p.govuk-body { a.govuk-link href=(queue_path(team)) { "Go to the " (team_name(team).to_lowercase()) " queue" } }
        },
    )
}

/// Each child's overnight stays as the calculation reads them: the nights a year they imply and the shared-care
/// band (`intake::children::SharedCareBand`, the one place the bands are kept).
fn shared_care_rows(children: &[intake::children::Child]) -> Vec<crate::components::SummaryRow> {
    children
        .iter()
        .map(|child| {
            let value = match child.overnight_stays {
                Some(stays) => format!("{} nights a year. {}", stays.nights_a_year(), stays.band().describe()),
                None => "Not asked (applied before the question)".to_owned(),
            };
            fact_row(&format!("Shared care: {}", child.full_name.as_str()), &value)
        })
        .collect()
}

/// An urgent request as the domestic-abuse team reads it.
#[derive(Debug)]
pub struct RequestPage<'a> {
    pub request: &'a StoredRequest,
    /// Whether the application has been sent too (the same reference).
    pub application_sent: bool,
    pub is_mine: bool,
    pub audit: &'a [AuditEntry],
    pub notice: Option<Notice>,
    /// When the page is drawn, for how long the request has waited.
    pub now: OffsetDateTime,
}

/// An urgent request: what the applicant asked for and what the team needs to act, first; claim it, then record
/// what came of it. Everything a caseworker does here is in its history, with the application's.
pub fn request(staff: &Staff<'_>, view: &RequestPage<'_>) -> Markup {
    let stored = view.request;
    let reference = &stored.reference;
    let path = request_path(reference);
    let action = |to: &str| format!("{path}/{to}");
    let title = format!("Urgent request {reference}");
    let notice = view.notice.as_ref().map(|notice| {
        let text = match notice {
            Notice::AlreadyClaimed => "Someone else claimed this request first.",
            _ => "That could not be done: the request has changed. Check its status below.",
        };
        notification_banner(&NotificationBanner { content: Content::text(text), ..NotificationBanner::default() })
    });
    let what = match stored.request.kind() {
        CallRequest::CallThePolice => "Call the police for them",
        _ => "Call them back at a safe time",
    };
    let mut rows = vec![fact_row("Asked for", what)];
    match &stored.request.help {
        Help::CallThePolice { whereabouts, phone } => {
            rows.push(fact_row("Where they are", whereabouts.as_str()));
            rows.push(fact_row(
                "Phone number for the police",
                &phone.as_ref().map_or_else(|| "Not given: it may not be safe to call".to_owned(), |p| p.national()),
            ));
        }
        Help::CallMeBack { phone, when } => {
            rows.push(fact_row("Safe phone number", &phone.national()));
            rows.push(fact_row("When it is safe to call", when.as_str()));
        }
    }
    rows.push(fact_row("First name", stored.request.first_name.as_ref().map_or("Not given", |n| n.as_str())));
    let waiting = match stored.status {
        RequestStatus::Waiting => format!(", waiting {}", waited(&stored.submitted_at, view.now)),
        _ => String::new(),
    };
    let casework = vec![
        fact_row("Sent", &format!("{}{waiting}", display_time(&stored.submitted_at))),
        fact_row("Status", &request_status_label(stored.status)),
        fact_row(
            "Claimed by",
            &stored.holder.as_ref().map_or_else(
                || "Nobody".to_owned(),
                |holder| format!("{}, {}", holder.name, display_time(&holder.since)),
            ),
        ),
    ];
    let outcomes = Outcome::ALL
        .iter()
        .map(|outcome| crate::components::RadioItem {
            content: Content::text(outcome_label(*outcome)),
            value: Some(outcome.form_value().to_owned()),
            ..crate::components::RadioItem::default()
        })
        .collect();
    staff_page(
        staff,
        &title,
        notice,
        html! {
            (notification_banner(&NotificationBanner {
                title_text: Some("Urgent".into()),
                content: Content::html(html! {
                    p.govuk-notification-banner__heading { "The applicant is in immediate danger and asked us to act." }
                    p.govuk-body { "Only call the number given, and only when they said it is safe. Do not leave a message unless they said you can." }
                }),
                ..NotificationBanner::default()
            }))
            (crate::components::summary_list(&crate::components::SummaryList { rows, classes: None }))
            h2.govuk-heading-m { "Casework" }
            (crate::components::summary_list(&crate::components::SummaryList { rows: casework, classes: None }))
            @if stored.status == RequestStatus::Waiting {
                (form_button(&action("claim"), staff.csrf_token, "Claim this request", false, &[]))
            }
            @if view.is_mine && stored.status == RequestStatus::Claimed {
                form method="post" action=(action("outcome")) novalidate {
                    (crate::csrf_input(staff.csrf_token))
                    (crate::components::radios(&crate::components::Radios {
                        name: OUTCOME.into(),
                        fieldset: Some(crate::components::Fieldset {
                            legend: Some(crate::components::Legend {
                                content: Content::text("What happened?"),
                                classes: Some("govuk-fieldset__legend--m".into()),
                                is_page_heading: None,
                            }),
                            ..crate::components::Fieldset::default()
                        }),
                        items: outcomes,
                        ..crate::components::Radios::default()
                    }))
                    (button(&Button { content: Content::text("Record what happened"), prevent_double_click: Some(true), ..Button::default() }))
                }
                (form_button(&action("release"), staff.csrf_token, "Release to the queue", true, &[]))
            }
            h2.govuk-heading-m { "The application" }
            @if view.application_sent {
                p.govuk-body { a.govuk-link href=(application_path(reference)) { "Read the application " (reference) } }
            } @else {
                p.govuk-body { "The applicant has not sent their application yet. It will have the same reference." }
            }
            h2.govuk-heading-m { "History" }
            (history(view.audit, "Who has seen or changed this request and its application"))
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_read_as_people_say_them() {
        let now = OffsetDateTime::parse("2026-11-22T12:00:00Z", &Rfc3339).expect("a time");
        let cases = [
            ("2026-11-22T12:00:00Z", "0 minutes"),
            ("2026-11-22T11:59:00Z", "1 minute"),
            ("2026-11-22T11:45:30Z", "14 minutes"),
            ("2026-11-22T11:00:00Z", "1 hour"),
            ("2026-11-22T09:55:00Z", "2 hours 5 minutes"),
            ("2026-11-21T12:00:00Z", "1 day"),
            ("2026-11-19T09:00:00Z", "3 days 3 hours"),
            ("2026-11-22T12:05:00Z", "0 minutes"),
        ];
        for (since, expected) in cases {
            assert_eq!(waited(since, now), expected, "{since}");
        }
    }

    #[test]
    fn times_read_as_the_clocks_in_the_uk_showed_them() {
        let cases = [
            // Winter (GMT) and summer (BST): an ordinary time, on the hour, midday and midnight.
            ("2026-11-22T09:05:00Z", "22 November 2026 at 9:05am"),
            ("2026-11-22T09:00:00Z", "22 November 2026 at 9am"),
            ("2026-11-22T17:45:10Z", "22 November 2026 at 5:45pm"),
            ("2026-11-22T12:00:00Z", "22 November 2026 at midday"),
            ("2026-11-22T12:00:59Z", "22 November 2026 at midday"),
            ("2026-11-22T12:01:00Z", "22 November 2026 at 12:01pm"),
            ("2026-11-22T00:00:00Z", "22 November 2026 at midnight"),
            ("2026-11-22T00:30:00Z", "22 November 2026 at 12:30am"),
            ("2026-11-22T23:59:59Z", "22 November 2026 at 11:59pm"),
            ("2026-07-15T08:05:00Z", "15 July 2026 at 9:05am"),
            ("2026-07-15T16:45:00Z", "15 July 2026 at 5:45pm"),
            ("2026-07-15T11:00:00Z", "15 July 2026 at midday"),
            ("2026-07-15T23:00:00Z", "16 July 2026 at midnight"),
            ("2026-07-15T23:30:00Z", "16 July 2026 at 12:30am"),
            ("2026-06-30T23:15:00Z", "1 July 2026 at 12:15am"),
            // BST starts at 01:00 UTC on 29 March 2026: the clocks go from 1am to 2am.
            ("2026-03-29T00:59:59Z", "29 March 2026 at 12:59am"),
            ("2026-03-29T01:00:00Z", "29 March 2026 at 2am"),
            ("2026-03-29T01:30:00Z", "29 March 2026 at 2:30am"),
            // BST ends at 01:00 UTC on 25 October 2026: the clocks go back from 2am to 1am, so 1am to 2am comes twice.
            ("2026-10-25T00:00:00Z", "25 October 2026 at 1am"),
            ("2026-10-25T00:59:59Z", "25 October 2026 at 1:59am"),
            ("2026-10-25T01:00:00Z", "25 October 2026 at 1am"),
            ("2026-10-25T01:59:00Z", "25 October 2026 at 1:59am"),
            ("2026-10-25T02:00:00Z", "25 October 2026 at 2am"),
            // Stored with a fraction of a second, as `time` writes one, or with an offset.
            ("2026-07-15T08:05:00.123456789Z", "15 July 2026 at 9:05am"),
            ("2026-07-15T09:05:00+01:00", "15 July 2026 at 9:05am"),
        ];
        for (stored, expected) in cases {
            assert_eq!(display_time(stored), expected, "{stored}");
        }
        // Not a time: shown as stored, as before.
        for stored in ["not a time", "", "2026-11-22T09:05:00", "2026-13-01T00:00:00Z"] {
            assert_eq!(display_time(stored), stored, "{stored}");
        }
    }

    #[test]
    fn a_wait_is_the_time_that_passed_whatever_the_clocks_did() {
        // 00:30 to 01:30 UTC on 25 October 2026 reads 1:30am to 1:30am on the clocks, but an hour passed; and the
        // hour the clocks skip on 29 March 2026 is not counted.
        let now = OffsetDateTime::parse("2026-10-25T01:30:00Z", &Rfc3339).expect("a time");
        assert_eq!(waited("2026-10-25T00:30:00Z", now), "1 hour");
        let now = OffsetDateTime::parse("2026-03-29T01:30:00Z", &Rfc3339).expect("a time");
        assert_eq!(waited("2026-03-29T00:30:00Z", now), "1 hour");
    }
}
