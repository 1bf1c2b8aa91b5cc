//! The handover feed: case management's systems collect the records of the applications handed over to them, and
//! acknowledge each by its `id` (docs/handover.md, "Collecting the records"; the store's side is
//! `intake::store::handover`).
//!
//! - `GET /casework/handover/records[?after=…]`: the caller's destination's records handed over and not yet
//!   acknowledged, oldest first, a page at a time (`{"records": [...], "next": "/casework/handover/records?after=…"}`,
//!   `next` only when there may be more). Each record is as it was made when the application was handed over.
//! - `POST /casework/handover/records/{id}/acknowledgement`: `204 No Content`, whether it was acknowledged now or
//!   before; `404` for an id that is not one of this destination's records.
//!
//! **Machines only, by bearer token only.** A destination is an OAuth 2.0 client of the caseworkers' identity
//! provider (a Cognito app client with the client credentials grant; the loopback provider's seeded clients in
//! tests), and each request carries an access token in `Authorization: Bearer …` (RFC 6750,
//! <https://www.rfc-editor.org/rfc/rfc6750>), verified by [`crate::oidc::verify_access_token`]: signature against the
//! provider's keys, issuer, expiry, `token_use: access`. The token's `client_id` says which destination is asking,
//! by configuration ([`Destinations`], never guessed from a name), and its scopes what it may do: [`READ_SCOPE`] to
//! collect, [`ACKNOWLEDGE_SCOPE`] to acknowledge. Cookies are never read here, so a caseworker's session (or a
//! browser tricked into a request) reaches nothing, and there is nothing for a cross-site request to ride on. An ID
//! token is refused, as is a token of a client that is not a destination. The general team's destination is never
//! given a disclosure record or another team's application, the domestic-abuse team's never another team's
//! application: the store keeps each destination's records apart.
//!
//! Answers are JSON (`application/json`), errors too (`{"error": "…"}`), with `Cache-Control: no-store` as on every
//! response (`web::harden`). Nothing here logs a record, an id or a token.

use axum::extract::{FromRef, FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use intake::StoreError;
use intake::handover::{RecordId, RecordKind};
use intake::routing::Team;
use intake::store::{Acknowledged, FeedCursor, FeedPage};
use serde::Deserialize;

use crate::CaseworkState;
use crate::oidc::{AccessToken, SignInError};

/// Where a destination collects its records.
pub const RECORDS: &str = "/casework/handover/records";

/// The resource server the feed's scopes belong to: in Cognito, scopes are named `<identifier>/<scope>`
/// (<https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-define-resource-servers.html>).
/// `infra/handover-feed.json` says the same for the stack and the loopback provider; a test holds the three equal.
pub const RESOURCE_SERVER: &str = "cms-intake";
/// Collecting a destination's records.
pub const READ_SCOPE: &str = "cms-intake/handover.read";
/// Acknowledging them.
pub const ACKNOWLEDGE_SCOPE: &str = "cms-intake/handover.acknowledge";

/// The realm named in `WWW-Authenticate`.
const REALM: &str = "cms-intake";

/// Which OAuth client is which destination: one per team's case management. Configured, never guessed: a client
/// named in neither is not a destination, whatever scopes it was given.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Destinations {
    clients: Vec<(String, Team)>,
}

