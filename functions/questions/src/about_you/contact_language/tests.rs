use super::*;
use crate::kit::Back;
use crate::testing::{EN, TODAY, messages, posted};

#[test]
fn each_answer_is_saved_shown_again_and_summarised_in_the_pages_language() {
    let cases = [("english", "English", "Saesneg"), ("welsh", "Welsh", "Cymraeg")];
    for (value, english, welsh) in cases {
        let mut answers = Answers::default();
        ContactLanguage::save(&posted(&format!("contact-language={value}")), &mut answers, TODAY, EN).expect(value);
        assert_eq!(ContactLanguage::fields(&answers).get(FIELD), Some(value));
        let shown = |lang| ContactLanguage::summary(&answers, lang)[0].value.content.render().into_string();
        assert_eq!((shown(Lang::En), shown(Lang::Cy)), (english.to_owned(), welsh.to_owned()));
    }
}

#[test]
fn nothing_or_nonsense_has_the_govuk_error_in_either_language() {
    for body in ["", "contact-language=cymraeg", "contact-language=french"] {
        let errors = ContactLanguage::save(&posted(body), &mut Answers::default(), TODAY, EN).expect_err(body);
        assert_eq!(messages(&errors), [(FIELD, copy::EN.not_selected)]);
        let errors = ContactLanguage::save(&posted(body), &mut Answers::default(), TODAY, Lang::Cy).expect_err(body);
        assert_eq!(messages(&errors), [(FIELD, copy::CY.not_selected)]);
    }
}

#[test]
fn the_saved_choice_is_checked() {
    let mut answers = Answers::default();
    ContactLanguage::save(&posted("contact-language=welsh"), &mut answers, TODAY, EN).expect("saved");
    let errors = FormErrors::new();
    let context = StepContext::new("token", Back::To("/support-when-we-contact-you"), &errors);
    let page = ContactLanguage::view(context, &ContactLanguage::fields(&answers), &answers).into_string();
    assert!(page.contains(r#"value="welsh" checked"#), "the saved choice is checked");
}
