//! Check your answers: <https://design-system.service.gov.uk/patterns/check-answers/>. Each Change link goes to
//! the question with `?change=1`, so that saving it comes straight back here. A Change into the safety section is a
//! button that posts which question (`change-answer=<id>`) to the section's one URL: a link would have to name the
//! question in its URL, and the browser's history would keep it.

use intake::Answers;
use intake::journey::Step;
use maud::{Markup, html};

use super::{court_order, where_you_live, your_role};
use crate::components::{
    Button, Content, PostAction, SummaryAction, SummaryActions, SummaryCell, SummaryList, SummaryRow, button,
    summary_list,
};
use crate::layout::{Area, Page, page};

pub const TITLE: &str = "Check your answers before sending your application";

/// The query that marks a question as reached from check your answers.
pub const CHANGE_QUERY: &str = "change=1";

/// The id of the form the safety section's Change buttons post.
pub const SAFETY_CHANGE_FORM: &str = "change-safety-answer";

fn row(key: &str, value: Option<&str>, step: Step, hidden: &str) -> Option<SummaryRow> {
    row_with(key, Content::text(value?), step, hidden)
}

/// A row whose value is several lines (an address), each escaped.
fn lines_row(key: &str, lines: Option<Vec<&str>>, step: Step, hidden: &str) -> Option<SummaryRow> {
    let lines = lines?;
    row_with(
        key,
        Content::html(html! { @for (i, line) in lines.iter().enumerate() { @if i > 0 { br; } (line) } }),
        step,
        hidden,
    )
}

fn row_with(key: &str, value: Content, step: Step, hidden: &str) -> Option<SummaryRow> {
    Some(SummaryRow {
        key: SummaryCell { content: Content::text(key), classes: None },
        value: SummaryCell { content: value, classes: None },
        actions: Some(SummaryActions { items: vec![change(step, hidden)], classes: None }),
        classes: None,
    })
}

/// The Change action for `step`: a link with `?change=1`, or into the safety section, a button (see the module).
fn change(step: Step, hidden: &str) -> SummaryAction {
    let post = step.is_safety().then(|| PostAction {
        form: SAFETY_CHANGE_FORM.to_owned(),
        name: super::CHANGE_ANSWER_FIELD.to_owned(),
        value: step.id().to_owned(),
    });
    SummaryAction {
        href: if post.is_some() { String::new() } else { format!("{}?{CHANGE_QUERY}", step.path()) },
        content: Content::text("Change"),
        visually_hidden_text: Some(hidden.into()),
        classes: None,
        post,
    }
}

/// A row whose value is several lines, with nothing to change here.
fn fact_lines_row(key: &str, lines: &[String]) -> SummaryRow {
    SummaryRow {
        key: SummaryCell { content: Content::text(key), classes: None },
        value: SummaryCell {
            content: Content::html(html! { @for (i, line) in lines.iter().enumerate() { @if i > 0 { br; } (line) } }),
            classes: None,
        },
        actions: None,
        classes: None,
    }
}

/// A request sent to the team in danger (`intake::urgent`): what was sent, as the team has it. It cannot be
/// changed here: it has been sent.
pub(crate) fn urgent_request_lines(request: &intake::urgent::UrgentRequest) -> Vec<String> {
    use intake::urgent::Help;
    let mut lines = vec![super::help_now::label(request.kind()).to_owned()];
    match &request.help {
        Help::CallThePolice { whereabouts, phone } => {
            lines.push(format!("Where you were: {}", whereabouts.as_str()));
            if let Some(phone) = phone {
                lines.push(format!("Phone number: {}", phone.national()));
            }
        }
        Help::CallMeBack { phone, when } => {
            lines.push(format!("Phone number: {}", phone.national()));
            lines.push(format!("When it is safe to call: {}", when.as_str()));
        }
    }
    if let Some(name) = &request.first_name {
        lines.push(format!("First name: {}", name.as_str()));
    }
    lines
}

