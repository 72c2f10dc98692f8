/**
 * Issue 13, part 3: Casco through the proxy, against the sandbox's Casco API
 * over HTTP. Identification split per insurer; one quote asking three
 * insurers in parallel, each with its own identifier; an insurer failing and
 * one past the deadline leave the others' offers and say why; the chosen
 * offer issued exactly once (same key again, concurrently, after a lost
 * answer); its PDFs; field errors at the public body's paths; nomenclatures.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CascoIdentificationResponse, CascoOffersResponse, CascoQuoteInput } from '../../src/contract/casco/public-api.js';
import { IDEMPOTENT_REPLAYED_HEADER, PUBLIC_ID, type IssueResponse, type PublicSiteConfig } from '../../src/contract/public-api.js';
import { CASCO_BASE } from '../../src/sandbox/casco/paths.js';
import { cascoStore } from '../../src/sandbox/casco/store.js';
import { setClock } from '../../src/contract/clock.js';
import { cascoWireIdentification, cascoWireProduct } from '../support/casco-fixtures.js';
import { assertNoLeaks, CASCO_INSURERS, json, startHarness, withCasco, type ErrorBody, type Harness } from './harness.js';

type Insurer = (typeof CASCO_INSURERS)[number];
const OFFER_ROUTE = `POST ${CASCO_BASE}/offer`;
const POLICY_ROUTE = `POST ${CASCO_BASE}/policy`;
const DEADLINE_MS = 1500;

/** The public quote body: the wire product without its name and per-insurer identifier, and the insurers to ask. */
function quoteBody(ids: Partial<Record<Insurer, string>>, motor: Record<string, unknown> = {}): CascoQuoteInput {
  const { name: _name, vehicle, ...casco } = cascoWireProduct();
  const { identifier: _identifier, ...described } = vehicle;
  return {
    casco: { ...casco, motor: { ...casco.motor, ...motor }, vehicle: described },
    insurers: Object.fromEntries(Object.entries(ids).map(([insurer, identifier]) => [insurer, { identifier }])),
  } as CascoQuoteInput;
}

