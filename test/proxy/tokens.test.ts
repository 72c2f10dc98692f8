/**
 * Issue 5, point 2: the operator session. One login shared by concurrent
 * requests, renewal before expiry, recovery after revocation, and revocation
 * on shutdown — proven by the sandbox's own call counters.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { tireBody } from '../support/fixtures.js';
import { assertNoLeaks, json, startHarness, type Harness } from './harness.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('proxy: upstream token lifecycle', () => {
  let h: Harness;
  before(async () => {
    // Tokens live 3 s; the proxy renews 2 s ahead (so about 1–1.5 s after login).
    h = await startHarness({
      sandbox: { tokenTtlSeconds: 3 },
      config: (c) => {
        c.upstreams.assets.renewBeforeSeconds = 2;
      },
    });
  });
  after(() => h.close());
  beforeEach(async () => {
    // A fresh session each time: a new proxy (no token) against a reset sandbox.
    await h.restartProxy();
    h.sandbox.state.reset();
  });

  it('100 parallel offer requests cause exactly one upstream login', async () => {
    const answers = await Promise.all(Array.from({ length: 100 }, () => h.post('/v1/offers', tireBody())));
    assert.deepEqual(
      answers.map((r) => r.status),
      Array(100).fill(200),
    );
    assert.equal(h.count('POST /auth'), 1);
    assert.equal(h.count('PATCH /auth'), 0);
    assert.equal(h.count('POST /offer'), 100);
  });

  it('reuses the JWT while it is fresh and renews it with the refresh token before expires_at', async () => {
    assert.equal((await h.post('/v1/offers', tireBody())).status, 200);
    assert.equal((await h.post('/v1/offers', tireBody())).status, 200);
    assert.equal(h.count('POST /auth'), 1, 'second call reuses the session');
    assert.equal(h.count('PATCH /auth'), 0);

    await sleep(1700); // past the renewal point, before the token expires
    const answers = await Promise.all(Array.from({ length: 10 }, () => h.post('/v1/offers', tireBody())));
    assert.ok(answers.every((r) => r.status === 200));
    assert.equal(h.count('PATCH /auth'), 1, 'one shared renewal');
    assert.equal(h.count('POST /auth'), 1, 'no new login');
  });

  it('after the sandbox revokes every session, the next call logs in again and succeeds', async () => {
    assert.equal((await h.post('/v1/offers', tireBody())).status, 200);
    h.sandbox.state.revokeAllTokens();
    const res = await h.post('/v1/offers', tireBody());
    assert.equal(res.status, 200);
    assert.equal((await json<{ offers: unknown[] }>(res)).offers.length, 1);
    assert.equal(h.count('POST /auth'), 2, 'a second login after the 401');
    assert.equal(h.count('POST /offer'), 3, 'the refused call, then its one retry');
  });

  it('logs in again when renewal fails (the refresh token was revoked too)', async () => {
    assert.equal((await h.post('/v1/offers', tireBody())).status, 200);
    await sleep(1700);
    h.sandbox.state.revokeAllTokens();
    assert.equal((await h.post('/v1/offers', tireBody())).status, 200);
    assert.equal(h.count('PATCH /auth'), 1, 'renewal tried');
    assert.equal(h.count('POST /auth'), 2, 'then a new login');
  });

  it('a 401 on many concurrent calls still makes one new login', async () => {
    assert.equal((await h.post('/v1/offers', tireBody())).status, 200);
    h.sandbox.state.revokeAllTokens();
    const answers = await Promise.all(Array.from({ length: 20 }, () => h.post('/v1/offers', tireBody())));
    assert.ok(answers.every((r) => r.status === 200));
    assert.equal(h.count('POST /auth'), 2);
  });

  it('recovers when the insurer expires a token on the spot (tokenExpiryRate)', async () => {
    h.sandbox.state.faults = { tokenExpiryRate: 1, routes: ['POST /offer'] };
    const res = await h.post('/v1/offers', tireBody());
    // Every call's token is expired: one retry after a new login, then the proxy gives up with 502.
    assert.equal(res.status, 502);
    assert.equal(h.count('POST /offer'), 2);
    h.sandbox.state.faults = { tokenExpiryRate: 0.5, routes: ['POST /offer'] };
    assert.equal((await h.post('/v1/offers', tireBody())).status, 200);
  });

  it('revokes the JWT on shutdown (DELETE /auth)', async () => {
    assert.equal((await h.post('/v1/offers', tireBody())).status, 200);
    await h.proxy.close();
    assert.equal(h.count('DELETE /auth'), 1);
    assert.ok(h.logs.some((l) => l.includes('"upstream token revoked"')));
  });

  it('no log line or response carries a password, a token or personal data', () => {
    assertNoLeaks(h);
  });
});
