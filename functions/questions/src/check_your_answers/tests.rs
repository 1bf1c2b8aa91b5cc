use super::*;
use crate::examples::{Which, answers};

#[test]
fn every_section_has_its_heading_payments_only_for_a_receiving_parent_and_income_only_for_one_who_pays() {
    let ids = |which| {
        let answers = answers(which).expect("the example");
        sections(&answers, Lang::En).iter().map(|s| s.id).collect::<Vec<SectionId>>()
    };
    let without = |left_out| SECTIONS.into_iter().filter(|&id| id != left_out).collect::<Vec<_>>();
    assert_eq!(ids(Which::Plain), without(SectionId::YourIncome), "a parent with care receives maintenance");
    assert_eq!(ids(Which::Paying), without(SectionId::Payments), "a parent without care pays it");
}

/// Every answer is shown, but some steps have no rows of their own: the children added, and what is asked about
/// each, are the list's rows, child by child; "yes, I have a bank account" is shown by the account's details.
#[test]
fn every_answered_step_has_a_row_in_its_section() {
    for which in Which::ALL {
        let answers = answers(which).expect("the example");
        let children_rows = Step::Children.summary(&answers, Lang::En);
        for &step in Step::ALL {
            let asked_of_each_child = step.question().and_then(|question| question.child);
            if let Some(question) = asked_of_each_child {
                for (index, _) in answers.children.iter().enumerate().filter(|(_, child)| (question.applies_to)(child))
                {
                    let row = (question.row)(&answers, index, Lang::En).expect("each child's answer has a row");
                    let key = row.key.content.render().into_string();
                    let listed = children_rows.iter().any(|r| r.key.content.render().into_string() == key);
                    assert!(listed, "{which:?}: {step:?}'s row for child {index} is not in the children's rows");
                }
            }
            let shown_by_another = step == Step::AddChild
                || asked_of_each_child.is_some()
                || (step == Step::HasBankAccount && answers.has_bank_account == Some(true));
            if step.is_answered(&answers) && !shown_by_another {
                assert!(!step.summary(&answers, Lang::En).is_empty(), "{which:?}: {step:?} answered but not shown");
            }
        }
    }
}

/// Only the applicant's own answers are copied into an application for children with another parent, and shown
/// for checking without Change links: never the disclosure, a request for help, the children or the other parent.
#[test]
fn answers_copied_for_another_parent_are_the_applicants_own_and_shown_read_only() {
    let sent = answers(Which::Disclosed).expect("the example with a disclosure");
    let copied = sent.for_another_parent(&intake::Reference::new());
    let stored = serde_json::to_value(&copied).expect("stored");
    let mut keys: Vec<&str> = stored.as_object().expect("an object").keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "contact_language",
            "copied_from",
            "keep_private",
            "letters_address",
            "letters_home",
            "phone_is_own",
            "safe_contact",
            "support_needs",
            "where_you_live",
            "your_address",
            "your_contact_details",
            "your_date_of_birth",
            "your_name",
            "your_national_insurance_number",
        ]
    );
    let page = copied_view(&copied, "/your-role", Lang::En).into_string();
    assert!(page.contains("Check the answers we copied") && page.contains(r#"href="/your-role""#));
    assert!(!page.contains("govuk-summary-list__actions"), "read only");
    let with_disclosure = view(&sent, "/back", "token", Lang::En).into_string();
    for kind in ["Coercive or controlling behaviour", "Economic"] {
        assert!(with_disclosure.contains(kind) && !page.contains(kind), "{kind} is not copied");
    }
}
