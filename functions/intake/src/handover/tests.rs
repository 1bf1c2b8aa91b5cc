//! The records' mapping, and the schemas held to the records' own values. Each record made from the example
//! applications is validated against its schema in `functions/questions/tests/handover.rs`, which sees the examples.

use serde_json::Value;

use super::*;
use crate::safety::{AbuseKind as Kind, CallRequest, Disclosure};
use crate::store::Application;
use crate::urgent::{Help, UrgentRequest as Request};
use crate::{Answers, Reference};

fn schema(text: &str) -> Value {
    serde_json::from_str(text).expect("the schema is JSON")
}

fn values<T: Copy>(all: &[T], as_str: fn(T) -> &'static str) -> Vec<&'static str> {
    all.iter().map(|value| as_str(*value)).collect()
}

/// Each list of values as the schema's `$defs` has it, and every `$defs` entry with an `enum` checked.
fn check_enums(schema_text: &str, ours: &[(&str, Vec<&str>)]) {
    let schema = schema(schema_text);
    let defs = schema["$defs"].as_object().expect("$defs");
    for (def, values) in ours {
        let listed: Vec<&str> =
            defs[*def]["enum"].as_array().expect(def).iter().map(|v| v.as_str().expect("a string")).collect();
        assert_eq!(&listed, values, "$defs/{def}");
        assert!(
            values.iter().all(|v| !v.is_empty()
                && v.bytes().all(|b| b.is_ascii_lowercase() || b == b'-' || b == b'/' || b.is_ascii_digit())),
            "{def}: lower-kebab"
        );
    }
    let checked: Vec<&str> = ours.iter().map(|(def, _)| *def).collect();
    for (def, definition) in defs {
        if definition.get("enum").is_some() {
            assert!(checked.contains(&def.as_str()), "$defs/{def} has an enum no Rust type is held to");
        }
    }
}

#[test]
fn every_value_a_record_can_hold_is_its_schemas_and_nothing_else() {
    check_enums(
        APPLICATION_SCHEMA,
        &[
            (ApplicationSchema::DEF, values(ApplicationSchema::ALL, ApplicationSchema::as_str)),
            (ApplicationKind::DEF, values(ApplicationKind::ALL, ApplicationKind::as_str)),
            (Team::DEF, values(Team::ALL, Team::as_str)),
            (PaymentService::DEF, values(PaymentService::ALL, PaymentService::as_str)),
            (Country::DEF, values(Country::ALL, Country::as_str)),
            (Role::DEF, values(Role::ALL, Role::as_str)),
            (CourtOrder::DEF, values(CourtOrder::ALL, CourtOrder::as_str)),
            (PrivateDetail::DEF, values(PrivateDetail::ALL, PrivateDetail::as_str)),
            (ContactMethod::DEF, values(ContactMethod::ALL, ContactMethod::as_str)),
            (SupportNeed::DEF, values(SupportNeed::ALL, SupportNeed::as_str)),
            (Language::DEF, values(Language::ALL, Language::as_str)),
            (YesNoOrNotKnown::DEF, values(YesNoOrNotKnown::ALL, YesNoOrNotKnown::as_str)),
            (HowOften::DEF, values(HowOften::ALL, HowOften::as_str)),
            (SharedCareBand::DEF, values(SharedCareBand::ALL, SharedCareBand::as_str)),
            (WhereOtherParentLives::DEF, values(WhereOtherParentLives::ALL, WhereOtherParentLives::as_str)),
            (HowAddressKnown::DEF, values(HowAddressKnown::ALL, HowAddressKnown::as_str)),
            (IncomeSource::DEF, values(IncomeSource::ALL, IncomeSource::as_str)),
            (Benefit::DEF, values(Benefit::ALL, Benefit::as_str)),
            (ChildCount::DEF, values(ChildCount::ALL, ChildCount::as_str)),
        ],
    );
    check_enums(
        DISCLOSURE_SCHEMA,
        &[
            (DisclosureSchema::DEF, values(DisclosureSchema::ALL, DisclosureSchema::as_str)),
            (DisclosureKind::DEF, values(DisclosureKind::ALL, DisclosureKind::as_str)),
            (AbuseKind::DEF, values(AbuseKind::ALL, AbuseKind::as_str)),
            (Evidence::DEF, values(Evidence::ALL, Evidence::as_str)),
            (HelpAskedFor::DEF, values(HelpAskedFor::ALL, HelpAskedFor::as_str)),
            (UrgentHelp::DEF, values(UrgentHelp::ALL, UrgentHelp::as_str)),
        ],
    );
    // What serde writes is the listed value.
    for role in Role::ALL {
        assert_eq!(serde_json::to_value(role).expect("written"), Value::from(role.as_str()));
    }
}

fn reference() -> Reference {
    Reference::parse("7KQM-2XHD-F").expect("a reference")
}

fn sent(answers: &Answers, at: &str) -> (Application, Option<Disclosure>) {
    Application::sent(reference(), answers, at.to_owned())
}

fn a_call_back() -> Request {
    Request {
        first_name: None,
        help: Help::CallMeBack {
            phone: crate::domain::PhoneNumber::parse("07700 900 982").expect("a phone number"),
            when: crate::domain::ShortText::parse("After 6pm").expect("text"),
        },
    }
}

#[test]
fn times_are_written_in_utc_and_a_time_that_is_not_one_makes_no_record() {
    let (application, _) = sent(&Answers::default(), "2026-11-22T09:05:00.25+01:00");
    let record = application_record(&application).expect("a record");
    assert_eq!(record.submitted_at, "2026-11-22T08:05:00.25Z");
    let (application, _) = sent(&Answers::default(), "22 November 2026");
    assert_eq!(application_record(&application).map(|_| ()), Err(RecordError::Time));
    assert_eq!(disclosure_record(&application, None).map(|_| ()), Ok(()), "nothing to record: no time needed");
}

#[test]
fn an_answer_that_stops_the_journey_makes_no_record_and_the_error_names_only_the_question() {
    let mut answers = Answers::default();
    answers.set_where_you_live(crate::eligibility::Country::NorthernIreland);
    let (application, _) = sent(&answers, "2026-11-22T09:05:00Z");
    let error = application_record(&application).map(|_| ()).expect_err("not eligible");
    assert_eq!(error, RecordError::NotEligible { answer: "where_you_live" });
    assert!(!error.to_string().contains("northern"), "{error}");
}

#[test]
fn approximate_dates_keep_their_precision() {
    let today = time::macros::date!(2026 - 11 - 22);
    for ((day, month, year), written) in
        [(("", "", "1985"), "1985"), (("", "6", "1985"), "1985-06"), (("5", "6", "1985"), "1985-06-05")]
    {
        let date = crate::domain::ApproximateDate::parse(day, month, year, today).expect("a date");
        assert_eq!(values::approximate_date(&date), written);
    }
    assert_eq!(values::iso_date(time::macros::date!(2009 - 01 - 02)), "2009-01-02");
}

#[test]
fn a_disclosure_goes_in_its_own_record_and_nothing_of_it_in_the_application_record() {
    let mut answers = Answers::default();
    answers.set_your_role(crate::eligibility::Role::ParentWithCare);
    answers.set_abuse(true);
    answers.disclosure.kinds = Some(vec![Kind::Threats]);
    answers.set_in_immediate_danger(Some(true));
    answers.set_call_request(Some(CallRequest::CallMeBack));
    answers.urgent_request = Some(a_call_back());
    let (application, disclosure) = sent(&answers, "2026-11-22T09:05:00Z");
    let record = application_record(&application).expect("a record");
    assert_eq!(
        (record.routing.team, record.routing.payment_service),
        (Team::DomesticAbuse, Some(PaymentService::CollectAndPay))
    );
    let written = serde_json::to_string(&record).expect("written");
    // (The team's name, domestic-abuse, says where it went: that is routing, which case management needs.)
    for restricted in ["threats", "\"abuse\"", "danger", "call-me-back", "help", "urgent", "+447700900982", "After 6pm"]
    {
        assert!(!written.contains(restricted), "{restricted} in {written}");
    }
    let disclosure = disclosure_record(&application, disclosure.as_ref()).expect("made").expect("a disclosure record");
    assert_eq!(disclosure.id, "7KQM-2XHD-F/disclosure");
    assert_eq!(disclosure.abuse.as_ref().and_then(|a| a.kinds.clone()), Some(vec![AbuseKind::Threats]));
    assert_eq!(disclosure.help_asked_for, Some(HelpAskedFor::CallMeBack));
    let request = disclosure.urgent_request.as_ref().expect("the request");
    assert_eq!(
        (request.asked_for, request.phone.as_deref(), request.when_safe_to_call.as_deref()),
        (UrgentHelp::CallMeBack, Some("+447700900982"), Some("After 6pm"))
    );
    assert_eq!(
        format!("{disclosure:?} {record:?}"),
        "DisclosureRecord(7KQM-2XHD-F/disclosure) ApplicationRecord(7KQM-2XHD-F)"
    );
}

#[test]
fn only_what_the_domestic_abuse_team_may_read_makes_a_disclosure_record() {
    let mut answers = Answers::default();
    answers.set_abuse(false);
    let (application, disclosure) = sent(&answers, "2026-11-22T09:05:00Z");
    assert_eq!(disclosure, None, "after a no, nothing about abuse is kept");
    assert_eq!(disclosure_record(&application, None), Ok(None));
    // A request sent, then the answer about abuse changed to "no": the request is still the team's alone.
    answers.urgent_request = Some(a_call_back());
    let (application, disclosure) = sent(&answers, "2026-11-22T09:05:00Z");
    let record = disclosure_record(&application, disclosure.as_ref()).expect("made").expect("a record of the request");
    assert_eq!((record.abuse.as_ref(), record.help_asked_for), (None, None));
    assert!(record.urgent_request.is_some());
    assert_eq!(application_record(&application).expect("a record").routing.team, Team::DomesticAbuse);
}

#[test]
fn record_ids_are_the_records_own_and_parse_only_as_written() {
    let reference = Reference::new();
    let (application, _) = Application::sent(reference.clone(), &Answers::default(), "2026-11-22T09:05:00Z".into());
    let record = application_record(&application).expect("a record");
    let parsed = RecordId::parse(&record.id).expect("the application record's id parses");
    assert_eq!(parsed, RecordId::new(reference.clone(), RecordKind::Application));
    assert_eq!(parsed.to_string(), record.id);
    let disclosure = Disclosure { abuse: Some(true), ..Disclosure::default() };
    let restricted = disclosure_record(&application, Some(&disclosure)).expect("made").expect("a disclosure record");
    let parsed = RecordId::parse(&restricted.id).expect("the disclosure record's id parses");
    assert_eq!(parsed, RecordId::new(reference.clone(), RecordKind::Disclosure));
    assert_eq!(parsed.to_string(), format!("{reference}/disclosure"));
    let lower = reference.to_string().to_ascii_lowercase();
    for bad in [
        String::new(),
        reference.as_str().to_owned(),
        lower.clone(),
        format!("{lower}/disclosure"),
        format!("{reference}/"),
        format!("{reference}/application"),
        format!("{reference}/disclosure/disclosure"),
        "/disclosure".to_owned(),
        format!(" {reference}"),
    ] {
        assert_eq!(RecordId::parse(&bad), None, "{bad:?}");
    }
    for kind in RecordKind::ALL {
        assert_eq!(RecordKind::parse(kind.as_str()), Some(kind));
    }
}
