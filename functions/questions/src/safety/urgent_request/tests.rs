use super::*;
use crate::journey::{SafetyPage, Step};
use crate::kit::Back;
use crate::testing::{EN, TODAY, posted};
use intake::urgent::NextStart;
use time::Weekday;

fn context(errors: &FormErrors, team: Availability) -> StepContext<'_> {
    StepContext {
        safety: Some(SafetyPage { step: Step::UrgentRequest, change: false }),
        team,
        ..StepContext::new("0123456789abcdef0123456789abcdef", Back::PreviousSafetyPage, errors)
    }
}

fn position(page: &str, text: &str) -> usize {
    page.find(text).unwrap_or_else(|| panic!("{text:?} is not on the page"))
}

fn asking(request: CallRequest) -> Answers {
    let mut answers = Answers::default();
    answers.set_abuse(true);
    answers.set_in_immediate_danger(Some(true));
    answers.set_call_request(Some(request));
    answers
}

fn pairs(pairs: &[(&str, &str)]) -> Fields {
    pairs.iter().fold(Fields::new(), |fields, (name, value)| fields.with(name, Some(*value)))
}

fn save(fields: &Fields, answers: &mut Answers) -> Result<(), FormErrors> {
    UrgentRequestQuestion::save(fields, answers, TODAY, EN)
}

#[test]
fn outside_the_teams_hours_the_page_says_so_after_999_and_before_the_form() {
    let errors = FormErrors::new();
    for (next, when) in [
        (NextStart::Today, "at 8am today"),
        (NextStart::Tomorrow, "at 8am tomorrow"),
        (NextStart::On(Weekday::Monday), "at 8am on Monday"),
    ] {
        let page = request_form(
            context(&errors, Availability::NotWorking(next)),
            &Fields::new(),
            CallRequest::CallMeBack,
            None,
        )
        .into_string();
        let call_999 = position(&page, "call 999");
        let not_working = position(&page, "Our team is not working now.");
        assert!(page.contains(when), "{when}");
        assert!(call_999 < not_working && not_working < position(&page, "A UK phone number that is safe to call"));
        assert!(!page.contains("as soon as it arrives"), "no promise the team will see it now");
    }
    let page = request_form(context(&errors, Availability::Working), &Fields::new(), CallRequest::CallThePolice, None)
        .into_string();
    assert!(page.contains("Monday to Friday, 8am to 6pm, except on bank holidays"));
    assert!(!page.contains("not working now"));
    assert!(position(&page, "press 55") < position(&page, "Where are you now?"));
}

#[test]
fn hours_read_as_people_write_them() {
    assert_eq!(
        (copy::EN.team_hours)(0, 12),
        "Our team works Monday to Friday, midnight to midday, except on bank holidays."
    );
    assert!((copy::EN.team_hours)(TEAM_HOURS.opens, 23).contains("8am to 11pm"));
    assert!((copy::EN.not_working)(11, NextStart::On(Weekday::Sunday)).ends_with("at 11am on Sunday."));
}

#[test]
fn a_request_that_could_not_be_sent_says_so_and_999_again() {
    let errors = FormErrors::new();
    let unsaved = StepContext { unsaved: true, ..context(&errors, Availability::Working) };
    let page = request_form(unsaved, &Fields::new(), CallRequest::CallMeBack, None).into_string();
    assert!(page.contains("Your request has not been sent.") && page.contains("call 999."));
    assert!(page.contains("<title>Error: Your safety"), "the title says something is wrong, and nothing more");
}

#[test]
fn once_sent_it_says_what_happens_next_and_the_way_on() {
    let errors = FormErrors::new();
    let police = UrgentRequest {
        first_name: None,
        help: Help::CallThePolice { whereabouts: LongText::parse("Mill Lane").expect("valid"), phone: None },
    };
    let page =
        sent(context(&errors, Availability::Working), &police, Some(CallRequest::CallThePolice), None).into_string();
    assert!(position(&page, "call 999") < position(&page, "call the police and tell them where you are"));
    assert!(page.contains("carry on with your application, or leave this service now"));
    assert!(page.contains(">Continue<") && !page.contains(SEND_FIELD), "Continue, not another send");
    assert!(!page.contains("only send one request"));

    let call_back = UrgentRequest {
        first_name: None,
        help: Help::CallMeBack {
            phone: PhoneNumber::parse("07700 900 111").expect("valid"),
            when: ShortText::parse("after <b>6</b>").expect("valid"),
        },
    };
    let page =
        sent(context(&errors, Availability::Working), &call_back, Some(CallRequest::CallThePolice), None).into_string();
    assert!(page.contains("07700900111") && page.contains("after &lt;b&gt;6&lt;/b&gt;"), "escaped");
    assert!(page.contains("If you need the police, call 999."), "one request an application: said, with 999");
}

