//! The three example applications (`questions::examples`) as JSON, for the browser tests (tests/browser/support.mjs)
//! to answer each page with what every other suite posts there:
//!
//!   cargo run -p end-to-end --bin example-applications
//!
//! `{"plain": [page, …], "disclosed": [page, …], "paying": [page, …]}`, each page `{"step", "path", "safety", "fields", "blankAccepted"}`
//! in the order the journey asks them, `fields` being the form's [name, value] pairs (a checkbox's name once per
//! value ticked; without the CSRF token and the safety section's `step`).

use questions::examples::{Met, Which, met};
use serde_json::{Value, json};

fn pages(which: Which) -> Result<Value, String> {
    let pages: Vec<Value> = met(which)?
        .into_iter()
        .map(|Met { step, post, blank_accepted }| {
            json!({
                "step": step.id(),
                "path": step.path(),
                "safety": step.is_safety(),
                "fields": post,
                "blankAccepted": blank_accepted,
            })
        })
        .collect();
    Ok(Value::Array(pages))
}

fn main() -> Result<(), String> {
    let mut examples = serde_json::Map::new();
    for which in Which::ALL {
        examples.insert(which.name().to_owned(), pages(which)?);
    }
    println!("{:#}", Value::Object(examples));
    Ok(())
}
