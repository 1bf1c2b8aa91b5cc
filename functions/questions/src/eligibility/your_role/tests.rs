use super::*;
use crate::testing::{EN, TODAY, messages, posted};

fn save(country: Country, body: &str) -> Result<Answers, FormErrors> {
    let mut answers = Answers::default();
    answers.set_where_you_live(country);
    YourRole::save(&posted(body), &mut answers, TODAY, EN).map(|()| answers)
}

#[test]
fn a_child_may_apply_only_from_scotland() {
    assert_eq!(
        save(Country::Scotland, "your-role=child-in-scotland").expect("valid").your_role,
        Some(Role::ChildInScotland)
    );
    assert!(save(Country::England, "your-role=child-in-scotland").is_err());
}

#[test]
fn nothing_selected_has_the_govuk_message() {
    for body in ["", "your-role=", "your-role=parent"] {
        let errors = save(Country::Wales, body).expect_err(body);
        assert_eq!(messages(&errors), [(FIELD, copy::EN.not_selected)]);
    }
}

#[test]
fn only_the_roles_open_in_the_country_are_offered() {
    let errors = FormErrors::new();
    let context = StepContext::new("t", crate::kit::Back::To("/"), &errors);
    let mut answers = Answers::default();
    answers.set_where_you_live(Country::England);
    let england = YourRole::view(context, &Fields::new(), &answers).into_string();
    answers.set_where_you_live(Country::Scotland);
    let scotland = YourRole::view(context, &Fields::new(), &answers).into_string();
    assert!(!england.contains(copy::EN.child_in_scotland) && scotland.contains(copy::EN.child_in_scotland));
}
