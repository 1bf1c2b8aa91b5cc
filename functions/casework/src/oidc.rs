//! Caseworkers sign in with OpenID Connect: the authorization code flow with PKCE
//! (<https://openid.net/specs/openid-connect-core-1_0.html#CodeFlowAuth>, <https://www.rfc-editor.org/rfc/rfc7636>).
//! In AWS the provider is a Cognito user pool; locally and in tests, a real `oidc-provider` on loopback.
//!
//! The function trusts nothing it is sent: the ID token's signature is checked against the provider's published
//! keys (JWKS), and its issuer, audience, expiry and nonce against what this sign-in expects, before the groups in
//! it (`cognito:groups`) decide which team's work the caseworker may see. There is no other way in: no bypass,
//! no test user, in any build.
//!
//! The same provider, keys and checks verify the access tokens machines present to the handover feed (OAuth 2.0
//! client credentials: [`verify_access_token`], used by `crate::feed`): an access token is never taken for an ID
//! token, nor an ID token for an access token.

use std::sync::Arc;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use intake::casework::Caseworker;
use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use rand::RngCore;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use time::OffsetDateTime;
use tokio::sync::{OnceCell, RwLock};

/// Where the provider is and who this function is to it. From the environment (see [`OidcSettings::from_env`]).
#[derive(Clone)]
pub struct OidcSettings {
    /// The provider's issuer URL, exactly as its ID tokens state it.
    pub issuer: String,
    pub client_id: String,
    /// `None` for a public client (Cognito's app client in the stack: PKCE, no secret to keep); the local
    /// provider's client has one, and the token request then authenticates with it (client_secret_basic).
    pub client_secret: Option<String>,
    /// The origin of the provider's sign-in pages, where Sign in and Sign out forms continue (the page's
    /// `form-action`). Cognito's are on its hosted domain, not the issuer's origin; by default the issuer's.
    pub sign_in_origin: String,
    /// A logout endpoint for a provider whose discovery document names none (Cognito's `/logout`, which takes
    /// `client_id` and `logout_uri`).
    pub logout_url: Option<String>,
    /// This function's callback, registered with the provider: `<base>/casework/callback`.
    pub redirect_uri: String,
    /// Where the provider sends a caseworker after signing out: `<base>/casework/signed-out`.
    pub post_logout_redirect_uri: String,
}

impl std::fmt::Debug for OidcSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OidcSettings")
            .field("issuer", &self.issuer)
            .field("client_id", &self.client_id)
            .field("client_secret", &"..")
            .field("redirect_uri", &self.redirect_uri)
            .finish()
    }
}

impl OidcSettings {
    pub const ISSUER: &'static str = "OIDC_ISSUER";
    pub const CLIENT_ID: &'static str = "OIDC_CLIENT_ID";
    pub const CLIENT_SECRET: &'static str = "OIDC_CLIENT_SECRET";
    pub const SIGN_IN_ORIGIN: &'static str = "OIDC_SIGN_IN_ORIGIN";
    pub const LOGOUT_URL: &'static str = "OIDC_LOGOUT_URL";
    /// The origin caseworkers reach the service at, e.g. `https://apply.example.gov.uk`.
    pub const BASE_URL: &'static str = "CASEWORK_BASE_URL";

    /// Reads the settings. The issuer, client id and base URL are required, so a function that cannot sign
    /// anyone in fails at start; the rest are optional.
    pub fn from_env() -> Result<Self, String> {
        let var = |name: &str| std::env::var(name).map_err(|_| format!("{name} is not set"));
        let optional = |name: &str| std::env::var(name).ok().filter(|value| !value.is_empty());
        let base = var(Self::BASE_URL)?.trim_end_matches('/').to_owned();
        let issuer = var(Self::ISSUER)?.trim_end_matches('/').to_owned();
        Ok(Self {
            sign_in_origin: optional(Self::SIGN_IN_ORIGIN).unwrap_or_else(|| issuer.clone()),
            logout_url: optional(Self::LOGOUT_URL),
            issuer,
            client_id: var(Self::CLIENT_ID)?,
            client_secret: optional(Self::CLIENT_SECRET),
            redirect_uri: format!("{base}/casework/callback"),
            post_logout_redirect_uri: format!("{base}/casework/signed-out"),
        })
    }
}

