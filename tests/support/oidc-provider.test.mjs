// Smoke test of the loopback OpenID Connect provider (tests/support/oidc-provider.mjs):
//   node --test tests/support/oidc-provider.test.mjs
// Starts it as a child process on a free port and drives it with plain fetch, cookies carried by hand.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash, createPublicKey, randomBytes, verify } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const PROVIDER = join(here, 'oidc-provider.mjs');
const USERS = JSON.parse(readFileSync(join(here, 'oidc-users.json'), 'utf8'));
const REDIRECT_URI = 'http://localhost/casework/callback';
const POST_LOGOUT_REDIRECT_URI = 'http://localhost/casework/signed-out';
const CLIENT_ID = 'casework-local';
const CLIENT_SECRET = 'casework-local-secret';
// The handover feed's scopes and clients, as the casework function and the stack know them.
const FEED = JSON.parse(readFileSync(join(here, '..', '..', 'infra', 'handover-feed.json'), 'utf8'));
const READ = `${FEED.resourceServer}/${FEED.scopes.read}`;
const ACKNOWLEDGE = `${FEED.resourceServer}/${FEED.scopes.acknowledge}`;
const FEED_CLIENTS = [
  ['handover-general-local', 'handover-general-local-secret'],
  ['handover-domestic-abuse-local', 'handover-domestic-abuse-local-secret'],
  ['handover-unconfigured-local', 'handover-unconfigured-local-secret'],
];

const userWithGroups = (groups) => {
  const user = USERS.find((candidate) => JSON.stringify(candidate.groups) === JSON.stringify(groups));
  assert.ok(user, `a seeded user with groups ${JSON.stringify(groups)}`);
  return user;
};

let child;
let stderr = '';
let workDir;
let issuer;

function stopChild() {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
}
process.on('exit', stopChild);

before(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'oidc-provider-test-'));
  const portFile = join(workDir, 'port');
  child = spawn(
    process.execPath,
    [
      PROVIDER,
      '--port', '0',
      '--port-file', portFile,
      '--redirect-uri', REDIRECT_URI,
      '--post-logout-redirect-uri', POST_LOGOUT_REDIRECT_URI,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout.setEncoding('utf8').on('data', (chunk) => { stderr += chunk; });
  child.stderr.setEncoding('utf8').on('data', (chunk) => { stderr += chunk; });

  const deadline = Date.now() + 20_000;
  while (!existsSync(portFile) || readFileSync(portFile, 'utf8').trim() === '') {
    if (child.exitCode !== null) throw new Error(`provider exited early (${child.exitCode}):\n${stderr}`);
    if (Date.now() > deadline) throw new Error(`provider did not write its port file within 20 s:\n${stderr}`);
    await sleep(50);
  }
  const port = Number(readFileSync(portFile, 'utf8').trim());
  assert.ok(port > 0 && port < 65536, `port file holds a port: ${port}`);
  issuer = `http://127.0.0.1:${port}`;
});

after(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const stopped = await Promise.race([exited.then(() => true), sleep(5000, undefined, { ref: false }).then(() => false)]);
    if (!stopped) child.kill('SIGKILL');
  }
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

// A minimal cookie jar: name -> value, for the one origin under test (paths ignored: sending a cookie
// to more paths than it was set for does no harm here).
class CookieJar {
  #cookies = new Map();

  store(response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((attribute) => {
        const [key, val = ''] = attribute.split('=');
        const k = key.trim().toLowerCase();
        if (k === 'max-age') return Number(val) <= 0;
        if (k === 'expires') return Date.parse(val) <= Date.now();
        return false;
      });
      if (expired || value === '') this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
  }

