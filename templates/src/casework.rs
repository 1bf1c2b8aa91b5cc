//! The caseworkers' pages: sign-in, the team queues, their own applications, finding one by reference, and the
//! application itself, safety first. Every page works without JavaScript; every action is a form.

use intake::Reference;
use intake::casework::Status;
use intake::routing::Team;
use intake::safety::CallRequest;
use intake::store::{Application, AuditAction, AuditEntry, QueueCursor, QueueEntry};
use maud::{Markup, html};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::components::{
    Button, Content, NotificationBanner, Table, TableCell, TableHeadCell, Tag, button, notification_banner, table, tag,
};
use crate::layout::{Area, Page, page};
use crate::steps::check_your_answers::{fact_row, sections};

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

/// A stored RFC 3339 time as people read it, in UTC (which the page says): "22 November 2026, 9:05am UTC".
pub fn display_time(rfc3339: &str) -> String {
    let Ok(at) = OffsetDateTime::parse(rfc3339, &Rfc3339) else { return rfc3339.to_owned() };
    let (hour, period) = match at.hour() {
        0 => (12, "am"),
        h @ 1..=11 => (h, "am"),
        12 => (12, "pm"),
        h => (h - 12, "pm"),
    };
    format!("{} {} {}, {hour}:{:02}{period} UTC", at.day(), at.month(), at.year(), at.minute())
}

