use super::*;
use crate::testing::{EN, TODAY, messages, posted};

fn save(body: &str) -> Result<SupportNeeds, FormErrors> {
    let mut answers = Answers::default();
    SupportNeedsQuestion::save(&posted(body), &mut answers, TODAY, EN).map(|()| answers.support_needs.expect("saved"))
}

#[test]
fn any_of_the_needs_or_none() {
    let needs = save("support-needs=braille&support-needs=relay-uk").expect("saved");
    assert_eq!(needs, SupportNeeds { needs: vec![SupportNeed::Braille, SupportNeed::RelayUk], other: None });
    assert_eq!(save("support-needs=none").expect("saved"), SupportNeeds::default());
    // What was typed for "something else" is kept only when it is ticked.
    assert_eq!(save("support-needs=none&other-support=x").expect("saved").other, None);
    let other = save("support-needs=other&other-support=Calls+after+6pm").expect("saved");
    assert_eq!(other.other.as_ref().map(ShortText::as_str), Some("Calls after 6pm"));
}

#[test]
fn the_govuk_errors() {
    let not_selected = "Select the support you need, or select ‘None of these’";
    for body in ["", "support-needs=none&support-needs=braille", "support-needs=sometimes"] {
        assert_eq!(messages(&save(body).expect_err("refused")), [(FIELD, not_selected)], "{body}");
    }
    let errors = save("support-needs=other&other-support=+").expect_err("refused");
    assert_eq!(messages(&errors), [(OTHER, "Enter the other support you need")]);
    let long = format!("support-needs=other&other-support={}", "a".repeat(ShortText::MAX_CHARS + 1));
    let too_long = Copy::of(EN).other_errors.too_long;
    assert!(too_long.contains(&ShortText::MAX_CHARS.to_string()), "the limit said is the limit kept");
    assert_eq!(messages(&save(&long).expect_err("refused")), [(OTHER, too_long)]);
}

#[test]
fn the_needs_are_one_row_and_shown_again() {
    let needs = save("support-needs=large-print&support-needs=other&other-support=Calls+after+6pm").expect("saved");
    let mut answers = Answers { support_needs: Some(needs), ..Answers::default() };
    let rows = SupportNeedsQuestion::summary(&answers, EN);
    assert_eq!(
        rows[0].value.content.render().into_string(),
        "Letters in large print<br>Something else<br>Calls after 6pm"
    );
    let fields = SupportNeedsQuestion::fields(&answers);
    assert_eq!((fields.all(FIELD), fields.get(OTHER)), (vec!["large-print", "other"], Some("Calls after 6pm")));
    answers.support_needs = Some(SupportNeeds::default());
    assert_eq!(SupportNeedsQuestion::fields(&answers).all(FIELD), vec!["none"]);
    assert_eq!(SupportNeedsQuestion::summary(&answers, EN)[0].value.content.render().into_string(), "None");
}
