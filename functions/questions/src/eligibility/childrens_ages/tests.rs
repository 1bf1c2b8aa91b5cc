use super::*;
use crate::kit::yes_no::{NO, YES};
use crate::testing::{EN, TODAY, messages, posted};

#[test]
fn yes_no_or_the_govuk_error() {
    for (value, expected) in [(YES, Some(Some(true))), (NO, Some(Some(false))), ("", None), ("maybe", None)] {
        let mut answers = Answers::default();
        let saved = ChildrensAges::save(&posted(&format!("{FIELD}={value}")), &mut answers, TODAY, EN);
        match saved {
            Ok(()) => assert_eq!(Some(answers.children_qualify), expected, "{value:?}"),
            Err(errors) => {
                assert_eq!(expected, None, "{value:?}");
                assert_eq!(messages(&errors), [(FIELD, copy::EN.not_selected)]);
            }
        }
    }
}
