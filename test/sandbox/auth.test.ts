import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decode } from 'hono/jwt';
import { expiresAtMs, tokenResponse } from '../../src/contract/auth.js';
import { upstreamError } from '../../src/contract/envelope.js';
import { OPERATOR, SandboxClient, useSandbox } from './support/client.js';
import { isEnglish, isRomanian } from './support/language.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function assertError(r: { status: number; body: any; headers: Headers }, status: number) {
  assert.equal(r.status, status);
  assert.ok(upstreamError.safeParse(r.body).success, `documented error envelope: ${JSON.stringify(r.body)}`);
  assert.equal(r.body.status, status);
  assert.match(r.body.correlation_id, /^[0-9a-f-]{36}$/);
  assert.equal(r.headers.get('x-correlation-id'), r.body.correlation_id);
}

describe('sandbox auth', () => {
  const ctx = useSandbox({ config: { tokenTtlSeconds: 1 } }, { login: false });
  const fresh = () => new SandboxClient(ctx.sb.url);

  it('POST /auth with the operator account returns a signed JWT, expires_at and a refresh token', async () => {
    const c = fresh();
    const before = Date.now();
    const r = await c.login();
    assert.equal(r.status, 200);
    const parsed = tokenResponse.safeParse(r.body);
    assert.ok(parsed.success, JSON.stringify(r.body));
    assert.equal(r.body.error, 'false');
    assert.equal(r.body.status, '200');
    const { token, expires_at, refresh_token } = r.body.data;
    const { header, payload } = decode(token);
    assert.equal(header.alg, 'HS256');
    assert.equal(payload.sub, OPERATOR.account);
    assert.equal(typeof payload.exp, 'number');
    // 1-second TTL: expires_at (UTC, "YYYY-MM-DD HH:MM:SS") is within a couple of seconds of now.
    const exp = expiresAtMs(expires_at);
    assert.ok(exp >= Math.floor(before / 1000) * 1000 && exp <= before + 3000, `expires_at ${expires_at}`);
    assert.ok(refresh_token.length >= 20);
    assert.notEqual(refresh_token, token);
  });

  it('a wrong password or unknown account gets 401 in the error envelope, in English or Romanian', async () => {
    const c = fresh();
    const wrong = await c.call('POST', '/auth', { body: { account: OPERATOR.account, password: 'nope' } });
    assertError(wrong, 401);
    assert.ok(isEnglish(wrong.body.errors[0].message));
    const unknown = await c.call('POST', '/auth', { body: { account: 'someone', password: OPERATOR.password }, lang: 'ro' });
    assertError(unknown, 401);
    assert.ok(isRomanian(unknown.body.errors[0].message), unknown.body.errors[0].message);
  });

  it('a login without account or password gets 400 naming the field', async () => {
    const r = await fresh().call('POST', '/auth', { body: { account: OPERATOR.account } });
    assertError(r, 400);
    assert.deepEqual(r.body.errors.map((e: any) => e.path), ['password']);
  });

  it('every other call needs a token: missing, garbage or forged tokens get 401', async () => {
    const c = fresh();
    assertError(await c.call('GET', '/nomenclature/county'), 401);
    assertError(await c.call('GET', '/nomenclature/county', { token: 'garbage' }), 401);
    // Authorization: Bearer is not the documented header.
    await c.login();
    const bearer = await c.call('GET', '/nomenclature/county', { token: null, headers: { Authorization: `Bearer ${c.token}` } });
    assertError(bearer, 401);
    // Same claims, another secret: refused.
    const [h, p] = c.token!.split('.');
    assertError(await c.call('GET', '/nomenclature/county', { token: `${h}.${p}.AAAA` }), 401);
    assert.equal((await c.call('GET', '/nomenclature/county')).status, 200);
  });

  it('PATCH /auth with "Token: Refresh <refresh_token>" renews; the old refresh token is refused after rotation', async () => {
    const c = fresh();
    await c.login();
    const oldRefresh = c.refreshToken!;
    const renewed = await c.call('PATCH', '/auth', { token: `Refresh ${oldRefresh}` });
    assert.equal(renewed.status, 200);
    assert.ok(tokenResponse.safeParse(renewed.body).success);
    assert.notEqual(renewed.body.data.refresh_token, oldRefresh);
    assert.equal((await c.call('GET', '/nomenclature/county', { token: renewed.body.data.token })).status, 200);
    assertError(await c.call('PATCH', '/auth', { token: `Refresh ${oldRefresh}` }), 401);
    // The new refresh token works once more.
    assert.equal((await c.call('PATCH', '/auth', { token: `Refresh ${renewed.body.data.refresh_token}` })).status, 200);
  });

  it('PATCH /auth without the Refresh prefix or with an access token gets 401', async () => {
    const c = fresh();
    await c.login();
    assertError(await c.call('PATCH', '/auth', { token: c.refreshToken! }), 401);
    assertError(await c.call('PATCH', '/auth', { token: `Refresh ${c.token}` }), 401);
  });

  it('DELETE /auth revokes the token: afterwards it gets 401, and so does its refresh token', async () => {
    const c = fresh();
    await c.login();
    const del = await c.call('DELETE', '/auth');
    assert.equal(del.status, 200);
    assertError(await c.call('GET', '/nomenclature/county'), 401);
    assertError(await c.call('PATCH', '/auth', { token: `Refresh ${c.refreshToken}` }), 401);
    // Another session is not affected.
    const other = fresh();
    await other.login();
    assert.equal((await other.call('GET', '/nomenclature/county')).status, 200);
  });

  it('a token expires after its TTL (1 second here) and is refused with 401; the refresh token still renews', async () => {
    const c = fresh();
    await c.login();
    assert.equal((await c.call('GET', '/nomenclature/tire-size')).status, 200);
    await sleep(1100);
    const r = await c.call('GET', '/nomenclature/tire-size');
    assertError(r, 401);
    assert.match(r.body.errors[0].message, /expired/);
    const renewed = await c.call('PATCH', '/auth', { token: `Refresh ${c.refreshToken}` });
    assert.equal(renewed.status, 200);
    assert.equal((await c.call('GET', '/nomenclature/tire-size', { token: renewed.body.data.token })).status, 200);
  });

  it('state.expireTokens() and revokeAllTokens() end live sessions', async () => {
    const a = fresh();
    await a.login();
    ctx.sb.state.expireTokens();
    assertError(await a.call('GET', '/nomenclature/tire-size'), 401);
    assert.equal((await a.call('PATCH', '/auth', { token: `Refresh ${a.refreshToken}` })).status, 200, 'expired, not revoked: renewable');
    const b = fresh();
    await b.login();
    ctx.sb.state.revokeAllTokens();
    assertError(await b.call('GET', '/nomenclature/tire-size'), 401);
    assertError(await b.call('PATCH', '/auth', { token: `Refresh ${b.refreshToken}` }), 401);
  });
});

describe('sandbox auth: configured operator', () => {
  const ctx = useSandbox({ config: { operators: [{ account: 'acme', password: 'acme-pass' }] } }, { login: false });

  it('accepts the configured account and no longer the default one', async () => {
    const c = new SandboxClient(ctx.sb.url);
    assert.equal((await c.login()).status, 401);
    assert.equal((await c.login('acme', 'acme-pass')).status, 200);
  });
});
