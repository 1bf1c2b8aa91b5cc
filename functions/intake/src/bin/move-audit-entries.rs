//! Moves audit entries written before the trail had a partition of its own into it (`intake::store::migrations`).
//! Once per deployed table, with an operator's credentials: `TABLE_NAME=<table> cargo run --release -p intake --bin
//! move-audit-entries` (infra/README.md, "Upgrading a table"). Safe to run again: what is moved is not found again.
//! It prints counts and, for entries it could not place, their references; never an entry's contents.

use std::process::ExitCode;

use intake::{Config, Store};

#[tokio::main]
async fn main() -> ExitCode {
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::FAILURE;
        }
    };
    let store = Store::connect(&config).await;
    match store.move_audit_entries().await {
        Ok(report) => {
            println!("moved {} audit entries to their own partitions", report.moved);
            if report.left > 0 {
                let references: Vec<&str> = report.left_references.iter().map(String::as_str).collect();
                println!(
                    "left {} whose application and request are both gone, so whose team is unknown: {}",
                    report.left,
                    references.join(", ")
                );
            }
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!(
                "{error}: nothing half-done is left (each entry moves in one transaction); run it again once that is mended"
            );
            ExitCode::FAILURE
        }
    }
}
