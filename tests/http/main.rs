//! End-to-end HTTP tests: the real routers, the real DynamoDB Local.

// Test code: a failed expectation is the test failing.
#![allow(clippy::expect_used, clippy::panic, clippy::unwrap_used)]

mod bad_input;
mod casework;
mod erasure;
mod faults;
mod handover_feed;
mod headers;
mod journey;
mod leavers;
mod pages;
mod robustness;
mod safety;
mod session_keys;
mod welsh;
