use super::*;
use crate::testing::{EN, TODAY, messages, posted};

#[test]
fn asked_only_when_letters_home_are_not_safe_and_shown_as_given() {
    let mut answers = Answers::default();
    assert!(!LettersAddress::applies(&answers));
    answers.set_letters_home(false);
    assert!(LettersAddress::applies(&answers));
    let body =
        "letters-address-line-1=Flat+3%2C+12+Park+Road&letters-address-town=Swansea&letters-address-postcode=sa20aa";
    LettersAddress::save(&posted(body), &mut answers, TODAY, EN).expect("saved");
    let shown = LettersAddress::summary(&answers, EN)[0].value.content.render().into_string();
    assert_eq!(shown, "Flat 3, 12 Park Road<br>Swansea<br>SA2 0AA");
    assert_eq!(LettersAddress::fields(&answers).get("letters-address-postcode"), Some("SA2 0AA"));
}

#[test]
fn a_missing_line_has_the_govuk_error_on_its_field() {
    let errors = LettersAddress::save(&posted("letters-address-town=Swansea"), &mut Answers::default(), TODAY, EN)
        .expect_err("refused");
    let fields: Vec<&str> = messages(&errors).into_iter().map(|(field, _)| field).collect();
    assert_eq!(fields, ["letters-address-line-1", "letters-address-postcode"]);
}

#[test]
fn the_browser_is_not_asked_to_fill_in_the_applicants_own_address() {
    let errors = FormErrors::new();
    let context = crate::kit::StepContext::new("token", crate::kit::Back::To("/"), &errors);
    let page = LettersAddress::view(context, &Fields::new(), &Answers::default()).into_string();
    assert!(page.contains(r#"autocomplete="off""#) && !page.contains("address-line1"));
    assert!(page.contains("<h1 class=\"govuk-fieldset__heading\">Where should we send your letters?</h1>"));
}
