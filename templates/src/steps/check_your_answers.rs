//! Check your answers: <https://design-system.service.gov.uk/patterns/check-answers/>. Each Change link goes to
//! the question with `?change=1`, so that saving it comes straight back here.

use intake::Answers;
use intake::journey::Step;
use maud::{Markup, html};

use super::{court_order, where_you_live, your_role};
use crate::components::{
    Button, Content, SummaryAction, SummaryActions, SummaryCell, SummaryList, SummaryRow, button, summary_list,
};
use crate::layout::{Area, Page, page};

pub const TITLE: &str = "Check your answers before sending your application";

/// The query that marks a question as reached from check your answers.
pub const CHANGE_QUERY: &str = "change=1";

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
        actions: Some(SummaryActions {
            items: vec![SummaryAction {
                href: format!("{}?{CHANGE_QUERY}", step.path()),
                content: Content::text("Change"),
                visually_hidden_text: Some(hidden.into()),
                classes: None,
            }],
            classes: None,
        }),
        classes: None,
    })
}

fn summary(rows: Vec<Option<SummaryRow>>) -> Markup {
    let rows = rows.into_iter().flatten().collect();
    summary_list(&SummaryList { rows, classes: Some("govuk-!-margin-bottom-9".into()) })
}

/// The other parent: only the name must be known, and a question answered "not known" says so.
fn other_parent(answers: &Answers) -> Markup {
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

/// How the applicant would like to be paid, and where.
fn payments(answers: &Answers) -> Markup {
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
    summary(vec![
        row(
            "How you would like to be paid",
            answers.payment_service.map(payment_service::label),
            Step::PaymentService,
            "how you would like child maintenance to be paid",
        ),
        account,
    ])
}

pub fn view(answers: &Answers, back: &str, csrf_token: &str) -> Markup {
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
    let rows = [
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
    page(
        Area::Apply,
        &Page { title: TITLE, back: Some(back), ..Page::default() },
        html! {
            div.govuk-grid-row {
                div.govuk-grid-column-two-thirds {
                    h1.govuk-heading-l { (TITLE) }
                    h2.govuk-heading-m { "Eligibility" }
                    (summary(rows.into()))
                    h2.govuk-heading-m { "About you" }
                    (about_you)
                    h2.govuk-heading-m { "The children" }
                    (children)
                    h2.govuk-heading-m { "The other parent" }
                    (other_parent(answers))
                    @if answers.receives_maintenance() {
                        h2.govuk-heading-m { "Payments" }
                        (payments(answers))
                    }
                    h2.govuk-heading-m { "Now send your application" }
                    p.govuk-body {
                        "By sending this application you are confirming that, to the best of your knowledge, the \
                         details you are providing are correct."
                    }
                    form method="post" novalidate {
                        input type="hidden" name="csrf_token" value=(csrf_token);
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
