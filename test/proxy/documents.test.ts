/**
 * Issue 5, point 3: the PDF downloads. One merged PDF (or one file with
 * ?type=), decoded from the insurer's base64, that pdf-lib can open; only for
 * offers and policies the calling site created.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PDFDocument } from 'pdf-lib';
import type { IssueResponse, OffersResponse } from '../../src/contract/public-api.js';
import { tireBody } from '../support/fixtures.js';
import { assertNoLeaks, json, SHOP_ORIGIN, startHarness, type ErrorBody, type Harness } from './harness.js';

describe('proxy: document downloads', () => {
  let h: Harness;
  let offerId: string;
  let policyId: string;
  before(async () => {
    h = await startHarness();
    offerId = (await json<OffersResponse>(await h.post('/v1/offers', tireBody()))).offers[0]!.offerId;
    const issued = await h.post('/v1/policies', { offerId }, { headers: { 'Idempotency-Key': 'documents-1' } });
    policyId = (await json<IssueResponse>(issued)).policy.policyId;
  });
  after(() => h.close());

  const pdfOf = async (res: Response) => PDFDocument.load(new Uint8Array(await res.arrayBuffer()));

  it('answers the offer documents merged into one PDF, in the order the insurer sent them', async () => {
    const res = await h.call(`/v1/offers/${offerId}/document`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('Content-Type'), 'application/pdf');
    assert.equal(res.headers.get('Content-Disposition'), 'attachment; filename="offer-tire-12.pdf"', 'named by what it is, not by the capability');
    assert.equal(res.headers.get('Cache-Control'), 'no-store');
    const merged = await pdfOf(res);

    // As many pages as the separate files together.
    let pages = 0;
    for (const type of ['offer', 'dnt', 'pre-contract', 'gdpr', 'terms-and-conditions']) {
      const one = await h.call(`/v1/offers/${offerId}/document?type=${type}`);
      assert.equal(one.status, 200, type);
      assert.equal(one.headers.get('Content-Disposition'), `attachment; filename="offer-tire-12-${type}.pdf"`);
      pages += (await pdfOf(one)).getPageCount();
    }
    assert.equal(merged.getPageCount(), pages);
  });

  it('answers the policy PDF', async () => {
    const res = await h.call(`/v1/policies/${policyId}/document`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('Content-Type'), 'application/pdf');
    assert.match(res.headers.get('Content-Disposition') ?? '', /^attachment; filename="policy-SBX-MTR-\d+\.pdf"$/);
    assert.ok((await pdfOf(res)).getPageCount() >= 1);
  });

  it('refuses an unknown document type (400)', async () => {
    const res = await h.call(`/v1/offers/${offerId}/document?type=passport`);
    assert.equal(res.status, 400);
    assert.equal((await json<ErrorBody>(res)).errors[0]!.path, 'type');
  });

  it("answers 404 for another site's offer or policy, and for ids that do not exist, without asking the insurer", async () => {
    const calls = h.count('GET /offer/:offerId') + h.count('GET /policy/:policyId');
    for (const path of [`/v1/offers/${offerId}/document`, `/v1/policies/${policyId}/document`]) {
      const res = await h.call(path, { origin: SHOP_ORIGIN });
      assert.equal(res.status, 404, path);
    }
    assert.equal((await h.call(`/v1/offers/ofr_${'A'.repeat(32)}/document`)).status, 404);
    assert.equal((await h.call('/v1/offers/abc/document')).status, 404);
    assert.equal((await h.call(`/v1/policies/${policyId.slice(0, -1)}B/document`)).status, 404);
    // The insurer's own ids mean nothing here.
    const upstream = (await h.proxy.store.offerByRef(offerId))!.upstreamOfferId;
    assert.equal((await h.call(`/v1/offers/${upstream}/document`)).status, 404);
    assert.equal(h.count('GET /offer/:offerId') + h.count('GET /policy/:policyId'), calls);
  });

  it('retries a document download once when the insurer fails (a GET is safe to repeat)', async () => {
    try {
      // Every second call fails: the first passes, the second fails and its retry passes.
      h.sandbox.state.faults = { errorRate: 0.5, errorStatus: 503, routes: ['GET /offer/:offerId'] };
      const calls = h.count('GET /offer/:offerId');
      assert.equal((await h.call(`/v1/offers/${offerId}/document?type=offer`)).status, 200);
      assert.equal((await h.call(`/v1/offers/${offerId}/document?type=offer`)).status, 200);
      assert.equal(h.count('GET /offer/:offerId'), calls + 3);
      // Failing every time: one retry, then 502.
      h.sandbox.state.faults = { errorRate: 1, errorStatus: 503, routes: ['GET /offer/:offerId'] };
      const res = await h.call(`/v1/offers/${offerId}/document`);
      assert.equal(res.status, 502);
      assert.equal(h.count('GET /offer/:offerId'), calls + 5);
    } finally {
      h.sandbox.state.faults = {};
    }
  });

  it('no log line or response carries a password, a token or personal data', () => {
    assertNoLeaks(h);
  });
});
