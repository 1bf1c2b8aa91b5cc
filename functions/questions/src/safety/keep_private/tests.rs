use super::*;
use crate::testing::{EN, TODAY, messages, posted};

fn save(body: &str) -> Result<Option<Vec<PrivateDetail>>, FormErrors> {
    let mut answers = Answers::default();
    KeepPrivate::save(&posted(body), &mut answers, TODAY, EN).map(|()| answers.keep_private)
}

#[test]
fn some_details_or_none_of_these_but_not_both_and_not_nothing() {
    assert_eq!(
        save("keep-private=new-name&keep-private=address").ok(),
        Some(Some(vec![PrivateDetail::Address, PrivateDetail::NewName]))
    );
    assert_eq!(save("keep-private=none").ok(), Some(Some(vec![])));
    for refused in ["", "keep-private=none&keep-private=phone", "keep-private=passport"] {
        let errors = save(refused).expect_err(refused);
        assert_eq!(messages(&errors), [(FIELD, copy::EN.not_selected)], "{refused}");
    }
    let answers = Answers { keep_private: Some(vec![]), ..Answers::default() };
    assert_eq!(KeepPrivate::fields(&answers).get(FIELD), Some("none"), "none of these is shown checked again");
}

#[test]
fn none_of_these_reads_as_nothing() {
    let answers = Answers { keep_private: Some(vec![]), ..Answers::default() };
    let rows = KeepPrivate::summary(&answers, EN);
    let html =
        templates::components::summary_list(&templates::components::SummaryList { rows, classes: None }).into_string();
    assert!(html.contains(copy::EN.summary_key) && html.contains(copy::EN.summary_none));
    assert!(KeepPrivate::summary(&Answers::default(), EN).is_empty());
}
