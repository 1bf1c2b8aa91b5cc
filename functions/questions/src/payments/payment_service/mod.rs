//! How child maintenance will be paid: "How would you like child maintenance to be paid?" (Direct Pay or Collect &
//! Pay, what each means and costs), or after a disclosure, that it will be Collect & Pay, with no Direct Pay
//! question and no consent step (`intake::routing` decides the same when the application is stored). The fees come
//! from `intake::payments::COLLECT_AND_PAY_FEES`, the one place they are kept; the copy says them and its tests
//! check that it says the same.
//!
//! Both pages have the same title and h1 at the same URL: a title that differed after a disclosure would tell
//! anyone reading the browser's history that one was made. The choice is the page's question, a legend below the
//! heading (<https://design-system.service.gov.uk/get-started/labels-legends-headings/>).

mod copy;
#[cfg(test)]
mod tests;

pub use copy::Copy;

use intake::Answers;
use intake::payments::PaymentService;
use maud::{Markup, html};
use templates::components::SummaryRow;
use templates::sections::SectionId;
use templates::{Fields, FormErrors, Lang};
use time::Date;

use crate::kit::StepContext;
use crate::kit::choices::{Choice, parse_choice, radios_question};
use crate::kit::{question_page, sub_legend, summary};
use crate::{Example, Page, Question, Step};

pub const FIELD: &str = "payment-service";

pub struct PaymentServiceQuestion;

impl Page for PaymentServiceQuestion {
    const ID: &'static str = "how-you-want-to-be-paid";
    const PATH: &'static str = "/how-you-want-to-be-paid";
    const SECTION: SectionId = SectionId::Payments;
    /// After a disclosure the page asks nothing, and its Continue posts no answer.
    /// Direct Pay without a disclosure (so the question about sharing the bank details is met); after one, the page
    /// asks nothing.
    const EXAMPLE: Example = Example { plain: &[&[(FIELD, "direct-pay")]], disclosed: &[&[]] };

    fn is_answered(answers: &Answers) -> bool {
        answers.payment_service.is_some()
    }

    fn summary(answers: &Answers, lang: Lang) -> Vec<SummaryRow> {
        if !super::asked(answers) {
            return Vec::new();
        }
        let copy = Copy::of(lang);
        if answers.disclosure.is_made() {
            // Not a choice after a disclosure: nothing to change here.
            return vec![summary::fact_row(copy.summary_fact_key, copy.label(PaymentService::CollectAndPay))];
        }
        let value = answers.payment_service.map(|service| copy.label(service));
        summary::rows(vec![summary::row(copy.summary_key, value, Step::PaymentService, copy.summary_change, lang)])
    }
}

impl Question for PaymentServiceQuestion {
    fn fields(answers: &Answers) -> Fields {
        Fields::new().with(FIELD, answers.payment_service.map(PaymentService::form_value))
    }

    fn save(fields: &Fields, answers: &mut Answers, _today: Date, lang: Lang) -> Result<(), FormErrors> {
        if answers.disclosure.is_made() {
            // Nothing was asked, and nothing posted can choose Direct Pay.
            answers.payment_service = Some(PaymentService::CollectAndPay);
            return Ok(());
        }
        let service = parse_choice(fields, FIELD, PaymentService::parse, Copy::of(lang).not_selected)?;
        answers.payment_service = Some(service);
        Ok(())
    }

    fn view(context: StepContext<'_>, fields: &Fields, answers: &Answers) -> Markup {
        if answers.disclosure.is_made() { collect_and_pay_for_you(context) } else { choose(context, fields) }
    }
}

/// The choice of Direct Pay or Collect & Pay, each with what it means and costs.
fn choose(context: StepContext<'_>, fields: &Fields) -> Markup {
    let copy = Copy::of(context.lang);
    let services: Vec<Choice<'_>> = PaymentService::ALL
        .iter()
        .map(|&service| {
            Choice::of(service, PaymentService::form_value, copy.label(service), Some(copy.explanation(service)))
        })
        .collect();
    let field = radios_question(context, FIELD, sub_legend(copy.question), Some(copy.hint), &services, None, fields);
    question_page(context, copy.title, html! { h1.govuk-heading-l { (copy.title) } (field) })
}

/// The payments page after a disclosure: nothing to choose, and no consent to ask of the other parent (Child
/// Support Collection (Domestic Abuse) Act 2023). It says so plainly, and never says why: someone may be watching.
fn collect_and_pay_for_you(context: StepContext<'_>) -> Markup {
    let copy = Copy::of(context.lang);
    let body = html! {
        h1.govuk-heading-l { (copy.title) }
        p.govuk-body { (copy.collected_for_you) }
        p.govuk-body { (copy.no_contact_or_consent) }
        p.govuk-body { (copy.fees) }
    };
    question_page(context, copy.title, body)
}