/// The parts of the provider's discovery document this function uses
/// (<https://openid.net/specs/openid-connect-discovery-1_0.html>).
#[derive(Debug, Clone, Deserialize)]
struct Metadata {
    issuer: String,
    authorization_endpoint: String,
    token_endpoint: String,
    jwks_uri: String,
    #[serde(default)]
    end_session_endpoint: Option<String>,
}

/// Why a sign-in could not be completed.
#[derive(Debug, thiserror::Error)]
pub enum SignInError {
    /// The provider could not be reached or answered nonsense: the "Sorry, there is a problem" page.
    #[error("the identity provider is unavailable ({0})")]
    Unavailable(&'static str),
    /// The provider refused the code (used, expired, or not ours).
    #[error("the identity provider refused the authorization code")]
    CodeRefused,
    /// The ID token is not one this function may trust.
    #[error("the ID token was refused: {0}")]
    Token(#[from] TokenError),
}

/// Why an ID token is not trusted. Each is a refusal; none says more to the browser than "sign in again".
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    #[error("not a signed JWT this function accepts")]
    Malformed,
    #[error("signed with an algorithm other than RS256")]
    WrongAlgorithm,
    #[error("signed with a key the provider does not publish")]
    UnknownKey,
    #[error("the signature does not match")]
    BadSignature,
    #[error("issued by another issuer")]
    WrongIssuer,
    #[error("issued for another client")]
    WrongAudience,
    #[error("expired")]
    Expired,
    #[error("not issued for this sign-in (nonce)")]
    WrongNonce,
    #[error("not an ID token")]
    NotAnIdToken,
    /// An ID token, a refresh token or anything else but an access token, offered as a bearer credential.
    #[error("not an access token")]
    NotAnAccessToken,
}

/// What this sign-in expects of its ID token.
#[derive(Debug, Clone)]
pub struct Expected<'a> {
    pub issuer: &'a str,
    pub audience: &'a str,
    pub nonce: &'a str,
}

/// The claims read from a verified ID token.
#[derive(Debug, Deserialize)]
struct IdTokenClaims {
    sub: String,
    exp: i64,
    #[serde(default)]
    nonce: Option<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    email: Option<String>,
    /// Cognito's group membership claim; the local provider issues the same.
    #[serde(default, rename = "cognito:groups")]
    groups: Vec<String>,
    /// Cognito marks its ID tokens `id` (its access tokens `access`), and access tokens are signed by the same key.
    #[serde(default)]
    token_use: Option<String>,
}

/// The claims read from a verified access token: Cognito's client-credentials tokens carry `client_id`, `scope`
/// (space-separated) and `token_use: access`, and no `aud`
/// (<https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html>);
/// the local provider's are made to carry the same.
#[derive(Debug, Deserialize)]
struct AccessTokenClaims {
    exp: i64,
    #[serde(default)]
    client_id: Option<String>,
    #[serde(default)]
    scope: Option<String>,
    #[serde(default)]
    token_use: Option<String>,
}

/// Who an access token was issued to, and what for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessToken {
    /// The OAuth client the provider issued it to: with the client credentials grant, the machine itself.
    pub client_id: String,
    pub scopes: Vec<String>,
}

impl AccessToken {
    pub fn has_scope(&self, scope: &str) -> bool {
        self.scopes.iter().any(|granted| granted == scope)
    }
}

/// How far a clock may drift between the provider and this function.
const CLOCK_SKEW_SECONDS: i64 = 60;

