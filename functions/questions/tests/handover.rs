//! The handover records (`intake::handover`) made from the example applications (`questions::examples`, which is
//! why these tests are in this crate: it sees both), each validated against its JSON Schema: every record the
//! examples make, a disclosure that must never reach the application record, fields the schemas must refuse, and
//! the examples in docs/handover.md, which are these records (regenerate them with
//! `UPDATE_HANDOVER_DOC=1 cargo test -p questions --test handover`).

// Test code: a failed expectation is the test failing.
#![allow(clippy::expect_used, clippy::panic, clippy::unwrap_used)]

use intake::Answers;
use intake::domain::{LongText, PersonName, PhoneNumber, ShortText};
use intake::handover::{self, APPLICATION_SCHEMA, ApplicationRecord, DISCLOSURE_SCHEMA, DisclosureRecord};
use intake::safety::{AbuseKind, CallRequest, Disclosure, Evidence};
use intake::store::Application;
use intake::urgent::{Help, UrgentRequest};
use jsonschema::Validator;
use questions::examples::{self, Which};
use serde_json::{Value, json};

/// The reference and the time the examples are sent with, so that the records (and the doc) never change by chance.
const REFERENCE: &str = "7KQM-2XHD-F";
const SUBMITTED_AT: &str = "2026-11-22T09:05:00Z";

/// The schema's validator (`intake::handover::schema_check`, shared with the end-to-end tests of the feed).
fn validator(schema: &str) -> Validator {
    handover::schema_check::validator(schema).expect("a valid draft 2020-12 schema that compiles")
}

use handover::schema_check::errors;

fn sent(answers: &Answers) -> (Application, Option<Disclosure>) {
    let reference = intake::Reference::parse(REFERENCE).expect("a reference");
    Application::sent(reference, answers, SUBMITTED_AT.to_owned())
}

fn example(which: Which) -> Answers {
    examples::answers(which).expect("the example application")
}

/// Both records of an application, as written.
fn records(answers: &Answers) -> (ApplicationRecord, Option<DisclosureRecord>) {
    let (application, disclosure) = sent(answers);
    let record = handover::application_record(&application).expect("an application record");
    let disclosure = handover::disclosure_record(&application, disclosure.as_ref()).expect("made");
    (record, disclosure)
}

fn value<T: serde::Serialize>(record: &T) -> Value {
    serde_json::to_value(record).expect("a record is JSON")
}

#[test]
fn every_example_application_makes_records_that_validate_and_read_back() {
    let (applications, disclosures) = (validator(APPLICATION_SCHEMA), validator(DISCLOSURE_SCHEMA));
    for which in Which::ALL {
        let (record, disclosure) = records(&example(which));
        let written = value(&record);
        assert_eq!(errors(&applications, &written), Vec::<String>::new(), "{which:?}");
        let read: ApplicationRecord = serde_json::from_value(written.clone()).expect("reads back");
        assert!(read == record, "{which:?}: the application record reads back as written");
        assert_eq!(
            (written["schema"].as_str(), written["id"].as_str()),
            (Some("cms-intake/application/v1"), Some(REFERENCE))
        );
        match (which, disclosure) {
            (Which::Disclosed, Some(disclosure)) => {
                let written = value(&disclosure);
                assert_eq!(errors(&disclosures, &written), Vec::<String>::new());
                let read: DisclosureRecord = serde_json::from_value(written.clone()).expect("reads back");
                assert!(read == disclosure, "the disclosure record reads back as written");
                assert_eq!(written["id"], json!(format!("{REFERENCE}/disclosure")));
                assert_eq!(record.routing.team, handover::Team::DomesticAbuse);
                assert_eq!(record.routing.payment_service, Some(handover::PaymentService::CollectAndPay));
            }
            (Which::Plain | Which::Paying, None) => assert_eq!(record.routing.team, handover::Team::General),
            (which, disclosure) => panic!("{which:?} made a disclosure record: {}", disclosure.is_some()),
        }
        // Income for a parent who pays, payments for one who receives: never both.
        let paying = which == Which::Paying;
        assert_eq!((record.income.is_some(), record.payments.is_some()), (paying, !paying), "{which:?}");
    }
}

/// A distinctive string in every free-text answer only the domestic-abuse team may read.
const SENTINEL: &str = "Zanzibar-sentinel";

