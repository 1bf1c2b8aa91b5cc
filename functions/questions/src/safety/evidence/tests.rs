use super::*;
use crate::testing::{EN, TODAY, messages, posted};

#[test]
fn optional_and_none_of_these_stands_alone() {
    let mut answers = Answers::default();
    EvidenceQuestion::save(&posted(""), &mut answers, TODAY, EN).expect("optional");
    assert_eq!(answers.disclosure.evidence, Some(vec![]));
    let errors = EvidenceQuestion::save(&posted("evidence=none&evidence=police-report"), &mut answers, TODAY, EN)
        .expect_err("both");
    assert_eq!(messages(&errors), [(FIELD, copy::EN.both)]);
    EvidenceQuestion::save(&posted("evidence=letter&evidence=police-report"), &mut answers, TODAY, EN).expect("saved");
    assert_eq!(answers.disclosure.evidence, Some(vec![Evidence::PoliceReport, Evidence::LetterFromAProfessional]));
}

#[test]
fn its_row_is_shown_only_after_a_disclosure() {
    let mut answers = Answers::default();
    answers.set_abuse(true);
    answers.disclosure.evidence = Some(vec![]);
    let rows = EvidenceQuestion::summary(&answers, EN);
    let html =
        templates::components::summary_list(&templates::components::SummaryList { rows, classes: None }).into_string();
    assert!(html.contains(copy::EN.summary_key) && html.contains(copy::EN.summary_none));
    answers.set_abuse(false);
    answers.disclosure.evidence = Some(vec![Evidence::CourtOrder]);
    assert!(EvidenceQuestion::summary(&answers, EN).is_empty());
}
