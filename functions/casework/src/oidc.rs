//! Caseworkers sign in with OpenID Connect: the authorization code flow with PKCE
//! (<https://openid.net/specs/openid-connect-core-1_0.html#CodeFlowAuth>, <https://www.rfc-editor.org/rfc/rfc7636>).
//! In AWS the provider is a Cognito user pool; locally and in tests, a real `oidc-provider` on loopback.
//!
//! The protocol is the `openidconnect` crate's: discovery (the document must name the issuer configured), the
//! authorization URL with `state`, `nonce` and the PKCE S256 challenge, the code exchange, and the ID token's
//! checks (RS256 only, by a key the provider publishes; issuer; audience, with no other audience trusted; expiry;
//! nonce). This module adds what is ours: the clock skew, Cognito's `cognito:groups` and `token_use` claims, the
//! key cache (refetched when a token names a key the cache does not have), and what each refusal is called. The
//! function trusts nothing it is sent; there is no other way in: no bypass, no test user, in any build.
//!
//! The same provider and keys verify the access tokens machines present to the handover feed (OAuth 2.0 client
//! credentials: [`verify_access_token`], used by `crate::feed`) with `jsonwebtoken`: `openidconnect` verifies ID
//! tokens, not JWT access tokens. An access token is never taken for an ID token, nor an ID token for an access
//! token.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use intake::casework::Caseworker;
use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use openidconnect::core::{
    CoreAuthDisplay, CoreAuthPrompt, CoreAuthenticationFlow, CoreErrorResponseType, CoreGenderClaim, CoreJsonWebKey,
    CoreJsonWebKeySet, CoreJweContentEncryptionAlgorithm, CoreJwsSigningAlgorithm, CoreRevocableToken,
    CoreRevocationErrorResponse, CoreTokenIntrospectionResponse, CoreTokenType,
};
use openidconnect::{
    AdditionalClaims, AuthorizationCode, ClaimsVerificationError, Client, ClientId, ClientSecret, CsrfToken,
    EmptyExtraTokenFields, EndpointMaybeSet, EndpointNotSet, EndpointSet, IdToken, IdTokenFields, IdTokenVerifier,
    IssuerUrl, Nonce, PkceCodeChallenge, PkceCodeVerifier, ProviderMetadataWithLogout, RedirectUrl, RequestTokenError,
    Scope, SignatureVerificationError, StandardErrorResponse, StandardTokenResponse, TokenResponse,
};
use rand::RngCore;
use serde::{Deserialize, Serialize};
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

/// Cognito's claims beyond the standard ones, in its ID tokens; the local provider issues the same.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
struct CognitoClaims {
    /// Cognito's group membership claim.
    #[serde(default, rename = "cognito:groups")]
    groups: Vec<String>,
    /// Cognito marks its ID tokens `id` (its access tokens `access`), and access tokens are signed by the same key.
    #[serde(default)]
    token_use: Option<String>,
}

impl AdditionalClaims for CognitoClaims {}

/// An ID token as Cognito issues one: the standard claims and [`CognitoClaims`].
type CognitoIdToken =
    IdToken<CognitoClaims, CoreGenderClaim, CoreJweContentEncryptionAlgorithm, CoreJwsSigningAlgorithm>;

/// The token endpoint's answer, with its ID token read as a [`CognitoIdToken`].
type CognitoTokenResponse = StandardTokenResponse<
    IdTokenFields<
        CognitoClaims,
        EmptyExtraTokenFields,
        CoreGenderClaim,
        CoreJweContentEncryptionAlgorithm,
        CoreJwsSigningAlgorithm,
    >,
    CoreTokenType,
>;

/// `openidconnect`'s client, as discovery makes it (an authorization endpoint; a token endpoint if published),
/// with Cognito's claims.
type CognitoClient = Client<
    CognitoClaims,
    CoreAuthDisplay,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJsonWebKey,
    CoreAuthPrompt,
    StandardErrorResponse<CoreErrorResponseType>,
    CognitoTokenResponse,
    CoreTokenIntrospectionResponse,
    CoreRevocableToken,
    CoreRevocationErrorResponse,
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

/// The provider's published keys (its JWKS), read once for each library that verifies with them: `openidconnect`
/// for ID tokens, `jsonwebtoken` for access tokens.
#[derive(Debug, Clone)]
pub struct Keys {
    id_tokens: CoreJsonWebKeySet,
    access_tokens: JwkSet,
}

