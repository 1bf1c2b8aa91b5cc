use super::*;
use crate::examples::{Which, answers};

#[test]
fn every_section_has_its_heading_and_payments_only_for_a_receiving_parent() {
    let answers = answers(Which::Plain).expect("the plain example");
    let ids: Vec<SectionId> = sections(&answers, Lang::En).iter().map(|s| s.id).collect();
    assert_eq!(ids, SECTIONS, "a parent with care receives maintenance");

    let mut paying = answers.clone();
    paying.set_your_role(intake::eligibility::Role::ParentWithoutCare);
    assert!(!sections(&paying, Lang::En).iter().any(|s| s.id == SectionId::Payments));
}

/// Every answer is shown, but two steps have no rows of their own: the children added are the list's rows, and
/// "yes, I have a bank account" is shown by the account's details.
#[test]
fn every_answered_step_has_a_row_in_its_section() {
    for which in [Which::Plain, Which::Disclosed] {
        let answers = answers(which).expect("the example");
        for &step in Step::ALL {
            let shown_by_another =
                step == Step::AddChild || (step == Step::HasBankAccount && answers.has_bank_account == Some(true));
            if step.is_answered(&answers) && !shown_by_another {
                assert!(!step.summary(&answers, Lang::En).is_empty(), "{which:?}: {step:?} answered but not shown");
            }
        }
    }
}
