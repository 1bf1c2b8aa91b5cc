//! Caseworkers' sign-ins and sessions, kept server-side so that the browser holds only a random id, and the table
//! only its hash ([`SessionKey`]).
//!
//! - A sign-in in progress (`pk=SIGNIN#<hash of the state>`, 10 minutes): the PKCE verifier and nonce for the
//!   `state` sent to the identity provider. Taken exactly once, when the provider sends the caseworker back. The
//!   `state` is hashed too, though it lives 10 minutes and travels in the provider's redirect: with the sign-in
//!   cookie it is what finishes a sign-in, and the item beside it holds the PKCE verifier, so someone who could read
//!   both from the table and came by the authorization code would need nothing else.
//! - A caseworker's session (`pk=STAFF#<hash of the id>`, 8 hours, a working day): who they are, as the verified
//!   ID token said, and the session's CSRF token. Signing out deletes it.

use std::collections::HashMap;

use aws_sdk_dynamodb::types::{AttributeValue, ReturnValue};
use time::OffsetDateTime;

use super::session_keys::{Caseworker as CaseworkerSession, SessionKey, SignInState};
use super::{Store, StoreError, has_expired, unavailable};
use crate::casework::Caseworker;
use crate::routing::Team;
use crate::session::{CsrfToken, SessionId};
use crate::table::TABLE;

pub const SIGN_IN_LIFETIME: time::Duration = time::Duration::minutes(10);
pub const STAFF_SESSION_LIFETIME: time::Duration = time::Duration::hours(8);

/// What the callback needs to finish a sign-in: the PKCE code verifier and the nonce the ID token must carry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignIn {
    pub code_verifier: String,
    pub nonce: String,
}

/// A signed-in caseworker's session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffSession {
    pub id: SessionId,
    pub csrf_token: CsrfToken,
    pub caseworker: Caseworker,
    pub expires_at: OffsetDateTime,
}

fn key(partition: AttributeValue, sort: &str) -> HashMap<String, AttributeValue> {
    HashMap::from([
        (TABLE.partition_key.name.to_owned(), partition),
        (TABLE.sort_key.name.to_owned(), AttributeValue::S(sort.to_owned())),
    ])
}

fn sign_in_key(state: &SessionKey<SignInState>) -> HashMap<String, AttributeValue> {
    key(state.attribute(), "SIGNIN")
}

fn staff_key(id: &SessionKey<CaseworkerSession>) -> HashMap<String, AttributeValue> {
    key(id.attribute(), "SESSION")
}

fn expiry(at: OffsetDateTime) -> AttributeValue {
    AttributeValue::N(at.unix_timestamp().to_string())
}

impl Store {
    /// Remembers a sign-in in progress under its `state`.
    pub async fn begin_sign_in(
        &self,
        state: &SessionId,
        sign_in: &SignIn,
        now: OffsetDateTime,
    ) -> Result<(), StoreError> {
        let mut item = sign_in_key(&SessionKey::of(state));
        item.insert("code_verifier".into(), AttributeValue::S(sign_in.code_verifier.clone()));
        item.insert("nonce".into(), AttributeValue::S(sign_in.nonce.clone()));
        item.insert(TABLE.time_to_live_attribute.into(), expiry(now + SIGN_IN_LIFETIME));
        self.client
            .put_item()
            .table_name(&self.table_name)
            .set_item(Some(item))
            .send()
            .await
            .map_err(unavailable("PutItem sign-in"))?;
        Ok(())
    }

    /// Takes the sign-in for `state`, once: it is deleted as it is read, so a replayed callback finds nothing.
    pub async fn finish_sign_in(&self, state: &SessionId, now: OffsetDateTime) -> Result<Option<SignIn>, StoreError> {
        const OPERATION: &str = "DeleteItem sign-in";
        let output = self
            .client
            .delete_item()
            .table_name(&self.table_name)
            .set_key(Some(sign_in_key(&SessionKey::of(state))))
            .return_values(ReturnValue::AllOld)
            .send()
            .await
            .map_err(unavailable(OPERATION))?;
        let Some(item) = output.attributes else { return Ok(None) };
        if has_expired(&item, now) {
            return Ok(None);
        }
        let text = |name: &str| item.get(name).and_then(|v| v.as_s().ok()).cloned();
        match (text("code_verifier"), text("nonce")) {
            (Some(code_verifier), Some(nonce)) => Ok(Some(SignIn { code_verifier, nonce })),
            _ => Err(StoreError::Unreadable { operation: OPERATION }),
        }
    }

    /// Starts a session for a caseworker whose ID token was verified.
    pub async fn start_staff_session(
        &self,
        caseworker: &Caseworker,
        now: OffsetDateTime,
    ) -> Result<StaffSession, StoreError> {
        let session = StaffSession {
            id: SessionId::new(),
            csrf_token: CsrfToken::new(),
            caseworker: caseworker.clone(),
            expires_at: now + STAFF_SESSION_LIFETIME,
        };
        let mut item = staff_key(&SessionKey::of(&session.id));
        item.insert("csrf_token".into(), AttributeValue::S(session.csrf_token.as_str().to_owned()));
        item.insert("caseworker_id".into(), AttributeValue::S(caseworker.id.clone()));
        item.insert("caseworker_name".into(), AttributeValue::S(caseworker.name.clone()));
        let teams = caseworker.teams.iter().map(|team| AttributeValue::S(team.as_str().to_owned())).collect();
        item.insert("teams".into(), AttributeValue::L(teams));
        item.insert(TABLE.time_to_live_attribute.into(), expiry(session.expires_at));
        self.client
            .put_item()
            .table_name(&self.table_name)
            .set_item(Some(item))
            .condition_expression("attribute_not_exists(pk)")
            .send()
            .await
            .map_err(unavailable("PutItem staff session"))?;
        Ok(session)
    }

    /// The caseworker's live session, or `None` if it never existed, was ended, or has expired.
    pub async fn load_staff_session(
        &self,
        id: &SessionId,
        now: OffsetDateTime,
    ) -> Result<Option<StaffSession>, StoreError> {
        const OPERATION: &str = "GetItem staff session";
        let Some(item) = self.get(staff_key(&SessionKey::of(id)), OPERATION).await? else { return Ok(None) };
        if has_expired(&item, now) {
            return Ok(None);
        }
        let text = |name: &str| item.get(name).and_then(|v| v.as_s().ok()).cloned();
        let session = (|| {
            let teams = item.get("teams")?.as_l().ok()?;
            Some(StaffSession {
                id: id.clone(),
                csrf_token: CsrfToken::try_from(text("csrf_token")?).ok()?,
                caseworker: Caseworker {
                    id: text("caseworker_id")?,
                    name: text("caseworker_name")?,
                    teams: teams.iter().map(|t| t.as_s().ok().and_then(|t| Team::parse(t))).collect::<Option<_>>()?,
                },
                expires_at: OffsetDateTime::from_unix_timestamp(
                    item.get(TABLE.time_to_live_attribute)?.as_n().ok()?.parse().ok()?,
                )
                .ok()?,
            })
        })();
        session.map(Some).ok_or(StoreError::Unreadable { operation: OPERATION })
    }

    /// Ends a caseworker's session (signing out). Ending one that is gone already is fine.
    pub async fn end_staff_session(&self, id: &SessionId) -> Result<(), StoreError> {
        self.delete(staff_key(&SessionKey::of(id)), "DeleteItem staff session").await
    }
}
