#!/usr/bin/env node
// A real OpenID Connect provider on loopback, standing in for AWS Cognito in local development and tests.
// Built on `oidc-provider` (panva), pinned in tests/package.json; run `npm ci` in tests/ first.
//
//   node tests/support/oidc-provider.mjs [--port N] [--port-file FILE]
//       [--redirect-uri URI ...] [--post-logout-redirect-uri URI ...]
//       [--id-token-ttl SECONDS] [--users FILE]
//
//   --port N                       listen on 127.0.0.1:N (default 0: a free port)
//   --port-file FILE               once listening, write the port to FILE (removed first, written atomically)
//   --redirect-uri URI             the client's redirect URIs, repeatable
//                                  (default http://localhost:3000/casework/callback)
//   --post-logout-redirect-uri URI the client's post-logout redirect URIs, repeatable
//                                  (default http://localhost:3000/casework/signed-out)
//   --id-token-ttl SECONDS         ID token lifetime (default 3600, as Cognito's)
//   --users FILE                   seeded users (default oidc-users.json beside this file)
//
// Once listening it prints one line, `OIDC provider at http://127.0.0.1:<port>`, which is also the issuer
// (no trailing slash). SIGTERM/SIGINT stop it cleanly; so does its starter exiting (orphan guard), unless the
// starter was already gone by the time it was ready (taken as a wish to detach).
//
// One client, the caseworker service: authorization code flow, client_secret_basic, PKCE (S256) required.
// ID tokens carry what Cognito's do: sub, email, name and `cognito:groups` (an array of group names).
// Like Cognito's app client, it is issued a refresh token with every authorization code (no `offline_access` scope
// to ask for: Cognito has none), and the refresh token grant answers with a new ID token carrying the account's
// groups as they are then. Every refresh rotates the refresh token, and presenting a rotated-away one revokes the
// whole grant (oidc-provider's reuse detection): stricter than Cognito without rotation, so the casework function's
// one-check-at-a-time is tested against the provider that punishes a second use.
// Leavers (issue 14, point 6), for tests and for trying it in `make dev`, on this loopback server only:
//   POST /test/accounts/<sub>/disable   as Cognito's AdminDisableUser: no sign-in, and every refresh refused
//                                       (invalid_grant), so the casework session ends at its next check
//   POST /test/accounts/<sub>/enable    as AdminEnableUser
//   POST /test/accounts/<sub>/groups    the account's groups become the form's `group` fields (none: no group),
//                                       as AdminAddUserToGroup/AdminRemoveUserFromGroup
// each answering 204, or 404 for an unknown account.
// And the handover feed's clients (docs/handover.md), standing in for the Cognito app clients of
// infra/lib/staff-sign-in.ts: one per destination (general, domestic-abuse) and one that no destination names, each
// with the client credentials grant and client_secret_basic. Their access tokens are JWTs for the feed's resource
// server (resource indicators, RFC 8707: oidc-provider issues JWT access tokens only for a resource server), with the
// scopes of infra/handover-feed.json, and carry what Cognito's do: client_id, scope and `token_use: access`. A client
// need not name the resource: the feed is its default.
// Sign-in checks the username and password against the seeded users (not oidc-provider's devInteractions,
// which accept anyone); consent is granted automatically for this first-party client.
// Everything is in memory and lost on exit: keys, sessions, codes and tokens.
// On stderr oidc-provider warns that it is using its in-memory adapter (intended here) and, on Node.js older
// than 22, that the runtime is unsupported (every 9.x release says so; it runs on Node.js 20.20 as tested).

