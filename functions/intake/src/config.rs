//! Configuration read once, in `main`, from the environment the function is deployed with.

use std::env;

/// Where the service keeps its data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// The one DynamoDB table (docs/design.md, "Data: one DynamoDB table").
    pub table_name: String,
    /// Set only locally and in tests, to reach DynamoDB Local; in AWS the SDK's regional endpoint is used.
    pub dynamodb_endpoint: Option<String>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ConfigError {
    #[error("{0} must be set")]
    Missing(&'static str),
}

impl Config {
    pub const TABLE_NAME: &'static str = "TABLE_NAME";
    pub const DYNAMODB_ENDPOINT: &'static str = "DYNAMODB_ENDPOINT";

    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|key| env::var(key).ok())
    }

    /// The same rules as [`Config::from_env`], from any source of variables (so they can be tested without
    /// touching the process environment).
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let non_empty = |key: &str| lookup(key).filter(|value| !value.trim().is_empty());
        Ok(Self {
            table_name: non_empty(Self::TABLE_NAME).ok_or(ConfigError::Missing(Self::TABLE_NAME))?,
            dynamodb_endpoint: non_empty(Self::DYNAMODB_ENDPOINT),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lookup<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |key| pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| v.to_string())
    }

    #[test]
    fn table_name_is_required() {
        assert_eq!(Config::from_lookup(lookup(&[])), Err(ConfigError::Missing("TABLE_NAME")));
        assert_eq!(Config::from_lookup(lookup(&[("TABLE_NAME", " ")])), Err(ConfigError::Missing("TABLE_NAME")));
    }

    #[test]
    fn endpoint_is_optional() {
        let config = Config::from_lookup(lookup(&[("TABLE_NAME", "t")])).expect("valid");
        assert_eq!(config.dynamodb_endpoint, None);
        let config =
            Config::from_lookup(lookup(&[("TABLE_NAME", "t"), ("DYNAMODB_ENDPOINT", "http://127.0.0.1:8000")]))
                .expect("valid");
        assert_eq!(config.dynamodb_endpoint.as_deref(), Some("http://127.0.0.1:8000"));
    }
}