/// A row with nothing to change here (it follows from other answers).
pub(crate) fn fact_row(key: &str, value: &str) -> SummaryRow {
    SummaryRow {
        key: SummaryCell { content: Content::text(key), classes: None },
        value: SummaryCell { content: Content::text(value), classes: None },
        actions: None,
        classes: None,
    }
}

/// The labels of a list answer, one per line, or `empty` for an empty list.
fn list<T: Copy>(chosen: Option<&[T]>, label: fn(T) -> &'static str, empty: &'static str) -> Option<Vec<&'static str>> {
    chosen.map(|chosen| if chosen.is_empty() { vec![empty] } else { chosen.iter().map(|c| label(*c)).collect() })
}

fn borrowed(lines: &Option<Vec<String>>) -> Option<Vec<&str>> {
    lines.as_ref().map(|lines| lines.iter().map(String::as_str).collect())
}

/// The rows that have an answer.
fn summary(rows: Vec<Option<SummaryRow>>) -> Vec<SummaryRow> {
    rows.into_iter().flatten().collect()
}

/// Which part of the answers a section is: what code finds a section by (casework puts safety first), never its
/// heading, which is copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionId {
    Eligibility,
    YourSafety,
    AboutYou,
    Children,
    OtherParent,
    Payments,
}

/// One part of the answers, under its heading.
#[derive(Debug, Clone)]
pub struct Section {
    pub id: SectionId,
    pub heading: &'static str,
    pub rows: Vec<SummaryRow>,
}

impl Section {
    /// The section as a summary list.
    pub fn list(&self) -> Markup {
        summary_list(&SummaryList { rows: self.rows.clone(), classes: Some("govuk-!-margin-bottom-9".into()) })
    }

    /// The section with no Change links, for reading a sent application.
    pub fn read_only(mut self) -> Self {
        for row in &mut self.rows {
            row.actions = None;
        }
        self
    }
}

/// The other parent: only the name must be known, and a question answered "not known" says so.
fn other_parent(answers: &Answers) -> Vec<SummaryRow> {
    use intake::domain::{PhoneNumber, ShortText};

    use super::other_parent_knows_where_you_live::label;
    const NOT_KNOWN: &str = "Not known";
    let other_parent = &answers.other_parent;
    let name = other_parent.name.as_ref();
    let address = other_parent.address.as_ref();
    let details = other_parent.other_details.as_ref();
    let date_of_birth =
        other_parent.date_of_birth.as_ref().map(|d| d.known().map_or_else(|| NOT_KNOWN.to_owned(), |d| d.to_string()));
    let phone = details.map(|d| d.phone.as_ref().map_or_else(|| NOT_KNOWN.to_owned(), PhoneNumber::national));
    let nino =
        details.map(|d| d.national_insurance_number.as_ref().map_or_else(|| NOT_KNOWN.to_owned(), |n| n.to_string()));
    summary(vec![
        row("Full name", name.map(|n| n.full_name.as_str()), Step::OtherParentName, "the other parent's name"),
        row(
            "Other names",
            name.map(|n| n.other_names.as_ref().map_or("None", |o| o.as_str())),
            Step::OtherParentName,
            "other names the other parent has been known by",
        ),
        row(
            "Date of birth",
            date_of_birth.as_deref(),
            Step::OtherParentDateOfBirth,
            "the other parent's date of birth",
        ),
        // Not known: changed on the question; known: changed on the address page itself.
        match (other_parent.knows_address, address) {
            (_, Some(known)) => lines_row(
                "Address",
                Some(known.address.lines()),
                Step::OtherParentAddress,
                "the other parent's address",
            ),
            (Some(false), None) => {
                row("Address", Some(NOT_KNOWN), Step::OtherParentKnowsAddress, "the other parent's address")
            }
            _ => None,
        },
        row(
            "When they last lived there",
            address.map(|known| known.when_last_lived_there.as_ref().map_or(NOT_KNOWN, ShortText::as_str)),
            Step::OtherParentAddress,
            "when the other parent last lived at this address",
        ),
        row("Phone number", phone.as_deref(), Step::OtherParentOtherDetails, "the other parent's phone number"),
        row(
            "National Insurance number",
            nino.as_deref(),
            Step::OtherParentOtherDetails,
            "the other parent's National Insurance number",
        ),
        row(
            "Employer",
            details.map(|d| d.employer.as_ref().map_or(NOT_KNOWN, ShortText::as_str)),
            Step::OtherParentOtherDetails,
            "the other parent's employer",
        ),
        row(
            "Knows where you live",
            other_parent.knows_where_you_live.map(label),
            Step::OtherParentKnowsWhereYouLive,
            "whether the other parent knows where you live",
        ),
    ])
}

