use super::*;
use crate::safety::letters_address::LettersAddress;
use crate::testing::{EN, TODAY, messages, posted};

#[test]
fn yes_forgets_another_address_given_for_letters() {
    let mut answers = Answers::default();
    LettersHome::save(&posted("letters-home=no"), &mut answers, TODAY, EN).expect("saved");
    let address = "letters-address-line-1=1+Refuge+Road&letters-address-town=Leeds&letters-address-postcode=LS1+1AA";
    LettersAddress::save(&posted(address), &mut answers, TODAY, EN).expect("saved");
    let shown = LettersHome::summary(&answers, EN)[0].value.content.render().into_string();
    assert_eq!(shown, "Not safe: send them to another address");
    LettersHome::save(&posted("letters-home=yes"), &mut answers, TODAY, EN).expect("saved");
    assert_eq!((answers.letters_home, answers.letters_address), (Some(true), None));
}

#[test]
fn nothing_or_nonsense_has_the_govuk_error() {
    for body in ["", "letters-home=maybe"] {
        let errors = LettersHome::save(&posted(body), &mut Answers::default(), TODAY, EN).expect_err(body);
        assert_eq!(messages(&errors), [(FIELD, "Select yes if it is safe for us to send letters to your home")]);
    }
}
