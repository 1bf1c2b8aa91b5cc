use super::*;
use crate::testing::{EN, TODAY, messages, posted};
use intake::eligibility::Role;
use intake::other_parent::WhereOtherParentLives;

fn abroad_with(employer: YesNoOrNotKnown) -> Answers {
    let mut answers = Answers::default();
    answers.set_your_role(Role::ParentWithCare);
    answers.other_parent.set_lives(WhereOtherParentLives::Abroad);
    answers.other_parent.uk_employer_abroad = Some(employer);
    answers
}

#[test]
fn asked_when_cms_may_be_able_to_act() {
    assert!(OtherParentAddressAbroad::applies(&abroad_with(YesNoOrNotKnown::Yes)));
    assert!(OtherParentAddressAbroad::applies(&abroad_with(YesNoOrNotKnown::NotKnown)));
    assert!(!OtherParentAddressAbroad::applies(&abroad_with(YesNoOrNotKnown::No)));
}

#[test]
fn the_country_is_needed_and_the_address_kept_as_typed() {
    let mut answers = abroad_with(YesNoOrNotKnown::Yes);
    let body = "country=Germany&address-abroad=Kaserne+3%0D%0A33098+Paderborn";
    OtherParentAddressAbroad::save(&posted(body), &mut answers, TODAY, EN).expect("saved");
    let rows = OtherParentAddressAbroad::summary(&answers, EN);
    let values: Vec<String> = rows.iter().map(|row| row.value.content.render().into_string()).collect();
    assert_eq!(values[0], "Germany");
    assert!(values[1].contains("Paderborn"), "{values:?}");
    OtherParentAddressAbroad::save(&posted("country=Germany&address-abroad="), &mut answers, TODAY, EN).expect("saved");
    let rows = OtherParentAddressAbroad::summary(&answers, EN);
    assert_eq!(rows[1].value.content.render().into_string(), "Not known");
}

#[test]
fn no_country_or_text_too_long_has_the_govuk_error_on_its_field() {
    let long = "a".repeat(LongText::MAX_CHARS + 1);
    let errors = OtherParentAddressAbroad::save(
        &posted(&format!("country=&address-abroad={long}")),
        &mut abroad_with(YesNoOrNotKnown::Yes),
        TODAY,
        EN,
    )
    .expect_err("refused");
    assert_eq!(
        messages(&errors),
        [
            (COUNTRY, "Enter the country the other parent lives in"),
            (ADDRESS, "The address must be 500 characters or less")
        ]
    );
    assert!(copy::EN.country_errors.too_long.contains(&ShortText::MAX_CHARS.to_string()));
    assert!(copy::EN.address_too_long.contains(&LongText::MAX_CHARS.to_string()));
}
