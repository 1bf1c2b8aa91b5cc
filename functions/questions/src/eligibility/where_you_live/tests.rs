use super::*;
use crate::testing::{EN, TODAY, messages, posted};

fn save(body: &str) -> Result<Answers, FormErrors> {
    let mut answers = Answers::default();
    WhereYouLive::save(&posted(body), &mut answers, TODAY, EN).map(|()| answers)
}

#[test]
fn saves_each_country() {
    for country in Country::ALL {
        let answers = save(&format!("{FIELD}={}", country.form_value())).expect("valid");
        assert_eq!(answers.where_you_live, Some(*country));
    }
}

#[test]
fn nothing_or_something_unknown_is_not_selected() {
    for body in ["", "where-you-live=", "where-you-live=atlantis", "where-you-live=England"] {
        let errors = save(body).expect_err(body);
        assert_eq!(messages(&errors), [(FIELD, copy::EN.not_selected)]);
    }
}

#[test]
fn outside_the_uk_comes_last_after_or() {
    let errors = FormErrors::new();
    let page = WhereYouLive::view(
        StepContext::new("t", crate::kit::Back::To("/"), &errors),
        &Fields::new(),
        &Answers::default(),
    )
    .into_string();
    let or = page.find(">or<").expect("the divider");
    assert!(
        page.find("Northern Ireland").is_some_and(|at| at < or)
            && page.find("Outside the UK").is_some_and(|at| at > or)
    );
}
