import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, coverEndDate, today } from '../../src/contract/clock.js';
import { upstreamError } from '../../src/contract/envelope.js';
import { normaliseOffers } from '../../src/contract/offer.js';
import { parseOfferCode } from '../../src/contract/products/pricing.js';
import { PRODUCTS, PRODUCT_KEYS, type ProductKey } from '../../src/contract/products/index.js';
import { BODIES, businessCyberProtectionBody, houseAssistanceBody, tireBody, electronicsBody } from '../support/fixtures.js';
import { provider, useSandbox } from './support/client.js';
import { isEnglish, isRomanian } from './support/language.js';

const EXPECTED_COUNT: Record<ProductKey, number> = {
  tire: 1,
  tireFleet: 4,
  electronics: 5,
  extendedWarranty: 1,
  solarPanel: 1,
  gap: 1,
  houseAssistance: 1,
  digitalProtection: 1,
  businessCyberProtection: 1,
};

describe('sandbox POST /offer: a valid request for every product gets offers', () => {
  const ctx = useSandbox({ config: { offerValidityDays: 30 } });

  for (const key of PRODUCT_KEYS) {
    for (const insurer of PRODUCTS[key].insurers) {
      it(`${key} (${insurer}) → ${EXPECTED_COUNT[key]} offer(s) that parse with normaliseOffers`, async () => {
        const r = await ctx.client.offer(BODIES[key](), { key, insurer });
        assert.equal(r.status, 200, r.text);
        assert.match(r.headers.get('x-correlation-id') ?? '', /^[0-9a-f-]{36}$/);
        const n = normaliseOffers(r.body);
        assert.ok(n.ok, n.ok ? '' : n.issues);
        assert.equal(n.offers.length, EXPECTED_COUNT[key]);
        // Single-offer products answer `data` as the Offer, the documented multi-offer ones `data.offers`.
        assert.equal('offers' in r.body.data, EXPECTED_COUNT[key] > 1);
        for (const o of n.offers) {
          assert.ok(Number.isInteger(o.offerId) && o.offerId > 0);
          assert.equal(o.currency, 'RON');
          assert.ok(o.premiumAmount > 0);
          const code = parseOfferCode(o.providerOfferCode);
          assert.ok(code, `offer code ${o.providerOfferCode} is {package}:{termTime}:{uuid}`);
          assert.equal(o.endDate, coverEndDate(o.startDate!, code.termTime));
          assert.equal(o.offerExpiryDate, addDays(today(), 30));
          assert.ok(o.commissionPercent! > 0);
          assert.equal(o.commissionValue, Math.round(o.premiumAmount * o.commissionPercent!) / 100);
          assert.equal(o.premiumAmountNet, Math.round((o.premiumAmount - o.commissionValue!) * 100) / 100);
          // One installment, unless the product asks for more (the fixture's businessCyberProtection asks for 2).
          const count = key === 'businessCyberProtection' ? 2 : 1;
          assert.equal(o.installments.length, count);
          assert.equal(Math.round(o.installments.reduce((s, i) => s + i.amount * 100, 0)), Math.round(o.premiumAmount * 100));
          assert.equal(o.installments[0]!.dueDate, today());
        }
      });
    }
  }

  it('offer ids increase and codes are unique', async () => {
    const a = await ctx.client.offersFor('electronics');
    const b = await ctx.client.offersFor('tire');
    const ids = [...a, ...b].map((o) => o.offerId);
    assert.deepEqual(ids, [...ids].sort((x, y) => x - y));
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(new Set([...a, ...b].map((o) => o.providerOfferCode)).size, ids.length);
  });

  it('businessCyberProtection installmentCount 4 → four installments that add up to the premium', async () => {
    const body = businessCyberProtectionBody();
    body.businessCyberProtection.installmentCount = 4;
    const [o] = await ctx.client.offersFor('businessCyberProtection', body);
    assert.equal(o.installments.length, 4);
    assert.equal(Math.round(o.installments.reduce((s: number, i: any) => s + i.amount * 100, 0)), Math.round(o.premiumAmount * 100));
    assert.deepEqual(o.installments.map((i: any) => i.id), [1, 2, 3, 4]);
    const dues = o.installments.map((i: any) => i.dueDate);
    assert.deepEqual(dues, [...dues].sort());
  });

  it('houseAssistance with several packageCodes gets one offer per package; an unknown code is a 400 at its index', async () => {
    const body = houseAssistanceBody();
    body.additionalData.packageCodes = ['basic', 'premium'];
    const offers = await ctx.client.offersFor('houseAssistance', body);
    assert.deepEqual(offers.map((o) => o.providerOfferCode.split(':')[0]), ['basic', 'premium']);
    assert.ok(offers[1].premiumAmount > offers[0].premiumAmount);
    body.additionalData.packageCodes = ['basic', 'gold'];
    const r = await ctx.client.offer(body);
    assert.equal(r.status, 400);
    assert.deepEqual(r.body.errors.map((e: any) => e.path), ['product.additionalData.packageCodes.1']);
  });

  it('the rate model is deterministic: the same request gives the same premium, a different one a different premium', async () => {
    for (const key of ['tire', 'extendedWarranty', 'solarPanel', 'gap', 'houseAssistance', 'digitalProtection', 'businessCyberProtection'] as const) {
      const [a] = await ctx.client.offersFor(key);
      const [b] = await ctx.client.offersFor(key);
      assert.equal(a.premiumAmount, b.premiumAmount, key);
    }
    const cheap = tireBody();
    const dear = tireBody();
    dear.tire.purchasePrice = 4000;
    const [x] = await ctx.client.offersFor('tire', cheap);
    const [y] = await ctx.client.offersFor('tire', dear);
    assert.ok(y.premiumAmount > x.premiumAmount);
  });
});

