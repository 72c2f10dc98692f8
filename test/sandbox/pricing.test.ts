/**
 * tireFleet and electronics premiums equal the documented tables (written out
 * here from the docs, not read from the code under test).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, addYears, coverEndDate, today } from '../../src/contract/clock.js';
import { company, electronicsBody, tireFleetBody } from '../support/fixtures.js';
import { useSandbox } from './support/client.js';

/** Assets API v1.5.0 §6.6.1, in the documented order DAF 12/24/36, GE 12/24 — percent of the purchase price. */
const ELECTRONICS_TABLE: Record<string, number[]> = {
  audio_video: [5.0, 8.5, 12.0, 5.0, 9.5],
  televizor: [5.0, 8.5, 12.0, 5.0, 9.5],
  frigider: [3.0, 5.5, 8.0, 5.0, 9.5],
  masina_spalat: [3.0, 5.5, 8.0, 5.0, 9.5],
  monitor: [4.0, 7.0, 10.0, 5.0, 9.5],
  aer_conditionat: [3.0, 5.5, 8.0, 5.0, 9.5],
};
const ELECTRONICS_PACKAGES = ['daf:12', 'daf:24', 'daf:36', 'ge:12', 'ge:24'];

const codeOf = (o: { providerOfferCode: string }) => o.providerOfferCode.split(':').slice(0, 2).join(':');

describe('sandbox pricing: tireFleet (§6.3.2)', () => {
  const ctx = useSandbox();

  it('3 vehicles: var_1 240 / 375 RON, var_2 270 / 435 RON, 30 % commission', async () => {
    const offers = await ctx.client.offersFor('tireFleet', tireFleetBody(3));
    assert.deepEqual(
      offers.map((o) => [codeOf(o), o.premiumAmount]),
      [['var_1:12', 240], ['var_1:24', 375], ['var_2:12', 270], ['var_2:24', 435]],
    );
    for (const o of offers) {
      assert.equal(o.commissionPercent, 30);
      assert.equal(o.commissionValue, Math.round(o.premiumAmount * 30) / 100);
      assert.match(o.providerOfferCode, /^var_[12]:(12|24):[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
  });

  for (const [vehicles, expected] of [
    [1, [80, 125, 90, 145]],
    [2, [160, 250, 180, 290]],
    [7, [560, 875, 630, 1015]],
  ] as const) {
    it(`${vehicles} vehicle(s): ${expected.join(', ')} RON`, async () => {
      const offers = await ctx.client.offersFor('tireFleet', tireFleetBody(vehicles));
      assert.deepEqual(offers.map((o) => o.premiumAmount), [...expected]);
    });
  }

  it('cover runs from the requested start for 12 or 24 months', async () => {
    const body = tireFleetBody(1);
    body.tireFleet.startDate = addDays(today(), 10);
    const offers = await ctx.client.offersFor('tireFleet', body);
    for (const o of offers) {
      const term = Number(o.providerOfferCode.split(':')[1]);
      assert.equal(o.startDate, addDays(today(), 10));
      assert.equal(o.endDate, coverEndDate(addDays(today(), 10), term));
    }
  });
});

describe('sandbox pricing: electronics (§6.6.1)', () => {
  const ctx = useSandbox();

  it('televizor at 5000 RON: 250, 425, 600, 250 and 475 RON', async () => {
    const offers = await ctx.client.offersFor('electronics', electronicsBody('televizor', 5000));
    assert.deepEqual(offers.map((o) => o.premiumAmount), [250, 425, 600, 250, 475]);
    assert.deepEqual(offers.map(codeOf), ELECTRONICS_PACKAGES);
  });

  for (const [category, percents] of Object.entries(ELECTRONICS_TABLE)) {
    for (const price of [5000, 1234.56]) {
      it(`${category} at ${price} RON follows the table (${percents.join(' / ')} %)`, async () => {
        const offers = await ctx.client.offersFor('electronics', electronicsBody(category, price));
        assert.deepEqual(offers.map(codeOf), ELECTRONICS_PACKAGES);
        assert.deepEqual(
          offers.map((o) => o.premiumAmount),
          percents.map((p) => Math.round(price * p) / 100),
        );
        for (const o of offers) {
          assert.equal(o.commissionPercent, 30);
          assert.equal(o.commissionValue, Math.round(o.premiumAmount * 30) / 100);
        }
      });
    }
  }

  it('an individual: DAF starts today, GE starts purchaseDate + 2 years', async () => {
    const body = electronicsBody();
    const purchase = addDays(today(), -10);
    body.electronics.purchaseDate = purchase;
    const offers = await ctx.client.offersFor('electronics', body);
    assert.deepEqual(
      offers.map((o) => [codeOf(o), o.startDate, o.endDate]),
      [
        ['daf:12', today(), coverEndDate(today(), 12)],
        ['daf:24', today(), coverEndDate(today(), 24)],
        ['daf:36', today(), coverEndDate(today(), 36)],
        ['ge:12', addYears(purchase, 2), coverEndDate(addYears(purchase, 2), 12)],
        ['ge:24', addYears(purchase, 2), coverEndDate(addYears(purchase, 2), 24)],
      ],
    );
  });

  it('a company: GE starts purchaseDate + 1 year; premiums do not depend on who buys', async () => {
    const body: any = electronicsBody();
    const purchase = addDays(today(), -3);
    body.electronics.purchaseDate = purchase;
    body.policyholder = company();
    const offers = await ctx.client.offersFor('electronics', body);
    assert.deepEqual(offers.slice(3).map((o) => o.startDate), [addYears(purchase, 1), addYears(purchase, 1)]);
    assert.deepEqual(offers.slice(0, 3).map((o) => o.startDate), [today(), today(), today()]);
    assert.deepEqual(offers.map((o) => o.premiumAmount), [250, 425, 600, 250, 475]);
  });
});
