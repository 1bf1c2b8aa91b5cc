//! The single DynamoDB table, defined once.
//!
//! Everything that needs the table's shape reads it from [`TABLE`]: the store creates the table locally from it,
//! and `infra/table-definition.json` is its serialisation, which a test here keeps equal to it and the CDK test
//! compares with the table CloudFormation will create. Keys follow docs/design.md, "Data: one DynamoDB table".

use serde::Serialize;

/// DynamoDB's attribute types for keys; every key here is a string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum KeyType {
    S,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct KeyAttribute {
    pub name: &'static str,
    #[serde(rename = "type")]
    pub key_type: KeyType,
}

/// Which attributes a GSI copies. `ALL` keeps the queue pages to one Query.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Projection {
    #[serde(rename = "ALL")]
    All,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GlobalSecondaryIndex {
    pub index_name: &'static str,
    pub partition_key: KeyAttribute,
    pub sort_key: KeyAttribute,
    pub projection: Projection,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TableDefinition {
    pub partition_key: KeyAttribute,
    pub sort_key: KeyAttribute,
    /// Epoch seconds after which DynamoDB may delete the item. Deletion is lazy (it can take days,
    /// <https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/howitworks-ttl.html>), so reads must
    /// also treat an expired item as absent.
    pub time_to_live_attribute: &'static str,
    pub global_secondary_indexes: &'static [GlobalSecondaryIndex],
}

const fn string_key(name: &'static str) -> KeyAttribute {
    KeyAttribute { name, key_type: KeyType::S }
}

/// The team queues: `QUEUE#<team>` / `<urgency>#<submitted_at>#<ref>`, sparse (removed on claim).
pub const QUEUE_INDEX: GlobalSecondaryIndex = GlobalSecondaryIndex {
    index_name: "gsi1",
    partition_key: string_key("gsi1pk"),
    sort_key: string_key("gsi1sk"),
    projection: Projection::All,
};

/// A caseworker's claimed applications: `CASEWORKER#<id>` / `<claimed_at>`.
pub const CASEWORKER_INDEX: GlobalSecondaryIndex = GlobalSecondaryIndex {
    index_name: "gsi2",
    partition_key: string_key("gsi2pk"),
    sort_key: string_key("gsi2sk"),
    projection: Projection::All,
};

/// The handover feed: each destination's records handed over and not yet acknowledged,
/// `HANDOVER#<destination>` / `<handed_over_at>#<record id>`, sparse (an acknowledgement removes the keys).
pub const HANDOVER_INDEX: GlobalSecondaryIndex = GlobalSecondaryIndex {
    index_name: "gsi3",
    partition_key: string_key("gsi3pk"),
    sort_key: string_key("gsi3sk"),
    projection: Projection::All,
};

pub const TABLE: TableDefinition = TableDefinition {
    partition_key: string_key("pk"),
    sort_key: string_key("sk"),
    time_to_live_attribute: "expires_at",
    global_secondary_indexes: &[QUEUE_INDEX, CASEWORKER_INDEX, HANDOVER_INDEX],
};

impl TableDefinition {
    /// The definition as the JSON the CDK parity test reads.
    pub fn to_json(&self) -> String {
        // Serialising plain structs of strings cannot fail.
        let mut json = serde_json::to_string_pretty(self).unwrap_or_default();
        json.push('\n');
        json
    }

    /// Every attribute that appears in a key of the table or an index, once each.
    pub fn key_attributes(&self) -> Vec<KeyAttribute> {
        let mut attributes = vec![self.partition_key, self.sort_key];
        for index in self.global_secondary_indexes {
            for key in [index.partition_key, index.sort_key] {
                if !attributes.contains(&key) {
                    attributes.push(key);
                }
            }
        }
        attributes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXPORTED: &str = include_str!("../../../infra/table-definition.json");

    /// The CDK test reads the exported JSON; if this fails, the Rust definition changed: regenerate the file
    /// with `cargo run -p intake --example table-definition > infra/table-definition.json` and let the CDK
    /// test tell you what the stack must change.
    #[test]
    fn exported_json_is_the_rust_definition() {
        let ours: serde_json::Value = serde_json::from_str(&TABLE.to_json()).expect("our JSON parses");
        let exported: serde_json::Value = serde_json::from_str(EXPORTED).expect("exported JSON parses");
        pretty_assertions::assert_eq!(ours, exported);
    }

    #[test]
    fn key_attributes_are_listed_once() {
        let names: Vec<_> = TABLE.key_attributes().iter().map(|k| k.name).collect();
        assert_eq!(names, ["pk", "sk", "gsi1pk", "gsi1sk", "gsi2pk", "gsi2sk", "gsi3pk", "gsi3sk"]);
    }
}
