/**
 * The Casco half of the fuzz: the same mutation engine (support.ts) over the
 * Casco fixtures' valid bodies. Through the proxy (in front of a real sandbox
 * server): the identification body and the casco quote `{casco, insurers}`
 * with real identifiers. Straight to the sandbox's Casco API (in process):
 * `POST /offer`, `POST /vehicle/identification` and `POST /policy` with real
 * offer ids. Every answer is below 500; every proxy 4xx is the error
 * envelope. Seeded; the seed and the figures are printed.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { parseIsoDate } from '../../src/contract/clock.js';
import { cascoProduct } from '../../src/contract/casco/index.js';
import type { CascoIdentificationResponse, CascoQuoteInput } from '../../src/contract/casco/public-api.js';
import { normaliseOffers } from '../../src/contract/offer.js';
import { checkWire } from '../../src/contract/wire.js';
import { CASCO_BASE } from '../../src/sandbox/casco/paths.js';
import { NO_FAULTS, SandboxState, createSandboxApp, resolveConfig } from '../../src/sandbox/server.js';
import { cascoCompany, cascoDocIdentification, cascoDocPerson, cascoDocProduct, cascoWireIdentification, cascoWireProduct } from '../support/casco-fixtures.js';
import { CASCO_INSURERS, DEMO_ORIGIN, assertNoLeaks, startHarness, withCasco, type ErrorBody, type Harness } from '../proxy/harness.js';
import { OPERATOR, paymentFor, provider } from '../sandbox/support/client.js';
import { SEED, Tally, TOTAL_RUNS, assertAnswer, describeBody, fcOptions, edgeArb, moveToEdge, mutatedArb, mutationsFor, runsFor, serialise, unlimited } from './support.js';

type Insurer = (typeof CASCO_INSURERS)[number];

/** Casco's own subtrees to graft and keys to add where they do not belong. */
const cascoMutations = mutationsFor({
  keys: ['casco', 'insurers', 'vehicle', 'motor', 'policyholder', 'user', 'identifier', 'additionalData', 'coverages', ...CASCO_INSURERS],
  grafts: [cascoDocPerson, cascoCompany, cascoDocIdentification, cascoWireIdentification, () => cascoDocProduct().motor, () => cascoDocProduct().additionalData, () => cascoDocProduct().coverages, () => ({ identifier: 'x', insuredValue: 1 })],
});

/** The public quote body (as test/proxy/casco.test.ts builds it): the wire product without name and identifier, and the insurers to ask. */
function quoteBody(ids: Partial<Record<Insurer, string>>): CascoQuoteInput {
  const { name: _name, vehicle, ...casco } = cascoWireProduct();
  const { identifier: _identifier, ...described } = vehicle;
  return { casco: { ...casco, vehicle: described }, insurers: Object.fromEntries(Object.entries(ids).map(([n, identifier]) => [n, { identifier }])) } as CascoQuoteInput;
}

/** Budgets, on top of the Assets shares (which add up to 1): a casco quote costs three upstream offers. */
const RUNS = { identification: runsFor(0.02), quote: runsFor(0.025), sandboxIdentification: runsFor(0.02), sandboxOffer: runsFor(0.03), sandboxPolicy: runsFor(0.015), sandboxEdges: runsFor(0.02) };

