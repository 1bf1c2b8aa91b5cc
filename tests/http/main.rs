//! End-to-end HTTP tests: the real routers, the real DynamoDB Local.

mod headers;
mod journey;
mod robustness;