/// A token's claims, once its signature (RS256, by a key the provider publishes) and issuer are verified, and its
/// audience if one is expected. Expiry is the caller's to check against `now`, so that the check is the same in
/// tests as in production.
fn verified_claims<T: serde::de::DeserializeOwned>(
    token: &str,
    keys: &JwkSet,
    issuer: &str,
    audience: Option<&str>,
) -> Result<T, TokenError> {
    use jsonwebtoken::errors::ErrorKind;
    let header = jsonwebtoken::decode_header(token).map_err(|_| TokenError::Malformed)?;
    // Only the algorithm the provider uses: never `none`, never HS256 keyed with the public key.
    if header.alg != Algorithm::RS256 {
        return Err(TokenError::WrongAlgorithm);
    }
    let jwk = header.kid.as_deref().and_then(|kid| keys.find(kid)).ok_or(TokenError::UnknownKey)?;
    let key = DecodingKey::from_jwk(jwk).map_err(|_| TokenError::UnknownKey)?;
    let mut validation = Validation::new(Algorithm::RS256);
    validation.set_issuer(&[issuer]);
    match audience {
        Some(audience) => {
            validation.set_audience(&[audience]);
            validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        }
        None => {
            validation.validate_aud = false;
            validation.set_required_spec_claims(&["exp", "iss"]);
        }
    }
    validation.validate_exp = false;
    let data = jsonwebtoken::decode::<T>(token, &key, &validation).map_err(|error| match error.kind() {
        ErrorKind::InvalidSignature => TokenError::BadSignature,
        ErrorKind::InvalidIssuer => TokenError::WrongIssuer,
        ErrorKind::InvalidAudience => TokenError::WrongAudience,
        ErrorKind::InvalidAlgorithm => TokenError::WrongAlgorithm,
        _ => TokenError::Malformed,
    })?;
    Ok(data.claims)
}

fn expired(exp: i64, now: OffsetDateTime) -> bool {
    exp + CLOCK_SKEW_SECONDS <= now.unix_timestamp()
}

/// Verifies an access token a machine presents as a bearer credential (RFC 6750) against the provider's keys: its
/// signature, issuer and expiry, and that it is an access token (`token_use: access`: never an ID token, which
/// Cognito marks `id` and the local provider not at all), and says which client it was issued to and for which
/// scopes. What that client may do is the caller's to decide. A pure function of its inputs, the time included.
pub fn verify_access_token(
    token: &str,
    keys: &JwkSet,
    issuer: &str,
    now: OffsetDateTime,
) -> Result<AccessToken, TokenError> {
    let claims: AccessTokenClaims = verified_claims(token, keys, issuer, None)?;
    if expired(claims.exp, now) {
        return Err(TokenError::Expired);
    }
    if claims.token_use.as_deref() != Some("access") {
        return Err(TokenError::NotAnAccessToken);
    }
    let client_id = claims.client_id.ok_or(TokenError::Malformed)?;
    let scopes = claims.scope.as_deref().unwrap_or_default().split_whitespace().map(str::to_owned).collect();
    Ok(AccessToken { client_id, scopes })
}

/// Verifies an ID token against the provider's keys and what this sign-in expects, and says who signed in.
/// A pure function of its inputs (the time included), so every refusal is tested without a provider.
pub fn verify_id_token(
    token: &str,
    keys: &JwkSet,
    expected: &Expected<'_>,
    now: OffsetDateTime,
) -> Result<Caseworker, TokenError> {
    let claims: IdTokenClaims = verified_claims(token, keys, expected.issuer, Some(expected.audience))?;
    if expired(claims.exp, now) {
        return Err(TokenError::Expired);
    }
    if claims.nonce.as_deref() != Some(expected.nonce) {
        return Err(TokenError::WrongNonce);
    }
    if claims.token_use.as_deref().is_some_and(|token_use| token_use != "id") {
        return Err(TokenError::NotAnIdToken);
    }
    let teams = Caseworker::teams_from_groups(claims.groups.iter().map(String::as_str));
    let name = claims.name.or(claims.email).unwrap_or_else(|| claims.sub.clone());
    Ok(Caseworker { id: claims.sub, name, teams })
}

/// OpenID Connect RP-Initiated Logout where the provider publishes an end-session endpoint; Cognito's own
/// `/logout` (which takes `logout_uri`) where it is configured instead; otherwise nothing.
fn end_session_url(published: Option<&str>, settings: &OidcSettings) -> Option<String> {
    let client_id = settings.client_id.as_str();
    let back = settings.post_logout_redirect_uri.as_str();
    let (endpoint, query) = match (published, &settings.logout_url) {
        (Some(endpoint), _) => {
            (endpoint, serde_urlencoded::to_string([("client_id", client_id), ("post_logout_redirect_uri", back)]))
        }
        (None, Some(logout)) => {
            (logout.as_str(), serde_urlencoded::to_string([("client_id", client_id), ("logout_uri", back)]))
        }
        (None, None) => return None,
    };
    Some(format!("{endpoint}?{}", query.ok()?))
}

