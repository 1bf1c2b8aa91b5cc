//! Caseworkers' sign-ins and sessions, kept server-side so that the browser holds only a random id, and the table
//! only its hash ([`SessionKey`]).
//!
//! - A sign-in in progress (`pk=SIGNIN#<hash of the state>`, 10 minutes): the PKCE verifier and nonce for the
//!   `state` sent to the identity provider. Taken exactly once, when the provider sends the caseworker back. The
//!   `state` is hashed too, though it lives 10 minutes and travels in the provider's redirect: with the sign-in
//!   cookie it is what finishes a sign-in, and the item beside it holds the PKCE verifier, so someone who could read
//!   both from the table and came by the authorization code would need nothing else.
//! - A caseworker's session (`pk=STAFF#<hash of the id>`, 8 hours, a working day): who they are, as the verified
//!   ID token said, the session's CSRF token, the provider's refresh token (sealed: [`seal_refresh_token`]) and when
//!   the provider last said they may still sign in (`checked_at`). Signing out deletes it.
//!
//! Leavers (issue 14, point 6): a caseworker disabled at the identity provider must lose access within
//! [`STAFF_SESSION_RECHECK_INTERVAL`]. The casework function checks a session older than that with the provider
//! (the refresh token grant); only one request at a time does so ([`Store::claim_staff_session_check`]), because a
//! provider that rotates refresh tokens treats a second use of the old one as a theft and revokes them all
//! (RFC 9700, section 4.14.2). The design is in docs/design.md, "Leavers".

use std::collections::HashMap;

use aws_lc_rs::aead::{AES_256_GCM, Aad, NONCE_LEN, Nonce, RandomizedNonceKey};
use aws_lc_rs::hkdf;
use aws_sdk_dynamodb::primitives::Blob;
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

/// How long a caseworker's session is trusted without asking the identity provider again whether they may still
/// sign in: the bound on how long a leaver (disabled, or signed out everywhere, at the provider) keeps access. The
/// issue sets it (issue 14, point 6: "loses access within 5 minutes"); each check is one request to the
/// provider's token endpoint, so a caseworker busy all day costs about 100 of them.
pub const STAFF_SESSION_RECHECK_INTERVAL: time::Duration = time::Duration::minutes(5);

/// How long one request's claim to check a session with the provider holds others off
/// ([`Store::claim_staff_session_check`]). Longer than the casework function's timeout for the provider (5 seconds),
/// so a claim is only taken over from a request that died (a Lambda stopped mid-check), never from one still
/// waiting for its answer.
pub const STAFF_SESSION_CHECK_CLAIM_TIMEOUT: time::Duration = time::Duration::seconds(30);

/// A refresh token from the identity provider: a credential that gets new ID tokens for a caseworker, so it never
/// appears in a log (its `Debug` says nothing of it) and is stored only sealed ([`seal_refresh_token`]).
#[derive(Clone, PartialEq, Eq)]
pub struct RefreshToken(String);

impl RefreshToken {
    pub fn new(token: impl Into<String>) -> Self {
        Self(token.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for RefreshToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RefreshToken(..)")
    }
}

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
    /// When the identity provider last said this caseworker may still sign in: at sign-in, then at each check.
    pub checked_at: OffsetDateTime,
    /// What the next check presents to the provider.
    pub refresh_token: RefreshToken,
}

impl StaffSession {
    /// Whether the provider must be asked again before this session is trusted at `now`.
    pub fn needs_check(&self, now: OffsetDateTime) -> bool {
        now >= self.checked_at + STAFF_SESSION_RECHECK_INTERVAL
    }
}

/// Whether a request may check a session with the provider ([`Store::claim_staff_session_check`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckClaim {
    /// This request checks it; it must then [`Store::record_staff_session_check`],
    /// [`Store::end_staff_session`] or [`Store::abandon_staff_session_check`].
    Claimed,
    /// Another request is checking it, or has just done so, or the session has gone: look again.
    Taken,
}

