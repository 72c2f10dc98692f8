/**
 * Issue 9, point 4: no 5xx for bad input. The real proxy in front of the real
 * sandbox (a server, as in production) gets generated bodies — mostly
 * mutations of the fixtures' valid bodies — on POST /v1/offers, POST
 * /v1/policies and the nomenclature paths. Every answer is below 500, and
 * every 4xx is the error envelope with string paths. Seeded; the seed and the
 * figures are printed.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { NOMENCLATURES } from '../../src/contract/nomenclature.js';
import { PRODUCT_KEYS } from '../../src/contract/products/index.js';
import type { OffersResponse } from '../../src/contract/public-api.js';
import { BODIES, electronicsBody, tireBody, tireFleetBody } from '../support/fixtures.js';
import { DEMO_ORIGIN, assertNoLeaks, startHarness, type ErrorBody, type Harness } from '../proxy/harness.js';
import { SEED, Tally, TOTAL_RUNS, assertAnswer, describeBody, fcOptions, mutate, mutatedBodyArb, mutationArb, runsFor, serialise, stringArb, unlimited, weirdArb } from './support.js';

describe(`fuzz: the proxy and the sandbox answer bad input with 4xx, never 5xx (seed ${SEED}, FUZZ_RUNS ${TOTAL_RUNS})`, () => {
  let h: Harness;
  const tally = new Tally();
  before(async () => {
    h = await startHarness({ config: unlimited });
  });
  after(async () => {
    console.log(`fuzz (proxy): ${tally.report()}`);
    await h.close();
  });

  /**
   * Sends one request, counts it and checks the answer's status and shape. In
   * process (app.request: a third of the time of a socket, so more bodies per
   * second), with the Content-Length Node's HTTP parser would give the body
   * limit; the sandbox behind it is a real server. Recorded for the leak check.
   */
  async function send(target: string, path: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}): Promise<{ status: number; text: string }> {
    const { method = 'GET', body, headers = {} } = init;
    // app.request() can resolve without leaving the microtask queue: yield, or timers starve — the
    // proxy's idle sockets to the sandbox would outlive the sandbox's keep-alive and be reset on reuse.
    await new Promise((resolve) => setImmediate(resolve));
    const sized = body === undefined ? headers : { ...headers, 'Content-Length': String(Buffer.byteLength(body)) };
    const res = await h.proxy.app.request(path, { method, body, headers: { Origin: DEMO_ORIGIN, ...sized } });
    const bytes = Buffer.from(await res.arrayBuffer());
    const text = bytes.toString('utf8');
    h.responses.push({ method, path, status: res.status, contentType: res.headers.get('content-type') ?? '', body: bytes });
    tally.add(target, res.status);
    // A 5xx names what the proxy logged for it, to tell a crash from an upstream failure.
    const logged = res.status >= 500 ? h.logs.filter((l) => l.includes(res.headers.get('X-Correlation-Id') ?? '-')).join('\n') : '';
    assertAnswer(`${method} ${path} ${describeBody(body ?? '')}${logged ? `\nproxy log:\n${logged.slice(0, 2000)}` : ''}`, res.status, text);
    return { status: res.status, text };
  }
  const postJson = (target: string, path: string, body: string, headers: Record<string, string> = {}) =>
    send(target, path, { method: 'POST', body, headers: { 'Content-Type': 'application/json', ...headers } });

  it('the crashes found before are field errors at the field’s path', async () => {
    const expectFieldError = async (body: unknown, path: string) => {
      const { status, text } = await postJson('offers (known)', '/v1/offers', serialise(body));
      assert.equal(status, 422, text);
      const paths = (JSON.parse(text) as ErrorBody).errors.map((e) => e.path);
      assert.ok(paths.includes(path), `${path} in ${paths.join(', ')}`);
    };
    for (const key of PRODUCT_KEYS) {
      const body = BODIES[key]() as Record<string, Record<string, unknown>>;
      const product = body[key]!;
      if ('startDate' in product) await expectFieldError({ ...body, [key]: { ...product, startDate: '9999-12-31' } }, `${key}.startDate`);
      if ('termTime' in product) await expectFieldError({ ...body, [key]: { ...product, termTime: 1e20 } }, `${key}.termTime`);
    }
    await expectFieldError({ solarPanel: { solarPanelItems: [null] } }, 'solarPanel.solarPanelItems.0');
    const solar = BODIES.solarPanel();
    await expectFieldError({ ...solar, solarPanel: { ...solar.solarPanel, solarPanelItems: [null] } }, 'solarPanel.solarPanelItems.0');
    // Sums the sandbox makes (premium = price × percent) overflowed to Infinity and came back as null.
    await expectFieldError(electronicsBody('televizor', 1e308), 'electronics.purchasePrice');
    const house = BODIES.houseAssistance();
    await expectFieldError({ ...house, houseAssistance: { ...house.houseAssistance, builtArea: 1e308, usableArea: 1 } }, 'houseAssistance.builtArea');
    // Values that throw when read as text or as a length (found by this fuzz).
    const gap = BODIES.gap();
    await expectFieldError({ ...gap, gap: { ...gap.gap, vehicle: { ...gap.gap.vehicle, yearOfConstruction: { toString: null } } } }, 'gap.vehicle.yearOfConstruction');
    await expectFieldError({ ...solar, solarPanel: { ...solar.solarPanel, solarPanelItems: { length: { toString: 'x' } } } }, 'solarPanel.solarPanelItems');
  });

  it(`POST /v1/offers: ${runsFor(0.5)} mutations of every product's valid body`, async () => {
    await fc.assert(
      fc.asyncProperty(mutatedBodyArb, async ({ body }) => {
        await postJson('offers (mutated)', '/v1/offers', serialise(body));
      }),
      fcOptions(runsFor(0.5)),
    );
    // Mutations that keep a body valid reach the sandbox: the insurer's half was exercised, not only the contract.
    assert.ok((tally.statuses('offers (mutated)').get(200) ?? 0) > runsFor(0.5) / 50, tally.report());
  });

  it(`POST /v1/offers: ${runsFor(0.12)} random documents, wrong containers and broken JSON`, async () => {
    const raw = fc.constantFrom('', '{', 'null', '[]', '"tire"', '{"tire":', '{"tire":{}}}', '\ufeff{}', '{"tire":1,"tire":{}}', '{"__proto__":{"tire":{}}}', '{"constructor":{"prototype":{"tire":1}}}', 'NaN', '1e400', '[' + '['.repeat(60_000), '{"a":'.repeat(12_000) + '1' + '}'.repeat(12_000));
    const doc = fc.oneof(
      { arbitrary: weirdArb.map(serialise), weight: 3 },
      { arbitrary: fc.tuple(fc.constantFrom(...PRODUCT_KEYS), weirdArb, weirdArb, weirdArb).map(([k, p, ph, ad]) => serialise({ [k]: p, policyholder: ph, additionalData: ad })), weight: 4 },
      { arbitrary: fc.array(fc.constantFrom(...PRODUCT_KEYS), { minLength: 2, maxLength: 4 }).map((ks) => serialise(Object.fromEntries(ks.map((k) => [k, (BODIES[k]() as Record<string, unknown>)[k]])))), weight: 1 },
      { arbitrary: raw, weight: 1 },
      { arbitrary: stringArb, weight: 1 },
    );
    const contentType = fc.constantFrom('application/json', 'application/json', 'application/json; charset=utf-8', 'application/problem+json', 'text/plain', '');
    await fc.assert(
      fc.asyncProperty(doc, contentType, async (body, type) => {
        await send('offers (random)', '/v1/offers', { method: 'POST', body, headers: type ? { 'Content-Type': type } : {} });
      }),
      fcOptions(runsFor(0.12)),
    );
  });

  it(`POST /v1/policies: ${runsFor(0.15)} bodies and Idempotency-Keys, real offers among them`, async () => {
    // Real offers to issue: issuance runs end to end for some bodies (once per offer; later ones are refused).
    const offerIds: string[] = [];
    for (const body of [electronicsBody(), tireBody(), tireFleetBody(3), electronicsBody('frigider', 3000)]) {
      const { status, text } = await postJson('offers (for policies)', '/v1/offers', serialise(body));
      assert.equal(status, 200, text);
      offerIds.push(...(JSON.parse(text) as OffersResponse).offers.map((o) => o.offerId));
    }
    const b64 = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_');
    const offerId = fc.oneof(
      { arbitrary: fc.constantFrom(...offerIds), weight: 3 },
      { arbitrary: fc.string({ unit: b64, minLength: 32, maxLength: 32 }).map((s) => `ofr_${s}`), weight: 2 },
      { arbitrary: fc.constantFrom('ofr_', `pol_${'A'.repeat(32)}`, `ofr_${'A'.repeat(31)}`, `ofr_${'A'.repeat(33)}`, `OFR_${'A'.repeat(32)}`, `ofr_${'A'.repeat(31)}=`, '1', '0', '-1'), weight: 1 },
      { arbitrary: weirdArb, weight: 2 },
    );
    const payment = fc.oneof(fc.constant(undefined), fc.record({ documentNumber: fc.oneof(stringArb, weirdArb) }, { requiredKeys: [] }), weirdArb);
    const body = fc
      .tuple(offerId, payment, fc.array(mutationArb, { maxLength: 2 }))
      .map(([id, pay, mutations]) => serialise(mutate(pay === undefined ? { offerId: id } : { offerId: id, payment: pay }, mutations)));
    // What a header can carry (fetch itself refuses DEL and control characters).
    const visible = fc.oneof(fc.integer({ min: 0x21, max: 0x7e }), fc.integer({ min: 0x80, max: 0xff })).map((c) => String.fromCharCode(c));
    const key = fc.oneof(
      { arbitrary: fc.uuid(), weight: 4 },
      { arbitrary: fc.string({ unit: visible, minLength: 1, maxLength: 300 }), weight: 2 },
      { arbitrary: fc.constantFrom(undefined, '', 'k', 'x'.repeat(255), 'x'.repeat(256), 'é'), weight: 1 },
    );
    await fc.assert(
      fc.asyncProperty(body, key, async (text, k) => {
        await postJson('policies', '/v1/policies', text, k === undefined ? {} : { 'Idempotency-Key': k });
      }),
      fcOptions(runsFor(0.15)),
    );
    assert.ok((tally.statuses('policies').get(201) ?? 0) >= 1, `at least one real offer became a policy: ${tally.report()}`);
  });

  it(`GET /v1/nomenclature/…: ${runsFor(0.08)} lists, parameters and headers`, async () => {
    const segment = fc.oneof(
      { arbitrary: fc.constantFrom(...Object.keys(NOMENCLATURES)), weight: 4 },
      {
        arbitrary: fc.constantFrom('', '.', '..', '%', '%zz', '%00', '%2F', '%2e%2e', '%C0%AF', '%E2%80%AE', '%FF', 'CJ', 'cj', 'B', 'XX', '1', '0', '99999', 'michelin', 'Michelin', 'X'.repeat(64), 'X'.repeat(300), '__proto__', 'constructor', 'hasOwnProperty', 'toString', 'a b', "O'Brien", 'Ș'),
        weight: 4,
      },
      { arbitrary: fc.string({ maxLength: 80 }).map(encodeURIComponent), weight: 2 },
      { arbitrary: fc.string({ unit: 'binary', maxLength: 20 }).map(encodeURIComponent), weight: 1 },
    );
    const path = fc
      .tuple(fc.array(segment, { minLength: 1, maxLength: 3 }), fc.constantFrom('', '', '/', '?x=1', '?county=CJ&county=B', '?__proto__=1'))
      .map(([segs, tail]) => `/v1/nomenclature/${segs.join('/')}${tail}`);
    const headers = fc.record(
      { 'Accept-Language': fc.constantFrom('ro', 'en', 'xx', '*', 'ro-RO,ro;q=0.9,en;q=0.8', 'en;q=abc', ','), 'If-None-Match': fc.constantFrom('*', '"x"', 'W/"x"', '', '""', 'null') },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(path, headers, async (p, hs) => {
        await send('nomenclature', p, { headers: hs as Record<string, string> });
      }),
      fcOptions(runsFor(0.08)),
    );
    assert.ok((tally.statuses('nomenclature').get(200) ?? 0) > 0, tally.report());
  });

  it('leaks no credential, token or personal data, whatever it was sent', () => {
    assertNoLeaks(h);
  });
});
