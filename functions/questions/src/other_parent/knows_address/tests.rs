use intake::domain::{AddressLine, Postcode, UkAddress};
use intake::other_parent::LastKnownAddress;

use super::*;
use crate::kit::yes_no::{NO, YES};
use crate::testing::{EN, TODAY, messages, posted};

fn save(value: &str, answers: &mut Answers) -> Result<(), FormErrors> {
    OtherParentKnowsAddress::save(&Fields::new().with(FIELD, Some(value)), answers, TODAY, EN)
}

fn an_address() -> LastKnownAddress {
    LastKnownAddress {
        address: UkAddress {
            line_1: AddressLine::parse("2 Station Road").expect("valid"),
            line_2: None,
            town: AddressLine::parse("York").expect("valid"),
            county: None,
            postcode: Postcode::parse("YO1 1AA").expect("valid"),
        },
        when_last_lived_there: None,
    }
}

#[test]
fn no_forgets_an_address_given_before() {
    let mut answers = Answers::default();
    save(YES, &mut answers).expect("valid");
    assert_eq!(answers.other_parent.knows_address, Some(true));
    answers.other_parent.address = Some(an_address());
    save(NO, &mut answers).expect("valid");
    assert_eq!((answers.other_parent.knows_address, answers.other_parent.address), (Some(false), None));
}

#[test]
fn nothing_chosen_has_the_govuk_message() {
    for body in ["", "know-address=", "know-address=maybe"] {
        let errors = OtherParentKnowsAddress::save(&posted(body), &mut Answers::default(), TODAY, EN).expect_err(body);
        assert_eq!(messages(&errors), [(FIELD, "Select yes if you know the other parent's address")]);
    }
}

#[test]
fn the_address_row_is_here_only_when_it_is_not_known() {
    let mut answers = Answers::default();
    assert!(OtherParentKnowsAddress::summary(&answers, EN).is_empty(), "not answered");
    save(NO, &mut answers).expect("valid");
    let rows = OtherParentKnowsAddress::summary(&answers, EN);
    let row: Vec<(String, String)> = rows
        .iter()
        .map(|row| (row.key.content.render().into_string(), row.value.content.render().into_string()))
        .collect();
    assert_eq!(row, [("Address".to_owned(), "Not known".to_owned())]);
    let change = rows.first().and_then(|row| row.actions.as_ref()).and_then(|actions| actions.items.first());
    assert_eq!(change.map(|c| c.href.as_str()), Some("/do-you-know-the-other-parents-address?change=1"));
    save(YES, &mut answers).expect("valid");
    answers.other_parent.address = Some(an_address());
    assert!(OtherParentKnowsAddress::summary(&answers, EN).is_empty(), "a known address is the address page's row");
}
