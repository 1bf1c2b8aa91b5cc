use super::*;
use crate::testing::{EN, TODAY, messages};

fn save(value: Option<&str>) -> Result<KnowsWhereYouLive, FormErrors> {
    let mut answers = Answers::default();
    OtherParentKnowsWhereYouLive::save(&Fields::new().with(FIELD, value), &mut answers, TODAY, EN)
        .map(|()| answers.other_parent.knows_where_you_live.expect("saved"))
}

#[test]
fn yes_no_or_do_not_know() {
    assert_eq!(save(Some("yes")), Ok(KnowsWhereYouLive::Yes));
    assert_eq!(save(Some("no")), Ok(KnowsWhereYouLive::No));
    assert_eq!(save(Some("do-not-know")), Ok(KnowsWhereYouLive::NotKnown));
}

#[test]
fn nothing_or_nonsense_has_the_govuk_error() {
    for value in [None, Some(""), Some("maybe"), Some("<script>"), Some("not-known")] {
        let errors = save(value).expect_err("refused");
        assert_eq!(messages(&errors), [(FIELD, "Select whether the other parent knows where you live")], "{value:?}");
    }
}

#[test]
fn the_answer_reads_as_its_label_on_check_your_answers() {
    let mut answers = Answers::default();
    assert!(OtherParentKnowsWhereYouLive::summary(&answers, EN).is_empty(), "not answered");
    answers.other_parent.knows_where_you_live = Some(KnowsWhereYouLive::NotKnown);
    let rows = OtherParentKnowsWhereYouLive::summary(&answers, EN);
    let values: Vec<String> = rows.iter().map(|row| row.value.content.render().into_string()).collect();
    assert_eq!(values, ["I do not know"]);
}