  header() {
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

async function request(jar, url, init = {}) {
  const headers = new Headers(init.headers);
  const cookie = jar.header();
  if (cookie) headers.set('cookie', cookie);
  const response = await fetch(url, { ...init, headers, redirect: 'manual' });
  jar.store(response);
  return response;
}

const base64url = (buffer) => Buffer.from(buffer).toString('base64url');

function pkcePair() {
  const verifier = base64url(randomBytes(32));
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  return { verifier, challenge };
}

function authorizeUrl({ state, nonce, challenge, withChallenge = true }) {
  const url = new URL('/auth', issuer);
  url.searchParams.set('client_id', CLIENT_ID);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('scope', 'openid profile email');
  url.searchParams.set('redirect_uri', REDIRECT_URI);
  url.searchParams.set('state', state);
  url.searchParams.set('nonce', nonce);
  if (withChallenge) {
    url.searchParams.set('code_challenge', challenge);
    url.searchParams.set('code_challenge_method', 'S256');
  }
  return url;
}

// GET authorize and follow to the login form; returns the form's absolute action URL.
async function startSignIn(jar, params) {
  const authorize = await request(jar, authorizeUrl(params));
  assert.equal(authorize.status, 303, 'authorize redirects to the interaction');
  const interactionUrl = new URL(authorize.headers.get('location'), issuer);
  assert.match(interactionUrl.pathname, /^\/interaction\/[\w-]+$/);

  const formPage = await request(jar, interactionUrl);
  assert.equal(formPage.status, 200);
  const html = await formPage.text();
  assert.match(html, /<h1>Sign in<\/h1>/);
  assert.match(html, /<label for="username">Username<\/label>/);
  assert.match(html, /<input id="username" name="username" type="text" autocomplete="username"/);
  assert.match(html, /<label for="password">Password<\/label>/);
  assert.match(html, /<input id="password" name="password" type="password" autocomplete="current-password"/);
  assert.match(html, /<button type="submit">Sign in<\/button>/);
  assert.doesNotMatch(html, /<script|https?:\/\//i, 'no script and no external resources');
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  assert.ok(action, 'the form has an action');
  return new URL(action.replace(/&amp;/g, '&'), issuer);
}

function postForm(jar, url, fields) {
  return request(jar, url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
}

// Signs a user in with the code flow + PKCE and returns the token response and the ID token's parts.
async function signIn(user) {
  const jar = new CookieJar();
  const state = base64url(randomBytes(16));
  const nonce = base64url(randomBytes(16));
  const { verifier, challenge } = pkcePair();

  const action = await startSignIn(jar, { state, nonce, challenge });
  let response = await postForm(jar, action, { username: user.username, password: user.password });
  assert.equal(response.status, 303, 'a right password redirects onwards');

  let callback;
  for (let hops = 0; hops < 10; hops += 1) {
    const location = new URL(response.headers.get('location'), issuer);
    if (location.href.startsWith(REDIRECT_URI)) {
      callback = location;
      break;
    }
    assert.equal(location.origin, issuer, `redirects stay on the provider until the callback: ${location}`);
    response = await request(jar, location);
    assert.ok([302, 303].includes(response.status), `expected a redirect from ${location}, got ${response.status}`);
  }
  assert.ok(callback, 'reached the redirect URI');
  assert.equal(`${callback.origin}${callback.pathname}`, REDIRECT_URI);
  assert.equal(callback.searchParams.get('error'), null, `no error: ${callback}`);
  assert.equal(callback.searchParams.get('state'), state);
  assert.equal(callback.searchParams.get('iss'), issuer);
  const code = callback.searchParams.get('code');
  assert.ok(code, 'an authorization code');

  const tokenResponse = await fetch(new URL('/token', issuer), {
    method: 'POST',
    redirect: 'manual',
    headers: {
      authorization: `Basic ${Buffer.from(`${encodeURIComponent(CLIENT_ID)}:${encodeURIComponent(CLIENT_SECRET)}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
      code_verifier: verifier,
    }).toString(),
  });
  const tokens = await tokenResponse.json();
  assert.equal(tokenResponse.status, 200, `token endpoint: ${JSON.stringify(tokens)}`);
  assert.equal(tokens.token_type, 'Bearer');
  assert.ok(tokens.id_token, 'an ID token');

  const [header, payload, signature] = tokens.id_token.split('.');
  return {
    jar,
    nonce,
    tokens,
    header: JSON.parse(Buffer.from(header, 'base64url').toString('utf8')),
    claims: JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')),
    signingInput: `${header}.${payload}`,
    signature: Buffer.from(signature, 'base64url'),
  };
}

const basic = (id, secret) => `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;

// The client credentials grant, as a destination's system asks for its token.
async function clientCredentials(id, secret, scope) {
  const response = await fetch(new URL('/token', issuer), {
    method: 'POST',
    redirect: 'manual',
    headers: { authorization: basic(id, secret), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', ...(scope ? { scope } : {}) }).toString(),
  });
  return { status: response.status, body: await response.json() };
}

// A JWT's parts, its signature verified against the provider's published key.
async function verifiedJwt(token) {
  const [header, payload, signature] = token.split('.');
  const decoded = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
  const { keys } = await (await fetch(new URL('/jwks', issuer))).json();
  const jwk = keys.find((key) => key.kid === decoded.kid);
  assert.ok(jwk, 'the token names the published key');
  const valid = verify('RSA-SHA256', Buffer.from(`${header}.${payload}`), createPublicKey({ key: jwk, format: 'jwk' }),
    Buffer.from(signature, 'base64url'));
  assert.ok(valid, 'signature verifies');
  return { header: decoded, claims: JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) };
}

describe('loopback OIDC provider', () => {
  it('publishes a discovery document', async () => {
    const response = await fetch(new URL('/.well-known/openid-configuration', issuer));
    assert.equal(response.status, 200);
    const discovery = await response.json();
    assert.equal(discovery.issuer, issuer);
    assert.equal(discovery.authorization_endpoint, `${issuer}/auth`);
    assert.equal(discovery.token_endpoint, `${issuer}/token`);
    assert.equal(discovery.jwks_uri, `${issuer}/jwks`);
    assert.equal(discovery.end_session_endpoint, `${issuer}/session/end`);
    assert.ok(discovery.code_challenge_methods_supported.includes('S256'));
    assert.deepEqual(discovery.response_types_supported, ['code']);
    assert.ok(discovery.scopes_supported.includes('openid'));
    assert.ok(discovery.claims_supported.includes('cognito:groups'));
    assert.ok(discovery.id_token_signing_alg_values_supported.includes('RS256'));
    assert.ok(discovery.grant_types_supported.includes('client_credentials'), 'the handover feed\'s grant');
  });

  it("issues each handover feed client a signed JWT access token with Cognito's claims", async () => {
    for (const [id, secret] of FEED_CLIENTS) {
      const { status, body } = await clientCredentials(id, secret, `${READ} ${ACKNOWLEDGE}`);
      assert.equal(status, 200, JSON.stringify(body));
      assert.equal(body.token_type, 'Bearer');
      assert.equal(body.scope, `${READ} ${ACKNOWLEDGE}`);
      assert.equal(body.id_token, undefined, 'no ID token for a machine');
      const { header, claims } = await verifiedJwt(body.access_token);
      assert.equal(header.alg, 'RS256');
      assert.equal(claims.iss, issuer);
      assert.equal(claims.client_id, id);
      assert.equal(claims.token_use, 'access', 'as Cognito marks its access tokens');
      assert.equal(claims.scope, `${READ} ${ACKNOWLEDGE}`);
      const now = Math.floor(Date.now() / 1000);
      assert.ok(claims.exp > now && claims.exp <= now + 3600 + 5, 'expires within the hour');
    }
  });

  it('gives a feed client only the scopes it asks for, and nothing without the right secret', async () => {
    const [id, secret] = FEED_CLIENTS[0];
    const readOnly = await clientCredentials(id, secret, READ);
    assert.equal(readOnly.status, 200);
    assert.equal((await verifiedJwt(readOnly.body.access_token)).claims.scope, READ);
    const wrong = await clientCredentials(id, `${secret}x`, READ);
    assert.equal(wrong.status, 401);
    assert.equal(wrong.body.error, 'invalid_client');
    assert.equal(wrong.body.access_token, undefined);
  });

  it('never issues the casework client a token by the client credentials grant', async () => {
    const { status, body } = await clientCredentials(CLIENT_ID, CLIENT_SECRET, READ);
    assert.equal(status, 400, JSON.stringify(body));
    assert.equal(body.access_token, undefined);
  });

  it('publishes one RSA signing key with a kid', async () => {
    const response = await fetch(new URL('/jwks', issuer));
    assert.equal(response.status, 200);
    const { keys } = await response.json();
    assert.equal(keys.length, 1);
    assert.equal(keys[0].kty, 'RSA');
    assert.ok(keys[0].kid, 'has a kid');
    assert.equal(keys[0].d, undefined, 'no private part');
  });

  it('signs the domestic-abuse caseworker in with the code flow and PKCE', async () => {
    const user = userWithGroups(['domestic-abuse']);
    const { header, claims, nonce, signingInput, signature, tokens } = await signIn(user);

    assert.equal(header.alg, 'RS256');
    const { keys } = await (await fetch(new URL('/jwks', issuer))).json();
    const jwk = keys.find((key) => key.kid === header.kid);
    assert.ok(jwk, 'the ID token names the published key');
    const publicKey = createPublicKey({ key: jwk, format: 'jwk' });
    assert.ok(verify('RSA-SHA256', Buffer.from(signingInput), publicKey, signature), 'signature verifies');

    assert.equal(claims.iss, issuer);
    assert.equal(claims.aud, CLIENT_ID);
    assert.equal(claims.nonce, nonce);
    assert.equal(claims.sub, user.sub);
    assert.deepEqual(claims['cognito:groups'], ['domestic-abuse']);
    assert.equal(claims.name, user.name);
    assert.equal(claims.email, user.email);
    const now = Math.floor(Date.now() / 1000);
    assert.ok(claims.exp > now && claims.exp <= now + 3600 + 5, 'expires within the hour');
    // Neither of the caseworker's tokens is one the handover feed takes: the ID token is not marked an access
    // token, and the access token (for the userinfo endpoint, no resource server) is not a JWT.
    assert.equal(claims.token_use, undefined);
    assert.equal(claims.client_id, undefined);
    assert.equal(tokens.access_token.split('.').length, 1, 'an opaque access token');
  });

  it('omits cognito:groups, as Cognito does, for a user in no group', async () => {
    const user = userWithGroups([]);
    const { claims } = await signIn(user);
    assert.equal(claims.sub, user.sub);
    assert.equal(claims.email, user.email);
    assert.equal('cognito:groups' in claims, false);
  });

  it('signs out through the end-session endpoint back to the post-logout redirect URI', async () => {
    const user = userWithGroups(['general']);
    const { jar, tokens, claims } = await signIn(user);
    assert.deepEqual(claims['cognito:groups'], ['general']);

    const endSession = new URL('/session/end', issuer);
    endSession.searchParams.set('id_token_hint', tokens.id_token);
    endSession.searchParams.set('post_logout_redirect_uri', POST_LOGOUT_REDIRECT_URI);
    endSession.searchParams.set('state', 'bye');
    const confirm = await request(jar, endSession);
    assert.equal(confirm.status, 200);
    const html = await confirm.text();
    assert.doesNotMatch(html, /<script|https?:\/\/(?!127\.0\.0\.1)/i, 'no script and no external resources');
    const action = /<form id="op\.logoutForm" method="post" action="([^"]+)"/.exec(html)?.[1];
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1];
    assert.ok(action && xsrf, 'the confirmation form');

    const done = await postForm(jar, new URL(action, issuer), { xsrf, logout: 'yes' });
    assert.equal(done.status, 303);
    const location = new URL(done.headers.get('location'), issuer);
    assert.equal(`${location.origin}${location.pathname}`, POST_LOGOUT_REDIRECT_URI);
    assert.equal(location.searchParams.get('state'), 'bye');
  });

  it('shows the form again with 401 for a wrong password', async () => {
    const user = userWithGroups(['domestic-abuse']);
    const jar = new CookieJar();
    const { challenge } = pkcePair();
    const action = await startSignIn(jar, { state: 's', nonce: 'n', challenge });

    const response = await postForm(jar, action, { username: user.username, password: `${user.password}x` });
    assert.equal(response.status, 401);
    assert.equal(response.headers.get('location'), null, 'no redirect');
    const html = await response.text();
    assert.match(html, /<h1>Sign in<\/h1>/);
    assert.match(html, /The username or password is not right/);
    assert.match(html, /<input id="password" name="password" type="password"/);
    assert.ok(!html.includes(user.password), 'the password is not echoed');

    const unknown = await postForm(jar, action, { username: 'nobody', password: user.password });
    assert.equal(unknown.status, 401);
  });

  it('refuses an authorization request without a PKCE code challenge', async () => {
    const jar = new CookieJar();
    const response = await request(jar, authorizeUrl({ state: 'no-pkce', nonce: 'n', withChallenge: false }));
    if (response.status === 400) return;
    assert.ok([302, 303].includes(response.status), `an error redirect or 400, got ${response.status}`);
    const location = new URL(response.headers.get('location'), issuer);
    assert.equal(`${location.origin}${location.pathname}`, REDIRECT_URI);
    assert.equal(location.searchParams.get('error'), 'invalid_request');
    assert.match(location.searchParams.get('error_description') ?? '', /PKCE/);
    assert.equal(location.searchParams.get('state'), 'no-pkce');
    assert.equal(location.searchParams.get('code'), null);
  });
});
