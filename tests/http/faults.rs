//! DynamoDB stops in the middle of a journey (issue 7, "Faults"): every page that needs it answers the GOV.UK
//! "Sorry, there is a problem with the service" page with 503, never a panic or a trace; the answer just posted is
//! shown again as typed; and once DynamoDB is back the applicant carries on where they were, with nothing lost.
//!
//! A DynamoDB Local of this test's own, persisting to a folder, is stopped (SIGTERM) and started again on the same
//! port, as a restarted dependency would be.

use std::path::PathBuf;
use std::process::{Child, Command};
use std::time::Duration;

use end_to_end::{Browser, Reply};
use http::StatusCode;
use intake::{Config, Reference, Store};
use questions::children::{add_child, child_benefit};
use questions::examples::{self, Which};
use questions::journey::Step;

/// DynamoDB Local on `port`, keeping its tables in `folder`.
struct OwnDynamoDbLocal {
    process: Child,
    port: u16,
}

impl OwnDynamoDbLocal {
    fn start(port: u16, folder: PathBuf) -> Self {
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/support/dynamodb-local.sh");
        let port_file = folder.join("port");
        let _ = std::fs::remove_file(&port_file);
        let mut process = Command::new("bash")
            .arg(script)
            .arg("--db-path")
            .arg(folder.join("tables"))
            .args(["--port", &port.to_string(), "--port-file"])
            .arg(&port_file)
            .spawn()
            .expect("dynamodb-local.sh started");
        // The script writes the port file once DynamoDB Local answers requests (or exits if it never does).
        for _ in 0..1200 {
            if std::fs::read_to_string(&port_file).is_ok_and(|p| !p.trim().is_empty()) {
                return Self { process, port };
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let _ = process.kill();
        let _ = process.wait();
        panic!("DynamoDB Local did not start on port {port}");
    }

    /// Stops it as an operating system would stop a service: SIGTERM, then waits for it to be gone.
    fn stop(mut self) -> u16 {
        // After the script's `exec` this process is java itself.
        let status = Command::new("kill").args(["-TERM", &self.process.id().to_string()]).status().expect("kill");
        assert!(status.success());
        self.process.wait().expect("DynamoDB Local stopped");
        self.port
    }
}

impl Drop for OwnDynamoDbLocal {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free port").port()
}

fn assert_sorry_page(reply: &Reply, what: &str) {
    assert_eq!(reply.status, StatusCode::SERVICE_UNAVAILABLE, "{what}: {}", reply.title());
    assert!(reply.body.contains("Sorry, there is a problem with the service"), "{what}: {}", reply.title());
    assert!(reply.body.contains("govuk-template"), "{what}: a GOV.UK page");
    for technical in ["panicked", "dynamodb", "DispatchFailure", "Connection refused", "src/", "stack backtrace"] {
        assert!(!reply.body.contains(technical), "{what}: nothing technical is shown ({technical})");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn when_dynamodb_stops_mid_journey_pages_say_sorry_keep_the_answer_and_the_journey_continues_after() {
    let folder = std::env::temp_dir().join(format!("cms-intake-faults-{}", intake::SessionId::new().as_str()));
    std::fs::create_dir_all(&folder).expect("a folder for the tables");
    let dynamodb = OwnDynamoDbLocal::start(free_port(), folder.clone());
    let config =
        Config { table_name: "faults".into(), dynamodb_endpoint: Some(format!("http://127.0.0.1:{}", dynamodb.port)) };
    let store = Store::connect(&config).await;
    store.create_table_if_missing().await.expect("table created");
    let mut browser = Browser::new(apply::router(apply::AppState::new(store.clone())));

    // Part of the way through: where they live and their role are saved.
    browser.start_application().await;
    let example = examples::application(Which::Plain).expect("the example");
    let (answered, rest) = example.split_at(2);
    for (step, fields) in answered {
        assert_eq!(browser.answer(step.path(), fields).await.status, StatusCode::SEE_OTHER, "{step:?}");
    }
    let (next_path, next_fields) = (rest[0].0.path(), rest[0].1);
    let question = browser.get(next_path).await;
    let token = question.csrf_token().expect("the question's form");

    let port = dynamodb.stop();

    // The answer posted now cannot be saved: the page again, with the answer still chosen and the form's token.
    let mut posted = vec![("csrf_token", token.as_str())];
    posted.extend_from_slice(next_fields);
    let unsaved = browser.post(next_path, &posted).await;
    assert_sorry_page(&unsaved, "posting an answer");
    let (field, value) = next_fields[0];
    assert!(
        unsaved.body.contains(&format!(r#"name="{field}" type="radio" value="{value}" checked"#)),
        "the answer just posted is still chosen"
    );
    assert_eq!(unsaved.csrf_token().as_deref(), Some(token.as_str()), "so that Continue works once it is back");
    // Every other page that needs the store says the same.
    for path in [next_path, "/your-name", "/check-your-answers", "/application-sent"] {
        assert_sorry_page(&browser.get(path).await, &format!("GET {path}"));
    }
    // A child's question names its child, whom only the draft knows: not the page that adds a child (as it was), but
    // the problem page, keeping the answer as posted for Try again.
    let child_benefit = [("csrf_token", token.as_str()), (child_benefit::FIELD, "no")];
    let child_answer = browser.post(Step::ChildBenefit.path(), &child_benefit).await;
    assert_sorry_page(&child_answer, "posting a child's answer");
    assert!(
        child_answer.body.contains(&format!(r#"<input type="hidden" name="{}" value="no">"#, child_benefit::FIELD)),
        "the child's answer is kept to send again"
    );
    assert_eq!(child_answer.csrf_token().as_deref(), Some(token.as_str()), "with the form's token, once");
    assert!(!child_answer.body.contains(add_child::FULL_NAME), "not the page that adds a child");
    assert_sorry_page(&browser.post("/check-your-answers", &[("csrf_token", &token)]).await, "sending");
    assert_sorry_page(&Browser::new(browser_app(&store)).start_application().await, "starting an application");

    let dynamodb = OwnDynamoDbLocal::start(port, folder.clone());

    // Continue on the re-shown page, as the applicant would: saved now, and on to the next question.
    let saved = browser.post(next_path, &posted).await;
    assert_eq!((saved.status, saved.location()), (StatusCode::SEE_OTHER, Some(rest[1].0.path())), "{}", saved.title());
    for page in &rest[1..] {
        let reply = browser.answer(page.0.path(), &examples::form_fields(page)).await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{:?}", page.0);
    }
    let check = browser.get("/check-your-answers").await;
    let sent = browser.post("/check-your-answers", &[("csrf_token", &check.csrf_token().expect("token"))]).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.title());
    let confirmation = browser.get("/application-sent").await;
    let shown =
        confirmation.body.split("<strong>").nth(1).and_then(|s| s.split("</strong>").next()).expect("reference");
    let reference = Reference::parse(shown).expect("a reference");

    // Nothing lost: the answers from before the outage and the one posted during it are in the application.
    let application = store.load_application(&reference).await.expect("read").expect("stored");
    let answers = &application.answers;
    assert_eq!(answers.where_you_live, Some(intake::eligibility::Country::England));
    assert!(answers.your_role.is_some(), "the role given before the outage");
    assert!(answers.court_order.is_some(), "the answer posted during the outage, then again");
    drop(dynamodb);
    let _ = std::fs::remove_dir_all(folder);
}

/// A second router on the same (stopped) store: a new visitor.
fn browser_app(store: &Store) -> axum::Router {
    apply::router(apply::AppState::new(store.clone()))
}
