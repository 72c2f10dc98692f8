/**
 * Issue 9, point 4, the insurer's half: whatever the contract accepts, the
 * sandbox quotes (or refuses with a 4xx, as for a locality not in its
 * register) and never answers 5xx. Bodies are the fixtures' valid bodies
 * moved to the edges — numbers at and past their bounds, dates at the ends
 * of their windows, a thousand vehicles — and only those `checkProduct`
 * accepts are sent. Seeded, like the proxy's fuzz.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { parseIsoDate, today } from '../../src/contract/clock.js';
import { normaliseOffers } from '../../src/contract/offer.js';
import { PRODUCTS, PRODUCT_KEYS, checkProduct, type ProductKey } from '../../src/contract/products/index.js';
import { NO_FAULTS, SandboxState, createSandboxApp, resolveConfig } from '../../src/sandbox/server.js';
import { BODIES, company, foreigner, individual } from '../support/fixtures.js';
import { provider } from '../sandbox/support/client.js';
import { SEED, Tally, describeBody, edgeArb, fcOptions, moveToEdge, runsFor } from './support.js';

/** The Assets people, for a policyholder moved to an edge. */
const people = { policyholder: (pick: number) => [individual(), company(), foreigner(), { ...company(), hasRelationsWithRussiaOrBelarus: false }][pick % 4] };

const nearValidArb = fc
  .tuple(fc.constantFrom<ProductKey>(...PRODUCT_KEYS), fc.array(edgeArb, { minLength: 1, maxLength: 3 }), fc.boolean(), fc.boolean())
  .map(([key, edges, parsed, altInsurer]) => {
    const body = BODIES[key]() as Record<string, unknown>;
    // Every house-assistance package at once: several offers from one quote.
    if (key === 'houseAssistance' && altInsurer) body.additionalData = { packageCodes: ['basic', 'standard', 'premium'] };
    for (const e of edges) moveToEdge(body, e, people);
    return { key, body, parsed, insurer: PRODUCTS[key].insurers[altInsurer ? PRODUCTS[key].insurers.length - 1 : 0]! };
  });

describe(`fuzz: the sandbox answers every body the contract accepts without a 5xx (seed ${SEED})`, () => {
  const app = createSandboxApp(resolveConfig({}, {}), new SandboxState(NO_FAULTS));
  const tally = new Tally();
  let token = '';
  before(async () => {
    const login = await app.request('/auth', { method: 'POST', body: JSON.stringify({ account: 'lih-operator', password: 'sandbox-operator-secret' }) });
    token = ((await login.json()) as { data: { token: string } }).data.token;
  });
  after(() => console.log(`fuzz (sandbox): ${tally.report()}`));

  it(`POST /offer: the accepted ones among ${runsFor(0.15)} bodies at the edges of their rules`, async () => {
    const accepted = new Set<ProductKey>();
    let rejected = 0;
    let quoted = 0;
    await fc.assert(
      fc.asyncProperty(nearValidArb, async ({ key, body, parsed, insurer }) => {
        const checked = checkProduct(body);
        if (!checked.ok) {
          rejected++;
          return;
        }
        accepted.add(key);
        // What the proxy sends (the contract's output) or what a direct caller sends (the body as written).
        const product = parsed ? checked.data : body;
        const text = JSON.stringify({ provider: provider(insurer), product });
        const res = await app.request('/offer', { method: 'POST', headers: { Token: token, 'Content-Type': 'application/json' }, body: text });
        const answer = await res.text();
        tally.add(`offer (${key})`, res.status);
        const what = `${key} → ${res.status}: ${answer.slice(0, 300)}\nbody: ${describeBody(text)}`;
        assert.ok(res.status < 500, what);
        if (res.status !== 200) return;
        // A quote a customer could use: finite premiums (an overflow came back as null) and real dates.
        const offers = normaliseOffers(JSON.parse(answer));
        assert.ok(offers.ok, what);
        for (const o of offers.offers) {
          assert.ok(Number.isFinite(o.premiumAmount) && o.premiumAmount > 0, what);
          for (const d of [o.startDate, o.endDate, o.offerExpiryDate]) assert.ok(d === undefined || parseIsoDate(d), `${d}: ${what}`);
          assert.ok(!o.startDate || !o.endDate || o.endDate >= o.startDate, what);
        }
        // …that can be bought: the first offer becomes a policy for its premium.
        const first = offers.offers[0]!;
        const payment = { method: 'pos', currency: 'RON', amount: first.premiumAmount, date: today(), documentNumber: 'FUZZ-1' };
        const issued = await app.request('/policy', { method: 'POST', headers: { Token: token }, body: JSON.stringify({ offerId: first.offerId, payment }) });
        const policy = await issued.text();
        tally.add('policy', issued.status);
        assert.equal(issued.status, 200, `${policy.slice(0, 300)}\n${what}`);
        // Its documents print whatever was accepted (PDFs are slow: one quote in 80).
        if (++quoted % 80 === 1) {
          const policyId = (JSON.parse(policy) as { data: { policies: { policyId: number }[] } }).data.policies[0]!.policyId;
          for (const path of [`/offer/${first.offerId}`, `/policy/${policyId}`]) {
            const doc = await app.request(path, { headers: { Token: token } });
            tally.add('documents', doc.status);
            assert.equal(doc.status, 200, `${path}: ${(await doc.text()).slice(0, 300)}\n${what}`);
          }
        }
      }),
      fcOptions(runsFor(0.15)),
    );
    const sent = [...tally.byTarget.keys()].filter((t) => t.startsWith('offer')).reduce((n, t) => n + tally.count(t), 0);
    console.log(`fuzz (sandbox): ${sent} accepted and sent, ${rejected} refused by the contract`);
    // The edges are mostly still valid bodies, of every product: the sandbox was fuzzed, not the contract.
    assert.ok(sent >= runsFor(0.15) / 4, `${sent} of ${runsFor(0.15)} accepted`);
    assert.deepEqual([...accepted].sort(), [...PRODUCT_KEYS].sort());
  });
});
