/**
 * The proxy takes what a person types and sends the insurer only canonical
 * values: the friendly forms the sandbox refuses on the wire ("+40 722 123
 * 456", "2.396,50", termTime "12", "true", "Michelin", a CNP with spaces)
 * reach it as the docs type them, and it accepts them — a quote, then a policy.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type IssueResponse, type OffersResponse } from '../../src/contract/public-api.js';
import { VALID, businessCyberProtectionBody, tireBody } from '../support/fixtures.js';
import { json, startHarness, type Harness } from './harness.js';

interface Sent {
  path: string;
  body: any;
}

describe('proxy: friendly input reaches the insurer canonical', () => {
  let h: Harness;
  const sent: Sent[] = [];
  // Sees every request body the proxy sends the insurer, as it goes on the wire.
  const upstreamFetch: typeof fetch = async (input, init) => {
    const url = new URL(String(input instanceof Request ? input.url : input));
    if (typeof init?.body === 'string' && url.pathname !== '/auth') sent.push({ path: `${init.method ?? 'GET'} ${url.pathname}`, body: JSON.parse(init.body) });
    return fetch(input, init);
  };
  const last = (path: string) => [...sent].reverse().find((s) => s.path === path)?.body;

  before(async () => {
    h = await startHarness({ proxy: { upstreamFetch } });
  });
  after(() => h.close());

  it('a tyre quote typed as a person types it is sent as the docs type it, quoted, and issued', async () => {
    const body: any = tireBody();
    body.policyholder.mobileNumber = '+40 722 123 456';
    body.policyholder.taxId = `${VALID.cnp.slice(0, 7)} ${VALID.cnp.slice(7)}`;
    body.policyholder.address.county = 'cj';
    body.policyholder.address.cityCode = '54984';
    body.tire.purchasePrice = '2.396,50';
    body.tire.termTime = '12';
    body.tire.tireWidth = '17';
    body.tire.tireMake = 'Michelin';
    body.additionalData.agreements.purchased4Tires = 'true';
    body.additionalData.agreements.marketingConsent = 'false';

    const res = await h.post('/v1/offers', body);
    const offers = await json<OffersResponse>(res);
    assert.equal(res.status, 200, JSON.stringify(offers));

    const product = last('POST /offer').product;
    assert.equal(product.policyholder.mobileNumber, '0722123456');
    assert.equal(product.policyholder.taxId, VALID.cnp);
    assert.equal(product.policyholder.address.county, 'CJ');
    assert.equal(product.policyholder.address.cityCode, 54984);
    assert.equal(product.tire.purchasePrice, 2396.5);
    assert.equal(product.tire.termTime, 12);
    assert.equal(product.tire.tireWidth, 17);
    assert.equal(product.tire.tireMake, 'michelin');
    assert.equal(product.additionalData.agreements.purchased4Tires, true);
    assert.equal(product.additionalData.agreements.marketingConsent, false);

    // What the sandbox stored is what was sent: it took the canonical body as it came.
    const stored = [...h.sandbox.state.offers.values()].at(-1)!;
    assert.deepEqual(stored.body, product);

    const issued = await h.post('/v1/policies', { offerId: offers.offers[0]!.offerId }, { headers: { 'Idempotency-Key': 'wire-test-1' } });
    const policy = await json<IssueResponse>(issued);
    assert.equal(issued.status, 201, JSON.stringify(policy));
    const pay = last('POST /policy');
    assert.equal(typeof pay.offerId, 'number');
    assert.equal(typeof pay.payment.amount, 'number');
  });

  it('a business cyber quote with yes/no and counts as text is sent with booleans and numbers', async () => {
    const body: any = businessCyberProtectionBody();
    body.businessCyberProtection.hasFirewall = 'true';
    body.businessCyberProtection.installmentCount = '3';
    body.businessCyberProtection.insuredAmount = '50.000';
    const res = await h.post('/v1/offers', body);
    assert.equal(res.status, 200, await res.clone().text());
    const sentCyber = last('POST /offer').product.businessCyberProtection;
    assert.equal(sentCyber.hasFirewall, true);
    assert.equal(sentCyber.installmentCount, 3);
    assert.equal(sentCyber.insuredAmount, 50000);
  });
});