impl Keys {
    /// Reads a JWKS document.
    pub fn from_json(jwks: &[u8]) -> Result<Self, serde_json::Error> {
        Ok(Self { id_tokens: serde_json::from_slice(jwks)?, access_tokens: serde_json::from_slice(jwks)? })
    }
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

/// An access token's claims, once its signature (RS256, by a key the provider publishes) and issuer are
/// verified. Expiry is the caller's to check against `now`, so that the check is the same in tests as in
/// production.
fn verified_access_claims(token: &str, keys: &JwkSet, issuer: &str) -> Result<AccessTokenClaims, TokenError> {
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
    validation.validate_aud = false;
    validation.set_required_spec_claims(&["exp", "iss"]);
    validation.validate_exp = false;
    let data =
        jsonwebtoken::decode::<AccessTokenClaims>(token, &key, &validation).map_err(|error| match error.kind() {
            ErrorKind::InvalidSignature => TokenError::BadSignature,
            ErrorKind::InvalidIssuer => TokenError::WrongIssuer,
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
    keys: &Keys,
    issuer: &str,
    now: OffsetDateTime,
) -> Result<AccessToken, TokenError> {
    let claims = verified_access_claims(token, &keys.access_tokens, issuer)?;
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

/// What each of `openidconnect`'s refusals is called here.
fn refusal(error: ClaimsVerificationError) -> TokenError {
    match error {
        ClaimsVerificationError::Expired(_) => TokenError::Expired,
        ClaimsVerificationError::InvalidAudience(_) => TokenError::WrongAudience,
        ClaimsVerificationError::InvalidIssuer(_) => TokenError::WrongIssuer,
        ClaimsVerificationError::InvalidNonce(_) => TokenError::WrongNonce,
        ClaimsVerificationError::SignatureVerification(error) => match error {
            SignatureVerificationError::CryptoError(_) => TokenError::BadSignature,
            SignatureVerificationError::NoMatchingKey
            | SignatureVerificationError::AmbiguousKeyId(_)
            | SignatureVerificationError::InvalidKey(_) => TokenError::UnknownKey,
            SignatureVerificationError::DisallowedAlg(_)
            | SignatureVerificationError::UnsupportedAlg(_)
            | SignatureVerificationError::NoSignature => TokenError::WrongAlgorithm,
            _ => TokenError::Malformed,
        },
        _ => TokenError::Malformed,
    }
}

/// Verifies a parsed ID token with `openidconnect` (RS256 only, by a key in `keys`; issuer; audience; expiry,
/// allowing [`CLOCK_SKEW_SECONDS`]; nonce), then that it is not an access token, and says who signed in.
fn verify_parsed_id_token(
    token: &CognitoIdToken,
    keys: &Keys,
    expected: &Expected<'_>,
    now: OffsetDateTime,
) -> Result<Caseworker, TokenError> {
    let issuer = IssuerUrl::new(expected.issuer.to_owned()).map_err(|_| TokenError::WrongIssuer)?;
    // The library's expiry check has no skew: it is given a clock that far behind.
    let skewed =
        chrono::DateTime::from_timestamp(now.unix_timestamp() - CLOCK_SKEW_SECONDS, 0).ok_or(TokenError::Malformed)?;
    // A public client's verifier: no client secret, so never an HMAC-signed token, whatever `alg` says.
    let verifier =
        IdTokenVerifier::new_public_client(ClientId::new(expected.audience.to_owned()), issuer, keys.id_tokens.clone())
            .set_time_fn(move || skewed);
    let claims = token.claims(&verifier, &Nonce::new(expected.nonce.to_owned())).map_err(refusal)?;
    let cognito = claims.additional_claims();
    if cognito.token_use.as_deref().is_some_and(|token_use| token_use != "id") {
        return Err(TokenError::NotAnIdToken);
    }
    let teams = Caseworker::teams_from_groups(cognito.groups.iter().map(String::as_str));
    let id = claims.subject().to_string();
    let name = claims
        .name()
        .and_then(|name| name.get(None))
        .map(|name| name.to_string())
        .or_else(|| claims.email().map(|email| email.to_string()))
        .unwrap_or_else(|| id.clone());
    Ok(Caseworker { id, name, teams })
}

/// Verifies an ID token against the provider's keys and what this sign-in expects, and says who signed in.
/// A pure function of its inputs (the time included), so every refusal is tested without a provider.
pub fn verify_id_token(
    token: &str,
    keys: &Keys,
    expected: &Expected<'_>,
    now: OffsetDateTime,
) -> Result<Caseworker, TokenError> {
    let token: CognitoIdToken = token.parse().map_err(|_| TokenError::Malformed)?;
    verify_parsed_id_token(&token, keys, expected, now)
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
    PkceCodeChallenge::from_code_verifier_sha256(&PkceCodeVerifier::new(verifier.to_owned())).as_str().to_owned()
}

/// The HTTPS client (reqwest, on rustls with aws-lc-rs) as `openidconnect` calls one: an `http` request in, an
/// `http` response out. Never follows a redirect (the library's advice against SSRF).
#[derive(Clone)]
struct ProviderHttp(reqwest::Client);

impl<'c> openidconnect::AsyncHttpClient<'c> for ProviderHttp {
    type Error = reqwest::Error;
    type Future = Pin<Box<dyn Future<Output = Result<openidconnect::HttpResponse, Self::Error>> + Send + 'c>>;

    fn call(&'c self, request: openidconnect::HttpRequest) -> Self::Future {
        Box::pin(async move {
            let response = self.0.execute(request.try_into()?).await?;
            let (status, headers) = (response.status(), response.headers().clone());
            let mut answer = http::Response::new(response.bytes().await?.to_vec());
            *answer.status_mut() = status;
            *answer.headers_mut() = headers;
            Ok(answer)
        })
    }
}

/// What discovery found: the library's client, and what this module reads itself.
struct Provider {
    client: CognitoClient,
    jwks_uri: String,
    end_session_endpoint: Option<String>,
}

/// The identity provider, discovered on first use and its keys cached (refetched when a token names a key the
/// cache does not have: the provider rotated its keys).
#[derive(Clone)]
pub struct Oidc {
    settings: Arc<OidcSettings>,
    http: ProviderHttp,
    provider: Arc<OnceCell<Provider>>,
    keys: Arc<RwLock<Option<Keys>>>,
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
            http: ProviderHttp(http),
            provider: Arc::new(OnceCell::new()),
            keys: Arc::new(RwLock::new(None)),
        }
    }

    pub fn settings(&self) -> &OidcSettings {
        &self.settings
    }

    async fn provider(&self) -> Result<&Provider, SignInError> {
        self.provider
            .get_or_try_init(|| async {
                let issuer =
                    IssuerUrl::new(self.settings.issuer.clone()).map_err(|_| SignInError::Unavailable("issuer URL"))?;
                // The document must be the issuer's own (OpenID Connect Discovery 1.0, section 4.3): the library
                // refuses one that names another issuer.
                let metadata = ProviderMetadataWithLogout::discover_async(issuer, &self.http)
                    .await
                    .map_err(|_| SignInError::Unavailable("discovery"))?;
                let jwks_uri = metadata.jwks_uri().to_string();
                let end_session_endpoint =
                    metadata.additional_metadata().end_session_endpoint.as_ref().map(|url| url.to_string());
                let redirect_uri = RedirectUrl::new(self.settings.redirect_uri.clone())
                    .map_err(|_| SignInError::Unavailable("redirect URI"))?;
                let client = CognitoClient::from_provider_metadata(
                    metadata,
                    ClientId::new(self.settings.client_id.clone()),
                    self.settings.client_secret.clone().map(ClientSecret::new),
                )
                .set_redirect_uri(redirect_uri);
                Ok(Provider { client, jwks_uri, end_session_endpoint })
            })
            .await
    }

    /// Where to send the caseworker to sign in.
    pub async fn authorization_url(
        &self,
        state: &str,
        nonce: &str,
        code_verifier: &str,
    ) -> Result<String, SignInError> {
        let provider = self.provider().await?;
        let verifier = PkceCodeVerifier::new(code_verifier.to_owned());
        let (state, nonce) = (CsrfToken::new(state.to_owned()), Nonce::new(nonce.to_owned()));
        let (url, _, _) = provider
            .client
            .authorize_url(CoreAuthenticationFlow::AuthorizationCode, move || state, move || nonce)
            .add_scope(Scope::new("profile".to_owned()))
            .add_scope(Scope::new("email".to_owned()))
            .set_pkce_challenge(PkceCodeChallenge::from_code_verifier_sha256(&verifier))
            .url();
        Ok(url.into())
    }

    /// Where to send a signed-out caseworker so that the provider forgets them too (on a shared computer the next
    /// person must not be signed straight back in), if the provider publishes an end-session endpoint.
    pub async fn end_session_url(&self) -> Option<String> {
        let provider = self.provider().await.ok()?;
        end_session_url(provider.end_session_endpoint.as_deref(), &self.settings)
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
        let provider = self.provider().await?;
        // A confidential client authenticates with client_secret_basic; a public one names itself in the form
        // (RFC 6749, section 4.1.3), and PKCE proves the rest.
        let tokens = provider
            .client
            .exchange_code(AuthorizationCode::new(code.to_owned()))
            .map_err(|_| SignInError::Unavailable("token endpoint"))?
            .set_pkce_verifier(PkceCodeVerifier::new(code_verifier.to_owned()))
            .request_async(&self.http)
            .await
            .map_err(|error| match error {
                // The provider answered with an OAuth error (used, expired, or not ours).
                RequestTokenError::ServerResponse(_) => SignInError::CodeRefused,
                _ => SignInError::Unavailable("token endpoint"),
            })?;
        let id_token = tokens.id_token().ok_or(SignInError::Unavailable("token response"))?;
        let expected = Expected { issuer: &self.settings.issuer, audience: &self.settings.client_id, nonce };
        self.with_keys(|keys| verify_parsed_id_token(id_token, keys, &expected, now)).await
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
    async fn with_keys<T>(&self, verify: impl Fn(&Keys) -> Result<T, TokenError>) -> Result<T, SignInError> {
        let provider = self.provider().await?;
        if let Some(keys) = self.keys.read().await.as_ref() {
            match verify(keys) {
                Err(TokenError::UnknownKey) => {}
                other => return Ok(other?),
            }
        }
        let keys = self.fetch_keys(&provider.jwks_uri).await?;
        let verified = verify(&keys);
        *self.keys.write().await = Some(keys);
        Ok(verified?)
    }

    async fn fetch_keys(&self, url: &str) -> Result<Keys, SignInError> {
        let response = self.http.0.get(url).send().await.map_err(|_| SignInError::Unavailable("JWKS"))?;
        if !response.status().is_success() {
            return Err(SignInError::Unavailable("JWKS"));
        }
        let body = response.bytes().await.map_err(|_| SignInError::Unavailable("JWKS"))?;
        Keys::from_json(&body).map_err(|_| SignInError::Unavailable("JWKS"))
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

    fn keys() -> Keys {
        Keys::from_json(include_bytes!("../tests/fixtures/test-jwks.json")).expect("the fixture JWKS")
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

    fn good_token_without_kid() -> String {
        token_with(include_bytes!("../tests/fixtures/test-signing-key.pem"), None, Algorithm::RS256, |_| {})
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
            // No key named: openidconnect tries the one RS256 key published (OpenID Connect Core 1.0, section
            // 10.1: `kid` is required only when the set has several), and the signature fails on it.
            (token_with(other_key, None, Algorithm::RS256, |_| {}), TokenError::BadSignature),
            (token_with(other_key, Some("test-key"), Algorithm::HS256, |_| {}), TokenError::WrongAlgorithm),
            ("not.a.token".to_owned(), TokenError::Malformed),
        ];
        for (token, expected) in cases {
            assert_eq!(verify(&token).err(), Some(expected));
        }
        // Unlike `jsonwebtoken` before it, the library takes a token that names no key if the provider publishes
        // only one that fits, and checks its signature with that key: a difference from the hand-written checks,
        // which refused it (Cognito names the key in every token, and publishes two).
        assert!(verify(&good_token_without_kid()).is_ok());
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

    /// Checks the hand-written verification did not make, and `openidconnect` does (issue 14, point 7).
    #[test]
    fn the_library_refuses_what_the_hand_written_checks_let_through() {
        let pem = include_bytes!("../tests/fixtures/test-signing-key.pem");
        let typed = |typ: &str| {
            let mut header = Header::new(Algorithm::RS256);
            header.kid = Some("test-key".to_owned());
            header.typ = Some(typ.to_owned());
            let claims: serde_json::Value = serde_json::from_slice(
                &URL_SAFE_NO_PAD.decode(good_token(|_| {}).split('.').nth(1).unwrap_or_default()).unwrap_or_default(),
            )
            .unwrap_or_default();
            jsonwebtoken::encode(&header, &claims, &EncodingKey::from_rsa_pem(pem).expect("a test key"))
                .expect("signed")
        };
        let unsigned = {
            let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"none","typ":"JWT","kid":"test-key"}"#);
            let claims = good_token(|_| {}).split('.').nth(1).map(str::to_owned).unwrap_or_default();
            format!("{header}.{claims}.")
        };
        let cases = [
            // Another audience beside ours, which this function does not trust (Core 1.0, 3.1.3.7, step 3).
            (good_token(|c| c["aud"] = json!([CLIENT, "someone-else"])), TokenError::WrongAudience),
            // A JWT access token (RFC 9068) is typed as one.
            (typed("at+jwt"), TokenError::Malformed),
            // `iat` is required of an ID token.
            (
                good_token(|c| {
                    c.as_object_mut().map(|c| c.remove("iat"));
                }),
                TokenError::Malformed,
            ),
            // Refused before, as a header `jsonwebtoken` could not read; now as an algorithm not allowed.
            (unsigned, TokenError::WrongAlgorithm),
        ];
        for (token, expected) in cases {
            assert_eq!(verify(&token).err(), Some(expected));
        }
        assert!(verify(&good_token(|c| c["aud"] = json!([CLIENT]))).is_ok());
        assert!(verify(&typed("JWT")).is_ok());
    }
}