fn form_button(action: &str, csrf_token: &str, label: &str, secondary: bool, fields: &[(&str, &str)]) -> Markup {
    html! {
        form method="post" action=(action) novalidate {
            input type="hidden" name="csrf_token" value=(csrf_token);
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
    page(
        Area::Casework,
        &Page { title, ..Page::default() },
        html! {
            div.govuk-grid-row {
                div.govuk-grid-column-two-thirds {
                    p.govuk-body-s { "Signed in as " strong { (staff.name) } }
                    nav aria-label="Casework" {
                        ul class="govuk-list" {
                            @for team in staff.teams {
                                li { a.govuk-link href=(queue_path(*team)) { (team_name(*team)) " queue" } }
                            }
                            li { a.govuk-link href=(MINE) { "Your applications" } }
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

fn urgent_tag() -> Markup {
    tag(&Tag { content: Content::text("Urgent"), classes: Some("govuk-tag--red".into()) })
}

/// Applications as a table: reference (a link), when sent, urgency, status.
fn entries_table(caption: &str, entries: &[QueueEntry]) -> Markup {
    let head = ["Reference", "Sent", "Urgency", "Status"]
        .into_iter()
        .map(|text| TableHeadCell { content: Content::text(text), ..TableHeadCell::default() })
        .collect();
    let rows = entries
        .iter()
        .map(|entry| {
            vec![
                TableCell {
                    content: Content::html(html! {
                        a.govuk-link href=(application_path(&entry.reference)) { (entry.reference) }
                    }),
                    ..TableCell::default()
                },
                TableCell { content: Content::text(display_time(&entry.submitted_at)), ..TableCell::default() },
                TableCell {
                    content: if entry.urgent { Content::html(urgent_tag()) } else { Content::text("") },
                    ..TableCell::default()
                },
                TableCell { content: Content::text(status_label(entry.status)), ..TableCell::default() },
            ]
        })
        .collect();
    table(&Table {
        caption: Some(caption.to_owned()),
        caption_classes: Some("govuk-table__caption--m".into()),
        head: Some(head),
        rows,
        ..Table::default()
    })
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

/// A team's queue: applications nobody has claimed, urgent first, then oldest.
pub fn queue(staff: &Staff<'_>, team: Team, entries: &[QueueEntry], next: Option<&QueueCursor>) -> Markup {
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
            (search_form(None, None))
            @if entries.is_empty() {
                p.govuk-body { "There are no applications waiting in this queue." }
            } @else {
                (entries_table("Waiting to be claimed", entries))
            }
            @if next.is_some() {
                (pagination(&Pagination { next, ..Pagination::default() }))
            }
        },
    )
}

/// The applications the caseworker has claimed.
pub fn mine(staff: &Staff<'_>, entries: &[QueueEntry]) -> Markup {
    staff_page(
        staff,
        "Your applications",
        None,
        html! {
            @if entries.is_empty() {
                p.govuk-body { "You have not claimed any applications." }
            } @else {
                (entries_table("Claimed by you", entries))
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
}

/// An application as a caseworker reads it.
#[derive(Debug)]
pub struct ApplicationPage<'a> {
    pub application: &'a Application,
    /// The answers to show, with the disclosure put back for the domestic-abuse team.
    pub answers: &'a intake::Answers,
    pub is_mine: bool,
    pub audit: &'a [AuditEntry],
    pub notice: Option<Notice>,
}

fn audit_label(action: AuditAction) -> String {
    match action {
        AuditAction::Viewed => "Viewed".into(),
        AuditAction::ViewedWithDisclosure => "Viewed, with the disclosure".into(),
        AuditAction::Claimed => "Claimed".into(),
        AuditAction::Released => "Released to the queue".into(),
        AuditAction::StatusChanged(status) => format!("Status changed to: {}", status_label(status).to_lowercase()),
    }
}

/// What the applicant asked CMS to do in immediate danger, if they asked anything.
fn urgent_request(answers: &intake::Answers) -> Option<Markup> {
    let request = match answers.call_request? {
        CallRequest::CallThePolice => {
            html! { p.govuk-notification-banner__heading { "The applicant asked us to call the police for them." } }
        }
        CallRequest::CallMeBack => html! {
            p.govuk-notification-banner__heading { "The applicant asked us to call them back at a safe time." }
            @if let Some(call_back) = &answers.safe_call_back {
                p.govuk-body { "Safe number: " strong { (call_back.phone.national()) } br; "When: " strong { (call_back.when.as_str()) } }
            }
        },
        CallRequest::Neither => return None,
    };
    Some(notification_banner(&NotificationBanner {
        title_text: Some("Urgent".into()),
        content: Content::html(request),
        ..NotificationBanner::default()
    }))
}

pub fn application(staff: &Staff<'_>, view: &ApplicationPage<'_>) -> Markup {
    let application = view.application;
    let reference = &application.reference;
    let path = application_path(reference);
    let title = format!("Application {reference}");
    let notice = view.notice.as_ref().map(|notice| {
        let text = match notice {
            Notice::AlreadyClaimed => "Someone else claimed this application first.",
            Notice::NotAllowed => "That could not be done: the application has changed. Check its status below.",
        };
        notification_banner(&NotificationBanner { content: Content::text(text), ..NotificationBanner::default() })
    });
    // Safety first, then the rest in the journey's order.
    let (safety, sections): (Vec<_>, Vec<_>) =
        sections(view.answers).into_iter().map(|section| section.read_only()).partition(|s| s.heading == "Your safety");
    let action = |to: &str| format!("{path}/{to}");
    let status = application.status;
    staff_page(
        staff,
        &title,
        notice,
        html! {
            // Urgent: the request itself, where the caseworker cannot miss it.
            @if let Some(request) = urgent_request(view.answers) { (request) }
            h2.govuk-heading-m { "Safety" }
            p.govuk-body { "Read this before you contact the applicant or the other parent." }
            @for section in &safety { (section.list()) }

            h2.govuk-heading-m { "Casework" }
            (crate::components::summary_list(&crate::components::SummaryList {
                rows: vec![
                    fact_row("Team", team_name(application.team)),
                    fact_row("Sent", &display_time(&application.submitted_at)),
                    fact_row("Status", status_label(status)),
                    fact_row("Claimed by", &application.holder.as_ref().map_or_else(
                        || "Nobody".to_owned(),
                        |holder| format!("{}, {}", holder.name, display_time(&holder.since)),
                    )),
                    fact_row("Payments", application.payment_service.map_or("Not chosen by the applicant", crate::steps::payment_service::label)),
                ],
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
                (section.list())
            }
            h2.govuk-heading-m { "History" }
            (table(&Table {
                caption: Some("Who has seen or changed this application".into()),
                caption_classes: Some("govuk-visually-hidden".into()),
                head: Some(["When", "Who", "What"].into_iter().map(|text| TableHeadCell { content: Content::text(text), ..TableHeadCell::default() }).collect()),
                rows: view.audit.iter().map(|entry| vec![
                    TableCell { content: Content::text(display_time(&entry.at)), ..TableCell::default() },
                    TableCell { content: Content::text(entry.caseworker_name.clone()), ..TableCell::default() },
                    TableCell { content: Content::text(audit_label(entry.action)), ..TableCell::default() },
                ]).collect(),
                ..Table::default()
            }))
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_read_as_people_say_them() {
        assert_eq!(display_time("2026-11-22T09:05:00Z"), "22 November 2026, 9:05am UTC");
        assert_eq!(display_time("2026-11-22T00:30:00Z"), "22 November 2026, 12:30am UTC");
        assert_eq!(display_time("2026-11-22T12:00:00Z"), "22 November 2026, 12:00pm UTC");
        assert_eq!(display_time("2026-11-22T17:45:10Z"), "22 November 2026, 5:45pm UTC");
        assert_eq!(display_time("not a time"), "not a time");
    }
}