/// A random value for `state`, `nonce` or a PKCE code verifier: 256 bits, base64url (43 characters, all of them
/// "unreserved" as RFC 7636 requires of a verifier).
pub fn random_value() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// The PKCE S256 code challenge for a verifier: base64url(SHA-256(verifier)).
pub fn code_challenge(verifier: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()))
}

/// The identity provider, discovered on first use and its keys cached (refetched when a token names a key the
/// cache does not have: the provider rotated its keys).
#[derive(Clone)]
pub struct Oidc {
    settings: Arc<OidcSettings>,
    http: reqwest::Client,
    metadata: Arc<OnceCell<Metadata>>,
    keys: Arc<RwLock<Option<JwkSet>>>,
}

impl std::fmt::Debug for Oidc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Oidc").field("settings", &self.settings).finish_non_exhaustive()
    }
}

impl Oidc {
    pub fn new(settings: OidcSettings) -> Self {
        // A short timeout: a caseworker waiting on a hung provider should see the Sorry page, not a spinner.
        let http = reqwest::Client::builder()
            .timeout(std::time::Duration::from_secs(5))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap_or_default();
        Self {
            settings: Arc::new(settings),
            http,
            metadata: Arc::new(OnceCell::new()),
            keys: Arc::new(RwLock::new(None)),
        }
    }

    pub fn settings(&self) -> &OidcSettings {
        &self.settings
    }

    async fn metadata(&self) -> Result<&Metadata, SignInError> {
        self.metadata
            .get_or_try_init(|| async {
                let url = format!("{}/.well-known/openid-configuration", self.settings.issuer);
                let metadata: Metadata = self.get_json(&url, "discovery").await?;
                // The document must be the issuer's own (OpenID Connect Discovery 1.0, section 4.3).
                if metadata.issuer.trim_end_matches('/') != self.settings.issuer {
                    return Err(SignInError::Unavailable("discovery names another issuer"));
                }
                Ok(metadata)
            })
            .await
    }

    async fn get_json<T: serde::de::DeserializeOwned>(&self, url: &str, what: &'static str) -> Result<T, SignInError> {
        let response = self.http.get(url).send().await.map_err(|_| SignInError::Unavailable(what))?;
        if !response.status().is_success() {
            return Err(SignInError::Unavailable(what));
        }
        response.json().await.map_err(|_| SignInError::Unavailable(what))
    }

    /// Where to send the caseworker to sign in.
    pub async fn authorization_url(
        &self,
        state: &str,
        nonce: &str,
        code_verifier: &str,
    ) -> Result<String, SignInError> {
        let metadata = self.metadata().await?;
        let query = serde_urlencoded::to_string([
            ("response_type", "code"),
            ("client_id", self.settings.client_id.as_str()),
            ("redirect_uri", self.settings.redirect_uri.as_str()),
            ("scope", "openid profile email"),
            ("state", state),
            ("nonce", nonce),
            ("code_challenge", &code_challenge(code_verifier)),
            ("code_challenge_method", "S256"),
        ])
        .map_err(|_| SignInError::Unavailable("authorization URL"))?;
        Ok(format!("{}?{query}", metadata.authorization_endpoint))
    }

    /// Where to send a signed-out caseworker so that the provider forgets them too (on a shared computer the next
    /// person must not be signed straight back in), if the provider publishes an end-session endpoint.
    pub async fn end_session_url(&self) -> Option<String> {
        let metadata = self.metadata().await.ok()?;
        end_session_url(metadata.end_session_endpoint.as_deref(), &self.settings)
    }

    /// Exchanges the authorization code (with the PKCE verifier) for tokens, verifies the ID token and says who
    /// signed in.
    pub async fn finish(
        &self,
        code: &str,
        code_verifier: &str,
        nonce: &str,
        now: OffsetDateTime,
    ) -> Result<Caseworker, SignInError> {
        #[derive(Deserialize)]
        struct TokenResponse {
            id_token: String,
        }
        let metadata = self.metadata().await?;
        let mut form = vec![
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", self.settings.redirect_uri.as_str()),
            ("code_verifier", code_verifier),
        ];
        let request = match &self.settings.client_secret {
            Some(secret) => self.http.post(&metadata.token_endpoint).basic_auth(&self.settings.client_id, Some(secret)),
            // A public client names itself in the form (RFC 6749, section 4.1.3); PKCE proves the rest.
            None => {
                form.push(("client_id", self.settings.client_id.as_str()));
                self.http.post(&metadata.token_endpoint)
            }
        };
        let response = request.form(&form).send().await.map_err(|_| SignInError::Unavailable("token endpoint"))?;
        if response.status().is_client_error() {
            return Err(SignInError::CodeRefused);
        }
        if !response.status().is_success() {
            return Err(SignInError::Unavailable("token endpoint"));
        }
        let tokens: TokenResponse = response.json().await.map_err(|_| SignInError::Unavailable("token response"))?;
        self.verify(&tokens.id_token, nonce, now).await
    }