impl Destinations {
    /// The client id of each team's destination, from the environment.
    pub fn variable(team: Team) -> &'static str {
        match team {
            Team::General => "HANDOVER_CLIENT_ID_GENERAL",
            Team::DomesticAbuse => "HANDOVER_CLIENT_ID_DOMESTIC_ABUSE",
        }
    }

    /// One client for each team's destination. Refused if one is missing, or if both are the same client (it would
    /// be given the general team's records as the domestic-abuse team's, or the other way round).
    pub fn new(clients: impl IntoIterator<Item = (Team, String)>) -> Result<Self, String> {
        let clients: Vec<(String, Team)> = clients.into_iter().map(|(team, client)| (client, team)).collect();
        for team in Team::ALL {
            match clients.iter().filter(|(_, of)| *of == team).map(|(client, _)| client.trim()).collect::<Vec<_>>()[..]
            {
                [client] if !client.is_empty() => {}
                _ => return Err(format!("{} must name one client", Self::variable(team))),
            }
        }
        let mut ids: Vec<&str> = clients.iter().map(|(client, _)| client.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        if ids.len() != clients.len() {
            return Err("each handover destination needs a client of its own".to_owned());
        }
        Ok(Self { clients })
    }

    /// Both required: a casework function that cannot tell its destinations apart must not start.
    pub fn from_env() -> Result<Self, String> {
        Self::new(Team::ALL.into_iter().map(|team| (team, std::env::var(Self::variable(team)).unwrap_or_default())))
    }

    /// None: the feed refuses every client (the dev server without the variables).
    pub fn none() -> Self {
        Self::default()
    }

    fn of(&self, client_id: &str) -> Option<Team> {
        self.clients.iter().find(|(client, _)| client == client_id).map(|(_, team)| *team)
    }
}