import { createHash, generateKeyPairSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import Provider, { errors } from 'oidc-provider';

const HOST = '127.0.0.1';

export const CLIENT_ID = 'casework-local';
// A development-only secret for a client that exists only on this loopback provider; never use it elsewhere.
export const CLIENT_SECRET = 'casework-local-secret';

// The handover feed's scopes, as the stack names them (Cognito: `<resource server>/<scope>`), from the file the
// casework function's test also reads.
const FEED = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'infra', 'handover-feed.json'), 'utf8'),
);
export const FEED_SCOPES = Object.freeze({
  read: `${FEED.resourceServer}/${FEED.scopes.read}`,
  acknowledge: `${FEED.resourceServer}/${FEED.scopes.acknowledge}`,
});
// The resource indicator the feed's access tokens are issued for (their `aud`); Cognito's carry none.
export const FEED_RESOURCE = `urn:${FEED.resourceServer}:handover`;
// Development-only secrets for clients that exist only on this loopback provider; never use them elsewhere.
export const FEED_CLIENTS = Object.freeze([
  { client_id: 'handover-general-local', client_secret: 'handover-general-local-secret', destination: 'general' },
  {
    client_id: 'handover-domestic-abuse-local',
    client_secret: 'handover-domestic-abuse-local-secret',
    destination: 'domestic-abuse',
  },
  // Given the feed's scopes, but no destination names it: another system of the same identity provider.
  { client_id: 'handover-unconfigured-local', client_secret: 'handover-unconfigured-local-secret', destination: null },
]);
const FEED_CLIENT_IDS = new Set(FEED_CLIENTS.map((client) => client.client_id));
// As Cognito's default for an app client's access tokens.
const FEED_ACCESS_TOKEN_TTL = 3600;

const DEFAULT_REDIRECT_URI = 'http://localhost:3000/casework/callback';
const DEFAULT_POST_LOGOUT_REDIRECT_URI = 'http://localhost:3000/casework/signed-out';
const DEFAULT_USERS_FILE = join(dirname(fileURLToPath(import.meta.url)), 'oidc-users.json');

function usage(message) {
  process.stderr.write(
    `oidc-provider.mjs: ${message}\n`
      + 'usage: node tests/support/oidc-provider.mjs [--port N] [--port-file FILE] [--redirect-uri URI ...]\n'
      + '       [--post-logout-redirect-uri URI ...] [--id-token-ttl SECONDS] [--users FILE]\n',
  );
  process.exit(2);
}

function parseCli(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string', default: '0' },
        'port-file': { type: 'string' },
        'redirect-uri': { type: 'string', multiple: true },
        'post-logout-redirect-uri': { type: 'string', multiple: true },
        'id-token-ttl': { type: 'string' },
        users: { type: 'string', default: DEFAULT_USERS_FILE },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    usage(error.message);
  }

  if (!/^\d+$/.test(values.port) || Number(values.port) > 65535) usage('--port needs a port number (0-65535)');
  let idTokenTtl;
  if (values['id-token-ttl'] !== undefined) {
    if (!/^\d+$/.test(values['id-token-ttl']) || Number(values['id-token-ttl']) < 1) {
      usage('--id-token-ttl needs a whole number of seconds (1 or more)');
    }
    idTokenTtl = Number(values['id-token-ttl']);
  }
  const uris = (list, fallback, option) => {
    const chosen = list?.length ? list : [fallback];
    for (const uri of chosen) {
      let url;
      try {
        url = new URL(uri);
      } catch {
        usage(`${option}: not an absolute URL: ${uri}`);
      }
      if (!['http:', 'https:'].includes(url.protocol) || url.hash) usage(`${option}: needs an http(s) URL without a fragment: ${uri}`);
    }
    return chosen;
  };
  return {
    port: Number(values.port),
    portFile: values['port-file'],
    redirectUris: uris(values['redirect-uri'], DEFAULT_REDIRECT_URI, '--redirect-uri'),
    postLogoutRedirectUris: uris(
      values['post-logout-redirect-uri'],
      DEFAULT_POST_LOGOUT_REDIRECT_URI,
      '--post-logout-redirect-uri',
    ),
    idTokenTtl,
    usersFile: values.users,
  };
}

function loadUsers(file) {
  const users = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(users)) throw new Error(`${file}: expected an array of users`);
  const seen = new Set();
  for (const user of users) {
    for (const field of ['sub', 'username', 'password', 'name', 'email']) {
      if (typeof user?.[field] !== 'string' || user[field] === '') {
        throw new Error(`${file}: every user needs a non-empty string "${field}"`);
      }
    }
    if (!Array.isArray(user.groups) || !user.groups.every((group) => typeof group === 'string')) {
      throw new Error(`${file}: user ${user.username}: "groups" must be an array of strings`);
    }
    for (const key of [`sub:${user.sub}`, `username:${user.username}`]) {
      if (seen.has(key)) throw new Error(`${file}: duplicate ${key}`);
      seen.add(key);
    }
  }
  return users;
}

