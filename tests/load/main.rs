//! The load tool (issue 7): drives simulated applicants through the whole journey against a running service, and
//! compares any two URLs' throughput.
//!
//!     load journeys --base-url http://localhost:3000 [--journeys 200] [--concurrency 50] [--table NAME]
//!                   [--server-pid PID] [--per-route]
//!     load compare  --url URL_A --url URL_B [--requests 20000] [--concurrency 50] [--rounds 3]
//!
//! `journeys` is also a test: it exits non-zero if any response was a 5xx or not what the journey expects, or if,
//! with `--table` (DynamoDB Local's endpoint from `DYNAMODB_ENDPOINT`), the applications stored are not exactly
//! the references the confirmation pages showed. It never asserts on time: the figures are measurements, written
//! down in docs/performance.md.

mod compare;
mod journeys;
mod stats;

use std::process::ExitCode;

/// Command-line options, as `--name value` pairs after the command.
pub struct Options {
    pairs: Vec<(String, String)>,
    flags: Vec<String>,
}

impl Options {
    fn parse(args: impl Iterator<Item = String>) -> Result<Self, String> {
        let mut pairs = Vec::new();
        let mut flags = Vec::new();
        let mut args = args.peekable();
        while let Some(arg) = args.next() {
            let Some(name) = arg.strip_prefix("--") else { return Err(format!("unexpected argument {arg:?}")) };
            match args.peek() {
                Some(value) if !value.starts_with("--") => {
                    pairs.push((name.to_owned(), args.next().unwrap_or_default()))
                }
                _ => flags.push(name.to_owned()),
            }
        }
        Ok(Self { pairs, flags })
    }

    pub fn one(&self, name: &str) -> Option<&str> {
        self.pairs.iter().rev().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    pub fn all(&self, name: &str) -> Vec<&str> {
        self.pairs.iter().filter(|(n, _)| n == name).map(|(_, v)| v.as_str()).collect()
    }

    pub fn required(&self, name: &str) -> Result<&str, String> {
        self.one(name).ok_or_else(|| format!("--{name} is required"))
    }

    pub fn number(&self, name: &str, default: usize) -> Result<usize, String> {
        self.one(name).map_or(Ok(default), |v| v.parse().map_err(|_| format!("--{name} must be a whole number")))
    }

    pub fn flag(&self, name: &str) -> bool {
        self.flags.iter().any(|f| f == name)
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let command = args.next().unwrap_or_default();
    let options = match Options::parse(args) {
        Ok(options) => options,
        Err(message) => return usage(&message),
    };
    let outcome = match command.as_str() {
        "journeys" => journeys::run(&options).await,
        "compare" => compare::run(&options).await,
        _ => return usage("the command is journeys or compare"),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("FAILED: {message}");
            ExitCode::FAILURE
        }
    }
}

fn usage(message: &str) -> ExitCode {
    eprintln!("{message}\n\nusage: see the top of tests/load/main.rs");
    ExitCode::from(2)
}

/// An HTTP client that does not follow redirects (each request of the journey is counted and checked) and keeps no
/// cookies of its own (each simulated applicant has its own jar).
pub fn client() -> Result<reqwest::Client, String> {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(256)
        .build()
        .map_err(|e| format!("HTTP client: {e}"))
}
