//! Payments: how child maintenance will be paid and the account it is paid into. Asked only of an applicant who
//! will receive maintenance (anyone but the parent without the children): someone who pays is never asked how they
//! would like to be paid (`crate::journey`). After a disclosure there is no choice to make: the law lets CMS collect
//! and pay without the other parent's consent, so the first page says that it will (docs/domain.md, "Collect & Pay
//! without the paying parent's consent"). The fees are `intake::payments::COLLECT_AND_PAY_FEES`.

pub mod bank_details;
pub mod has_bank_account;
pub mod payment_service;
pub mod share_bank_details;

use intake::Answers;

/// Whether this section is on the applicant's path: check your answers shows it only for an applicant who will
/// receive maintenance, whatever else is recorded (the fact that a disclosure means Collect & Pay is about how
/// they will be paid, so it is not shown to someone who pays).
fn asked(answers: &Answers) -> bool {
    answers.receives_maintenance()
}