/// Your safety: the only page after sending (besides the domestic-abuse team's) where a disclosure is shown.
fn your_safety(answers: &Answers) -> Vec<SummaryRow> {
    use super::{evidence, help_now, keep_private, kinds_of_abuse, safe_contact};
    let yes_no = |answer: Option<bool>| answer.map(|yes| if yes { "Yes" } else { "No" });
    let disclosure = &answers.disclosure;
    let disclosed = disclosure.is_made();
    let contact = answers.safe_contact.as_ref();
    let contact_lines = contact.map(|c| {
        let mut lines: Vec<String> = c.methods.iter().map(|m| safe_contact::label(*m).to_owned()).collect();
        if let Some(times) = &c.safe_times {
            lines.push(format!("Safe times: {}", times.as_str()));
        }
        lines
    });
    summary(vec![
        row(
            "Abuse towards you or your children",
            yes_no(disclosure.abuse),
            Step::YourSafety,
            "whether the other parent has been abusive or controlling",
        ),
        lines_row(
            "What has happened",
            list(disclosure.kinds.as_deref(), kinds_of_abuse::label, "Not given").filter(|_| disclosed),
            Step::KindsOfAbuse,
            "what has happened",
        ),
        row(
            "In immediate danger",
            yes_no(disclosure.in_immediate_danger).filter(|_| disclosed),
            Step::ImmediateDanger,
            "whether you are in immediate danger",
        ),
        row(
            "What you asked us to do",
            answers.call_request.map(help_now::label),
            Step::HelpNow,
            "what you would like us to do",
        ),
        answers
            .urgent_request
            .as_ref()
            .map(|request| fact_lines_row("Request sent to our team", &urgent_request_lines(request))),
        lines_row(
            "Keep private from the other parent",
            list(answers.keep_private.as_deref(), keep_private::label, "Nothing"),
            Step::KeepPrivate,
            "what the other parent must not find out",
        ),
        lines_row(
            "Safe ways to contact you",
            borrowed(&contact_lines),
            Step::SafeContact,
            "how we can contact you safely",
        ),
        lines_row(
            "Documents you have",
            list(disclosure.evidence.as_deref(), evidence::label, "None").filter(|_| disclosed),
            Step::Evidence,
            "the documents you have",
        ),
    ])
}

/// How the applicant would like to be paid, and where.
fn payments(answers: &Answers) -> Vec<SummaryRow> {
    use super::{has_bank_account, payment_service};
    let details = answers.bank_details.as_ref();
    let account = match (answers.has_bank_account, details) {
        (_, Some(details)) => lines_row(
            "Bank account",
            Some(vec![
                details.name_on_account.as_str(),
                &format!("Sort code {}", details.sort_code),
                &format!("Account number {}", details.account_number.as_str()),
            ]),
            Step::BankDetails,
            "your bank account details",
        ),
        (Some(false), None) => row(
            "Bank account",
            Some(has_bank_account::NO_ACCOUNT),
            Step::HasBankAccount,
            "whether you have a bank account",
        ),
        _ => None,
    };
    let service = if answers.disclosure.is_made() {
        // Not a choice after a disclosure: nothing to change here.
        Some(fact_row("How you will be paid", payment_service::label(intake::payments::PaymentService::CollectAndPay)))
    } else {
        row(
            "How you would like to be paid",
            answers.payment_service.map(payment_service::label),
            Step::PaymentService,
            "how you would like child maintenance to be paid",
        )
    };
    summary(vec![service, account])
}