describe('sandbox POST /offer: envelope, product and insurer rules', () => {
  const ctx = useSandbox();

  const expectError = (r: { status: number; body: any }, status: number, path: string) => {
    assert.equal(r.status, status, JSON.stringify(r.body));
    assert.ok(upstreamError.safeParse(r.body).success);
    assert.equal(r.body.status, status);
    assert.ok(r.body.errors.some((e: any) => e.path === path), `${path} in ${JSON.stringify(r.body.errors)}`);
  };

  it('no product key → 400 at product (exactly one)', async () => {
    const { tire: _t, ...noProduct } = tireBody();
    const r = await ctx.client.offer(noProduct, { key: 'tire' });
    expectError(r, 400, 'product');
  });

  it('two product keys → 400 at product, in English and Romanian', async () => {
    const both = { ...tireBody(), electronics: electronicsBody().electronics };
    const en = await ctx.client.offer(both, { key: 'tire' });
    expectError(en, 400, 'product');
    assert.ok(isEnglish(en.body.errors[0].message));
    const ro = await ctx.client.offer(both, { key: 'tire', lang: 'ro' });
    expectError(ro, 400, 'product');
    assert.ok(isRomanian(ro.body.errors[0].message), ro.body.errors[0].message);
  });

  it('a missing provider → 400 at provider', async () => {
    const r = await ctx.client.call('POST', '/offer', { body: { product: tireBody() } });
    expectError(r, 400, 'provider');
  });

  it('an insurer that does not sell the product → 400 at provider.organization.businessName', async () => {
    const r = await ctx.client.offer(tireBody(), { insurer: 'lg' });
    expectError(r, 400, 'provider.organization.businessName');
  });

  it('wrong insurer credentials → 403 at provider.authentication', async () => {
    expectError(await ctx.client.offer(tireBody(), { authentication: { account: 'michelin-sandbox', password: 'wrong' } }), 403, 'provider.authentication');
    expectError(await ctx.client.offer(tireBody(), { authentication: { account: 'lg-sandbox', password: 'lg-sandbox-secret' } }), 403, 'provider.authentication');
    // Partial credentials do not fall back to the defaults: sent, they must all match.
    expectError(await ctx.client.offer(tireBody(), { authentication: { account: 'michelin-sandbox' } }), 403, 'provider.authentication');
  });

  it('no credentials (account, password and code are "Required: No") → the insurer’s configured credentials apply', async () => {
    assert.equal((await ctx.client.offer(tireBody(), { authentication: {} })).status, 200);
    assert.equal((await ctx.client.offer(tireBody(), { authentication: { account: '', password: '' } })).status, 200);
  });

  it('a body that is not JSON → 400 with the documented envelope', async () => {
    const r = await ctx.client.call('POST', '/offer', { rawBody: '{"provider": {', headers: { 'Content-Type': 'application/json' } });
    expectError(r, 400, '');
  });

  it('an unknown route → 404 in the envelope', async () => {
    expectError(await ctx.client.call('GET', '/offers'), 404, '');
  });
});

describe('sandbox POST /offer: configured insurer credentials with a code', () => {
  const ctx = useSandbox({ config: { insurers: { michelin: { account: 'm', password: 'p', code: 'C1' } } } });

  it('needs the code when one is configured; other insurers keep their defaults', async () => {
    assert.equal((await ctx.client.offer(tireBody(), { authentication: { account: 'm', password: 'p' } })).status, 403);
    assert.equal((await ctx.client.offer(tireBody(), { authentication: { account: 'm', password: 'p', code: 'C1' } })).status, 200);
    // Sent none, the configured ones (code included) apply.
    assert.equal((await ctx.client.offer(tireBody(), { authentication: {} })).status, 200);
    assert.equal((await ctx.client.call('POST', '/offer', { body: { provider: provider('lg'), product: electronicsBody() } })).status, 200);
  });
});
