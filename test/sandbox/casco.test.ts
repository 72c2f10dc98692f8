/**
 * The Casco API on the sandbox, over real HTTP: auth and its `Refresh`
 * renewal, nomenclatures, vehicle identification per insurer, offers from
 * three insurers, refused bodies, issuance exactly once, and the PDFs.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  cascoOffersResponse,
  cascoPolicyResponse,
  documentsResponse,
  refreshHeaderValue,
  tokenResponse,
  vehicleIdentificationResponse,
} from '../../src/contract/casco/index.js';
import { normaliseOffers } from '../../src/contract/offer.js';
import { CASCO_BASE } from '../../src/sandbox/casco/paths.js';
import { checkFaults } from '../../src/sandbox/faults.js';
import { SANDBOX_EUR_RON } from '../../src/sandbox/casco/rate-model.js';
import { cascoWireIdentification, cascoWireProduct } from '../support/casco-fixtures.js';
import { OPERATOR, paymentFor, provider, useSandbox, type CallOptions, type Reply } from './support/client.js';
import { readPdf } from './support/pdf.js';

const INSURERS = ['groupama', 'allianz', 'omniasig'] as const;
type Insurer = (typeof INSURERS)[number];

describe('casco sandbox', () => {
  const ctx = useSandbox();
  const call = (method: string, path: string, opts: CallOptions = {}): Promise<Reply> => ctx.client.call(method, `${CASCO_BASE}${path}`, opts);

  /** Each insurer's first candidate for the doc's vehicle. */
  async function identifiers(): Promise<Record<Insurer, string>> {
    const r = await call('POST', '/vehicle/identification', { body: cascoWireIdentification() });
    assert.equal(r.status, 200, r.text);
    return Object.fromEntries(INSURERS.map((i) => [i, r.body.data[i][0].identifier])) as Record<Insurer, string>;
  }

  const offer = (insurer: string, product: unknown, opts: CallOptions = {}) =>
    call('POST', '/offer', { body: { provider: provider(insurer), product }, ...opts });

  async function offersFrom(insurer: Insurer, change: (p: any) => void = () => {}): Promise<any[]> {
    const product: any = cascoWireProduct((await identifiers())[insurer]);
    change(product);
    const r = await offer(insurer, product);
    assert.equal(r.status, 200, r.text);
    const parsed = cascoOffersResponse.safeParse(r.body);
    assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
    assert.equal(r.body.data.provider.organization.businessName, insurer);
    // The proxy's one normaliser already reads the Casco answer.
    const normalised = normaliseOffers(r.body);
    assert.ok(normalised.ok && normalised.offers.length === r.body.data.offers.length);
    return r.body.data.offers;
  }

  describe('auth', () => {
    it('logs in on its own base path and renews with "Token: Refresh <refresh_token>", once', async () => {
      const login = await call('POST', '/auth', { body: OPERATOR, token: null });
      assert.equal(login.status, 200, login.text);
      assert.ok(tokenResponse.safeParse(login.body).success);
      const refresh = login.body.data.refresh_token;
      const renewed = await call('PATCH', '/auth', { token: refreshHeaderValue(refresh) });
      assert.equal(renewed.status, 200, renewed.text);
      assert.notEqual(renewed.body.data.token, login.body.data.token);
      assert.equal((await call('GET', '/nomenclature/county', { token: renewed.body.data.token })).status, 200);
      // A refresh token works once.
      assert.equal((await call('PATCH', '/auth', { token: refreshHeaderValue(refresh) })).status, 401);
      // The bare refresh token, without the word Refresh, is not the documented form.
      assert.equal((await call('PATCH', '/auth', { token: renewed.body.data.refresh_token })).status, 401);
    });

    it('refuses a wrong password, a missing token and a revoked one, in the error envelope', async () => {
      const bad = await call('POST', '/auth', { body: { ...OPERATOR, password: 'nope' }, token: null });
      assert.equal(bad.status, 401);
      assert.equal(bad.body.status, 401);
      assert.ok(bad.body.correlation_id);
      assert.equal((await call('GET', '/nomenclature/county', { token: null })).status, 401);
      const login = await call('POST', '/auth', { body: OPERATOR, token: null });
      const token = login.body.data.token;
      assert.equal((await call('DELETE', '/auth', { token })).status, 200);
      assert.equal((await call('GET', '/nomenclature/county', { token })).status, 401);
    });
  });

  describe('nomenclatures', () => {
    it('countries, counties and the SIRUTA localities of a county, in the doc\'s shapes', async () => {
      const countries = await call('GET', '/nomenclature/country');
      assert.ok(countries.body.data.some((c: any) => c.iso2 === 'RO' && c.iso3 === 'ROU'));
      const counties = await call('GET', '/nomenclature/county');
      assert.equal(counties.body.data.length, 42);
      assert.deepEqual(counties.body.data.find((c: any) => c.county_code === 'CJ'), { county_code: 'CJ', name: 'Cluj', siruta: '127' });
      const localities = await call('GET', '/nomenclature/locality/CJ');
      assert.equal(localities.body.error, 'false');
      assert.equal(localities.body.data.find((l: any) => l.cod_siruta === '54984').nume, 'Cluj-Napoca');
      assert.equal((await call('GET', '/nomenclature/locality/XX')).status, 404);
    });

    it('vehicle makes as the doc names them, and models by make name in either spelling', async () => {
      const makes = await call('GET', '/nomenclature/vehicle-make');
      assert.ok(makes.body.data.some((m: any) => m.name === 'alfa-romeo'));
      const bySlug = await call('GET', '/nomenclature/vehicle-model/alfa-romeo');
      const byName = await call('GET', `/nomenclature/vehicle-model/${encodeURIComponent('Alfa Romeo')}`);
      assert.ok(bySlug.body.data.some((m: any) => m.name === 'Giulia'));
      assert.deepEqual(bySlug.body.data, byName.body.data);
      assert.equal((await call('GET', '/nomenclature/vehicle-model/no-such-make')).status, 404);
    });
  });

  describe('vehicle identification', () => {
    it('answers per insurer with candidates, each with its own identifier, model name, production years and market value', async () => {
      const r = await call('POST', '/vehicle/identification', { body: cascoWireIdentification() });
      assert.equal(r.status, 200, r.text);
      assert.ok(vehicleIdentificationResponse.safeParse(r.body).success);
      assert.deepEqual(Object.keys(r.body.data).sort(), [...INSURERS].sort());
      const all = INSURERS.flatMap((i) => r.body.data[i]);
      assert.equal(new Set(all.map((c: any) => c.identifier)).size, all.length, 'identifiers are unique across insurers');
      for (const c of all) {
        assert.match(c.modelName, /^Corolla /);
        assert.match(c.productionStartDate, /^\d{4}-\d{2}$/);
        assert.ok(c.marketValue > 0);
      }
      const values = INSURERS.map((i) => r.body.data[i][0].marketValue);
      assert.equal(new Set(values).size, 3, 'each insurer values the car its own way');
    });

    it('is deterministic: the same vehicle, the same answer', async () => {
      const a = await call('POST', '/vehicle/identification', { body: cascoWireIdentification() });
      const b = await call('POST', '/vehicle/identification', { body: cascoWireIdentification() });
      assert.deepEqual(a.body, b.body);
    });

    it('refuses an unknown make and a wrong enum with field errors', async () => {
      const r = await call('POST', '/vehicle/identification', { body: { ...cascoWireIdentification(), brand: 'Trabantus' } });
      assert.equal(r.status, 400);
      assert.deepEqual(r.body.errors.map((e: any) => e.path), ['brand']);
      const e = await call('POST', '/vehicle/identification', { body: { ...cascoWireIdentification(), fuelType: 'steam' }, lang: 'ro' });
      assert.equal(e.status, 400);
      assert.equal(e.body.errors[0].path, 'fuelType');
      assert.match(e.body.errors[0].message, /Alegeți una dintre/);
    });
  });

  describe('offers', () => {
    it('three insurers quote the same vehicle at three different prices, each with deductibles, coverages, notes and instalments', async () => {
      const first: Record<string, any> = {};
      for (const insurer of INSURERS) {
        const offers = await offersFrom(insurer);
        first[insurer] = offers[0];
        // The requested package first, then the insurer's other deductible packages.
        assert.match(offers[0].providerOfferCode, /^ded-500-20:12:/);
        assert.ok(offers.length >= 2);
        assert.equal(new Set(offers.map((o: any) => o.offerId)).size, offers.length);
        assert.deepEqual(offers[0].coverages.map((c: any) => c.code), ['vehicle']);
        assert.match(offers[0].notes, /500 RON per partial damage, 20%/);
        assert.equal(offers[0].installments.length, 1);
      }
      const prices = INSURERS.map((i) => first[i].premiumAmount);
      assert.equal(new Set(prices).size, 3, `prices ${prices}`);
      // Same request, same price: the rate model is deterministic.
      assert.equal((await offersFrom('groupama'))[0].premiumAmount, first.groupama.premiumAmount);
    });

    it('filterPackages: true answers only the package asked for; instalments add up to the premium', async () => {
      const offers = await offersFrom('allianz', (p) => {
        p.additionalData.filterPackages = true;
        p.motor.installmentCount = 4;
      });
      assert.equal(offers.length, 1);
      const o = offers[0];
      assert.equal(o.installments.length, 4);
      assert.equal(Math.round(o.installments.reduce((s: number, i: any) => s + i.amount * 100, 0)), Math.round(o.premiumAmount * 100));
      assert.equal(o.payment.amount, o.installments[0].amount);
    });

    it('a EUR offer gives its premium in RON at the exchange rate, and is paid in RON', async () => {
      const [o] = await offersFrom('omniasig', (p) => {
        p.motor.currency = 'EUR';
        p.additionalData.filterPackages = true;
      });
      assert.equal(o.currency, 'EUR');
      assert.deepEqual(o.exchangeRate, { currency: 'RON', amount: o.exchangeRate.amount, exchangeRate: SANDBOX_EUR_RON });
      assert.ok(Math.abs(o.exchangeRate.amount - o.premiumAmount * SANDBOX_EUR_RON) < 0.05);
      assert.equal(o.payment.currency, 'RON');
    });

    it('refuses another insurer\'s identifier, an unknown insurer and wrong credentials', async () => {
      const ids = await identifiers();
      const mismatch = await offer('groupama', cascoWireProduct(ids.allianz));
      assert.equal(mismatch.status, 400);
      assert.deepEqual(mismatch.body.errors.map((e: any) => e.path), ['product.vehicle.identifier']);
      assert.match(mismatch.body.errors[0].message, /Groupama/);
      const unknown = await offer('michelin', cascoWireProduct(ids.groupama));
      assert.equal(unknown.status, 400);
      assert.equal(unknown.body.errors[0].path, 'provider.organization.businessName');
      const creds = await call('POST', '/offer', { body: { provider: provider('groupama', { account: 'groupama-sandbox', password: 'wrong' }), product: cascoWireProduct(ids.groupama) } });
      assert.equal(creds.status, 403);
    });

    it('refuses a body that breaks the contract with every field error, in Romanian when asked', async () => {
      const product: any = cascoWireProduct((await identifiers()).groupama);
      product.vehicle.vehicleType = 'M9';
      product.motor.deductibles.totalDamage = 120;
      product.policyholder.taxId = 'RO123456789';
      product.motor.withoutTax = 'false';
      const r = await offer('groupama', product, { lang: 'ro' });
      assert.equal(r.status, 400);
      assert.deepEqual(r.body.errors.map((e: any) => e.path).sort(), [
        'product.motor.deductibles.totalDamage',
        'product.motor.withoutTax',
        'product.policyholder.taxId',
        'product.vehicle.vehicleType',
      ]);
      assert.match(r.body.errors.find((e: any) => e.path === 'product.motor.deductibles.totalDamage').message, /cel mult 100/);
    });

    it('an extra coverage the insurer sells is offered with its notes and raises the premium', async () => {
      const [plain] = await offersFrom('omniasig', (p) => (p.additionalData.filterPackages = true));
      const [extra] = await offersFrom('omniasig', (p) => {
        p.additionalData.filterPackages = true;
        p.coverages.push({ code: 'personalAccident', isIncluded: true });
        p.coverages.push({ code: 'assistance', isIncluded: false });
      });
      assert.deepEqual(extra.coverages.map((c: any) => c.code), ['vehicle', 'personalAccident']);
      assert.match(extra.coverages[1].notes, /passengers/);
      assert.ok(extra.premiumAmount > plain.premiumAmount, `${extra.premiumAmount} > ${plain.premiumAmount}`);
    });

    it('refuses deductibles and coverages the insurer does not sell', async () => {
      const product: any = cascoWireProduct((await identifiers()).allianz);
      product.motor.deductibles = { partialDamage: 250, totalDamage: 10 };
      product.coverages.push({ code: 'personalaccident', isIncluded: true });
      const r = await offer('allianz', product);
      assert.equal(r.status, 400);
      assert.deepEqual(r.body.errors.map((e: any) => e.path), ['product.motor.deductibles', 'product.coverages.1.code']);
      assert.match(r.body.errors[0].message, /0\/0, 500\/20/);
    });
  });

  describe('issuance and documents', () => {
    it('issues a policy once and only once: the second attempt is a 409 naming the policy', async () => {
      const [o] = await offersFrom('groupama');
      const first = await call('POST', '/policy', { body: { offerId: o.offerId, payment: paymentFor({ premiumAmount: o.payment.amount }) } });
      assert.equal(first.status, 200, first.text);
      assert.ok(cascoPolicyResponse.safeParse(first.body).success);
      const p = first.body.data.policies[0];
      assert.equal(p.series, 'SBX-GRC');
      assert.equal(p.provider.organization.businessName, 'groupama');
      assert.equal(p.premiumAmount, o.premiumAmount);
      const again = await call('POST', '/policy', { body: { offerId: o.offerId, payment: paymentFor({ premiumAmount: o.payment.amount }) } });
      assert.equal(again.status, 409);
      assert.match(again.body.errors[0].message, new RegExp(`${p.series} ${p.number}`));
      assert.equal(ctx.sb.state.count(`POST ${CASCO_BASE}/policy`), 2);
    });

    it('refuses a payment that is not the offer\'s, and an unknown offer', async () => {
      const [o] = await offersFrom('omniasig');
      const wrong = await call('POST', '/policy', { body: { offerId: o.offerId, payment: paymentFor({ premiumAmount: o.payment.amount + 1 }) } });
      assert.equal(wrong.status, 400);
      assert.equal(wrong.body.errors[0].path, 'payment.amount');
      assert.equal((await call('POST', '/policy', { body: { offerId: o.offerId + 1, payment: paymentFor({ premiumAmount: o.payment.amount }) } })).status, 404);
    });

    it('the offer and the policy as PDFs that name the insurer, the vehicle and the premium', async () => {
      const [o] = await offersFrom('allianz');
      const offerDocs = await call('GET', `/offer/${o.offerId}`, { lang: 'en' });
      assert.equal(offerDocs.status, 200);
      assert.ok(documentsResponse.safeParse(offerDocs.body).success);
      const offerPdf = await readPdf(offerDocs.body.data.files[0].content);
      assert.match(offerPdf.text, /Allianz-Țiriac/);
      assert.match(offerPdf.text, /Corolla/);
      assert.ok(offerPdf.text.includes(o.premiumAmount.toLocaleString('en-GB', { minimumFractionDigits: 2 })));

      const issued = await call('POST', '/policy', { body: { offerId: o.offerId, payment: paymentFor({ premiumAmount: o.payment.amount }) } });
      const p = issued.body.data.policies[0];
      const policyDocs = await call('GET', `/policy?series=${p.series}&number=${p.number}`);
      assert.equal(policyDocs.status, 200);
      const file = policyDocs.body.data.files[0];
      assert.equal(file.type, 'policy');
      const policyPdf = await readPdf(file.content);
      assert.match(policyPdf.text, new RegExp(`Poliță.*${p.series} ${p.number}`));
      assert.equal((await call('GET', `/policy?series=${p.series}&number=999`)).status, 404);
      assert.equal((await call('GET', '/offer/1')).status, 404);
    });

    it('a reset forgets the Casco offers with the Assets ones', async () => {
      const [o] = await offersFrom('groupama');
      ctx.sb.state.reset();
      assert.equal((await call('GET', `/offer/${o.offerId}`)).status, 404);
    });
  });

  describe('faults per insurer', () => {
    const OFFER_ROUTE = `POST ${CASCO_BASE}/offer`;

    it('the insurers filter is a list of names, like routes', () => {
      assert.ok(checkFaults({ insurers: ['allianz'], errorRate: 1 }).ok);
      const bad = checkFaults({ insurers: 'allianz' });
      assert.equal(bad.ok, false);
      assert.equal(bad.ok ? '' : bad.errors[0]!.path, 'insurers');
    });

    it('one insurer fails while the others quote', async () => {
      const ids = await identifiers();
      ctx.sb.state.faults = { errorRate: 1, errorStatus: 503, routes: [OFFER_ROUTE], insurers: ['allianz'] };
      try {
        const failing = await offer('allianz', cascoWireProduct(ids.allianz));
        assert.equal(failing.status, 503);
        assert.equal(failing.body.status, 503);
        const fine = await offer('groupama', cascoWireProduct(ids.groupama));
        assert.equal(fine.status, 200, fine.text);
        // Identification names no insurer: not covered by an insurer filter.
        assert.equal((await call('POST', '/vehicle/identification', { body: cascoWireIdentification() })).status, 200);
      } finally {
        ctx.sb.state.faults = {};
      }
    });

    it('one insurer is slow while the others answer at once', async () => {
      const ids = await identifiers();
      ctx.sb.state.faults = { latencyMs: 1000, insurers: ['omniasig'] };
      try {
        const timed = async (insurer: Insurer) => {
          const t0 = performance.now();
          const r = await offer(insurer, cascoWireProduct(ids[insurer]));
          assert.equal(r.status, 200, r.text);
          return performance.now() - t0;
        };
        assert.ok((await timed('omniasig')) >= 990);
        assert.ok((await timed('groupama')) < 990);
      } finally {
        ctx.sb.state.faults = {};
      }
    });

    it('several settings at once (`also`): one insurer fails while another is slow, the third answers at once', async () => {
      const ids = await identifiers();
      assert.equal(checkFaults({ also: [{ insurers: 'x' }] }).ok, false);
      assert.equal(checkFaults({ also: [{ nope: 1 }] }).ok, false);
      ctx.sb.state.faults = {
        errorRate: 1,
        errorStatus: 502,
        routes: [OFFER_ROUTE],
        insurers: ['allianz'],
        also: [{ latencyMs: 800, routes: [OFFER_ROUTE], insurers: ['omniasig'] }],
      };
      try {
        const timed = async (insurer: Insurer) => {
          const t0 = performance.now();
          const r = await offer(insurer, cascoWireProduct(ids[insurer]));
          return { status: r.status, ms: performance.now() - t0 };
        };
        const [a, o, g] = await Promise.all([timed('allianz'), timed('omniasig'), timed('groupama')]);
        assert.equal(a.status, 502, 'the main setting fires with its own status');
        assert.ok(a.ms < 790);
        assert.equal(o.status, 200);
        assert.ok(o.ms >= 790, `the second setting delays omniasig (${o.ms} ms)`);
        assert.equal(g.status, 200);
        assert.ok(g.ms < 790);
      } finally {
        ctx.sb.state.faults = {};
      }
    });

    it('issuance fails at the offer\'s insurer only', async () => {
      const [a] = await offersFrom('allianz');
      const [g] = await offersFrom('groupama');
      ctx.sb.state.faults = { errorRate: 1, routes: [`POST ${CASCO_BASE}/policy`], insurers: ['allianz'] };
      try {
        const pay = (o: any) => ({ offerId: o.offerId, payment: paymentFor({ premiumAmount: o.payment.amount }) });
        assert.equal((await call('POST', '/policy', { body: pay(a) })).status, 503);
        assert.equal((await call('POST', '/policy', { body: pay(g) })).status, 200);
      } finally {
        ctx.sb.state.faults = {};
      }
    });
  });
});
