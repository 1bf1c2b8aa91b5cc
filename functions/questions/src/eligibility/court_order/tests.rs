use super::*;
use crate::testing::{EN, TODAY, messages, posted};

fn save(body: &str) -> Result<Answers, FormErrors> {
    let mut answers = Answers::default();
    CourtOrderQuestion::save(&posted(body), &mut answers, TODAY, EN).map(|()| answers)
}

#[test]
fn saves_each_answer() {
    for order in CourtOrder::ALL {
        let answers = save(&format!("{FIELD}={}", order.form_value())).expect("valid");
        assert_eq!(answers.court_order, Some(*order));
    }
}

#[test]
fn nothing_or_something_unknown_is_not_selected() {
    for body in ["", "court-order=", "court-order=yes"] {
        assert_eq!(messages(&save(body).expect_err(body)), [(FIELD, copy::EN.not_selected)]);
    }
}

#[test]
fn every_answer_is_offered_in_order() {
    let errors = FormErrors::new();
    let page = CourtOrderQuestion::view(
        StepContext::new("t", crate::kit::Back::To("/"), &errors),
        &Fields::new(),
        &Answers::default(),
    )
    .into_string();
    let at: Vec<usize> = CourtOrder::ALL.iter().filter_map(|order| page.find(copy::EN.label(*order))).collect();
    assert_eq!(at.len(), CourtOrder::ALL.len());
    assert!(at.windows(2).all(|pair| pair[0] < pair[1]), "in the order of CourtOrder::ALL");
}