/// The example with a disclosure, with every kind of abuse and evidence, and a request whose every word is marked.
fn disclosed_with_sentinels() -> Answers {
    let mut answers = example(Which::Disclosed);
    answers.disclosure.kinds = Some(AbuseKind::ALL.to_vec());
    answers.disclosure.evidence = Some(Evidence::ALL.to_vec());
    answers.set_call_request(Some(CallRequest::CallThePolice));
    answers.urgent_request = Some(UrgentRequest {
        first_name: Some(PersonName::parse("Zanzibar").expect("a name")),
        help: Help::CallThePolice {
            whereabouts: LongText::parse(&format!("{SENTINEL} car park")).expect("text"),
            phone: Some(PhoneNumber::parse("07700 900 613").expect("a phone number")),
        },
    });
    answers
}

#[test]
fn the_application_record_of_a_disclosed_application_holds_nothing_only_the_domestic_abuse_team_may_read() {
    let (record, disclosure) = records(&disclosed_with_sentinels());
    let general = serde_json::to_string(&record).expect("written");
    let restricted = serde_json::to_string(&disclosure.expect("a disclosure record")).expect("written");
    let mut marks: Vec<String> = vec![SENTINEL.into(), "Zanzibar".into(), "+447700900613".into()];
    marks.extend(handover::AbuseKind::ALL.iter().map(|kind| format!("\"{}\"", kind.as_str())));
    marks.extend(handover::Evidence::ALL.iter().map(|evidence| format!("\"{}\"", evidence.as_str())));
    marks.push("\"call-the-police\"".into());
    for mark in &marks {
        // The test can fail: the disclosure record has each of them.
        assert!(restricted.contains(mark.as_str()), "{mark} is in the disclosure record");
        assert!(!general.contains(mark.as_str()), "{mark} reached the application record");
    }
    for help in handover::HelpAskedFor::ALL {
        assert!(!general.contains(&format!("\"{}\"", help.as_str())), "{help:?} reached the application record");
    }
    for field in ["abuse", "kinds", "in_immediate_danger", "evidence", "help_asked_for", "urgent_request"] {
        assert!(!general.contains(&format!("\"{field}\"")), "{field} reached the application record");
    }
    assert_eq!(errors(&validator(APPLICATION_SCHEMA), &value(&record)), Vec::<String>::new());
}

/// The split the records are made by is the one casework shows a caseworker who may not read disclosures: of the
/// safety section, only the answers asked of everyone are left, and the application record has each of them.
#[test]
fn the_split_the_application_record_is_made_from_shows_none_of_the_safety_answers_only_the_team_may_read() {
    use questions::Step;
    let answers = disclosed_with_sentinels();
    let (general, _) = answers.split_need_to_know();
    let lang = templates::Lang::En;
    for step in [
        Step::YourSafety,
        Step::KindsOfAbuse,
        Step::ImmediateDanger,
        Step::HelpNow,
        Step::UrgentRequest,
        Step::Evidence,
    ] {
        assert!(!step.summary(&answers, lang).is_empty(), "{step:?} has rows with everything");
        assert!(step.summary(&general, lang).is_empty(), "{step:?} has rows without what only the team may read");
    }
    let record = value(&records(&answers).0);
    for (step, field) in [
        (Step::KeepPrivate, "keep_private_from_other_parent"),
        (Step::SafeContact, "safe_contact"),
        (Step::LettersHome, "safe_to_send_letters_home"),
    ] {
        assert!(!step.summary(&general, lang).is_empty(), "{step:?} is shown");
        assert!(record["safety"].get(field).is_some(), "{field}");
    }
}

/// Every object in a record, by its JSON pointer.
fn objects(value: &Value, path: String, found: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            found.push(path.clone());
            for (key, inner) in map {
                objects(inner, format!("{path}/{key}"), found);
            }
        }
        Value::Array(items) => {
            for (i, inner) in items.iter().enumerate() {
                objects(inner, format!("{path}/{i}"), found);
            }
        }
        _ => {}
    }
}

fn with_field(record: &Value, at: &str, name: &str, field: Value) -> Value {
    let mut changed = record.clone();
    changed.pointer_mut(at).and_then(Value::as_object_mut).expect("an object").insert(name.to_owned(), field);
    changed
}