/// Why the feed did not answer with what was asked for. Each is JSON, never an HTML page.
#[derive(Debug)]
pub enum FeedError {
    /// No bearer token (a cookie is not one): 401.
    NoToken,
    /// A token that is not a valid access token of the provider (expired, forged, an ID token …): 401.
    InvalidToken,
    /// A valid token without the scope this route needs: 403.
    InsufficientScope(&'static str),
    /// A valid token of a client that is not a destination: 403.
    NotADestination,
    /// No such record for this destination, or a cursor this feed never gave: 404 and 400.
    NotFound,
    BadRequest,
    /// The store or the identity provider failed: 503.
    Store(StoreError),
    Unavailable(&'static str),
}

impl From<StoreError> for FeedError {
    fn from(error: StoreError) -> Self {
        FeedError::Store(error)
    }
}

fn json(status: StatusCode, body: String) -> Response {
    (status, [(header::CONTENT_TYPE, "application/json")], body).into_response()
}

impl IntoResponse for FeedError {
    fn into_response(self) -> Response {
        // RFC 6750, section 3: the challenge names the problem only when a token was offered.
        let challenge = |detail: &str| {
            HeaderValue::from_str(&format!("Bearer realm=\"{REALM}\"{detail}"))
                .unwrap_or(HeaderValue::from_static("Bearer"))
        };
        let (status, code, challenge) = match self {
            FeedError::NoToken => (StatusCode::UNAUTHORIZED, "unauthorized", Some(challenge(""))),
            FeedError::InvalidToken => {
                (StatusCode::UNAUTHORIZED, "invalid_token", Some(challenge(", error=\"invalid_token\"")))
            }
            FeedError::InsufficientScope(scope) => (
                StatusCode::FORBIDDEN,
                "insufficient_scope",
                Some(challenge(&format!(", error=\"insufficient_scope\", scope=\"{scope}\""))),
            ),
            FeedError::NotADestination => (StatusCode::FORBIDDEN, "forbidden", None),
            FeedError::NotFound => (StatusCode::NOT_FOUND, "not_found", None),
            FeedError::BadRequest => (StatusCode::BAD_REQUEST, "invalid_request", None),
            FeedError::Store(error) => {
                // The error names the operation and DynamoDB's code, never an item.
                tracing::error!(error = %error, "store unavailable");
                (StatusCode::SERVICE_UNAVAILABLE, "temporarily_unavailable", None)
            }
            FeedError::Unavailable(what) => {
                tracing::error!(dependency = what, "dependency unavailable");
                (StatusCode::SERVICE_UNAVAILABLE, "temporarily_unavailable", None)
            }
        };
        let mut response = json(status, format!("{{\"error\":\"{code}\"}}"));
        if let Some(challenge) = challenge {
            response.headers_mut().insert(header::WWW_AUTHENTICATE, challenge);
        }
        response
    }
}

/// The bearer token of `Authorization: Bearer <token>` (RFC 6750, section 2.1): exactly one such header, the
/// scheme in any case, and a token of the characters it allows. Anything else is no token.
fn bearer(headers: &HeaderMap) -> Option<&str> {
    let mut values = headers.get_all(header::AUTHORIZATION).iter();
    let (Some(value), None) = (values.next(), values.next()) else { return None };
    let (scheme, token) = value.to_str().ok()?.split_once(' ')?;
    let b64token = |c: char| c.is_ascii_alphanumeric() || "-._~+/".contains(c);
    let valid =
        scheme.eq_ignore_ascii_case("bearer") && !token.is_empty() && token.trim_end_matches('=').chars().all(b64token);
    valid.then_some(token)
}

/// A request from a destination: its verified access token, and which team's case management it is.
pub struct Collector {
    destination: Team,
    token: AccessToken,
}

impl Collector {
    fn must_have(&self, scope: &'static str) -> Result<(), FeedError> {
        if self.token.has_scope(scope) { Ok(()) } else { Err(FeedError::InsufficientScope(scope)) }
    }
}

impl<S> FromRequestParts<S> for Collector
where
    S: Send + Sync,
    CaseworkState: FromRef<S>,
{
    type Rejection = FeedError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let state = CaseworkState::from_ref(state);
        let token = bearer(&parts.headers).ok_or(FeedError::NoToken)?;
        let token = state.oidc.verify_access(token, state.store.clock().now()).await.map_err(|error| match error {
            SignInError::Unavailable(what) => FeedError::Unavailable(what),
            SignInError::Token(_) | SignInError::CodeRefused | SignInError::NoRefreshToken => FeedError::InvalidToken,
        })?;
        let destination = state.destinations.of(&token.client_id).ok_or(FeedError::NotADestination)?;
        Ok(Collector { destination, token })
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct RecordsQuery {
    after: Option<String>,
}

/// The feed's answer: the records as stored (each exactly the JSON made at hand-over, so a record never changes
/// between two collections), and the next page's address if there may be one.
fn page_body(page: &FeedPage) -> String {
    let mut body = String::from("{\"records\":[");
    body.push_str(&page.records.join(","));
    body.push(']');
    if let Some(next) = &page.next {
        let query = serde_urlencoded::to_string([("after", next.as_str())]).unwrap_or_default();
        body.push_str(",\"next\":");
        body.push_str(&serde_json::to_string(&format!("{RECORDS}?{query}")).unwrap_or_default());
    }
    body.push('}');
    body
}

pub async fn records(
    State(state): State<CaseworkState>,
    collector: Collector,
    Query(query): Query<RecordsQuery>,
) -> Result<Response, FeedError> {
    collector.must_have(READ_SCOPE)?;
    let after = match query.after.as_deref() {
        Some(cursor) => Some(FeedCursor::parse(cursor).ok_or(FeedError::BadRequest)?),
        None => None,
    };
    let page = state.store.handed_over_records(collector.destination, after.as_ref()).await?;
    Ok(json(StatusCode::OK, page_body(&page)))
}

async fn acknowledge(
    state: &CaseworkState,
    collector: &Collector,
    id: Option<RecordId>,
) -> Result<Response, FeedError> {
    collector.must_have(ACKNOWLEDGE_SCOPE)?;
    let id = id.ok_or(FeedError::NotFound)?;
    let now = state.store.clock().now();
    match state.store.acknowledge(collector.destination, &collector.token.client_id, &id, now).await? {
        Acknowledged::Done => Ok(StatusCode::NO_CONTENT.into_response()),
        Acknowledged::NotFound => Err(FeedError::NotFound),
    }
}

/// `POST /casework/handover/records/7KQM-2XHD-F/acknowledgement`: an application record.
pub async fn acknowledge_application(
    State(state): State<CaseworkState>,
    collector: Collector,
    Path(id): Path<String>,
) -> Result<Response, FeedError> {
    let id = RecordId::parse(&id).filter(|id| id.kind == RecordKind::Application);
    acknowledge(&state, &collector, id).await
}

/// `POST /casework/handover/records/7KQM-2XHD-F/disclosure/acknowledgement`: a disclosure record, whose id has a
/// slash in it.
pub async fn acknowledge_disclosure(
    State(state): State<CaseworkState>,
    collector: Collector,
    Path(reference): Path<String>,
) -> Result<Response, FeedError> {
    let id = RecordId::parse(&format!("{reference}/disclosure")).filter(|id| id.kind == RecordKind::Disclosure);
    acknowledge(&state, &collector, id).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bearer_token_is_one_authorization_header_of_the_bearer_scheme() {
        let headers = |values: &[&str]| {
            let mut headers = HeaderMap::new();
            for value in values {
                headers.append(header::AUTHORIZATION, HeaderValue::from_str(value).expect("a header"));
            }
            headers
        };
        assert_eq!(bearer(&headers(&["Bearer abc.DEF-_~+/="])), Some("abc.DEF-_~+/="));
        assert_eq!(bearer(&headers(&["bearer abc"])), Some("abc"), "the scheme in any case");
        for refused in [
            &[][..],
            &["Basic YWxhZGRpbjpvcGVuc2VzYW1l"],
            &["Bearer"],
            &["Bearer "],
            &["Bearer a b"],
            &["Bearer a,b"],
            &["Bearer =abc"],
            &["Bearer abc", "Bearer abc"],
        ] {
            assert_eq!(bearer(&headers(refused)), None, "{refused:?}");
        }
    }

    #[test]
    fn each_destination_is_one_client_and_no_client_is_two() {
        let both = |general: &str, domestic_abuse: &str| {
            Destinations::new([(Team::General, general.to_owned()), (Team::DomesticAbuse, domestic_abuse.to_owned())])
        };
        let destinations = both("client-g", "client-da").expect("configured");
        assert_eq!(destinations.of("client-g"), Some(Team::General));
        assert_eq!(destinations.of("client-da"), Some(Team::DomesticAbuse));
        assert_eq!(destinations.of("client-other"), None);
        assert_eq!(destinations.of(""), None);
        assert!(both("same", "same").is_err(), "one client for both");
        assert!(both("", "client-da").is_err() && both("client-g", " ").is_err(), "one missing");
        assert!(Destinations::new([(Team::General, "client-g".to_owned())]).is_err());
        assert_eq!(Destinations::none().of("client-g"), None);
    }

    #[test]
    fn a_page_is_the_stored_records_as_they_are_and_the_next_address() {
        let records = vec![r#"{"id":"A"}"#.to_owned(), r#"{"id":"B","x":[1,2]}"#.to_owned()];
        let next = FeedCursor::parse("2026-11-22T09:05:00Z#7KQM-2XHD-F/disclosure").expect("a cursor");
        let body = page_body(&FeedPage { records: records.clone(), next: Some(next) });
        assert_eq!(
            body,
            r#"{"records":[{"id":"A"},{"id":"B","x":[1,2]}],"next":"/casework/handover/records?after=2026-11-22T09%3A05%3A00Z%237KQM-2XHD-F%2Fdisclosure"}"#
        );
        let parsed: serde_json::Value = serde_json::from_str(&body).expect("JSON");
        assert_eq!(parsed["records"][1]["x"][1], 2);
        assert_eq!(page_body(&FeedPage { records: Vec::new(), next: None }), r#"{"records":[]}"#);
    }

    /// The stack (infra/) and the loopback provider (tests/support/oidc-provider.mjs) read the scopes from
    /// `infra/handover-feed.json`.
    #[test]
    fn the_scopes_are_the_ones_infra_and_the_local_provider_use() {
        let shared: serde_json::Value =
            serde_json::from_str(include_str!("../../../infra/handover-feed.json")).expect("JSON");
        assert_eq!(shared["resourceServer"], RESOURCE_SERVER);
        let scope = |name: &str| format!("{RESOURCE_SERVER}/{}", shared["scopes"][name].as_str().expect("a scope"));
        assert_eq!((scope("read"), scope("acknowledge")), (READ_SCOPE.to_owned(), ACKNOWLEDGE_SCOPE.to_owned()));
        for team in Team::ALL {
            assert_eq!(shared["clientIdVariables"][team.as_str()], Destinations::variable(team));
        }
    }
}