#[test]
fn the_police_need_where_you_are_and_a_number_only_if_it_is_safe() {
    let mut answers = asking(CallRequest::CallThePolice);
    let errors = save(&Fields::new(), &mut answers).expect_err("nowhere");
    assert_eq!(errors.message(WHEREABOUTS), Some(copy::EN.whereabouts_errors.empty));
    assert_eq!(errors.message(PHONE), None, "a number is optional");

    let too_far = "a".repeat(LongText::MAX_CHARS + 1);
    let errors = save(&pairs(&[(WHEREABOUTS, &too_far), (PHONE, "not a number"), (FIRST_NAME, "S4m")]), &mut answers)
        .expect_err("three errors");
    assert_eq!(errors.message(WHEREABOUTS), Some(copy::EN.whereabouts_errors.too_long));
    assert_eq!(errors.message(PHONE), Some(copy::EN.phone_invalid));
    assert_eq!(errors.message(FIRST_NAME), Some(copy::EN.first_name_characters));
    assert_eq!(answers.urgent_request, None, "nothing kept from a refused post");

    save(&pairs(&[(WHEREABOUTS, "  The café,\n Station Road "), (PHONE, "")]), &mut answers).expect("saved");
    let request = answers.urgent_request.as_ref().expect("a request");
    assert_eq!(
        request.help,
        Help::CallThePolice { whereabouts: LongText::parse("The café, Station Road").expect("valid"), phone: None }
    );
    assert_eq!(request.first_name, None);
}

#[test]
fn a_call_back_needs_a_uk_number_and_a_safe_time() {
    let mut answers = asking(CallRequest::CallMeBack);
    let errors = save(&pairs(&[(PHONE, "+33 1 23 45 67 89")]), &mut answers).expect_err("not UK, no time");
    assert_eq!(errors.message(PHONE), Some(copy::EN.phone_not_uk));
    assert_eq!(errors.message(WHEN), Some(copy::EN.when_errors.empty));
    let errors = save(&pairs(&[(WHEN, &"a".repeat(ShortText::MAX_CHARS + 1))]), &mut answers).expect_err("too long");
    assert_eq!(errors.message(PHONE), Some(copy::EN.phone_empty));
    assert_eq!(errors.message(WHEN), Some(copy::EN.when_errors.too_long));
    let long_name = "a".repeat(PersonName::MAX_CHARS + 1);
    let errors = save(&pairs(&[(PHONE, "07700 900 111"), (WHEN, "now"), (FIRST_NAME, &long_name)]), &mut answers)
        .expect_err("a long name");
    assert_eq!(errors.message(FIRST_NAME), Some(copy::EN.first_name_too_long));
    save(&pairs(&[(PHONE, "07700 900 111"), (WHEN, "Weekday mornings"), (FIRST_NAME, "Sam")]), &mut answers)
        .expect("saved");
    assert_eq!(answers.urgent_request.as_ref().map(UrgentRequest::kind), Some(CallRequest::CallMeBack));
    assert_eq!(
        answers.urgent_request.as_ref().and_then(|r| r.first_name.as_ref()).map(PersonName::as_str),
        Some("Sam")
    );
}

#[test]
fn a_blank_first_name_is_no_name() {
    let mut answers = asking(CallRequest::CallMeBack);
    save(&pairs(&[(PHONE, "07700 900 111"), (WHEN, "now"), (FIRST_NAME, " \t ")]), &mut answers).expect("saved");
    assert_eq!(answers.urgent_request.and_then(|request| request.first_name), None);
}

#[test]
fn once_sent_nothing_posted_changes_it() {
    let mut answers = asking(CallRequest::CallMeBack);
    save(&pairs(&[(PHONE, "07700 900 111"), (WHEN, "Mornings")]), &mut answers).expect("sent");
    let sent = answers.clone();
    save(&pairs(&[(PHONE, "07700 900 222"), (WHEN, "Evenings")]), &mut answers).expect("Continue");
    save(&Fields::new(), &mut answers).expect("Continue");
    assert_eq!(answers, sent);
}

#[test]
fn the_limits_said_are_the_domains() {
    assert!(copy::EN.whereabouts_errors.too_long.contains(&LongText::MAX_CHARS.to_string()));
    assert!(copy::EN.when_errors.too_long.contains(&ShortText::MAX_CHARS.to_string()));
    assert!(copy::EN.first_name_too_long.contains(&PersonName::MAX_CHARS.to_string()));
}

#[test]
fn the_example_sends_a_call_back_then_continues() {
    let mut answers = asking(CallRequest::CallMeBack);
    for post in UrgentRequestQuestion::EXAMPLE.disclosed {
        let body = crate::examples::form_body(post);
        save(&posted(&body), &mut answers).expect("the example is accepted");
    }
    assert_eq!(answers.urgent_request.as_ref().map(UrgentRequest::kind), Some(CallRequest::CallMeBack));
}

#[test]
fn its_row_is_what_was_sent_with_nothing_to_change() {
    let mut answers = asking(CallRequest::CallThePolice);
    assert!(UrgentRequestQuestion::summary(&answers, EN).is_empty(), "nothing sent, no row");
    answers.urgent_request = Some(UrgentRequest {
        first_name: PersonName::parse("Sam").ok(),
        help: Help::CallThePolice {
            whereabouts: LongText::parse("Mill <Lane>").expect("valid"),
            phone: PhoneNumber::parse("07700 900 111").ok(),
        },
    });
    let rows = UrgentRequestQuestion::summary(&answers, EN);
    assert!(rows.iter().all(|row| row.actions.is_none()), "sent: nothing to change");
    let html =
        templates::components::summary_list(&templates::components::SummaryList { rows, classes: None }).into_string();
    assert!(
        html.contains(
            "Call the police for me<br>Where you were: Mill &lt;Lane&gt;<br>Phone number: 07700900111<br>First name: Sam"
        ),
        "{html}"
    );
}
