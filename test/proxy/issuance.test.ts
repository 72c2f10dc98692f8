/**
 * Issue 5, points 3 and 4: POST /v1/policies. Idempotent issuance under a
 * required Idempotency-Key (replays, mismatches, concurrent duplicates), an
 * offer issued at most once, a payment the browser cannot influence, server
 * issuance with the site secret, and a record that survives a restart.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { addDays, setClock, today } from '../../src/contract/clock.js';
import type { IssueResponse, OffersResponse } from '../../src/contract/public-api.js';
import { SqliteStore } from '../../src/proxy/store/sqlite.js';
import { BODIES, electronicsBody, tireBody } from '../support/fixtures.js';
import { assertNoLeaks, json, SHOP_ORIGIN, SHOP_SECRET, startHarness, type ErrorBody, type Harness } from './harness.js';

let keySeq = 0;
const newKey = () => `test-key-${process.pid}-${++keySeq}`;

describe('proxy: POST /v1/policies', () => {
  let h: Harness;
  let store: SqliteStore;
  before(async () => {
    store = new SqliteStore(':memory:');
    h = await startHarness({ proxy: { store } });
  });
  after(() => h.close());

  const offer = async (body: unknown = tireBody(), origin?: string) => {
    const res = await h.post('/v1/offers', body, origin ? { origin } : {});
    assert.equal(res.status, 200);
    return (await json<OffersResponse>(res)).offers[0]!;
  };
  const issue = (body: unknown, key: string | undefined, init: { origin?: string | null; headers?: Record<string, string> } = {}) =>
    h.post('/v1/policies', body, { ...init, headers: { ...(key === undefined ? {} : { 'Idempotency-Key': key }), ...init.headers } });

  it('issues an offer, and the same key with the same body answers the stored policy without a second upstream call', async () => {
    const o = await offer();
    const key = newKey();
    const first = await issue({ offerId: o.offerId }, key);
    const firstBody = await json<IssueResponse>(first);
    assert.equal(first.status, 201, JSON.stringify(firstBody));
    assert.equal(firstBody.policy.offerId, o.offerId);
    assert.equal(firstBody.policy.product, 'tire');
    assert.equal(firstBody.policy.premiumAmount, o.premiumAmount);
    assert.match(firstBody.policy.series, /^SBX-/);
    const calls = h.count('POST /policy');

    const again = await issue({ offerId: o.offerId }, key);
    const againBody = await json<IssueResponse>(again);
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
    assert.deepEqual(againBody.policy, firstBody.policy);
    assert.notEqual(againBody.correlationId, firstBody.correlationId, 'each answer has its own correlation id');
    assert.equal(h.count('POST /policy'), calls, 'no second upstream call');
  });

  it('the same key with a different body is a 409, and nothing is sent upstream', async () => {
    const [a, b] = [await offer(), await offer()];
    const key = newKey();
    assert.equal((await issue({ offerId: a.offerId }, key)).status, 201);
    const calls = h.count('POST /policy');
    const res = await issue({ offerId: b.offerId }, key);
    assert.equal(res.status, 409);
    assert.equal((await json<ErrorBody>(res)).errors[0]!.key, 'idempotency.mismatch');
    assert.equal(h.count('POST /policy'), calls);
  });

  it('10 concurrent requests with one key make one upstream call and all get the same policy', async () => {
    const o = await offer();
    const key = newKey();
    const calls = h.count('POST /policy');
    const answers = await Promise.all(Array.from({ length: 10 }, () => issue({ offerId: o.offerId }, key)));
    const bodies = await Promise.all(answers.map((r) => json<IssueResponse>(r)));
    assert.deepEqual(
      answers.map((r) => r.status),
      Array(10).fill(201),
    );
    assert.equal(new Set(bodies.map((b) => b.policy.policyId)).size, 1);
    assert.equal(h.count('POST /policy'), calls + 1);
  });

  it('concurrent requests with different keys for one offer issue it once', async () => {
    const o = await offer();
    const calls = h.count('POST /policy');
    const answers = await Promise.all(Array.from({ length: 5 }, () => issue({ offerId: o.offerId }, newKey())));
    const statuses = answers.map((r) => r.status).sort();
    assert.deepEqual(statuses, [201, 409, 409, 409, 409]);
    assert.equal(h.count('POST /policy'), calls + 1);
  });

  it('an offer already issued is never issued again: another key gets 409 with the existing policy', async () => {
    const o = await offer();
    const first = await json<IssueResponse>(await issue({ offerId: o.offerId }, newKey()));
    const calls = h.count('POST /policy');
    const res = await issue({ offerId: o.offerId }, newKey(), { headers: { 'Accept-Language': 'en' } });
    const body = await json<ErrorBody & { data: { policy: { series: string; number: string } } }>(res);
    assert.equal(res.status, 409);
    assert.equal(body.errors[0]!.key, 'offer.issued');
    assert.equal(body.errors[0]!.path, 'offerId');
    assert.match(body.errors[0]!.message, /already been issued/);
    assert.deepEqual(body.data.policy, first.policy);
    assert.equal(h.count('POST /policy'), calls);
    const upstreamId = (await store.offerByRef(o.offerId))!.upstreamOfferId;
    assert.equal([...h.sandbox.state.policies.values()].filter((p) => p.offerId === upstreamId).length, 1);
  });

  it("takes amount, currency, method and date from the proxy's record and the site, ignoring what the browser adds", async () => {
    const o = await offer(electronicsBody());
    const res = await issue(
      {
        offerId: o.offerId,
        amount: 1,
        currency: 'EUR',
        payment: { amount: 0.01, currency: 'EUR', method: 'receipt', date: '2001-01-01' },
      },
      newKey(),
    );
    const body = await json<IssueResponse>(res);
    assert.equal(res.status, 201, JSON.stringify(body));
    const sent = h.sandbox.state.findPolicy(body.policy.series, body.policy.number)!.policy.payment;
    const upstreamId = (await store.offerByRef(o.offerId))!.upstreamOfferId;
    assert.deepEqual(sent, { method: 'pos', currency: 'RON', amount: o.premiumAmount, date: today(), documentNumber: `LIH-${upstreamId}` });
  });

  it('refuses without an Idempotency-Key (400) and with an invalid body (422)', async () => {
    const o = await offer();
    const none = await issue({ offerId: o.offerId }, undefined);
    assert.equal(none.status, 400);
    assert.equal((await json<ErrorBody>(none)).errors[0]!.key, 'idempotency.missing');
    const bad = await issue({ offerId: 'abc' }, newKey());
    assert.equal(bad.status, 422);
    assert.equal((await json<ErrorBody>(bad)).errors[0]!.path, 'offerId');
  });

  it("another site's offer, or an unknown one, is a 404", async () => {
    const mine = await offer(tireBody(), SHOP_ORIGIN);
    const res = await issue({ offerId: mine.offerId }, newKey());
    assert.equal(res.status, 404);
    assert.equal((await json<ErrorBody>(res)).errors[0]!.key, 'offer.notFound');
    assert.equal((await issue({ offerId: `ofr_${'A'.repeat(32)}` }, newKey())).status, 404);
  });

  describe('a server-issuance site (shop)', () => {
    it('refuses issuance from the browser (403) even with a valid offer', async () => {
      const o = await offer(tireBody(), SHOP_ORIGIN);
      const res = await issue({ offerId: o.offerId, payment: { documentNumber: 'ORDER-1' } }, newKey(), { origin: SHOP_ORIGIN });
      assert.equal(res.status, 403);
      assert.equal((await json<ErrorBody>(res)).errors[0]!.key, 'site.serverIssuance');
    });

    it("issues with the bearer site secret from the host's server, with the required documentNumber", async () => {
      const o = await offer(tireBody(), SHOP_ORIGIN);
      const auth = { Authorization: `Bearer ${SHOP_SECRET}` };
      const missing = await issue({ offerId: o.offerId }, newKey(), { origin: null, headers: auth });
      const missingBody = await json<ErrorBody>(missing);
      assert.equal(missing.status, 422);
      assert.equal(missingBody.errors[0]!.path, 'payment.documentNumber');

      const res = await issue({ offerId: o.offerId, payment: { documentNumber: 'ORDER-2026-0042' } }, newKey(), { origin: null, headers: auth });
      const body = await json<IssueResponse>(res);
      assert.equal(res.status, 201, JSON.stringify(body));
      const sent = h.sandbox.state.findPolicy(body.policy.series, body.policy.number)!.policy.payment;
      assert.equal(sent.documentNumber, 'ORDER-2026-0042');
      assert.equal(sent.method, 'broker payment order');
    });

    it('refuses a wrong secret (401) and a secret used with a foreign origin (403)', async () => {
      const o = await offer(tireBody(), SHOP_ORIGIN);
      const wrong = await issue({ offerId: o.offerId }, newKey(), { origin: null, headers: { Authorization: 'Bearer not-the-secret' } });
      assert.equal(wrong.status, 401);
      const foreign = await issue({ offerId: o.offerId }, newKey(), { headers: { Authorization: `Bearer ${SHOP_SECRET}` } });
      assert.equal(foreign.status, 403);
    });
  });

  describe('expired offers', () => {
    it("refuses an offer past the proxy's recorded expiry (410) without calling upstream", async () => {
      const o = await offer();
      // The day after the proxy's recorded expiry (the sandbox's offerExpiryDate).
      const restore = setClock(() => new Date(`${addDays(o.offerExpiryDate!, 1)}T12:00:00Z`));
      try {
        const calls = h.count('POST /policy');
        const res = await issue({ offerId: o.offerId }, newKey(), { headers: { 'Accept-Language': 'en' } });
        const body = await json<ErrorBody>(res);
        assert.equal(res.status, 410);
        assert.equal(body.errors[0]!.key, 'offer.expired');
        assert.match(body.errors[0]!.message, /expired/);
        assert.equal(h.count('POST /policy'), calls);
      } finally {
        restore();
      }
    });

    it("passes on the insurer's own 410, and the key keeps that answer", async () => {
      const o = await offer();
      h.sandbox.state.expireOffer((await store.offerByRef(o.offerId))!.upstreamOfferId);
      const key = newKey();
      const res = await issue({ offerId: o.offerId }, key);
      assert.equal(res.status, 410);
      const calls = h.count('POST /policy');
      const again = await issue({ offerId: o.offerId }, key);
      assert.equal(again.status, 410);
      assert.deepEqual((await json<ErrorBody>(again)).errors, (await json<ErrorBody>(res)).errors);
      assert.equal(h.count('POST /policy'), calls, 'a stored refusal is replayed, not retried');
    });
  });

  it('a refusal of ours (a second 401) is not kept under the key: once the cause is gone, the same key issues', async () => {
    const o = await offer();
    const key = newKey();
    // Every POST /policy token "expires on the spot": the re-login retry meets a second 401 — the insurer did nothing.
    h.sandbox.state.faults = { tokenExpiryRate: 1, routes: ['POST /policy'] };
    const res = await issue({ offerId: o.offerId }, key);
    h.sandbox.state.faults = {};
    assert.equal(res.status, 502);
    assert.equal((await json<ErrorBody>(res)).errors[0]!.key, 'upstream.rejected');
    const retry = await issue({ offerId: o.offerId }, key);
    assert.equal(retry.status, 201, 'the same key may try again');
    assert.equal(retry.headers.get('Idempotent-Replayed'), null);
  });

  it('equivalent bodies share a key: payment absent, {} or with a blank documentNumber', async () => {
    const o = await offer();
    const key = newKey();
    assert.equal((await issue({ offerId: o.offerId }, key)).status, 201);
    for (const body of [{ offerId: o.offerId, payment: {} }, { offerId: o.offerId, payment: { documentNumber: '  ' } }]) {
      const res = await issue(body, key);
      assert.equal(res.status, 201, JSON.stringify(body));
      assert.equal(res.headers.get('Idempotent-Replayed'), 'true');
    }
  });

  it('no log line or response carries a password, a token or personal data', () => {
    assertNoLeaks(h);
  });
});

describe('proxy: the issuance record survives a restart', () => {
  let h: Harness;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lih-proxy-'));
    h = await startHarness({ proxy: { dbPath: join(dir, 'proxy.sqlite') } });
  });
  after(async () => {
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('replays the stored policy for the same key after the proxy restarts on the same SQLite file', async () => {
    const o = (await json<OffersResponse>(await h.post('/v1/offers', BODIES.digitalProtection()))).offers[0]!;
    const key = newKey();
    const first = await json<IssueResponse>(await h.post('/v1/policies', { offerId: o.offerId }, { headers: { 'Idempotency-Key': key } }));
    const calls = h.count('POST /policy');

    await h.restartProxy();
    const again = await h.post('/v1/policies', { offerId: o.offerId }, { headers: { 'Idempotency-Key': key } });
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
    assert.deepEqual((await json<IssueResponse>(again)).policy, first.policy);
    const other = await h.post('/v1/policies', { offerId: o.offerId }, { headers: { 'Idempotency-Key': newKey() } });
    assert.equal(other.status, 409, 'still issued');
    assert.equal(h.count('POST /policy'), calls);

    // The document of a policy issued before the restart is still this site's.
    const pdf = await h.call(`/v1/policies/${first.policy.policyId}/document`);
    assert.equal(pdf.status, 200);
  });
});
