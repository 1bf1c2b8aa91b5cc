//! What a session's items are stored under: a hash of the session id, never the id itself.
//!
//! A session id is a bearer credential: whoever sends it in the cookie is that session (an applicant's answers, a
//! caseworker's access). If items were keyed by the id, anyone who can read the table (a backup or export, the
//! console, a role with `Scan`) could copy a key into a cookie and take over a live session. So the store keys a
//! session's items by [`SessionKey`], which only [`SessionKey::of`] makes, from the id: the key functions of
//! `drafts`, `applications` and `staff` take a `SessionKey`, never a [`SessionId`], so no code in the store can put
//! the raw id into a key by mistake; and no item has the id in any attribute (the tests scan the raw table for it:
//! `tests/http/session_keys.rs`). The browser's cookie keeps the id; the table keeps only its hash.
//!
//! Three kinds of session, each with its partition prefix and a label of its own (docs/design.md, "Data"):
//!
//! | kind | cookie | partition key |
//! |---|---|---|
//! | [`Applicant`] | `__Host-session` | `DRAFT#<hash>` (the draft and the receipt) |
//! | [`SignInState`] | `__Host-casework-sign-in`, and the OIDC `state` | `SIGNIN#<hash>` |
//! | [`Caseworker`] | `__Host-casework` | `STAFF#<hash>` |
//!
//! The prefixes are those the items always had, so IAM's `dynamodb:LeadingKeys` conditions (`DRAFT#*` for apply,
//! infra/lib/functions.ts) are unchanged.

use std::fmt;
use std::marker::PhantomData;

use aws_sdk_dynamodb::types::AttributeValue;
use sha2::{Digest, Sha256};

use crate::session::SessionId;

mod sealed {
    pub trait Sealed {}
}

/// A kind of session: the partition prefix its items have, and the label its ids are hashed with. Sealed: the
/// three kinds below are all there are.
pub trait SessionKind: sealed::Sealed {
    /// The partition key's prefix, before `#`.
    const PREFIX: &'static str;
    /// Hashed before the id (domain separation): the same id never gives the same hash for two kinds, so a key of
    /// one kind says nothing about the items of another.
    const LABEL: &'static str;
}

/// An applicant's session: their draft and, once sent, their receipt.
#[derive(Debug)]
pub enum Applicant {}
/// A caseworker's sign-in in progress, named by the OIDC `state` (also in the sign-in cookie).
#[derive(Debug)]
pub enum SignInState {}
/// A caseworker's session after signing in.
#[derive(Debug)]
pub enum Caseworker {}

impl sealed::Sealed for Applicant {}
impl sealed::Sealed for SignInState {}
impl sealed::Sealed for Caseworker {}

impl SessionKind for Applicant {
    const PREFIX: &'static str = "DRAFT";
    const LABEL: &'static str = "cms-intake applicant session\n";
}

impl SessionKind for SignInState {
    const PREFIX: &'static str = "SIGNIN";
    const LABEL: &'static str = "cms-intake caseworker sign-in state\n";
}

impl SessionKind for Caseworker {
    const PREFIX: &'static str = "STAFF";
    const LABEL: &'static str = "cms-intake caseworker session\n";
}

/// The partition key of a session's items: `<PREFIX>#<lowercase hex SHA-256 of LABEL and the id>`.
///
/// A plain, unsalted SHA-256 is enough here, and a slow password hash (Argon2, scrypt) would add nothing: a
/// session id is not chosen by a person but is 128 random bits ([`SessionId::new`]), so there is no dictionary of
/// likely ids to try. Finding an id from its key means trying about 2^127 ids (SHA-256 is preimage-resistant), and
/// without the id the key is useless: the service only ever looks items up from the cookie's id, hashing it first.
/// No salt either: the same id must give the same key on every request, and there are no low-entropy inputs for a
/// precomputed table to cover.
pub struct SessionKey<K: SessionKind> {
    partition: String,
    kind: PhantomData<K>,
}

impl<K: SessionKind> SessionKey<K> {
    /// The key that `id`'s items of this kind are stored under.
    pub fn of(id: &SessionId) -> Self {
        let digest = Sha256::new().chain_update(K::LABEL.as_bytes()).chain_update(id.as_str().as_bytes()).finalize();
        let mut partition = String::with_capacity(K::PREFIX.len() + 1 + digest.len() * 2);
        partition.push_str(K::PREFIX);
        partition.push('#');
        for byte in digest.iter() {
            partition.push(char::from(HEX[usize::from(byte >> 4)]));
            partition.push(char::from(HEX[usize::from(byte & 0x0f)]));
        }
        Self { partition, kind: PhantomData }
    }

    /// The partition key's value, `<PREFIX>#<64 hex digits>`.
    pub fn partition(&self) -> &str {
        &self.partition
    }

    pub(super) fn attribute(&self) -> AttributeValue {
        AttributeValue::S(self.partition.clone())
    }
}

const HEX: &[u8; 16] = b"0123456789abcdef";

impl<K: SessionKind> Clone for SessionKey<K> {
    fn clone(&self) -> Self {
        Self { partition: self.partition.clone(), kind: PhantomData }
    }
}

impl<K: SessionKind> PartialEq for SessionKey<K> {
    fn eq(&self, other: &Self) -> bool {
        self.partition == other.partition
    }
}

impl<K: SessionKind> Eq for SessionKey<K> {}

/// The hash is no secret (it cannot be turned back into the id), but it is still no business of a log.
impl<K: SessionKind> fmt::Debug for SessionKey<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SessionKey({}#..)", K::PREFIX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_the_prefix_and_the_hex_sha256_of_the_label_and_the_id() {
        let id = SessionId::parse("0123456789abcdef0123456789abcdef").expect("an id");
        // printf 'cms-intake applicant session\n0123456789abcdef0123456789abcdef' | sha256sum
        assert_eq!(
            SessionKey::<Applicant>::of(&id).partition(),
            "DRAFT#37a85663c09939b908939bc47bac3f6b702f3cc9d0698356a9647cc07f560def"
        );
    }

    #[test]
    fn the_key_never_holds_the_id_and_is_the_same_every_time() {
        let id = SessionId::new();
        let key = SessionKey::<Applicant>::of(&id);
        assert!(!key.partition().contains(id.as_str()));
        assert_eq!(key, SessionKey::<Applicant>::of(&id), "the same id finds the same items");
        assert_ne!(key, SessionKey::<Applicant>::of(&SessionId::new()));
        let hash = key.partition().strip_prefix("DRAFT#").expect("the prefix");
        assert!(hash.len() == 64 && hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')), "{hash}");
        assert!(!format!("{key:?}").contains(hash), "Debug shows only the kind");
    }

    #[test]
    fn each_kind_has_its_prefix_and_its_own_hash() {
        let id = SessionId::new();
        let hash = |partition: &str| partition.split_once('#').map(|(_, hash)| hash.to_owned()).expect("a #");
        let applicant = SessionKey::<Applicant>::of(&id);
        let sign_in = SessionKey::<SignInState>::of(&id);
        let caseworker = SessionKey::<Caseworker>::of(&id);
        assert!(applicant.partition().starts_with("DRAFT#"));
        assert!(sign_in.partition().starts_with("SIGNIN#"));
        assert!(caseworker.partition().starts_with("STAFF#"));
        let hashes = [hash(applicant.partition()), hash(sign_in.partition()), hash(caseworker.partition())];
        assert!(hashes[0] != hashes[1] && hashes[1] != hashes[2] && hashes[0] != hashes[2], "{hashes:?}");
    }
}
