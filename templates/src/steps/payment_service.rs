//! How child maintenance will be paid: "How would you like child maintenance to be paid?" (Direct Pay or Collect &
//! Pay, what each means and costs), or after a disclosure, that it will be Collect & Pay. The fees come from
//! `intake::payments::COLLECT_AND_PAY_FEES`, the one place they are kept.
//!
//! Both pages have the same title and h1, [`TITLE`], at the same URL: a title that differed after a disclosure would
//! tell anyone reading the browser's history that one was made. The choice is the page's question, a legend below
//! the heading (<https://design-system.service.gov.uk/get-started/labels-legends-headings/>).

use intake::payments::{COLLECT_AND_PAY_FEES, PaymentService};
use maud::{Markup, html};

use super::{StepContext, question_page, sub_legend};
use crate::Fields;
use crate::components::{Content, Hint, RadioItem, Radios, radios};

pub const TITLE: &str = "How child maintenance will be paid";
pub const QUESTION: &str = "How would you like child maintenance to be paid?";
pub const FIELD: &str = "payment-service";
pub const ERROR_NOT_SELECTED: &str = "Select how you would like child maintenance to be paid";

pub fn label(service: PaymentService) -> &'static str {
    match service {
        PaymentService::DirectPay => "Direct Pay",
        PaymentService::CollectAndPay => "Collect & Pay",
    }
}

pub fn explanation(service: PaymentService) -> String {
    match service {
        PaymentService::DirectPay => "The Child Maintenance Service works out how much should be paid. The other \
            parent pays you directly, so they will need your bank account details. There are no fees."
            .to_owned(),
        PaymentService::CollectAndPay => format!(
            "The Child Maintenance Service collects payments from the other parent and pays them to you, so you do \
             not need to be in contact. {}% is taken from each payment you receive, and the other parent pays {}% \
             on top of each payment.",
            COLLECT_AND_PAY_FEES.receiving_parent_percent, COLLECT_AND_PAY_FEES.paying_parent_percent
        ),
    }
}

/// The payments page after a disclosure: nothing to choose, and no consent to ask of the other parent (Child
/// Support Collection (Domestic Abuse) Act 2023). It says so plainly, and never says why: someone may be watching.
pub fn collect_and_pay_for_you(context: StepContext<'_>) -> Markup {
    let fees = COLLECT_AND_PAY_FEES;
    let body = html! {
        h1.govuk-heading-l { (TITLE) }
        p.govuk-body {
            "The Child Maintenance Service will collect child maintenance from the other parent and pay it to you. \
             This is called Collect & Pay."
        }
        p.govuk-body {
            "You do not need to be in contact with the other parent about payments, and they do not need to agree \
             to this. You do not need to choose how you will be paid."
        }
        p.govuk-body {
            (fees.receiving_parent_percent) "% is taken from each payment you receive, and the other parent pays "
            (fees.paying_parent_percent) "% on top of each payment."
        }
    };
    question_page(context, TITLE, body)
}

pub fn view(context: StepContext<'_>, fields: &Fields) -> Markup {
    let items = PaymentService::ALL
        .into_iter()
        .map(|service| RadioItem {
            content: Content::text(label(service)),
            value: Some(service.form_value().into()),
            hint: Some(Hint { content: Content::text(explanation(service)), ..Hint::default() }),
            ..RadioItem::default()
        })
        .collect();
    let field = radios(&Radios {
        name: FIELD.into(),
        fieldset: sub_legend(QUESTION),
        hint: Some(Hint {
            content: Content::text(
                "The Child Maintenance Service uses Direct Pay unless the other parent agrees to Collect & Pay, or \
                 is unlikely to pay.",
            ),
            ..Hint::default()
        }),
        error_message: context.errors.message_for(FIELD),
        items,
        value: fields.get(FIELD).map(str::to_owned),
        ..Radios::default()
    });
    question_page(context, TITLE, html! { h1.govuk-heading-l { (TITLE) } (field) })
}
