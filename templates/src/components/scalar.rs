//! Deserialising helpers for option values that govuk-frontend's fixtures (and Nunjucks callers) give as numbers
//! as readily as strings, such as an item's `value` or a date part: Nunjucks prints either as text.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer};

#[derive(Deserialize)]
#[serde(untagged)]
enum Scalar {
    Text(String),
    Int(i64),
    Float(f64),
}

impl From<Scalar> for String {
    fn from(scalar: Scalar) -> Self {
        match scalar {
            Scalar::Text(text) => text,
            Scalar::Int(int) => int.to_string(),
            Scalar::Float(float) => float.to_string(),
        }
    }
}

/// `#[serde(default, deserialize_with = "...")]` for an `Option<String>` that may be given as a number.
pub(crate) fn opt_string<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    Ok(Option::<Scalar>::deserialize(deserializer)?.map(String::from))
}

/// `#[serde(default, deserialize_with = "...")]` for a map of names to values that may be given as numbers.
pub(crate) fn opt_string_map<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<BTreeMap<String, String>>, D::Error> {
    let map = Option::<BTreeMap<String, Scalar>>::deserialize(deserializer)?;
    Ok(map.map(|map| map.into_iter().map(|(name, value)| (name, value.into())).collect()))
}
