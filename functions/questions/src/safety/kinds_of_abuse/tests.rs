use super::*;
use crate::testing::{EN, TODAY, messages, posted};

#[test]
fn any_kinds_or_none_at_all() {
    let mut answers = Answers::default();
    KindsOfAbuse::save(&posted(""), &mut answers, TODAY, EN).expect("optional");
    assert_eq!(answers.disclosure.kinds, Some(vec![]));
    KindsOfAbuse::save(&posted("kinds=threats&kinds=physical"), &mut answers, TODAY, EN).expect("saved");
    assert_eq!(answers.disclosure.kinds, Some(vec![AbuseKind::Physical, AbuseKind::Threats]));
    assert_eq!(KindsOfAbuse::fields(&answers), posted("kinds=physical&kinds=threats"));
    let errors = KindsOfAbuse::save(&posted("kinds=other"), &mut answers, TODAY, EN).expect_err("not a choice");
    assert_eq!(messages(&errors), [(FIELD, copy::EN.not_a_choice)]);
}

#[test]
fn every_kind_has_its_own_label() {
    let mut labels: Vec<&str> = AbuseKind::ALL.iter().map(|kind| copy::EN.label(*kind)).collect();
    labels.sort_unstable();
    labels.dedup();
    assert_eq!(labels.len(), AbuseKind::ALL.len());
}

#[test]
fn its_row_is_shown_only_after_a_disclosure() {
    let mut answers = Answers::default();
    answers.set_abuse(true);
    answers.disclosure.kinds = Some(vec![]);
    assert_eq!(KindsOfAbuse::summary(&answers, EN).len(), 1, "none selected reads as not given");
    answers.disclosure.abuse = Some(false);
    assert!(KindsOfAbuse::summary(&answers, EN).is_empty());
}

#[test]
fn support_follows_the_question() {
    let errors = FormErrors::new();
    let context = StepContext::new("t", crate::kit::Back::To("/"), &errors);
    let page = KindsOfAbuse::view(context, &Fields::new(), &Answers::default()).into_string();
    let question = page.find(copy::EN.question).expect("the question");
    assert!(page.find(crate::kit::KitCopy::of(EN).support_heading).is_some_and(|support| support > question));
    assert!(page.contains("<title>Your safety"));
}
