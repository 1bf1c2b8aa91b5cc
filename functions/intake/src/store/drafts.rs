//! Drafts: an applicant's answers before they send them, one item per session, gone after 24 hours. Stored under
//! the hash of the session id ([`SessionKey`]), never the id.

use std::collections::HashMap;

use aws_sdk_dynamodb::types::AttributeValue;
use time::OffsetDateTime;

use super::session_keys::{Applicant, SessionKey};
use super::{Store, StoreError, unavailable};
use crate::answers::Answers;
use crate::reference::Reference;
use crate::session::{CsrfToken, SessionId};
use crate::table::TABLE;

/// How long a draft lives after its last save (issue: drafts with a 24-hour TTL).
pub const DRAFT_LIFETIME: time::Duration = time::Duration::hours(24);

const DRAFT_SORT_KEY: &str = "DRAFT";

/// An applicant's unsent application: their answers, the session's CSRF token, and the reference the
/// application will have. The reference is chosen when the draft is made, so that every attempt to send it
/// (a double click, a retry, a second tab) names the same application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub session: SessionId,
    pub csrf_token: CsrfToken,
    pub reference: Reference,
    pub answers: Answers,
    /// Which page of the safety section its one URL shows now, as the journey writes it
    /// (`questions::journey::SafetyPage`): kept with the draft, read back as it was written.
    pub safety_page: Option<String>,
    pub expires_at: OffsetDateTime,
}

impl Draft {
    /// A new, empty draft for a new session.
    pub fn new(now: OffsetDateTime) -> Self {
        Self {
            session: SessionId::new(),
            csrf_token: CsrfToken::new(),
            reference: Reference::new(),
            answers: Answers::default(),
            safety_page: None,
            expires_at: expiry_from(now),
        }
    }

    pub fn is_expired(&self, now: OffsetDateTime) -> bool {
        self.expires_at <= now
    }
}

/// When a draft saved at `now` expires, to the second: DynamoDB's TTL attribute is whole epoch seconds.
pub(super) fn expiry_from(now: OffsetDateTime) -> OffsetDateTime {
    let expiry = now + DRAFT_LIFETIME;
    expiry.replace_nanosecond(0).unwrap_or(expiry)
}

/// Everything an applicant's session's items share: `DRAFT#<hash of the session id>` (its draft, and its receipt
/// once sent).
pub(super) type ApplicantKey = SessionKey<Applicant>;

pub(super) fn draft_key(session: &ApplicantKey) -> HashMap<String, AttributeValue> {
    HashMap::from([
        (TABLE.partition_key.name.to_owned(), session.attribute()),
        (TABLE.sort_key.name.to_owned(), AttributeValue::S(DRAFT_SORT_KEY.to_owned())),
    ])
}

impl Store {
    /// The draft for `session`, or `None` if there is none or it has expired (DynamoDB's TTL deletes lazily).
    pub async fn load_draft(&self, session: &SessionId, now: OffsetDateTime) -> Result<Option<Draft>, StoreError> {
        const OPERATION: &str = "GetItem draft";
        // The applicant's own last write must be visible on the very next page: `get` reads consistently.
        let Some(item) = self.get(draft_key(&SessionKey::of(session)), OPERATION).await? else { return Ok(None) };
        let draft = draft_from_item(session.clone(), &item).ok_or(StoreError::Unreadable { operation: OPERATION })?;
        Ok((!draft.is_expired(now)).then_some(draft))
    }

    /// Saves the draft, extending its life to [`DRAFT_LIFETIME`] from `now`.
    pub async fn save_draft(&self, draft: &mut Draft, now: OffsetDateTime) -> Result<(), StoreError> {
        const OPERATION: &str = "PutItem draft";
        draft.expires_at = expiry_from(now);
        self.client
            .put_item()
            .table_name(&self.table_name)
            .set_item(Some(draft_item(draft, OPERATION)?))
            .send()
            .await
            .map_err(unavailable("PutItem draft"))?;
        Ok(())
    }

    /// Deletes the draft and any receipt (Exit this page). Deleting what is not there is not an error.
    pub async fn delete_draft(&self, session: &SessionId) -> Result<(), StoreError> {
        let session = SessionKey::of(session);
        for key in [draft_key(&session), super::applications::receipt_key(&session)] {
            self.delete(key, "DeleteItem draft").await?;
        }
        Ok(())
    }
}

/// The draft as its item: written by [`Store::save_draft`], and in the transaction that sends an urgent request.
pub(super) fn draft_item(
    draft: &Draft,
    operation: &'static str,
) -> Result<HashMap<String, AttributeValue>, StoreError> {
    let answers = serde_json::to_string(&draft.answers).map_err(|_| StoreError::Unreadable { operation })?;
    let mut item = draft_key(&SessionKey::of(&draft.session));
    item.insert("answers".into(), AttributeValue::S(answers));
    item.insert("csrf_token".into(), AttributeValue::S(draft.csrf_token.as_str().to_owned()));
    item.insert("reference".into(), AttributeValue::S(draft.reference.as_str().to_owned()));
    if let Some(page) = &draft.safety_page {
        item.insert("safety_page".into(), AttributeValue::S(page.clone()));
    }
    item.insert(TABLE.time_to_live_attribute.into(), AttributeValue::N(draft.expires_at.unix_timestamp().to_string()));
    Ok(item)
}

fn draft_from_item(session: SessionId, item: &HashMap<String, AttributeValue>) -> Option<Draft> {
    let answers = serde_json::from_str(item.get("answers")?.as_s().ok()?).ok()?;
    let csrf_token = CsrfToken::try_from(item.get("csrf_token")?.as_s().ok()?.clone()).ok()?;
    let reference = Reference::parse(item.get("reference")?.as_s().ok()?)?;
    let expires_at: i64 = item.get(TABLE.time_to_live_attribute)?.as_n().ok()?.parse().ok()?;
    Some(Draft {
        session,
        csrf_token,
        reference,
        answers,
        // Read as written; one the journey does not know is ignored there (the section shows where they are up to).
        safety_page: item.get("safety_page").and_then(|v| v.as_s().ok()).cloned(),
        expires_at: OffsetDateTime::from_unix_timestamp(expires_at).ok()?,
    })
}
