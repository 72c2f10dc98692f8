/**
 * Issue 5, point 2: the operator session. One login shared by concurrent
 * requests, renewal before expiry, recovery after revocation, and revocation
 * on shutdown — proven by the sandbox's own call counters.
 *
 * Time is the contract's injectable clock, frozen for each test and moved by
 * it: the sandbox judges expiry and the proxy schedules renewal by that clock,
 * so a busy machine (100 offers taking seconds) changes nothing (issue 9, point 7).
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { setClock } from '../../src/contract/clock.js';
import { tireBody } from '../support/fixtures.js';
import { assertNoLeaks, json, startHarness, type Harness } from './harness.js';

/** Tokens live 60 s; the proxy renews 20 s ahead, so about 40 s after login (`expires_at` has whole seconds: 39–40 s). */
const TTL_S = 60;
const RENEW_BEFORE_S = 20;
const BEFORE_RENEWAL_MS = 30_000;
const PAST_RENEWAL_MS = 50_000; // and still 9 s or more before expiry

describe('proxy: upstream token lifecycle', () => {
  let h: Harness;
  let restoreClock: () => void = () => {};
  let t = 0;
  /** Moves the shared clock on; nothing else moves it. */
  const advance = (ms: number) => {
    t += ms;
  };
  before(async () => {
    h = await startHarness({
      sandbox: { tokenTtlSeconds: TTL_S },
      config: (c) => {
        c.upstreams.assets.renewBeforeSeconds = RENEW_BEFORE_S;
      },
    });
  });
  after(() => h.close());
  beforeEach(async () => {
    // A fresh session each time: a new proxy (no token) against a reset sandbox, and a clock that stands still.
    await h.restartProxy();
    h.sandbox.state.reset();
    t = Date.now();
    restoreClock = setClock(() => new Date(t));
  });
  afterEach(() => restoreClock());

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
    advance(BEFORE_RENEWAL_MS);
    assert.equal((await h.post('/v1/offers', tireBody())).status, 200);
    assert.equal(h.count('POST /auth'), 1, 'second call reuses the session');
    assert.equal(h.count('PATCH /auth'), 0, 'not renewed before the renewal point');

    advance(PAST_RENEWAL_MS - BEFORE_RENEWAL_MS); // past the renewal point, before the token expires
    const answers = await Promise.all(Array.from({ length: 10 }, () => h.post('/v1/offers', tireBody())));
    assert.ok(answers.every((r) => r.status === 200));
    assert.equal(h.count('PATCH /auth'), 1, 'one shared renewal');
    assert.equal(h.count('POST /auth'), 1, 'no new login');
    assert.equal(h.count('POST /offer'), 12, 'no call was refused for its token');

    advance(PAST_RENEWAL_MS); // the renewed token is due in turn
    assert.equal((await h.post('/v1/offers', tireBody())).status, 200);
    assert.equal(h.count('PATCH /auth'), 2, 'the renewed session renews again');
    assert.equal(h.count('POST /offer'), 13);
  });

  it('a session left idle past expires_at is renewed before the next call, which never meets the expired token', async () => {
    assert.equal((await h.post('/v1/offers', tireBody())).status, 200);
    advance(2 * TTL_S * 1000);
    assert.equal((await h.post('/v1/offers', tireBody())).status, 200);
    assert.equal(h.count('PATCH /auth'), 1, 'renewed with the refresh token');
    assert.equal(h.count('POST /auth'), 1, 'no new login');
    assert.equal(h.count('POST /offer'), 2, 'no call was sent with the expired token');
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
    advance(PAST_RENEWAL_MS);
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
