/**
 * Issue 9, point 1: capabilities, not counters. An attacker outside a browser
 * (plain fetch, any Origin it likes) tries what worked before: counting ids
 * around its own fresh offer to download other customers' documents and to
 * issue their offers. It gets nothing it was not given. On a server-issuance
 * site, a policy's documents need the site secret or a signed link.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PUBLIC_ID, QUOTE_HEADER, newQuoteRef, type DocumentLinkResponse, type IssueResponse, type OffersResponse } from '../../src/contract/public-api.js';
import { BODIES, tireBody } from '../support/fixtures.js';
import { runAttack } from '../../scripts/attack.js';
import { assertNoLeaks, DEMO_ORIGIN, json, SHOP_ORIGIN, SHOP_SECRET, startHarness, type ErrorBody, type Harness } from './harness.js';

const SHOP_AUTH = { Authorization: `Bearer ${SHOP_SECRET}` };

describe('proxy: public ids are capabilities', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  const quote = async (body: unknown = tireBody(), origin = DEMO_ORIGIN) => json<OffersResponse>(await h.post('/v1/offers', body, { origin }));
  const issue = (offerId: string, key: string, init: { origin?: string | null; headers?: Record<string, string>; documentNumber?: string } = {}) =>
    h.post('/v1/policies', { offerId, ...(init.documentNumber ? { payment: { documentNumber: init.documentNumber } } : {}) }, {
      ...(init.origin !== undefined ? { origin: init.origin } : {}),
      headers: { 'Idempotency-Key': key, ...init.headers },
    });

  it('offers, quotes and policies carry random ids, never the insurer\'s numbers', async () => {
    const q = await quote();
    assert.match(q.quoteId, /^qte_[A-Za-z0-9_-]{32}$/);
    const [o] = q.offers;
    assert.match(o!.offerId, PUBLIC_ID);
    const upstream = (await h.proxy.store.offerByRef(o!.offerId))!.upstreamOfferId;
    assert.ok(!o!.offerId.includes(String(upstream)));
    const p = (await json<IssueResponse>(await issue(o!.offerId, 'cap-1'))).policy;
    assert.match(p.policyId, PUBLIC_ID);
    assert.equal(p.offerId, o!.offerId);
    const body = JSON.stringify(p);
    const atInsurer = h.sandbox.state.findPolicy(p.series, p.number)!;
    assert.ok(!body.includes(`"${atInsurer.policy.policyId}"`) && !body.includes(`:${atInsurer.policy.policyId}`), 'the insurer policy id is not in the answer');
    // 100 ids from one process: all different (192 random bits each).
    const many = new Set<string>();
    for (let i = 0; i < 5; i++) for (const x of (await quote(BODIES.electronics())).offers) many.add(x.offerId);
    assert.equal(many.size, 25);
  });

  it('an attacker with a forged Origin, counting around its own offer, downloads no document and issues no offer', async () => {
    const r = await runAttack(h);
    assert.equal(r.guesses, 51 + 32 + 1);
    assert.equal(r.documentsDownloaded, 0);
    assert.equal(r.policiesIssued, 0);
    assert.equal(r.newPoliciesAtInsurer, 0);
    assert.equal(r.serverSiteDocumentsDownloaded, 0);
    // Refused as unknown ids (404), malformed ones (422) or without the server site's secret (403) — never a 5xx.
    assert.deepEqual(Object.keys(r.statuses).sort(), ['403', '404', '422']);
    assert.equal(r.statuses['403'], r.serverSiteDocumentRequests);
  });

  it("a customer's own ids still work for them, and only on their site", async () => {
    const [o] = (await quote()).offers;
    const p = (await json<IssueResponse>(await issue(o!.offerId, 'own-1'))).policy;
    assert.equal((await h.call(`/v1/offers/${o!.offerId}/document?type=offer`)).status, 200);
    assert.equal((await h.call(`/v1/policies/${p.policyId}/document`)).status, 200);
    assert.equal((await h.call(`/v1/offers/${o!.offerId}/document?type=offer`, { origin: SHOP_ORIGIN })).status, 404, 'another site cannot use it');
    assert.equal((await h.call(`/v1/policies/${p.policyId}/document`, { origin: SHOP_ORIGIN })).status, 404);
  });

  it('a quote id joins requests of one site only; a malformed one is refused', async () => {
    const q = newQuoteRef();
    const [a, b] = await Promise.all([
      h.post('/v1/offers', tireBody(), { headers: { [QUOTE_HEADER]: q } }),
      h.post('/v1/offers', { ...tireBody(), tire: { ...tireBody().tire, termTime: 24 } }, { headers: { [QUOTE_HEADER]: q } }),
    ]);
    assert.equal((await json<OffersResponse>(a)).quoteId, q);
    assert.equal((await json<OffersResponse>(b)).quoteId, q);
    const foreign = await h.post('/v1/offers', tireBody(), { origin: SHOP_ORIGIN, headers: { [QUOTE_HEADER]: q } });
    assert.equal(foreign.status, 400);
    assert.equal((await json<ErrorBody>(foreign)).errors[0]!.path, QUOTE_HEADER);
    assert.equal((await h.post('/v1/offers', tireBody(), { headers: { [QUOTE_HEADER]: '42' } })).status, 400);
  });

  describe('a server-issuance site (shop)', () => {
    let policyId: string;
    before(async () => {
      const [o] = (await quote(tireBody(), SHOP_ORIGIN)).offers;
      const res = await issue(o!.offerId, 'shop-order-1', { origin: null, headers: SHOP_AUTH, documentNumber: 'ORDER-1' });
      assert.equal(res.status, 201);
      policyId = (await json<IssueResponse>(res)).policy.policyId;
    });

    it("the browser's Origin alone opens no policy document; the site secret does", async () => {
      const browser = await h.call(`/v1/policies/${policyId}/document`, { origin: SHOP_ORIGIN });
      assert.equal(browser.status, 403);
      assert.equal((await json<ErrorBody>(browser)).errors[0]!.key, 'document.serverSite');
      assert.equal((await h.call(`/v1/policies/${policyId}/document`, { origin: null, headers: SHOP_AUTH })).status, 200);
    });

    it('a signed link from the shop\'s server opens it without the secret, with or without an Origin, until it expires', async () => {
      const browserAsks = await h.post(`/v1/policies/${policyId}/document-link`, {}, { origin: SHOP_ORIGIN });
      assert.equal(browserAsks.status, 403, 'only the server may ask for a link');
      const res = await h.post(`/v1/policies/${policyId}/document-link`, {}, { origin: null, headers: SHOP_AUTH });
      assert.equal(res.status, 201);
      const link = await json<DocumentLinkResponse>(res);
      const ttl = Date.parse(link.expiresAt) - Date.now();
      assert.ok(ttl > 800_000 && ttl <= 900_000, `valid for the configured 15 minutes (${ttl} ms)`);
      assert.ok(!link.path.includes(SHOP_SECRET));

      const plain = await h.call(link.path, { origin: null }); // an <a href> download sends no Origin
      assert.equal(plain.status, 200);
      assert.equal(plain.headers.get('Content-Type'), 'application/pdf');
      assert.equal((await h.call(link.path, { origin: SHOP_ORIGIN })).status, 200);

      const url = new URL(link.path, 'http://x');
      const expires = Number(url.searchParams.get('expires'));
      const sig = url.searchParams.get('signature')!;
      const tampered = [
        `/v1/policies/${policyId}/document?expires=${expires + 3600}&signature=${sig}`, // longer life
        `/v1/policies/${policyId}/document?expires=${expires}&signature=${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`,
        `/v1/policies/${policyId}/document?expires=${Math.floor(Date.now() / 1000) - 1}&signature=${sig}`,
      ];
      for (const path of tampered) {
        const r = await h.call(path, { origin: null });
        assert.equal(r.status, 403, path);
        assert.equal((await json<ErrorBody>(r)).errors[0]!.key, 'document.link');
      }
      // The same signature does not open another policy.
      const [o2] = (await quote(tireBody(), SHOP_ORIGIN)).offers;
      const other = (await json<IssueResponse>(await issue(o2!.offerId, 'shop-order-2', { origin: null, headers: SHOP_AUTH, documentNumber: 'ORDER-2' }))).policy;
      assert.equal((await h.call(`/v1/policies/${other.policyId}/document?expires=${expires}&signature=${sig}`, { origin: null })).status, 403);
    });
  });

  it('no log line or response carries a password, a token, personal data or a capability', () => {
    assertNoLeaks(h);
    for (const line of h.logs) assert.doesNotMatch(line, /(ofr|pol|qte)_[A-Za-z0-9_-]{32}/, `a log line carries a capability: ${line.slice(0, 160)}`);
  });
});