describe('proxy: Casco', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness({ config: withCasco(DEADLINE_MS) });
  });
  after(async () => {
    assertNoLeaks(h);
    await h.close();
  });

  /** Each insurer's first version, through the proxy. */
  async function identifiers(): Promise<Record<Insurer, string>> {
    const res = await h.post('/v1/casco/identification', cascoWireIdentification());
    const body = await json<CascoIdentificationResponse>(res);
    assert.equal(res.status, 200, JSON.stringify(body));
    return Object.fromEntries(body.insurers.map((i) => [i.insurer.name, i.versions[0]!.identifier])) as Record<Insurer, string>;
  }

  async function quote(ids: Partial<Record<Insurer, string>>, motor?: Record<string, unknown>): Promise<{ status: number; body: CascoOffersResponse; ms: number }> {
    const t0 = performance.now();
    const res = await h.post('/v1/offers', quoteBody(ids, motor));
    const body = await json<CascoOffersResponse>(res);
    return { status: res.status, body, ms: performance.now() - t0 };
  }

  const issue = (offerId: string, key: string) =>
    h.post('/v1/policies', { offerId }, { headers: { 'Idempotency-Key': key } });

  it('GET /v1/config names the casco insurers of the site', async () => {
    const config = await json<PublicSiteConfig>(await h.call('/v1/config'));
    assert.deepEqual(config.casco?.insurers.map((i) => i.name), [...CASCO_INSURERS]);
    assert.equal(config.casco?.insurers[0]!.displayName, 'Groupama Asigurări');
  });

  it('identifies the vehicle with one upstream call, split per insurer with its own versions', async () => {
    const before = h.count(`POST ${CASCO_BASE}/vehicle/identification`);
    const res = await h.post('/v1/casco/identification', cascoWireIdentification());
    const body = await json<CascoIdentificationResponse>(res);
    assert.equal(res.status, 200, JSON.stringify(body));
    assert.equal(h.count(`POST ${CASCO_BASE}/vehicle/identification`), before + 1);
    assert.deepEqual(body.insurers.map((i) => [i.insurer.name, i.status]), CASCO_INSURERS.map((n) => [n, 'ok']));
    const all = body.insurers.flatMap((i) => i.versions);
    assert.equal(new Set(all.map((v) => v.identifier)).size, all.length, 'each insurer has its own identifiers');
    for (const v of all) {
      assert.match(v.modelName, /^Corolla /);
      assert.match(v.productionStartDate, /^\d{4}-\d{2}$/);
      assert.ok(v.marketValue > 0);
      assert.ok(!('additionalData' in v));
    }
  });

  it('refuses bad mechanical data at its path before the insurer sees it', async () => {
    const before = h.count(`POST ${CASCO_BASE}/vehicle/identification`);
    const res = await h.post('/v1/casco/identification', { ...cascoWireIdentification(), vehicleType: 'tank' });
    const body = await json<ErrorBody>(res);
    assert.equal(res.status, 422);
    assert.deepEqual(body.errors.map((e) => e.path), ['vehicleType']);
    assert.equal(h.count(`POST ${CASCO_BASE}/vehicle/identification`), before);
  });

  it('quotes three insurers in one request: each offer names its insurer, prices differ, casco facts included', async () => {
    const ids = await identifiers();
    const before = h.count(OFFER_ROUTE);
    const { status, body } = await quote(ids);
    assert.equal(status, 200, JSON.stringify(body));
    assert.equal(h.count(OFFER_ROUTE), before + 3, 'one upstream offer request per insurer');
    assert.deepEqual(body.insurers.map((o) => [o.insurer.name, o.status]), CASCO_INSURERS.map((n) => [n, 'ok']));
    assert.deepEqual(new Set(body.offers.map((o) => o.insurer.name)), new Set(CASCO_INSURERS));
    // The package asked for (500/20) comes first from each insurer: same cover, three prices.
    const asked = CASCO_INSURERS.map((n) => body.offers.find((o) => o.insurer.name === n)!);
    assert.equal(new Set(asked.map((o) => o.premiumAmount)).size, 3, `distinct prices: ${asked.map((o) => o.premiumAmount)}`);
    for (const o of body.offers) {
      assert.match(o.offerId, PUBLIC_ID);
      assert.equal(o.product, 'casco');
      assert.ok(o.insurer.displayName);
      assert.equal(o.currency, 'RON');
      assert.ok(o.casco.deductibles, 'deductibles read from the package');
      assert.ok(o.casco.coverages.some((c) => c.code === 'vehicle' && c.notes));
      assert.equal(o.casco.payment?.currency, 'RON');
      assert.equal(o.casco.exchangeRate?.exchangeRate, 1);
      for (const hidden of ['providerOfferCode', 'commissionValue', 'provider']) assert.ok(!(hidden in o), `${hidden} is not public`);
    }
    for (const o of asked) assert.deepEqual(o.casco.deductibles, { partialDamage: 500, totalDamage: 20 });
    const record = await h.proxy.store.offerByRef(asked[0]!.offerId);
    assert.equal(record?.upstream, 'casco');
    assert.equal(record?.insurer, 'groupama');
    assert.deepEqual(record?.payment, asked[0]!.casco.payment);
  });

  it('one insurer failing and one past the deadline: the third\'s offers, within the deadline, and why the others are missing', async () => {
    const ids = await identifiers();
    const late = 3000;
    const omniasigOffers = () => [...cascoStore(h.sandbox.state).offers.entries()].filter(([, o]) => o.insurer === 'omniasig').map(([id]) => id);
    const earlier = new Set(omniasigOffers());
    h.sandbox.state.faults = {
      errorRate: 1,
      errorStatus: 503,
      routes: [OFFER_ROUTE],
      insurers: ['allianz'],
      also: [{ latencyMs: late, routes: [OFFER_ROUTE], insurers: ['omniasig'] }],
    };
    try {
      const { status, body, ms } = await quote(ids);
      assert.equal(status, 200, JSON.stringify(body));
      assert.ok(ms < DEADLINE_MS + 500, `answered by the deadline (${Math.round(ms)} ms)`);
      assert.ok(body.offers.length > 0);
      assert.ok(body.offers.every((o) => o.insurer.name === 'groupama'));
      const by = Object.fromEntries(body.insurers.map((o) => [o.insurer.name, o]));
      assert.equal(by.groupama!.status, 'ok');
      assert.equal(by.allianz!.status, 'failed');
      assert.equal(by.allianz!.key, 'upstream.unavailable');
      assert.ok(by.allianz!.message);
      assert.equal(by.omniasig!.status, 'timeout');
      assert.equal(by.omniasig!.key, 'casco.deadline');
      // The late answer arrives and is dropped: nothing recorded for omniasig, the proxy goes on serving.
      await new Promise((r) => setTimeout(r, late - ms + 300));
      const lateOffers = omniasigOffers().filter((id) => !earlier.has(id));
      assert.ok(lateOffers.length > 0, 'omniasig did make its offers, late');
      for (const id of lateOffers) assert.equal(await h.proxy.store.offerByUpstreamId('casco', id), undefined, 'a late offer is never recorded, so never issued');
      assert.equal((await h.call('/health')).status, 200);
    } finally {
      h.sandbox.state.faults = {};
    }
  });

  it('all insurers failing is a 502 with every outcome', async () => {
    const ids = await identifiers();
    h.sandbox.state.faults = { errorRate: 1, routes: [OFFER_ROUTE] };
    try {
      const res = await h.post('/v1/offers', quoteBody(ids));
      const body = await json<ErrorBody & { data: { insurers: { insurer: { name: string }; status: string }[] } }>(res);
      assert.equal(res.status, 502);
      assert.equal(body.errors[0]!.key, 'casco.noOffers');
      assert.deepEqual(body.data.insurers.map((o) => [o.insurer.name, o.status]), CASCO_INSURERS.map((n) => [n, 'failed']));
    } finally {
      h.sandbox.state.faults = {};
    }
  });

  it('an insurer\'s insuredValue is the sum it insures: only that insurer\'s price moves', async () => {
    const ids = await identifiers();
    const plain = await quote({ groupama: ids.groupama, allianz: ids.allianz });
    const body = quoteBody({ groupama: ids.groupama, allianz: ids.allianz }) as any;
    body.insurers.groupama.insuredValue = 40000;
    const res = await h.post('/v1/offers', body);
    const valued = await json<CascoOffersResponse>(res);
    assert.equal(res.status, 200, JSON.stringify(valued));
    const first = (b: CascoOffersResponse, n: Insurer) => b.offers.find((o) => o.insurer.name === n)!.premiumAmount;
    assert.ok(first(valued, 'groupama') > first(plain.body, 'groupama'), 'a larger sum costs more');
    assert.equal(first(valued, 'allianz'), first(plain.body, 'allianz'));
  });

  it('an insurer refusing its identifier fails alone, with what it said', async () => {
    const ids = await identifiers();
    const { status, body } = await quote({ ...ids, allianz: ids.groupama });
    assert.equal(status, 200, JSON.stringify(body));
    const allianz = body.insurers.find((o) => o.insurer.name === 'allianz')!;
    assert.equal(allianz.status, 'failed');
    assert.match(allianz.message ?? '', /identif/i);
    assert.ok(!body.offers.some((o) => o.insurer.name === 'allianz'));
    assert.ok(body.offers.some((o) => o.insurer.name === 'groupama'));
  });

  it('refuses a bad casco body at its public paths, and an insurer the site does not enable, before any insurer sees it', async () => {
    const ids = await identifiers();
    const before = h.count(OFFER_ROUTE);
    const bad = quoteBody(ids) as any;
    bad.casco.vehicle.vin = 'NOT-A-VIN';
    bad.insurers.groupama.identifier = '';
    const res = await h.post('/v1/offers', bad);
    const body = await json<ErrorBody>(res);
    assert.equal(res.status, 422, JSON.stringify(body));
    const paths = body.errors.map((e) => e.path);
    assert.ok(paths.includes('casco.vehicle.vin'), paths.join());
    assert.ok(paths.includes('insurers.groupama.identifier'), paths.join());

    const unknown = await h.post('/v1/offers', quoteBody({ groupama: ids.groupama, generali: 'x' } as never));
    const unknownBody = await json<ErrorBody>(unknown);
    assert.equal(unknown.status, 422);
    assert.deepEqual(unknownBody.errors.map((e) => [e.path, e.key]), [['insurers.generali', 'casco.insurerNotEnabled']]);
    assert.equal(h.count(OFFER_ROUTE), before);
  });

  it('issues the chosen insurer\'s offer once, paying its first instalment in RON: the same key again and concurrently answer the one policy', async () => {
    const ids = await identifiers();
    // A EUR premium in two instalments: what issuance pays (the RON first instalment) is neither the premium nor its currency.
    const { body } = await quote(ids, { currency: 'EUR', installmentCount: 2 });
    const chosen = body.offers.find((o) => o.insurer.name === 'allianz')!;
    assert.equal(chosen.currency, 'EUR');
    assert.equal(chosen.casco.payment?.currency, 'RON');
    assert.notEqual(chosen.casco.payment?.amount, chosen.premiumAmount);
    const before = h.count(POLICY_ROUTE);
    const key = `casco-${Date.now()}`;
    const [a, b] = await Promise.all([issue(chosen.offerId, key), issue(chosen.offerId, key)]);
    const [pa, pb] = [await json<IssueResponse>(a), await json<IssueResponse>(b)];
    assert.deepEqual([a.status, b.status], [201, 201], JSON.stringify([pa, pb]));
    assert.equal(pa.policy.policyId, pb.policy.policyId);
    assert.equal(pa.policy.product, 'casco');
    assert.match(pa.policy.series, /^SBX-ALC$/);
    assert.equal(pa.policy.premiumAmount, chosen.premiumAmount);
    const again = await issue(chosen.offerId, key);
    assert.equal(again.status, 201);
    assert.equal(again.headers.get(IDEMPOTENT_REPLAYED_HEADER), 'true');
    assert.equal((await json<IssueResponse>(again)).policy.policyId, pa.policy.policyId);
    assert.equal(h.count(POLICY_ROUTE), before + 1, 'one upstream issuance');
    // Another key for the same offer: already a policy.
    const other = await issue(chosen.offerId, `${key}-other`);
    assert.equal(other.status, 409);

    // The policy and offer PDFs come from the Casco API.
    const pdf = await h.call(`/v1/policies/${pa.policy.policyId}/document`);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    assert.equal(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString(), '%PDF-');
    const offerPdf = await h.call(`/v1/offers/${chosen.offerId}/document?type=offer`);
    assert.equal(offerPdf.status, 200);
    assert.equal(offerPdf.headers.get('content-type'), 'application/pdf');
  });

  it('a lost issuance answer: the same key asks again and gets the policy the insurer issued', async () => {
    const ids = await identifiers();
    const { body } = await quote({ groupama: ids.groupama });
    const chosen = body.offers[0]!;
    h.sandbox.state.faults = { dropRate: 1, routes: [POLICY_ROUTE] };
    const key = `casco-lost-${Date.now()}`;
    try {
      const lost = await issue(chosen.offerId, key);
      assert.ok([502, 504].includes(lost.status), String(lost.status));
      assert.equal((await json<ErrorBody>(lost)).errors[0]!.key, 'issuance.unknown');
    } finally {
      h.sandbox.state.faults = {};
    }
    const found = await issue(chosen.offerId, key);
    const policy = await json<IssueResponse>(found);
    assert.equal(found.status, 201, JSON.stringify(policy));
    assert.match(policy.policy.series, /^SBX-GRC$/);
    const pdf = await h.call(`/v1/policies/${policy.policy.policyId}/document`);
    assert.equal(pdf.status, 200);
  });

  it('serves the Casco vehicle makes and a make\'s models; counties stay the Assets list', async () => {
    const makes = await json<{ items: { code: string; name: string }[] }>(await h.call('/v1/nomenclature/casco-vehicle-make'));
    assert.ok(makes.items.some((m) => m.code === 'alfa-romeo'));
    const models = await json<{ items: { code: string }[] }>(await h.call('/v1/nomenclature/casco-vehicle-model/alfa-romeo'));
    assert.ok(models.items.some((m) => m.code === 'Giulia'));
    assert.equal((await h.call('/v1/nomenclature/casco-vehicle-model')).status, 404);
    const before = h.count(`GET ${CASCO_BASE}/nomenclature/county`);
    assert.equal((await h.call('/v1/nomenclature/county')).status, 200);
    assert.equal(h.count(`GET ${CASCO_BASE}/nomenclature/county`), before);
  });
});

