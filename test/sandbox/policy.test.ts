import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, setClock, today } from '../../src/contract/clock.js';
import { upstreamError } from '../../src/contract/envelope.js';
import { policyResponse } from '../../src/contract/policy.js';
import { paymentFor, useSandbox } from './support/client.js';
import { isEnglish, isRomanian } from './support/language.js';

const pathsOf = (r: { body: any }) => r.body.errors.map((e: any) => e.path);

describe('sandbox POST /policy', () => {
  // A long token life, so moving the clock a month ahead does not log the client out.
  const ctx = useSandbox({ config: { tokenTtlSeconds: 90 * 24 * 3600, offerValidityDays: 30 } });

  it('turns an offer into the documented policy object with series and number', async () => {
    const [offer] = await ctx.client.offersFor('tire');
    const r = await ctx.client.policy(offer.offerId, paymentFor(offer, { method: 'broker receipt', documentNumber: 'CH-12' }));
    assert.equal(r.status, 200, r.text);
    assert.ok(policyResponse.safeParse(r.body).success, r.text);
    const [p] = r.body.data.policies;
    assert.ok(Number.isInteger(p.policyId) && p.policyId > 0);
    assert.equal(typeof p.series, 'string');
    assert.ok(p.series.length > 0);
    assert.ok(Number.isInteger(p.number) && p.number > 0);
    assert.equal(p.premiumAmount, offer.premiumAmount);
    assert.equal(p.currency, 'RON');
    assert.equal(p.startDate, offer.startDate);
    assert.equal(p.endDate, offer.endDate);
    assert.deepEqual(p.payment, { method: 'broker receipt', currency: 'RON', amount: offer.premiumAmount, date: today(), documentNumber: 'CH-12' });
    assert.deepEqual(p.installments, offer.installments);
  });

  it('an offer becomes a policy once and only once: the second try is a 409 naming the policy', async () => {
    const offers = await ctx.client.offersFor('electronics');
    const offer = offers[3];
    const first = await ctx.client.policy(offer.offerId, paymentFor(offer));
    assert.equal(first.status, 200);
    const { series, number } = first.body.data.policies[0];
    const second = await ctx.client.policy(offer.offerId, paymentFor(offer));
    assert.equal(second.status, 409);
    assert.ok(upstreamError.safeParse(second.body).success);
    assert.equal(second.body.status, 409);
    assert.deepEqual(pathsOf(second), ['offerId']);
    assert.ok(second.body.errors[0].message.includes(`${series} ${number}`), second.body.errors[0].message);
    const ro = await ctx.client.call('POST', '/policy', { body: { offerId: offer.offerId, payment: paymentFor(offer) }, lang: 'ro' });
    assert.equal(ro.status, 409);
    assert.ok(isRomanian(ro.body.errors[0].message));
    // The other offers of the same quote are still free.
    assert.equal((await ctx.client.policy(offers[0].offerId, paymentFor(offers[0]))).status, 200);
  });

  it('two concurrent POST /policy for one offer: exactly one 200 and one 409', async () => {
    for (let round = 0; round < 5; round++) {
      const [offer] = await ctx.client.offersFor('digitalProtection');
      const replies = await Promise.all([ctx.client.policy(offer.offerId, paymentFor(offer)), ctx.client.policy(offer.offerId, paymentFor(offer))]);
      assert.deepEqual(replies.map((r) => r.status).sort(), [200, 409]);
    }
    const [offer] = await ctx.client.offersFor('gap');
    const many = await Promise.all(Array.from({ length: 8 }, () => ctx.client.policy(offer.offerId, paymentFor(offer))));
    assert.equal(many.filter((r) => r.status === 200).length, 1);
    assert.equal(many.filter((r) => r.status === 409).length, 7);
  });

  it('policy numbers increase within a series; each policy has its own id', async () => {
    const [a] = await ctx.client.offersFor('tire');
    const [b] = await ctx.client.offersFor('tire');
    const pa = (await ctx.client.policy(a.offerId, paymentFor(a))).body.data.policies[0];
    const pb = (await ctx.client.policy(b.offerId, paymentFor(b))).body.data.policies[0];
    assert.equal(pa.series, pb.series);
    assert.equal(pb.number, pa.number + 1);
    assert.notEqual(pa.policyId, pb.policyId);
  });

  it('an amount different from the premium → 400 at payment.amount, and no policy', async () => {
    const [offer] = await ctx.client.offersFor('houseAssistance');
    const r = await ctx.client.policy(offer.offerId, paymentFor(offer, { amount: offer.premiumAmount - 0.01 }));
    assert.equal(r.status, 400);
    assert.deepEqual(pathsOf(r), ['payment.amount']);
    assert.ok(isEnglish(r.body.errors[0].message));
    assert.equal((await ctx.client.policy(offer.offerId, paymentFor(offer))).status, 200, 'the offer is still usable');
  });

  it('a payment date in the future → 400 at payment.date; today and the past are fine', async () => {
    const [offer] = await ctx.client.offersFor('solarPanel');
    const r = await ctx.client.policy(offer.offerId, paymentFor(offer, { date: addDays(today(), 1) }));
    assert.equal(r.status, 400);
    assert.deepEqual(pathsOf(r), ['payment.date']);
    assert.equal((await ctx.client.policy(offer.offerId, paymentFor(offer, { date: addDays(today(), -2) }))).status, 200);
  });

  for (const [rule, change, path] of [
    ['method from the documented list', { method: 'card' }, 'payment.method'],
    ['currency RON only', { currency: 'EUR' }, 'payment.currency'],
    ['documentNumber required', { documentNumber: '' }, 'payment.documentNumber'],
    ['date YYYY-MM-DD', { date: '26/11/2026' }, 'payment.date'],
    ['amount a number', { amount: 'lots' }, 'payment.amount'],
  ] as const) {
    it(`payment: ${rule} → 400 at ${path}, in both languages`, async () => {
      const [offer] = await ctx.client.offersFor('tire');
      const en = await ctx.client.policy(offer.offerId, paymentFor(offer, change));
      assert.equal(en.status, 400);
      assert.ok(pathsOf(en).includes(path), JSON.stringify(en.body));
      const ro = await ctx.client.call('POST', '/policy', { body: { offerId: offer.offerId, payment: paymentFor(offer, change) }, lang: 'ro' });
      assert.ok(isRomanian(ro.body.errors.find((e: any) => e.path === path).message));
    });
  }

  it('all documented payment methods are accepted', async () => {
    for (const method of ['pos', 'receipt', 'broker receipt', 'broker payment order']) {
      const [offer] = await ctx.client.offersFor('digitalProtection');
      assert.equal((await ctx.client.policy(offer.offerId, paymentFor(offer, { method }))).status, 200, method);
    }
  });

  it('an unknown offer → 404 at offerId; a missing offerId → 400', async () => {
    const r = await ctx.client.policy(987654, paymentFor({ premiumAmount: 10 }));
    assert.equal(r.status, 404);
    assert.deepEqual(pathsOf(r), ['offerId']);
    const missing = await ctx.client.call('POST', '/policy', { body: { payment: paymentFor({ premiumAmount: 10 }) } });
    assert.equal(missing.status, 400);
    assert.deepEqual(pathsOf(missing), ['offerId']);
  });

  it('an offer expired by state.expireOffer() → 410 at offerId, and no policy', async () => {
    const [offer] = await ctx.client.offersFor('tire');
    assert.equal(ctx.sb.state.expireOffer(offer.offerId), true);
    const r = await ctx.client.policy(offer.offerId, paymentFor(offer));
    assert.equal(r.status, 410);
    assert.equal(r.body.status, 410);
    assert.deepEqual(pathsOf(r), ['offerId']);
    assert.equal(ctx.sb.state.offers.get(offer.offerId)?.policyId, undefined);
    assert.equal(ctx.sb.state.expireOffer(424242), false);
  });

  it('an offer past its offerExpiryDate (clock moved on) → 410; on its last day it still works', async () => {
    const [late] = await ctx.client.offersFor('electronics');
    const [lastDay] = await ctx.client.offersFor('electronics');
    const expiry = late.offerExpiryDate;
    const at = (iso: string) => setClock(() => new Date(`${iso}T10:00:00Z`));
    let restore = at(expiry);
    try {
      assert.equal((await ctx.client.policy(lastDay.offerId, paymentFor(lastDay))).status, 200);
    } finally {
      restore();
    }
    restore = at(addDays(expiry, 1));
    try {
      const r = await ctx.client.policy(late.offerId, paymentFor(late));
      assert.equal(r.status, 410);
      assert.ok(r.body.errors[0].message.length > 0);
    } finally {
      restore();
    }
  });
});
