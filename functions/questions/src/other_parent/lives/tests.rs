use super::*;
use crate::testing::{EN, TODAY, messages, posted};

#[test]
fn each_answer_is_saved_and_shown() {
    for (value, shown) in [("uk", "In the UK"), ("abroad", "Outside the UK"), ("not-known", "Not known")] {
        let mut answers = Answers::default();
        OtherParentLives::save(&posted(&format!("other-parent-lives={value}")), &mut answers, TODAY, EN).expect(value);
        assert_eq!(OtherParentLives::fields(&answers).get(FIELD), Some(value));
        assert_eq!(OtherParentLives::summary(&answers, EN)[0].value.content.render().into_string(), shown);
    }
}

#[test]
fn nothing_or_nonsense_has_the_govuk_error() {
    for body in ["", "other-parent-lives=mars"] {
        let errors = OtherParentLives::save(&posted(body), &mut Answers::default(), TODAY, EN).expect_err(body);
        assert_eq!(messages(&errors), [(FIELD, "Select where the other parent lives")]);
    }
}