/// The key a session's refresh token is sealed with: HKDF-SHA256 (RFC 5869) of the session id, which the table
/// never holds (only its SHA-256 under another label, `SessionKey::of`), so reading the table gives nobody the
/// refresh token, and so nobody a way to get ID tokens for a caseworker from the provider (the casework app client
/// is public, with no secret: the refresh token alone is enough there). The id's 128 random bits are the key's
/// strength; the label keeps this key apart from every other use of the id.
fn refresh_token_key(id: &SessionId) -> Option<RandomizedNonceKey> {
    const LABEL: &[u8] = b"cms-intake caseworker refresh token key\n";
    let pseudo_random_key = hkdf::Salt::new(hkdf::HKDF_SHA256, LABEL).extract(id.as_str().as_bytes());
    let mut key = [0u8; 32];
    pseudo_random_key.expand(&[LABEL], &AES_256_GCM).ok()?.fill(&mut key).ok()?;
    RandomizedNonceKey::new(&AES_256_GCM, &key).ok()
}

/// Seals a refresh token for the session `id`, for the item `partition`: AES-256-GCM under [`refresh_token_key`]
/// with a random nonce, stored as the nonce then the ciphertext and its tag. The item's partition key is the
/// associated data, so a sealed token copied into another session's item does not open. AES-GCM because aws-lc-rs
/// (already linked into the functions by rustls and jsonwebtoken) has it, and a random 96-bit nonce is safe for
/// the few seals one key ever makes (one a check, about 100 a session).
fn seal_refresh_token(id: &SessionId, partition: &str, token: &RefreshToken) -> Option<Vec<u8>> {
    let key = refresh_token_key(id)?;
    let mut sealed = token.as_str().as_bytes().to_vec();
    let nonce = key.seal_in_place_append_tag(Aad::from(partition.as_bytes()), &mut sealed).ok()?;
    Some([nonce.as_ref().as_slice(), &sealed].concat())
}