describe('proxy: Casco on a site without it', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  it('refuses a casco quote and identification with 403, naming the product', async () => {
    const quoteRes = await h.post('/v1/offers', quoteBody({ groupama: 'x' }));
    assert.equal(quoteRes.status, 403);
    assert.equal((await json<ErrorBody>(quoteRes)).errors[0]!.key, 'site.product');
    assert.equal((await h.post('/v1/casco/identification', cascoWireIdentification())).status, 403);
    assert.equal((await h.call('/v1/nomenclature/casco-vehicle-make')).status, 404);
  });
});

describe('proxy: the Casco operator session', () => {
  let h: Harness;
  let restoreClock: () => void = () => {};
  let t = 0;
  before(async () => {
    // Tokens live 60 s; the proxy renews 20 s ahead. The contract's clock stands still unless a test moves it.
    h = await startHarness({
      sandbox: { tokenTtlSeconds: 60 },
      config: (c) => {
        withCasco()(c);
        c.upstreams.casco!.renewBeforeSeconds = 20;
      },
    });
    t = Date.now();
    restoreClock = setClock(() => new Date(t));
  });
  after(async () => {
    restoreClock();
    await h.close();
  });

  it('logs in on the Casco API, apart from the Assets session, and renews with PATCH and "Token: Refresh"', async () => {
    const identify = () => h.post('/v1/casco/identification', cascoWireIdentification());
    assert.equal((await identify()).status, 200);
    assert.equal(h.count(`POST ${CASCO_BASE}/auth`), 1);
    assert.equal(h.count('POST /auth'), 0, 'the Assets session is not involved');
    t += 50_000; // past the renewal point, before expiry
    const answers = await Promise.all([identify(), identify(), identify()]);
    assert.deepEqual(answers.map((r) => r.status), [200, 200, 200]);
    assert.equal(h.count(`PATCH ${CASCO_BASE}/auth`), 1, 'one shared renewal');
    assert.equal(h.count(`POST ${CASCO_BASE}/auth`), 1, 'no new login');
  });
});