/// Every answer, section by section in the journey's order: what check your answers shows, and (read only)
/// what a caseworker reads.
pub fn sections(answers: &Answers) -> Vec<Section> {
    let name = answers.your_name.as_ref();
    let contact = answers.your_contact_details.as_ref();
    let about_you = summary(vec![
        row("Full name", name.map(|n| n.full_name.as_str()), Step::YourName, "your name"),
        row(
            "Other names",
            name.map(|n| n.other_names.as_ref().map_or("None", |o| o.as_str())),
            Step::YourName,
            "other names you have been known by",
        ),
        row(
            "Date of birth",
            answers.your_date_of_birth.as_ref().map(|d| d.to_string()).as_deref(),
            Step::YourDateOfBirth,
            "your date of birth",
        ),
        row(
            "National Insurance number",
            answers.your_national_insurance_number.as_ref().map(|n| n.to_string()).as_deref(),
            Step::YourNationalInsuranceNumber,
            "your National Insurance number",
        ),
        lines_row("Address", answers.your_address.as_ref().map(|a| a.lines()), Step::YourAddress, "your address"),
        row(
            "Phone number",
            contact.map(|c| c.phone.national()).as_deref(),
            Step::YourContactDetails,
            "your phone number",
        ),
        row(
            "Email address",
            contact.map(|c| c.email.as_ref().map_or("None", |e| e.as_str())),
            Step::YourContactDetails,
            "your email address",
        ),
    ]);
    let children = summary(
        answers
            .children
            .iter()
            .map(|child| {
                let date_of_birth = child.date_of_birth.to_string();
                row(child.full_name.as_str(), Some(&date_of_birth), Step::Children, child.full_name.as_str())
            })
            .collect(),
    );
    let eligibility = vec![
        row("Where you live", answers.where_you_live.map(where_you_live::label), Step::WhereYouLive, "where you live"),
        row("About you", answers.your_role.map(your_role::label), Step::YourRole, "which of these describes you"),
        row(
            "Children under 16, or 16 to 19 in full-time education",
            answers.children_qualify.map(|yes| if yes { "Yes" } else { "No" }),
            Step::ChildrenAges,
            "whether the children are under 16, or 16 to 19 in full-time education",
        ),
        row(
            "Court order",
            answers.court_order.map(court_order::label),
            Step::CourtOrder,
            "whether there is a court order",
        ),
    ];
    let mut sections = vec![
        Section { id: SectionId::Eligibility, heading: "Eligibility", rows: summary(eligibility) },
        Section { id: SectionId::YourSafety, heading: "Your safety", rows: your_safety(answers) },
        Section { id: SectionId::AboutYou, heading: "About you", rows: about_you },
        Section { id: SectionId::Children, heading: "The children", rows: children },
        Section { id: SectionId::OtherParent, heading: "The other parent", rows: other_parent(answers) },
    ];
    if answers.receives_maintenance() {
        sections.push(Section { id: SectionId::Payments, heading: "Payments", rows: payments(answers) });
    }
    sections
}

pub fn view(answers: &Answers, back: &str, csrf_token: &str) -> Markup {
    page(
        Area::Apply,
        &Page { title: TITLE, back: Some(back), ..Page::default() },
        html! {
            div.govuk-grid-row {
                div.govuk-grid-column-two-thirds {
                    h1.govuk-heading-l { (TITLE) }
                    @for section in sections(answers) {
                        h2.govuk-heading-m { (section.heading) }
                        (section.list())
                    }
                    h2.govuk-heading-m { "Now send your application" }
                    p.govuk-body {
                        "By sending this application you are confirming that, to the best of your knowledge, the \
                         details you are providing are correct."
                    }
                    // What the safety section's Change buttons post (they are in the summary lists above).
                    form id=(SAFETY_CHANGE_FORM) method="post" action=(intake::journey::YOUR_SAFETY) novalidate {
                        (crate::csrf_input(csrf_token))
                    }
                    form method="post" novalidate {
                        (crate::csrf_input(csrf_token))
                        (button(&Button {
                            content: Content::text("Send your application"),
                            prevent_double_click: Some(true),
                            ..Button::default()
                        }))
                    }
                }
            }
        },
    )
}