/// Opens what [`seal_refresh_token`] sealed, or `None` if it was sealed for another session or item, or altered.
fn open_refresh_token(id: &SessionId, partition: &str, sealed: &[u8]) -> Option<RefreshToken> {
    let key = refresh_token_key(id)?;
    if sealed.len() < NONCE_LEN {
        return None;
    }
    let (nonce, ciphertext) = sealed.split_at(NONCE_LEN);
    let nonce = Nonce::try_assume_unique_for_key(nonce).ok()?;
    let mut opened = ciphertext.to_vec();
    let plain = key.open_in_place(nonce, Aad::from(partition.as_bytes()), &mut opened).ok()?;
    String::from_utf8(plain.to_vec()).ok().map(RefreshToken)
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

/// A moment as stored in a session's `checked_at` and `check_claimed_at`: epoch seconds, so that conditions can
/// compare them.
fn moment(at: OffsetDateTime) -> AttributeValue {
    AttributeValue::N(at.unix_timestamp().to_string())
}

fn teams_attribute(caseworker: &Caseworker) -> AttributeValue {
    AttributeValue::L(caseworker.teams.iter().map(|team| AttributeValue::S(team.as_str().to_owned())).collect())
}

fn is_conditional_check_failed<R>(
    error: &aws_sdk_dynamodb::error::SdkError<aws_sdk_dynamodb::operation::update_item::UpdateItemError, R>,
) -> bool {
    error.as_service_error().is_some_and(|error| error.is_conditional_check_failed_exception())
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

    /// Starts a session for a caseworker whose ID token was verified, keeping the provider's refresh token (sealed)
    /// for the checks to come.
    pub async fn start_staff_session(
        &self,
        caseworker: &Caseworker,
        refresh_token: &RefreshToken,
        now: OffsetDateTime,
    ) -> Result<StaffSession, StoreError> {
        const OPERATION: &str = "PutItem staff session";
        let session = StaffSession {
            id: SessionId::new(),
            csrf_token: CsrfToken::new(),
            caseworker: caseworker.clone(),
            expires_at: now + STAFF_SESSION_LIFETIME,
            checked_at: now,
            refresh_token: refresh_token.clone(),
        };
        let session_key = SessionKey::of(&session.id);
        let sealed = seal_refresh_token(&session.id, session_key.partition(), refresh_token)
            .ok_or(StoreError::Unavailable { operation: OPERATION, code: "sealing failed".into() })?;
        let mut item = staff_key(&session_key);
        item.insert("csrf_token".into(), AttributeValue::S(session.csrf_token.as_str().to_owned()));
        item.insert("caseworker_id".into(), AttributeValue::S(caseworker.id.clone()));
        item.insert("caseworker_name".into(), AttributeValue::S(caseworker.name.clone()));
        item.insert("teams".into(), teams_attribute(caseworker));
        item.insert("checked_at".into(), moment(now));
        item.insert("refresh_token".into(), AttributeValue::B(Blob::new(sealed)));
        item.insert(TABLE.time_to_live_attribute.into(), expiry(session.expires_at));
        self.client
            .put_item()
            .table_name(&self.table_name)
            .set_item(Some(item))
            .condition_expression("attribute_not_exists(pk)")
            .send()
            .await
            .map_err(unavailable(OPERATION))?;
        Ok(session)
    }

    /// The caseworker's live session, or `None` if it never existed, was ended, or has expired. A session stored
    /// before sessions were checked with the provider (no `checked_at` or refresh token) cannot be checked, so it is
    /// `None` too: that caseworker signs in again.
    pub async fn load_staff_session(
        &self,
        id: &SessionId,
        now: OffsetDateTime,
    ) -> Result<Option<StaffSession>, StoreError> {
        const OPERATION: &str = "GetItem staff session";
        let session_key = SessionKey::of(id);
        let Some(item) = self.get(staff_key(&session_key), OPERATION).await? else { return Ok(None) };
        if has_expired(&item, now) {
            return Ok(None);
        }
        let number = |name: &str| item.get(name).and_then(|v| v.as_n().ok()).and_then(|n| n.parse::<i64>().ok());
        let checked_at = number("checked_at").and_then(|at| OffsetDateTime::from_unix_timestamp(at).ok());
        let sealed = item.get("refresh_token").and_then(|v| v.as_b().ok());
        let (Some(checked_at), Some(sealed)) = (checked_at, sealed) else { return Ok(None) };
        let Some(refresh_token) = open_refresh_token(id, session_key.partition(), sealed.as_ref()) else {
            return Err(StoreError::Unreadable { operation: OPERATION });
        };
        let text = |name: &str| item.get(name).and_then(|v| v.as_s().ok()).cloned();
        let session = (|| {
            let teams = item.get("teams")?.as_l().ok()?;
            Some(StaffSession {
                checked_at,
                refresh_token,
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

    /// Claims the check of `session` with the provider for this request, if the session is as this request read it
    /// (not checked since) and no other request holds an unexpired claim ([`STAFF_SESSION_CHECK_CLAIM_TIMEOUT`]).
    /// One conditional write decides among concurrent requests, so only one of them presents the refresh token: a
    /// provider that rotates refresh tokens revokes them all when an old one is presented again (oidc-provider
    /// does; Cognito with rotation too), which would sign the caseworker out for having two tabs.
    pub async fn claim_staff_session_check(
        &self,
        session: &StaffSession,
        now: OffsetDateTime,
    ) -> Result<CheckClaim, StoreError> {
        let result = self
            .client
            .update_item()
            .table_name(&self.table_name)
            .set_key(Some(staff_key(&SessionKey::of(&session.id))))
            .update_expression("SET check_claimed_at = :now")
            .condition_expression(
                "attribute_exists(pk) AND checked_at = :seen \
                 AND (attribute_not_exists(check_claimed_at) OR check_claimed_at <= :stale)",
            )
            .expression_attribute_values(":now", moment(now))
            .expression_attribute_values(":seen", moment(session.checked_at))
            .expression_attribute_values(":stale", moment(now - STAFF_SESSION_CHECK_CLAIM_TIMEOUT))
            .send()
            .await;
        match result {
            Ok(_) => Ok(CheckClaim::Claimed),
            Err(error) if is_conditional_check_failed(&error) => Ok(CheckClaim::Taken),
            Err(error) => Err(unavailable("UpdateItem staff session claim")(error)),
        }
    }

    /// Records a check the provider passed, at `now` (the claim's time): who the caseworker is now (the provider's
    /// word on their name and teams), and the refresh token it rotated to, if it did. Only while this request's
    /// claim holds; if it was taken over, the other request's outcome stands.
    pub async fn record_staff_session_check(
        &self,
        id: &SessionId,
        caseworker: &Caseworker,
        rotated: Option<&RefreshToken>,
        now: OffsetDateTime,
    ) -> Result<(), StoreError> {
        const OPERATION: &str = "UpdateItem staff session check";
        let session_key = SessionKey::of(id);
        let mut update = self
            .client
            .update_item()
            .table_name(&self.table_name)
            .set_key(Some(staff_key(&session_key)))
            .condition_expression("check_claimed_at = :now")
            .expression_attribute_values(":now", moment(now))
            .expression_attribute_values(":name", AttributeValue::S(caseworker.name.clone()))
            .expression_attribute_values(":teams", teams_attribute(caseworker));
        let mut set = "SET checked_at = :now, caseworker_name = :name, teams = :teams".to_owned();
        if let Some(rotated) = rotated {
            let sealed = seal_refresh_token(id, session_key.partition(), rotated)
                .ok_or(StoreError::Unavailable { operation: OPERATION, code: "sealing failed".into() })?;
            set.push_str(", refresh_token = :token");
            update = update.expression_attribute_values(":token", AttributeValue::B(Blob::new(sealed)));
        }
        match update.update_expression(format!("{set} REMOVE check_claimed_at")).send().await {
            Ok(_) => Ok(()),
            Err(error) if is_conditional_check_failed(&error) => Ok(()),
            Err(error) => Err(unavailable(OPERATION)(error)),
        }
    }

    /// Gives up this request's claim without a check (the provider could not be reached), so that the next request
    /// tries again at once, and the session is never trusted unchecked meanwhile.
    pub async fn abandon_staff_session_check(
        &self,
        id: &SessionId,
        claimed_at: OffsetDateTime,
    ) -> Result<(), StoreError> {
        let result = self
            .client
            .update_item()
            .table_name(&self.table_name)
            .set_key(Some(staff_key(&SessionKey::of(id))))
            .update_expression("REMOVE check_claimed_at")
            .condition_expression("check_claimed_at = :claimed")
            .expression_attribute_values(":claimed", moment(claimed_at))
            .send()
            .await;
        match result {
            Ok(_) => Ok(()),
            Err(error) if is_conditional_check_failed(&error) => Ok(()),
            Err(error) => Err(unavailable("UpdateItem staff session abandon check")(error)),
        }
    }

    /// Ends a caseworker's session (signing out). Ending one that is gone already is fine.
    pub async fn end_staff_session(&self, id: &SessionId) -> Result<(), StoreError> {
        self.delete(staff_key(&SessionKey::of(id)), "DeleteItem staff session").await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARTITION: &str = "STAFF#the-hash-of-the-id";

    #[test]
    fn a_sealed_refresh_token_opens_only_with_its_session_id_and_item() {
        let id = SessionId::new();
        let token = RefreshToken::new("a-refresh-token-from-the-provider");
        let sealed = seal_refresh_token(&id, PARTITION, &token).expect("sealed");
        assert!(
            !sealed.windows(token.as_str().len()).any(|window| window == token.as_str().as_bytes()),
            "not in clear"
        );
        assert_ne!(sealed, seal_refresh_token(&id, PARTITION, &token).expect("sealed"), "a fresh nonce each time");
        assert_eq!(open_refresh_token(&id, PARTITION, &sealed), Some(token));
        assert_eq!(open_refresh_token(&SessionId::new(), PARTITION, &sealed), None, "another session's key");
        assert_eq!(open_refresh_token(&id, "STAFF#another-item", &sealed), None, "another item");
        let mut altered = sealed.clone();
        if let Some(last) = altered.last_mut() {
            *last ^= 1;
        }
        assert_eq!(open_refresh_token(&id, PARTITION, &altered), None, "altered");
        assert_eq!(open_refresh_token(&id, PARTITION, &sealed[..NONCE_LEN - 1]), None, "too short");
    }

    #[test]
    fn a_refresh_token_is_never_debug_printed() {
        assert_eq!(format!("{:?}", RefreshToken::new("secret-value")), "RefreshToken(..)");
    }
}