describe(`fuzz: Casco through the proxy and on the sandbox, never a 5xx (seed ${SEED}, FUZZ_RUNS ${TOTAL_RUNS})`, () => {
  let h: Harness;
  const tally = new Tally();
  let ids: Record<Insurer, string>;
  before(async () => {
    h = await startHarness({ config: (c) => (unlimited(c), withCasco(8000)(c)) });
  });
  after(async () => {
    console.log(`fuzz (casco): ${tally.report()}`);
    await h.close();
  });

  /** One JSON POST to the proxy in process (with the Content-Length the body limit reads), counted and checked. */
  async function post(target: string, path: string, body: string): Promise<{ status: number; text: string }> {
    // Let timers run between in-process requests (see proxy.test.ts).
    await new Promise((resolve) => setImmediate(resolve));
    const res = await h.proxy.app.request(path, { method: 'POST', body, headers: { Origin: DEMO_ORIGIN, 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) } });
    const bytes = Buffer.from(await res.arrayBuffer());
    const text = bytes.toString('utf8');
    h.responses.push({ method: 'POST', path, status: res.status, contentType: res.headers.get('content-type') ?? '', body: bytes });
    tally.add(target, res.status);
    const logged = res.status >= 500 ? h.logs.filter((l) => l.includes(res.headers.get('X-Correlation-Id') ?? '-')).join('\n') : '';
    assertAnswer(`POST ${path} ${describeBody(body)}${logged ? `\nproxy log:\n${logged.slice(0, 2000)}` : ''}`, res.status, text);
    return { status: res.status, text };
  }

  it('the crashes found before are field errors at the field’s path', async () => {
    const { status, text } = await post('identification (known)', '/v1/casco/identification', serialise(cascoWireIdentification()));
    assert.equal(status, 200, text);
    ids = Object.fromEntries((JSON.parse(text) as CascoIdentificationResponse).insurers.map((i) => [i.insurer.name, i.versions[0]!.identifier])) as Record<Insurer, string>;
    const expectFieldError = async (path: string, body: unknown, ...fields: string[]) => {
      const r = await post('known', path, serialise(body));
      assert.equal(r.status, 422, r.text);
      const paths = (JSON.parse(r.text) as ErrorBody).errors.map((e) => e.path);
      for (const field of fields) assert.ok(paths.includes(field), `${field} in ${paths.join(', ')}`);
    };
    // The vehicle changed after its identification (engineDisplacement dropped): every insurer refused its
    // identifier, and the proxy answered 502 casco.noOffers for the caller's mistake.
    const changed = quoteBody(ids) as { casco: { vehicle: Record<string, unknown> } };
    delete changed.casco.vehicle.engineDisplacement;
    await expectFieldError('/v1/offers', changed, '', ...CASCO_INSURERS.map((n) => `insurers.${n}.identifier`));
    // A vanishing insured sum (5e-324) was quoted at a premium of 0 (found by the sandbox edges below).
    const tiny = quoteBody(ids) as { casco: { coverages: Record<string, unknown>[] }; insurers: Record<string, Record<string, unknown>> };
    tiny.casco.coverages[0]!.insuredSum = 5e-324;
    tiny.insurers.groupama!.insuredValue = 5e-324;
    await expectFieldError('/v1/offers', tiny, 'casco.coverages.0.insuredSum', 'insurers.groupama.insuredValue');
  });

  it(`POST /v1/casco/identification: ${RUNS.identification} mutations of the mechanical data`, async () => {
    await fc.assert(
      fc.asyncProperty(mutatedArb(cascoWireIdentification, cascoMutations), async (body) => {
        await post('identification (mutated)', '/v1/casco/identification', serialise(body));
      }),
      fcOptions(RUNS.identification),
    );
    assert.ok((tally.statuses('identification (mutated)').get(200) ?? 0) > 0, tally.report());
  });

  it(`POST /v1/offers (casco): ${RUNS.quote} mutations of the quote, real identifiers for every insurer`, async () => {
    await fc.assert(
      fc.asyncProperty(mutatedArb(() => quoteBody(ids), cascoMutations), async (body) => {
        await post('casco quote (mutated)', '/v1/offers', serialise(body));
      }),
      fcOptions(RUNS.quote),
    );
    assert.ok((tally.statuses('casco quote (mutated)').get(200) ?? 0) > 0, tally.report());
  });

  it('leaks no credential, token or personal data, whatever it was sent', () => {
    assertNoLeaks(h);
  });
});