#[test]
fn the_application_schema_admits_no_disclosure_field_anywhere_nor_any_field_it_does_not_name() {
    let applications = validator(APPLICATION_SCHEMA);
    let (_, disclosure) = records(&disclosed_with_sentinels());
    let disclosure = value(&disclosure.expect("a disclosure record"));
    for which in Which::ALL {
        let record = value(&records(&example(which)).0);
        let mut places = Vec::new();
        objects(&record, String::new(), &mut places);
        assert!(places.len() > 10, "{which:?}: {places:?}");
        for at in &places {
            // Each of the disclosure record's own fields, with its value, wherever it might be slipped in.
            for (name, field) in disclosure.as_object().expect("an object") {
                if record.pointer(at).and_then(|object| object.get(name)) == Some(field) {
                    continue; // the same reference and time: nothing slipped in
                }
                let changed = with_field(&record, at, name, field.clone());
                assert!(!applications.is_valid(&changed), "{which:?}: {name} accepted at '{at}'");
            }
            let changed = with_field(&record, at, "unexpected", json!("a field nobody wrote down"));
            assert!(!applications.is_valid(&changed), "{which:?}: an unexpected field accepted at '{at}'");
        }
    }
}

#[test]
fn the_disclosure_schema_refuses_a_field_it_does_not_name_a_null_and_a_record_with_nothing_in_it() {
    let disclosures = validator(DISCLOSURE_SCHEMA);
    let (_, disclosure) = records(&disclosed_with_sentinels());
    let record = value(&disclosure.expect("a disclosure record"));
    assert_eq!(errors(&disclosures, &record), Vec::<String>::new());
    let mut places = Vec::new();
    objects(&record, String::new(), &mut places);
    for at in &places {
        assert!(!disclosures.is_valid(&with_field(&record, at, "unexpected", json!(true))), "accepted at '{at}'");
    }
    assert!(!disclosures.is_valid(&with_field(&record, "", "help_asked_for", Value::Null)), "null is never written");
    // The application's own answers are not the disclosure record's.
    assert!(!disclosures.is_valid(&with_field(&record, "", "applicant", json!({"full_name": "Jane Smith"}))));
    let mut empty = record.clone();
    for field in ["abuse", "help_asked_for", "urgent_request"] {
        empty.as_object_mut().expect("an object").remove(field);
    }
    assert!(!disclosures.is_valid(&empty), "a disclosure record with nothing only the team may read");
    // A call back needs its number and time; a request to call the police, where they are.
    let mut call_back = record.clone();
    call_back["urgent_request"]["asked_for"] = json!("call-me-back");
    assert!(!disclosures.is_valid(&call_back));
}

#[test]
fn the_application_schema_refuses_nulls_and_values_it_does_not_list() {
    let applications = validator(APPLICATION_SCHEMA);
    let record = value(&records(&example(Which::Plain)).0);
    let refused = [
        ("/applicant", "email", Value::Null),
        ("", "applied_in", json!("french")),
        ("/routing", "team", json!("General")),
        ("/applicant", "date_of_birth", json!("28/02/1985")),
        // The shape of a date or time, but not one: refused by the formats, which are checked.
        ("/applicant", "date_of_birth", json!("1990-02-30")),
        ("", "submitted_at", json!("2026-11-22T25:05:00Z")),
        ("", "submitted_at", json!("2026-11-22T09:05:00+01:00")),
        ("", "schema", json!("cms-intake/application/v2")),
        ("/applicant", "phone", json!("07700 900982")),
    ];
    for (at, name, field) in refused {
        assert!(!applications.is_valid(&with_field(&record, at, name, field.clone())), "{at}/{name} = {field}");
    }
    let mut no_routing = record.clone();
    no_routing.as_object_mut().expect("an object").remove("routing");
    assert!(!applications.is_valid(&no_routing), "routing is required");
}

