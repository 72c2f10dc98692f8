/**
 * Issue 5, point 3: POST /v1/offers. Every product quotes through the proxy;
 * invalid bodies are refused with field paths in English and Romanian and
 * never reach the sandbox (its counter proves it); the insurer's own refusals
 * come back at public paths; the answer holds no commission or credentials.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addDays, today } from '../../src/contract/clock.js';
import { PRODUCT_KEYS } from '../../src/contract/products/index.js';
import { PUBLIC_ID, type OffersResponse } from '../../src/contract/public-api.js';
import { BODIES, VALID, tireBody } from '../support/fixtures.js';
import { assertNoLeaks, json, SHOP_ORIGIN, startHarness, type ErrorBody, type Harness } from './harness.js';

describe('proxy: POST /v1/offers', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  for (const product of PRODUCT_KEYS) {
    it(`quotes ${product} and records each offer`, async () => {
      const res = await h.post('/v1/offers', BODIES[product]());
      const body = await json<OffersResponse>(res);
      assert.equal(res.status, 200, JSON.stringify(body));
      assert.ok(body.offers.length >= 1);
      assert.equal(body.correlationId, res.headers.get('X-Correlation-Id'));
      for (const o of body.offers) {
        assert.equal(o.product, product);
        assert.match(o.offerId, PUBLIC_ID);
        assert.ok(o.premiumAmount > 0);
        assert.ok(Array.isArray(o.installments));
        for (const hidden of ['commissionValue', 'commissionPercent', 'providerOfferCode', 'premiumAmountNet', 'provider'])
          assert.ok(!(hidden in o), `${hidden} is not public`);
      }
    });
  }

  it('answers the multi-offer products as a list (tireFleet 4, electronics 5)', async () => {
    const fleet = await json<OffersResponse>(await h.post('/v1/offers', BODIES.tireFleet()));
    const lg = await json<OffersResponse>(await h.post('/v1/offers', BODIES.electronics()));
    assert.equal(fleet.offers.length, 4);
    assert.equal(lg.offers.length, 5);
    assert.deepEqual(
      lg.offers.map((o) => `${o.package}:${o.termTime}`),
      ['daf:12', 'daf:24', 'daf:36', 'ge:12', 'ge:24'],
    );
  });

  /** Several kinds of broken body, each with the path the caller must fix. */
  const INVALID: { name: string; body: () => unknown; paths: string[] }[] = [
    {
      name: 'a start date too far ahead and a non-Michelin tyre',
      body: () => {
        const b = tireBody();
        b.tire.startDate = addDays(today(), 90);
        b.tire.tireMake = 'pirelli';
        return b;
      },
      paths: ['tire.startDate', 'tire.tireMake'],
    },
    {
      name: 'a CNP with a wrong check digit',
      body: () => {
        const b = tireBody();
        return { ...b, policyholder: { ...b.policyholder, taxId: VALID.cnp.slice(0, 12) + String((Number(VALID.cnp[12]) + 1) % 10) } };
      },
      paths: ['policyholder.taxId'],
    },
    {
      name: 'a missing required field and a bad email',
      body: () => {
        const b = tireBody() as Record<string, unknown> & ReturnType<typeof tireBody>;
        delete (b.tire as Partial<typeof b.tire>).dot;
        b.policyholder.email = 'not-an-email';
        return b;
      },
      paths: ['tire.dot', 'policyholder.email'],
    },
    {
      name: 'an agreement not given',
      body: () => {
        const b = tireBody();
        b.additionalData.agreements.customerAgreement = false;
        return b;
      },
      paths: ['additionalData.agreements.customerAgreement'],
    },
    { name: 'no product at all', body: () => ({ policyholder: tireBody().policyholder }), paths: [''] },
    { name: 'two products at once', body: () => ({ ...tireBody(), ...BODIES.electronics() }), paths: [''] },
    { name: 'not an object', body: () => [1, 2, 3], paths: [''] },
  ];

  for (const c of INVALID) {
    it(`refuses ${c.name} with 422 in English and Romanian, without calling the sandbox`, async () => {
      const before = h.count('POST /offer');
      const en = await h.post('/v1/offers', c.body(), { headers: { 'Accept-Language': 'en-GB,en;q=0.9' } });
      const ro = await h.post('/v1/offers', c.body(), { headers: { 'Accept-Language': 'ro-RO' } });
      const enBody = await json<ErrorBody>(en);
      const roBody = await json<ErrorBody>(ro);
      assert.equal(en.status, 422);
      assert.equal(ro.status, 422);
      for (const p of c.paths) {
        const e = enBody.errors.find((x) => x.path === p);
        const r = roBody.errors.find((x) => x.path === p);
        assert.ok(e && r, `an error at "${p}" in ${JSON.stringify(enBody.errors)}`);
        assert.ok(e.key, 'each validation error names its key');
        assert.equal(e.key, r.key);
        assert.notEqual(e.message, r.message, 'the two languages differ');
      }
      assert.equal(enBody.correlationId, en.headers.get('X-Correlation-Id'));
      assert.equal(h.count('POST /offer'), before, 'the sandbox never saw it');
    });
  }

  it("uses the site's locale when the caller sends no Accept-Language (demo: ro)", async () => {
    const b = tireBody();
    b.tire.dot = '12';
    const res = await h.post('/v1/offers', b);
    const body = await json<ErrorBody>(res);
    assert.equal(body.errors[0]!.path, 'tire.dot');
    assert.match(body.errors[0]!.message, /cifre/);
  });

  it("passes on the insurer's own refusal at the public path (product.tire.vehicleModel → tire.vehicleModel)", async () => {
    const b = tireBody();
    b.tire.vehicleModel = 'No Such Model';
    const before = h.count('POST /offer');
    const res = await h.post('/v1/offers', b, { headers: { 'Accept-Language': 'en' } });
    const body = await json<ErrorBody>(res);
    assert.equal(res.status, 422, JSON.stringify(body));
    assert.equal(h.count('POST /offer'), before + 1, 'this one only the insurer can check');
    assert.deepEqual(
      body.errors.map((e) => e.path),
      ['tire.vehicleModel'],
    );
    const ro = await json<ErrorBody>(await h.post('/v1/offers', b, { headers: { 'Accept-Language': 'ro' } }));
    assert.notEqual(ro.errors[0]!.message, body.errors[0]!.message, 'asked in Romanian, answered in Romanian');
  });

  it('refuses a product the site has not enabled (403), before validating it', async () => {
    const res = await h.post('/v1/offers', BODIES.gap(), { origin: SHOP_ORIGIN });
    const body = await json<ErrorBody>(res);
    assert.equal(res.status, 403);
    assert.equal(body.errors[0]!.key, 'site.product');
  });

  it('answers 400 to a body that is not JSON and 415 to one not sent as JSON', async () => {
    const bad = await h.post('/v1/offers', '{"tire": ');
    assert.equal(bad.status, 400);
    assert.equal((await json<ErrorBody>(bad)).errors[0]!.key, 'request.notJson');
    const text = await h.call('/v1/offers', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify(tireBody()) });
    assert.equal(text.status, 415);
  });

  it('ignores whatever the caller puts in `provider`: the proxy chooses the insurer and its credentials', async () => {
    const b = { ...tireBody(), provider: { organization: { businessName: 'lg' }, authentication: { account: 'x', password: 'y' } } };
    const res = await h.post('/v1/offers', b);
    assert.equal(res.status, 200);
    const offerId = (await json<OffersResponse>(res)).offers[0]!.offerId;
    const upstreamId = (await h.proxy.store.offerByRef(offerId))!.upstreamOfferId;
    assert.equal(h.sandbox.state.offers.get(upstreamId)!.insurer, 'michelin');
  });

  it('no log line or response carries a password, a token or personal data', () => {
    assertNoLeaks(h);
  });
});