describe(`fuzz: the sandbox's Casco API answers mutated bodies without a 5xx (seed ${SEED})`, () => {
  const app = createSandboxApp(resolveConfig({}, {}), new SandboxState(NO_FAULTS));
  const tally = new Tally();
  let token = '';
  let ids: Record<Insurer, string>;
  const offerIds: number[] = [];
  const premiums = new Map<number, number>();
  after(() => console.log(`fuzz (casco sandbox): ${tally.report()}`));

  async function post(target: string, path: string, body: string): Promise<{ status: number; text: string }> {
    const res = await app.request(`${CASCO_BASE}${path}`, { method: 'POST', headers: { Token: token, 'Content-Type': 'application/json' }, body });
    const text = await res.text();
    tally.add(target, res.status);
    assert.ok(res.status < 500, `POST ${path} → ${res.status}: ${text.slice(0, 300)}\nbody: ${describeBody(body)}`);
    return { status: res.status, text };
  }

  before(async () => {
    const login = await app.request(`${CASCO_BASE}/auth`, { method: 'POST', body: JSON.stringify(OPERATOR) });
    token = ((await login.json()) as { data: { token: string } }).data.token;
    const r = await post('setup', '/vehicle/identification', JSON.stringify(cascoWireIdentification()));
    assert.equal(r.status, 200, r.text);
    const data = (JSON.parse(r.text) as { data: Record<Insurer, { identifier: string }[]> }).data;
    ids = Object.fromEntries(CASCO_INSURERS.map((i) => [i, data[i][0]!.identifier])) as Record<Insurer, string>;
  });

  it(`POST /vehicle/identification: ${RUNS.sandboxIdentification} mutations`, async () => {
    await fc.assert(
      fc.asyncProperty(mutatedArb(cascoWireIdentification, cascoMutations), async (body) => {
        await post('identification', '/vehicle/identification', serialise(body));
      }),
      fcOptions(RUNS.sandboxIdentification),
    );
  });

  it(`POST /offer: ${RUNS.sandboxOffer} mutations of {provider, product}, every insurer`, async () => {
    const body = fc.constantFrom(...CASCO_INSURERS).chain((insurer) => mutatedArb(() => ({ provider: provider(insurer), product: cascoWireProduct(ids[insurer]) }), cascoMutations));
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const { status, text } = await post('offer', '/offer', serialise(b));
        if (status !== 200 || offerIds.length >= 20) return;
        for (const o of (JSON.parse(text) as { data: { offers: { offerId: number; payment: { amount: number } }[] } }).data.offers) {
          offerIds.push(o.offerId);
          premiums.set(o.offerId, o.payment.amount);
        }
      }),
      fcOptions(RUNS.sandboxOffer),
    );
    assert.ok((tally.statuses('offer').get(200) ?? 0) > 0, tally.report());
  });

  it(`POST /offer: the accepted ones among ${RUNS.sandboxEdges} products at the edges of their rules, then issued`, async () => {
    // Another valid person where one goes (a company as the policyholder, the doc's spelling as the user).
    const people = (pick: number) => [cascoCompany(), cascoWireProduct().policyholder, cascoDocPerson()][pick % 3];
    const nearValid = fc
      .tuple(fc.constantFrom(...CASCO_INSURERS), fc.array(edgeArb, { minLength: 1, maxLength: 3 }), fc.boolean())
      .map(([insurer, edges, parsed]) => {
        const product = cascoWireProduct(ids[insurer]) as Record<string, unknown>;
        for (const e of edges) moveToEdge(product, e, { policyholder: people, user: people });
        return { insurer, product, parsed };
      });
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(nearValid, async ({ insurer, product, parsed }) => {
        const checked = checkWire(cascoProduct, product);
        if (!checked.ok) return;
        accepted++;
        // What the proxy sends (the contract's output) or what a direct caller sends (the body as written).
        const text = JSON.stringify({ provider: provider(insurer), product: parsed ? checked.data : product });
        const { status, text: answer } = await post('offer (accepted)', '/offer', text);
        if (status !== 200) return;
        const what = `${answer.slice(0, 300)}\nbody: ${describeBody(text)}`;
        // A quote a customer could use: finite premiums and real dates…
        const offers = normaliseOffers(JSON.parse(answer));
        assert.ok(offers.ok, what);
        for (const o of offers.offers) {
          assert.ok(Number.isFinite(o.premiumAmount) && o.premiumAmount > 0, what);
          for (const d of [o.startDate, o.endDate, o.offerExpiryDate]) assert.ok(d === undefined || parseIsoDate(d), `${d}: ${what}`);
        }
        // …that can be bought: the first offer becomes a policy, paying its first instalment.
        const first = (JSON.parse(answer) as { data: { offers: { offerId: number; payment: { amount: number } }[] } }).data.offers[0]!;
        assert.ok(Number.isFinite(first.payment.amount) && first.payment.amount > 0, what);
        const issued = await post('policy (accepted)', '/policy', JSON.stringify({ offerId: first.offerId, payment: paymentFor({ premiumAmount: first.payment.amount }) }));
        assert.equal(issued.status, 200, `${issued.text.slice(0, 300)}\n${what}`);
      }),
      fcOptions(RUNS.sandboxEdges),
    );
    // Mostly still valid: the sandbox's pricing was fuzzed, not only the contract.
    assert.ok(accepted >= RUNS.sandboxEdges / 4, `${accepted} of ${RUNS.sandboxEdges} accepted`);
    assert.ok((tally.statuses('policy (accepted)').get(200) ?? 0) > 0, tally.report());
  });

  it(`POST /policy: ${RUNS.sandboxPolicy} mutations of {offerId, payment}, real offers among them`, async () => {
    assert.ok(offerIds.length > 0, 'the offer fuzz made offers to issue');
    const body = fc.constantFrom(...offerIds).chain((id) => mutatedArb(() => ({ offerId: id, payment: paymentFor({ premiumAmount: premiums.get(id)! }) }), cascoMutations));
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        await post('policy', '/policy', serialise(b));
      }),
      fcOptions(RUNS.sandboxPolicy),
    );
  });
});