#[test]
fn an_application_sent_before_newer_questions_or_with_only_a_request_still_makes_valid_records() {
    let (applications, disclosures) = (validator(APPLICATION_SCHEMA), validator(DISCLOSURE_SCHEMA));
    // Sent before the questions about language, support and overnight stays existed.
    let mut older = example(Which::Plain);
    older.contact_language = None;
    older.applied_in = None;
    older.support_needs = None;
    older.phone_is_own = None;
    for child in &mut older.children {
        child.overnight_stays = None;
        child.other_parent_on_birth_certificate = None;
    }
    let (record, _) = records(&older);
    assert_eq!(errors(&applications, &value(&record)), Vec::<String>::new());
    assert!(value(&record)["applicant"].get("contact_language").is_none(), "left out, not null");
    // A call back sent, then the answer about abuse changed to "no": only the request, for the team.
    let mut request_only = example(Which::Disclosed);
    request_only.set_abuse(false);
    assert!(request_only.urgent_request.is_some() && request_only.call_request.is_none());
    let (record, disclosure) = records(&request_only);
    assert_eq!(errors(&applications, &value(&record)), Vec::<String>::new());
    let disclosure = value(&disclosure.expect("the request is the team's alone"));
    assert_eq!(errors(&disclosures, &disclosure), Vec::<String>::new());
    assert!(disclosure.get("abuse").is_none() && disclosure["urgent_request"]["asked_for"] == json!("call-me-back"));
    // A request to call the police, with no number (it may not be safe to call).
    let mut police = disclosed_with_sentinels();
    if let Some(UrgentRequest { help: Help::CallThePolice { phone, .. }, .. }) = &mut police.urgent_request {
        *phone = None;
    }
    police.urgent_request.as_mut().expect("a request").first_name = None;
    let disclosure = value(&records(&police).1.expect("a disclosure record"));
    assert_eq!(errors(&disclosures, &disclosure), Vec::<String>::new());
    // A disclosure with no details given: the lists are answered empty.
    let mut no_details = example(Which::Disclosed);
    no_details.disclosure.kinds = Some(Vec::new());
    no_details.disclosure.evidence = Some(Vec::new());
    no_details.safe_contact = Some(intake::safety::SafeContact {
        methods: vec![intake::safety::ContactMethod::Letters],
        safe_times: Some(ShortText::parse("Any time").expect("text")),
    });
    let (record, disclosure) = records(&no_details);
    assert_eq!(errors(&applications, &value(&record)), Vec::<String>::new());
    let disclosure = value(&disclosure.expect("a disclosure record"));
    assert_eq!(errors(&disclosures, &disclosure), Vec::<String>::new());
    assert_eq!(disclosure["abuse"]["kinds"], json!([]));
}

/// Where docs/handover.md keeps the example records: after each marker, a fenced JSON block.
const DOC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/handover.md");
const APPLICATION_MARKER: &str =
    "<!-- the application record of the example application (questions::examples, plain) -->";
const DISCLOSURE_MARKER: &str =
    "<!-- the disclosure record of the example application with a disclosure (questions::examples, disclosed) -->";

/// The doc with the fenced block after `marker` replaced by `json`; `None` if the marker or its block is missing.
fn with_block(doc: &str, marker: &str, json: &str) -> Option<String> {
    let at = doc.find(marker)? + marker.len();
    let open = at + doc[at..].find("```json\n")? + "```json\n".len();
    let close = open + doc[open..].find("```")?;
    Some(format!("{}{json}\n{}", &doc[..open], &doc[close..]))
}

#[test]
fn the_examples_in_docs_handover_md_are_the_records_the_example_applications_make() {
    let (record, _) = records(&example(Which::Plain));
    let (_, disclosure) = records(&example(Which::Disclosed));
    let application = serde_json::to_string_pretty(&record).expect("written");
    let disclosure = serde_json::to_string_pretty(&disclosure.expect("a disclosure record")).expect("written");
    let doc = std::fs::read_to_string(DOC).expect("docs/handover.md");
    let expected = with_block(&doc, APPLICATION_MARKER, &application)
        .and_then(|doc| with_block(&doc, DISCLOSURE_MARKER, &disclosure))
        .expect("docs/handover.md has both markers, each followed by a ```json block");
    if std::env::var_os("UPDATE_HANDOVER_DOC").is_some() {
        std::fs::write(DOC, &expected).expect("docs/handover.md written");
        return;
    }
    pretty_assertions::assert_eq!(
        doc,
        expected,
        "docs/handover.md's examples are not the records made today: if the change is meant, run \
         `UPDATE_HANDOVER_DOC=1 cargo test -p questions --test handover` and read docs/handover.md's rule on versions"
    );
}