// A fresh RSA 2048 signing key per start, as a private JWK with its RFC 7638 thumbprint as `kid`.
function generateSigningJwk() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });
  const kid = createHash('sha256')
    .update(JSON.stringify({ e: jwk.e, kty: jwk.kty, n: jwk.n }))
    .digest('base64url');
  return { ...jwk, kid, alg: 'RS256', use: 'sig' };
}

// Compares without leaking the length or the content of the secret through timing.
function secretEquals(given, expected) {
  const digest = (value) => createHash('sha256').update(String(value)).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function htmlEscape(value) {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// Every page here: no external resources and no script; the one inline <style> is allowed by its hash.
const STYLE = [
  'body{font-family:Arial,sans-serif;font-size:19px;line-height:1.3;color:#0b0c0c;margin:0;padding:20px}',
  'main{max-width:640px;margin:0 auto}',
  'h1{font-size:36px;margin:0 0 30px}',
  'label{display:block;font-weight:700;margin-bottom:5px}',
  'input{font:inherit;width:100%;max-width:20em;box-sizing:border-box;padding:5px;border:2px solid #0b0c0c}',
  'input:focus,button:focus,a:focus{outline:3px solid #fd0;outline-offset:0;box-shadow:inset 0 0 0 2px #0b0c0c}',
  '.field{margin-bottom:30px}',
  'button{font:inherit;color:#fff;background:#00703c;border:0;box-shadow:0 2px 0 #002d18;padding:8px 10px;cursor:pointer}',
  '.error-summary{border:5px solid #d4351c;padding:15px;margin-bottom:30px}',
  '.error-summary h2{margin-top:0;font-size:24px}',
  '.error-summary a{color:#d4351c;font-weight:700}',
  '.hint{color:#505a5f}',
  '.error-message{color:#d4351c;font-weight:700}',
  '.visually-hidden{position:absolute;width:1px;height:1px;margin:0;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}',
].join('');
const CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

function page(title, body) {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${htmlEscape(title)} – local sign-in (development only)</title>
<style>${STYLE}</style>
</head>
<body>
<main id="main-content">
${body}
</main>
</body>
</html>
`;
}

function sendHtml(res, status, html) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Security-Policy', CSP);
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.end(html);
}

function loginPage(uid, { error, username } = {}) {
  const errorSummary = error
    ? `<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
<h2 id="error-summary-title">There is a problem</h2>
<p><a href="#username">${htmlEscape(error)}</a></p>
</div>
`
    : '';
  const describedBy = error ? ' aria-describedby="login-error" aria-invalid="true"' : '';
  const errorText = error ? `<p id="login-error" class="error-message"><span class="visually-hidden">Error: </span>${htmlEscape(error)}</p>\n` : '';
  return page(
    error ? `Error: Sign in` : 'Sign in',
    `${errorSummary}<h1>Sign in</h1>
<p class="hint">Local development sign-in for caseworkers. Use one of the seeded development accounts.</p>
<form method="post" action="/interaction/${encodeURIComponent(uid)}/login" novalidate>
${errorText}<div class="field">
<label for="username">Username</label>
<input id="username" name="username" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" value="${htmlEscape(username)}"${describedBy}>
</div>
<div class="field">
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password"${describedBy}>
</div>
<button type="submit">Sign in</button>
</form>`,
  );
}

function messagePage(title, message) {
  return page(title, `<h1>${htmlEscape(title)}</h1>\n<p>${htmlEscape(message)}</p>`);
}

async function readForm(req, limit = 16 * 1024) {
  const type = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') return null;
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function buildConfiguration({ users, disabled, redirectUris, postLogoutRedirectUris, idTokenTtl }) {
  const usersBySub = new Map(users.map((user) => [user.sub, user]));

  return {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        client_name: 'Child maintenance casework (local)',
        application_type: 'web',
        token_endpoint_auth_method: 'client_secret_basic',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: redirectUris,
        post_logout_redirect_uris: postLogoutRedirectUris,
        id_token_signed_response_alg: 'RS256',
      },
      ...FEED_CLIENTS.map(({ client_id, client_secret, destination }) => ({
        client_id,
        client_secret,
        client_name: `Case management, ${destination ?? 'no'} destination (local)`,
        token_endpoint_auth_method: 'client_secret_basic',
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
      })),
    ],
    jwks: { keys: [generateSigningJwk()] },
    // Signs the provider's own cookies; random per start, so a restart signs everyone out. Over plain http
    // oidc-provider leaves the Secure flag off (it adds it only for https requests), so its cookies (SameSite=Lax,
    // HttpOnly) work on 127.0.0.1 with no other cookie settings.
    cookies: { keys: [randomBytes(32).toString('base64url')] },

    responseTypes: ['code'],
    scopes: ['openid', 'profile', 'email'],
    // Which claims each scope releases. With conformIdTokenClaims: false they go into the ID token itself,
    // not only the userinfo response, as Cognito's ID tokens carry them.
    claims: {
      acr: null,
      auth_time: null,
      iss: null,
      sid: null,
      openid: ['sub', 'cognito:groups', 'cognito:username'],
      profile: ['name'],
      email: ['email', 'email_verified'],
    },
    conformIdTokenClaims: false,

    // A disabled account is not found: oidc-provider then refuses its refresh tokens with invalid_grant
    // ("referenced account not found"), as Cognito refuses a disabled user's.
    async findAccount(_ctx, sub) {
      const user = usersBySub.get(sub);
      if (!user || disabled.has(sub)) return undefined;
      return {
        accountId: user.sub,
        async claims() {
          return {
            sub: user.sub,
            // Cognito leaves cognito:groups out of the token altogether for a user in no group.
            ...(user.groups.length ? { 'cognito:groups': [...user.groups] } : {}),
            'cognito:username': user.username,
            name: user.name,
            email: user.email,
            email_verified: true,
          };
        },
      };
    },

    // Skip consent for this first-party client: grant whatever OIDC scopes and claims are asked for.
    async loadExistingGrant(ctx) {
      const { oidc } = ctx;
      const grantId = oidc.result?.consent?.grantId || oidc.session.grantIdFor(oidc.client.clientId);
      let grant = grantId ? await oidc.provider.Grant.find(grantId) : undefined;
      if (grant && (grant.accountId !== oidc.account.accountId || grant.clientId !== oidc.client.clientId)) {
        grant = undefined;
      }
      grant ??= new oidc.provider.Grant({ accountId: oidc.account.accountId, clientId: oidc.client.clientId });
      const scopes = [...oidc.requestParamOIDCScopes].join(' ');
      if (scopes) grant.addOIDCScope(scopes);
      const claims = [...oidc.requestParamClaims];
      if (claims.length) grant.addOIDCClaims(claims);
      await grant.save();
      return grant;
    },

    // As Cognito: a refresh token with every authorization code the casework client redeems, without the
    // `offline_access` scope oidc-provider otherwise requires (and which Cognito does not have).
    async issueRefreshToken(_ctx, client) {
      return client.clientId === CLIENT_ID && client.grantTypeAllowed('refresh_token');
    },
    rotateRefreshToken: true,

    pkce: {
      // Required for every authorization request (the casework client's); oidc-provider 9 accepts S256 only.
      required: () => true,
    },

    // Cognito marks its access tokens `token_use: access` (its ID tokens `id`); the feed refuses any other.
    async extraTokenClaims(_ctx, token) {
      return token.kind === 'ClientCredentials' ? { token_use: 'access' } : undefined;
    },

    // Refresh tokens last a casework session's 8 hours, as the Cognito app client's (infra/lib/staff-sign-in.ts).
    ttl: { ...(idTokenTtl ? { IdToken: idTokenTtl } : {}), RefreshToken: 8 * 60 * 60 },

    interactions: {
      url: (_ctx, interaction) => `/interaction/${interaction.uid}`,
    },

    features: {
      // Off: its login accepts any username and password. Ours is below, in front of provider.callback().
      devInteractions: { enabled: false },
      // The handover feed's machines (RFC 6749, section 4.4).
      clientCredentials: { enabled: true },
      // JWT access tokens are issued only for a resource server: the feed, for the feed's clients and no other.
      resourceIndicators: {
        enabled: true,
        defaultResource: (_ctx, client) => (FEED_CLIENT_IDS.has(client?.clientId) ? FEED_RESOURCE : undefined),
        useGrantedResource: () => false,
        getResourceServerInfo(_ctx, resourceIndicator, client) {
          if (resourceIndicator !== FEED_RESOURCE || !FEED_CLIENT_IDS.has(client?.clientId)) {
            throw new errors.InvalidTarget();
          }
          return {
            scope: [FEED_SCOPES.read, FEED_SCOPES.acknowledge].join(' '),
            audience: FEED_RESOURCE,
            accessTokenFormat: 'jwt',
            accessTokenTTL: FEED_ACCESS_TOKEN_TTL,
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx, form) {
          ctx.type = 'html';
          ctx.set('Content-Security-Policy', CSP);
          ctx.body = page(
            'Sign out',
            `<h1>Do you want to sign out?</h1>
${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes">Yes, sign me out</button>
<button type="submit" form="op.logoutForm">No, stay signed in</button>`,
          );
        },
        async postLogoutSuccessSource(ctx) {
          ctx.type = 'html';
          ctx.set('Content-Security-Policy', CSP);
          ctx.body = messagePage('You have signed out', 'You have signed out of the local sign-in service.');
        },
      },
    },

    async renderError(ctx, out) {
      ctx.type = 'html';
      ctx.set('Content-Security-Policy', CSP);
      const details = Object.entries(out)
        .map(([key, value]) => `<dt>${htmlEscape(key)}</dt><dd>${htmlEscape(value)}</dd>`)
        .join('');
      ctx.body = page('Sign-in error', `<h1>Sign-in error</h1>\n<dl>${details}</dl>`);
    },
  };
}

// The test-only administration of accounts (see the top of this file). Loopback only, as the whole server is.
async function handleAccountAdministration(users, disabled, req, res, pathname) {
  const match = /^\/test\/accounts\/([A-Za-z0-9_-]+)\/(disable|enable|groups)$/.exec(pathname);
  if (!match) {
    sendHtml(res, 404, messagePage('Page not found', 'There is nothing at this address.'));
    return;
  }
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    sendHtml(res, 405, messagePage('Method not allowed', 'Use POST here.'));
    return;
  }
  const [, sub, action] = match;
  const user = users.find((candidate) => candidate.sub === sub);
  if (!user) {
    sendHtml(res, 404, messagePage('No such account', 'No account has this subject.'));
    return;
  }
  if (action === 'disable') disabled.add(sub);
  if (action === 'enable') disabled.delete(sub);
  if (action === 'groups') {
    const form = await readForm(req);
    if (!form) {
      sendHtml(res, 400, messagePage('Bad request', 'Send the groups as application/x-www-form-urlencoded.'));
      return;
    }
    user.groups = form.getAll('group');
  }
  res.statusCode = 204;
  res.setHeader('Cache-Control', 'no-store');
  res.end();
}

async function handleInteraction(provider, users, disabled, req, res, pathname) {
  const match = /^\/interaction\/([A-Za-z0-9_-]+)(\/login)?$/.exec(pathname);
  if (!match) {
    sendHtml(res, 404, messagePage('Page not found', 'There is nothing at this address.'));
    return;
  }
  const [, uid, login] = match;
  const allowed = login ? 'POST' : 'GET';
  if (req.method !== allowed && !(allowed === 'GET' && req.method === 'HEAD')) {
    res.setHeader('Allow', allowed === 'GET' ? 'GET, HEAD' : 'POST');
    sendHtml(res, 405, messagePage('Method not allowed', `Use ${allowed} here.`));
    return;
  }

  let details;
  try {
    details = await provider.interactionDetails(req, res);
  } catch (error) {
    if (error instanceof errors.SessionNotFound) {
      sendHtml(
        res,
        400,
        messagePage('Your sign-in has expired', 'Go back to the service and start signing in again.'),
      );
      return;
    }
    throw error;
  }
  if (details.uid !== uid) {
    sendHtml(res, 400, messagePage('Your sign-in has expired', 'Go back to the service and start signing in again.'));
    return;
  }

  const promptName = details.prompt?.name;
  if (!login) {
    if (promptName === 'login') {
      sendHtml(res, 200, loginPage(uid));
      return;
    }
    if (promptName === 'consent') {
      // Not expected (loadExistingGrant grants everything), but never show a consent screen: grant here too.
      const { missingOIDCScope, missingOIDCClaims } = details.prompt.details;
      const grant = details.grantId
        ? await provider.Grant.find(details.grantId)
        : new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
      if (missingOIDCScope) grant.addOIDCScope(missingOIDCScope.join(' '));
      if (missingOIDCClaims) grant.addOIDCClaims(missingOIDCClaims);
      const grantId = await grant.save();
      await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
      return;
    }
    sendHtml(res, 400, messagePage('Sign-in error', 'This sign-in step is not supported here.'));
    return;
  }

  if (promptName !== 'login') {
    sendHtml(res, 400, messagePage('Sign-in error', 'This sign-in step does not take a username and password.'));
    return;
  }
  const form = await readForm(req);
  if (!form) {
    sendHtml(res, 400, messagePage('Sign-in error', 'Send the sign-in form as application/x-www-form-urlencoded.'));
    return;
  }
  const username = (form.get('username') ?? '').trim();
  const password = form.get('password') ?? '';
  if (!username || !password) {
    sendHtml(res, 400, loginPage(uid, { error: 'Enter your username and password', username }));
    return;
  }
  const user = users.find((candidate) => candidate.username === username);
  // Always compare, even for an unknown username, so both take about the same time.
  const passwordOk = secretEquals(password, user ? user.password : randomBytes(16).toString('hex'));
  if (!user || !passwordOk || disabled.has(user.sub)) {
    sendHtml(res, 401, loginPage(uid, { error: 'The username or password is not right', username }));
    return;
  }
  await provider.interactionFinished(
    req,
    res,
    { login: { accountId: user.sub } },
    { mergeWithLastSubmission: false },
  );
}

export async function startOidcProvider({
  port = 0,
  portFile,
  redirectUris = [DEFAULT_REDIRECT_URI],
  postLogoutRedirectUris = [DEFAULT_POST_LOGOUT_REDIRECT_URI],
  idTokenTtl,
  usersFile = DEFAULT_USERS_FILE,
} = {}) {
  const users = loadUsers(usersFile);
  // The subjects of the accounts disabled since start (none at start).
  const disabled = new Set();
  if (portFile) rmSync(portFile, { force: true });

  let provider;
  let providerCallback;
  const server = createServer(async (req, res) => {
    try {
      if (!provider) {
        res.statusCode = 503;
        res.end();
        return;
      }
      const { pathname } = new URL(req.url, 'http://127.0.0.1');
      if (pathname.startsWith('/interaction/')) {
        await handleInteraction(provider, users, disabled, req, res, pathname);
        return;
      }
      if (pathname.startsWith('/test/accounts/')) {
        await handleAccountAdministration(users, disabled, req, res, pathname);
        return;
      }
      await providerCallback(req, res);
    } catch (error) {
      process.stderr.write(`oidc-provider.mjs: ${error?.stack ?? error}\n`);
      if (!res.headersSent) {
        sendHtml(res, 500, messagePage('Sorry, there is a problem', 'Try again later.'));
      } else {
        res.end();
      }
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = server.address().port;
  const issuer = `http://${HOST}:${actualPort}`;

  provider = new Provider(issuer, buildConfiguration({ users, disabled, redirectUris, postLogoutRedirectUris, idTokenTtl }));
  provider.on('server_error', (_ctx, error) => {
    process.stderr.write(`oidc-provider.mjs: server error: ${error?.stack ?? error}\n`);
  });
  providerCallback = provider.callback();

  if (portFile) {
    const temporary = `${portFile}.${process.pid}.tmp`;
    writeFileSync(temporary, `${actualPort}\n`);
    renameSync(temporary, portFile);
  }

  const close = () => new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
  return { server, provider, issuer, port: actualPort, close };
}

function parentAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

async function main() {
  const options = parseCli(process.argv.slice(2));
  const starter = process.ppid;
  let running;
  try {
    running = await startOidcProvider(options);
  } catch (error) {
    process.stderr.write(`oidc-provider.mjs: could not start: ${error?.message ?? error}\n`);
    process.exit(1);
  }
  process.stdout.write(`OIDC provider at ${running.issuer}\n`);

  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(code), 3000).unref();
    await running.close();
    process.exit(code);
  };
  process.on('SIGTERM', () => stop(0));
  process.on('SIGINT', () => stop(0));

  // Orphan guard: if the starter exits while this still runs, stop too.
  if (starter > 1 && parentAlive(starter)) {
    setInterval(() => {
      if (!parentAlive(starter)) stop(0);
    }, 1000).unref();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
