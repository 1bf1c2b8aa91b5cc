use super::*;
use crate::testing::{EN, TODAY, messages};

#[test]
fn asked_after_a_known_address_and_forgotten_with_it() {
    let mut answers = Answers::default();
    assert!(!HowAddressKnownQuestion::applies(&answers));
    answers.other_parent.set_knows_address(true);
    assert!(HowAddressKnownQuestion::applies(&answers));
    HowAddressKnownQuestion::save(&Fields::new().with(FIELD, Some("been-there")), &mut answers, TODAY, EN)
        .expect("saved");
    assert_eq!(answers.other_parent.how_address_known, Some(HowAddressKnown::BeenThere));
    let rows = HowAddressKnownQuestion::summary(&answers, EN);
    assert_eq!(rows[0].value.content.render().into_string(), "I have been there");
    answers.other_parent.set_knows_address(false);
    assert_eq!(answers.other_parent.how_address_known, None);
}

#[test]
fn nothing_or_nonsense_has_the_govuk_error() {
    for value in [None, Some("psychic")] {
        let errors =
            HowAddressKnownQuestion::save(&Fields::new().with(FIELD, value), &mut Answers::default(), TODAY, EN)
                .expect_err("refused");
        assert_eq!(messages(&errors), [(FIELD, "Select how you know the other parent’s address")]);
    }
}