    /// Verifies an ID token with the cached keys, fetching them afresh once if the token names an unknown key.
    pub async fn verify(&self, id_token: &str, nonce: &str, now: OffsetDateTime) -> Result<Caseworker, SignInError> {
        let expected = Expected { issuer: &self.settings.issuer, audience: &self.settings.client_id, nonce };
        self.with_keys(|keys| verify_id_token(id_token, keys, &expected, now)).await
    }

    /// Verifies an access token presented as a bearer credential, with the same keys, cache and issuer as sign-in
    /// (one identity provider for caseworkers and for machines).
    pub async fn verify_access(&self, token: &str, now: OffsetDateTime) -> Result<AccessToken, SignInError> {
        self.with_keys(|keys| verify_access_token(token, keys, &self.settings.issuer, now)).await
    }

    /// Runs `verify` with the cached keys, fetching them afresh once if the token names a key the cache does not
    /// have (the provider rotated its keys).
    async fn with_keys<T>(&self, verify: impl Fn(&JwkSet) -> Result<T, TokenError>) -> Result<T, SignInError> {
        let metadata = self.metadata().await?;
        if let Some(keys) = self.keys.read().await.as_ref() {
            match verify(keys) {
                Err(TokenError::UnknownKey) => {}
                other => return Ok(other?),
            }
        }
        let keys: JwkSet = self.get_json(&metadata.jwks_uri, "JWKS").await?;
        let verified = verify(&keys);
        *self.keys.write().await = Some(keys);
        Ok(verified?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jsonwebtoken::{EncodingKey, Header};
    use serde_json::json;

    const ISSUER: &str = "http://127.0.0.1:9999";
    const CLIENT: &str = "casework-local";
    const NONCE: &str = "the-nonce";

    fn keys() -> JwkSet {
        serde_json::from_str(include_str!("../tests/fixtures/test-jwks.json")).expect("the fixture JWKS")
    }

    fn now() -> OffsetDateTime {
        OffsetDateTime::from_unix_timestamp(1_795_000_000).expect("a time")
    }

    /// A token signed with `pem`, naming `kid`, with the given claims over a valid base.
    fn token_with(
        pem: &[u8],
        kid: Option<&str>,
        alg: Algorithm,
        change: impl FnOnce(&mut serde_json::Value),
    ) -> String {
        let mut claims = json!({
            "iss": ISSUER,
            "aud": CLIENT,
            "sub": "caseworker-1",
            "exp": now().unix_timestamp() + 3600,
            "iat": now().unix_timestamp(),
            "nonce": NONCE,
            "name": "Robin Case",
            "email": "robin@example.test",
            "cognito:groups": ["domestic-abuse"],
        });
        change(&mut claims);
        let mut header = Header::new(alg);
        header.kid = kid.map(str::to_owned);
        let key = match alg {
            Algorithm::HS256 => EncodingKey::from_secret(b"the public key, misused as a secret"),
            _ => EncodingKey::from_rsa_pem(pem).expect("a test key"),
        };
        jsonwebtoken::encode(&header, &claims, &key).expect("signed")
    }

    fn good_token(change: impl FnOnce(&mut serde_json::Value)) -> String {
        token_with(include_bytes!("../tests/fixtures/test-signing-key.pem"), Some("test-key"), Algorithm::RS256, change)
    }

    fn verify(token: &str) -> Result<Caseworker, TokenError> {
        verify_id_token(token, &keys(), &Expected { issuer: ISSUER, audience: CLIENT, nonce: NONCE }, now())
    }

    #[test]
    fn a_valid_token_says_who_signed_in_and_their_teams() {
        let caseworker = verify(&good_token(|_| {})).expect("trusted");
        assert_eq!(caseworker.id, "caseworker-1");
        assert_eq!(caseworker.name, "Robin Case");
        assert_eq!(caseworker.teams, [intake::routing::Team::DomesticAbuse]);
        let no_name = verify(&good_token(|c| {
            c.as_object_mut().map(|c| c.remove("name"));
        }))
        .expect("trusted");
        assert_eq!(no_name.name, "robin@example.test", "the email when there is no name");
    }

    #[test]
    fn every_untrustworthy_token_is_refused_for_its_reason() {
        let other_key = include_bytes!("../tests/fixtures/other-key.pem");
        let cases = [
            (good_token(|c| c["iss"] = json!("http://127.0.0.1:1")), TokenError::WrongIssuer),
            (good_token(|c| c["aud"] = json!("someone-else")), TokenError::WrongAudience),
            (good_token(|c| c["exp"] = json!(now().unix_timestamp() - 61)), TokenError::Expired),
            (good_token(|c| c["nonce"] = json!("another sign-in")), TokenError::WrongNonce),
            (good_token(|c| c["token_use"] = json!("access")), TokenError::NotAnIdToken),
            (token_with(other_key, Some("test-key"), Algorithm::RS256, |_| {}), TokenError::BadSignature),
            (token_with(other_key, Some("rotated-away"), Algorithm::RS256, |_| {}), TokenError::UnknownKey),
            (token_with(other_key, None, Algorithm::RS256, |_| {}), TokenError::UnknownKey),
            (token_with(other_key, Some("test-key"), Algorithm::HS256, |_| {}), TokenError::WrongAlgorithm),
            ("not.a.token".to_owned(), TokenError::Malformed),
        ];
        for (token, expected) in cases {
            assert_eq!(verify(&token).err(), Some(expected));
        }
        // A token within the allowed clock skew of its expiry is still good.
        assert!(verify(&good_token(|c| c["exp"] = json!(now().unix_timestamp() - 30))).is_ok());
        assert!(
            verify(&good_token(|c| {
                c.as_object_mut().map(|c| c.remove("nonce"));
            }))
            .is_err(),
            "a token without a nonce is not this sign-in's"
        );
    }

    /// An access token as Cognito issues one for the client credentials grant, signed with `pem`.
    fn access_token_with(pem: &[u8], alg: Algorithm, change: impl FnOnce(&mut serde_json::Value)) -> String {
        let mut claims = json!({
            "iss": ISSUER,
            "sub": "handover-general",
            "client_id": "handover-general",
            "token_use": "access",
            "scope": "cms-intake/handover.read cms-intake/handover.acknowledge",
            "exp": now().unix_timestamp() + 3600,
            "iat": now().unix_timestamp(),
            "jti": "a-token",
        });
        change(&mut claims);
        let mut header = Header::new(alg);
        header.kid = Some("test-key".to_owned());
        let key = match alg {
            Algorithm::HS256 => EncodingKey::from_secret(b"the public key, misused as a secret"),
            _ => EncodingKey::from_rsa_pem(pem).expect("a test key"),
        };
        jsonwebtoken::encode(&header, &claims, &key).expect("signed")
    }

    fn access_token(change: impl FnOnce(&mut serde_json::Value)) -> String {
        access_token_with(include_bytes!("../tests/fixtures/test-signing-key.pem"), Algorithm::RS256, change)
    }

    fn verify_access(token: &str) -> Result<AccessToken, TokenError> {
        verify_access_token(token, &keys(), ISSUER, now())
    }

    #[test]
    fn a_valid_access_token_says_which_client_it_was_issued_to_and_its_scopes() {
        let token = verify_access(&access_token(|_| {})).expect("trusted");
        assert_eq!(token.client_id, "handover-general");
        assert!(token.has_scope("cms-intake/handover.read") && token.has_scope("cms-intake/handover.acknowledge"));
        assert!(!token.has_scope("cms-intake/handover"), "whole scopes only");
        // The local provider's carry an audience (its resource indicator); Cognito's none. Neither matters.
        assert!(verify_access(&access_token(|c| c["aud"] = json!("urn:cms-intake:handover"))).is_ok());
        let unscoped = verify_access(&access_token(|c| {
            c.as_object_mut().map(|c| c.remove("scope"));
        }))
        .expect("trusted, for nothing");
        assert!(unscoped.scopes.is_empty());
    }

    #[test]
    fn every_untrustworthy_access_token_and_every_id_token_is_refused() {
        let other_key = include_bytes!("../tests/fixtures/other-key.pem");
        let cases = [
            (access_token(|c| c["iss"] = json!("http://127.0.0.1:1")), TokenError::WrongIssuer),
            (access_token(|c| c["exp"] = json!(now().unix_timestamp() - 61)), TokenError::Expired),
            (access_token(|c| c["token_use"] = json!("id")), TokenError::NotAnAccessToken),
            (
                access_token(|c| {
                    c.as_object_mut().map(|c| c.remove("token_use"));
                }),
                TokenError::NotAnAccessToken,
            ),
            (
                access_token(|c| {
                    c.as_object_mut().map(|c| c.remove("client_id"));
                }),
                TokenError::Malformed,
            ),
            (access_token_with(other_key, Algorithm::RS256, |_| {}), TokenError::BadSignature),
            (access_token_with(other_key, Algorithm::HS256, |_| {}), TokenError::WrongAlgorithm),
            // A caseworker's ID token, as Cognito marks it and as the local provider issues it (no token_use).
            (good_token(|c| c["token_use"] = json!("id")), TokenError::NotAnAccessToken),
            (good_token(|_| {}), TokenError::NotAnAccessToken),
            ("not.a.token".to_owned(), TokenError::Malformed),
        ];
        for (token, expected) in cases {
            assert_eq!(verify_access(&token).err(), Some(expected));
        }
        // And an access token is never an ID token.
        assert_eq!(verify(&access_token(|c| c["aud"] = json!(CLIENT))).err(), Some(TokenError::WrongNonce));
        let with_nonce = access_token(|c| {
            c["aud"] = json!(CLIENT);
            c["nonce"] = json!(NONCE);
        });
        assert_eq!(verify(&with_nonce).err(), Some(TokenError::NotAnIdToken));
    }

    #[test]
    fn a_tampered_payload_breaks_the_signature() {
        let token = good_token(|_| {});
        let mut parts: Vec<String> = token.split('.').map(str::to_owned).collect();
        let mut claims: serde_json::Value =
            serde_json::from_slice(&URL_SAFE_NO_PAD.decode(&parts[1]).expect("base64")).expect("json");
        claims["cognito:groups"] = json!(["domestic-abuse", "general"]);
        parts[1] = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&claims).expect("json"));
        assert_eq!(verify(&parts.join(".")).err(), Some(TokenError::BadSignature));
    }

