use super::*;
use crate::testing::{EN, TODAY, messages, posted};
use intake::eligibility::Role;
use intake::paying_parent::ChildCount;

#[test]
fn a_count_is_saved_and_shown_again_and_only_a_parent_who_pays_is_asked() {
    let mut answers = Answers::default();
    assert!(!OtherChildren::applies(&answers));
    answers.set_your_role(Role::ParentWithoutCare);
    assert!(OtherChildren::applies(&answers));
    OtherChildren::save(&posted("other-children=4-or-more"), &mut answers, TODAY, EN).expect("saved");
    assert_eq!(answers.paying_parent.other_children, Some(ChildCount::FourOrMore));
    assert_eq!(OtherChildren::fields(&answers), posted("other-children=4-or-more"));
    assert_eq!(OtherChildren::summary(&answers, EN)[0].value.content.render().into_string(), "4 or more");
}

#[test]
fn nothing_or_nonsense_has_the_govuk_error() {
    for body in ["", "other-children=7"] {
        let errors = OtherChildren::save(&posted(body), &mut Answers::default(), TODAY, EN).expect_err(body);
        assert_eq!(messages(&errors), [(FIELD, "Select how many other children live with you")], "{body}");
    }
}
