//! Moving data written by an earlier version into the layout this one reads. Run by hand, once per deployed table,
//! with an operator's credentials (infra/README.md, "Upgrading a table"); each move is idempotent, so a run that
//! stops half-way is finished by running it again.
//!
//! **Audit entries to their own partition.** Before the trail outlived its application (docs/design.md, "Audit
//! outlives the data"), entries were written into the application's partition (`APP#<ref>`, sort key
//! `AUDIT#<at>#<random>`), without the owning team, the reference or an expiry, and this version no longer reads
//! them there. Each is moved, in one transaction (put the new, delete the old), to `AUDIT#<ref>` under the same sort
//! key, with the reference, the team of the application (or of its urgent request: the domestic-abuse team's), and
//! its expiry counted from when it was written.

use std::collections::{BTreeSet, HashMap};

use aws_sdk_dynamodb::types::{AttributeValue, Delete, TransactWriteItem};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::applications::{APPLICATION_SORT_KEY, application_item_key};
use super::casework::{AUDIT_RETENTION, audit_partition, s};
use super::requests::REQUEST_SORT_KEY;
use super::transaction::Transacted;
use super::{Store, StoreError, unavailable};
use crate::reference::Reference;
use crate::routing::Team;
use crate::table::TABLE;

/// What a run of [`Store::move_audit_entries`] did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct AuditMove {
    /// Entries moved to their own partition.
    pub moved: usize,
    /// Entries left where they were because neither their application nor its request is there to say whose
    /// they are.
    pub left: usize,
    /// Their references, for someone to decide on.
    pub left_references: BTreeSet<String>,
}

impl Store {
    /// Moves every audit entry still in an application's partition to the trail's own: see the module's
    /// documentation. A scan of the whole table, so not for a function: for `move-audit-entries`.
    pub async fn move_audit_entries(&self) -> Result<AuditMove, StoreError> {
        const OPERATION: &str = "Scan old audit entries";
        let mut report = AuditMove::default();
        let mut teams: HashMap<String, Option<Team>> = HashMap::new();
        let mut start = None;
        loop {
            let page = self
                .client
                .scan()
                .table_name(&self.table_name)
                .filter_expression("begins_with(pk, :application) AND begins_with(sk, :audit)")
                .expression_attribute_values(":application", s("APP#"))
                .expression_attribute_values(":audit", s("AUDIT#"))
                .consistent_read(true)
                .set_exclusive_start_key(start)
                .send()
                .await
                .map_err(unavailable(OPERATION))?;
            for item in page.items() {
                let text = |name: &str| item.get(name).and_then(|v| v.as_s().ok());
                let reference = text(TABLE.partition_key.name)
                    .and_then(|pk| pk.strip_prefix("APP#"))
                    .and_then(Reference::parse)
                    .ok_or(StoreError::Unreadable { operation: OPERATION })?;
                let team = match teams.get(reference.as_str()) {
                    Some(team) => *team,
                    None => {
                        let team = self.team_of(&reference).await?;
                        teams.insert(reference.as_str().to_owned(), team);
                        team
                    }
                };
                match team {
                    Some(team) => {
                        self.move_audit_entry(&reference, team, item).await?;
                        report.moved += 1;
                    }
                    None => {
                        report.left += 1;
                        report.left_references.insert(reference.to_string());
                    }
                }
            }
            match page.last_evaluated_key {
                Some(key) => start = Some(key),
                None => return Ok(report),
            }
        }
    }

    /// Whose the reference's application is: its team, or the domestic-abuse team's if only its urgent request is
    /// there; `None` if neither is.
    async fn team_of(&self, reference: &Reference) -> Result<Option<Team>, StoreError> {
        const OPERATION: &str = "GetItem team";
        if let Some(application) = self.application_item(reference, APPLICATION_SORT_KEY, OPERATION).await? {
            let team = application.get("team").and_then(|v| v.as_s().ok()).and_then(|t| Team::parse(t));
            return team.map(Some).ok_or(StoreError::Unreadable { operation: OPERATION });
        }
        let request = self.application_item(reference, REQUEST_SORT_KEY, OPERATION).await?;
        Ok(request.map(|_| Team::DomesticAbuse))
    }

    async fn move_audit_entry(
        &self,
        reference: &Reference,
        team: Team,
        old: &HashMap<String, AttributeValue>,
    ) -> Result<(), StoreError> {
        const OPERATION: &str = "TransactWriteItems move audit entry";
        let unreadable = || StoreError::Unreadable { operation: OPERATION };
        let sort_key = old.get(TABLE.sort_key.name).and_then(|v| v.as_s().ok()).ok_or_else(unreadable)?;
        let at = old.get("at").and_then(|v| v.as_s().ok()).ok_or_else(unreadable)?;
        let written = OffsetDateTime::parse(at, &Rfc3339).map_err(|_| unreadable())?;
        let mut new = old.clone();
        new.extend([
            (TABLE.partition_key.name.to_owned(), audit_partition(reference)),
            ("reference".to_owned(), s(reference.as_str())),
            ("team".to_owned(), s(team.as_str())),
            (
                TABLE.time_to_live_attribute.to_owned(),
                AttributeValue::N((written + AUDIT_RETENTION).unix_timestamp().to_string()),
            ),
        ]);
        let delete = Delete::builder()
            .table_name(&self.table_name)
            .set_key(Some(application_item_key(reference, sort_key)))
            .build()
            .map_err(|_| StoreError::Unavailable { operation: OPERATION, code: "invalid request".into() })?;
        let items = vec![
            TransactWriteItem::builder().put(self.put_new(new, OPERATION)?).build(),
            TransactWriteItem::builder().delete(delete.clone()).build(),
        ];
        match self.transact(items, OPERATION).await? {
            Transacted::Done => Ok(()),
            // Already there (copied by hand, say: a run cannot stop between its put and its delete, which are one
            // transaction): only the old one goes.
            Transacted::Cancelled(why) if why.failed_condition(0) => {
                let delete = TransactWriteItem::builder().delete(delete).build();
                match self.transact(vec![delete], OPERATION).await? {
                    Transacted::Done => Ok(()),
                    _ => Err(StoreError::Unavailable { operation: OPERATION, code: "contended".into() }),
                }
            }
            _ => Err(StoreError::Unavailable { operation: OPERATION, code: "contended".into() }),
        }
    }
}