    #[test]
    fn sign_out_continues_at_the_providers_end_session_or_cognitos_logout() {
        let mut settings = OidcSettings {
            issuer: ISSUER.into(),
            client_id: CLIENT.into(),
            client_secret: None,
            sign_in_origin: ISSUER.into(),
            logout_url: None,
            redirect_uri: "https://apply.example/casework/callback".into(),
            post_logout_redirect_uri: "https://apply.example/casework/signed-out".into(),
        };
        assert_eq!(end_session_url(None, &settings), None);
        assert_eq!(
            end_session_url(Some("http://127.0.0.1:9999/session/end"), &settings).as_deref(),
            Some(
                "http://127.0.0.1:9999/session/end?client_id=casework-local\
                 &post_logout_redirect_uri=https%3A%2F%2Fapply.example%2Fcasework%2Fsigned-out"
            )
        );
        settings.logout_url = Some("https://cms.auth.eu-west-2.amazoncognito.com/logout".into());
        assert_eq!(
            end_session_url(None, &settings).as_deref(),
            Some(
                "https://cms.auth.eu-west-2.amazoncognito.com/logout?client_id=casework-local\
                 &logout_uri=https%3A%2F%2Fapply.example%2Fcasework%2Fsigned-out"
            )
        );
    }

    #[test]
    fn pkce_challenge_is_the_rfc_7636_example() {
        // RFC 7636, appendix B.
        assert_eq!(
            code_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
        let verifier = random_value();
        assert_eq!(verifier.len(), 43);
        assert_ne!(verifier, random_value());
    }
}
