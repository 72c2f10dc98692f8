/**
 * The offer normaliser against the three documented answer shapes, built from
 * the docs' examples: Assets (`data` is the offer, or `data.offers[]` for
 * tireFleet/electronics), Casco and Liability (`data.offers[]`), Rotr (`data.offer`).
 */
import { describe, it, expect } from '../support/bdd.js';
import { normaliseOffers, offer, type NormalisedOffer } from '../../src/contract/offer.js';
import { offerCode, parseOfferCode } from '../../src/contract/products/pricing.js';

const UUID = '550e8400-e29b-41d4-a716-446655440000';

/** Assets API §3.2: "an Offer object in the data field", with every documented property. */
const assetsSingle = () => ({
  data: {
    offerId: 4021,
    providerOfferCode: 'COL-2026-000123',
    premiumAmount: 412.5,
    premiumAmountNet: 340.91,
    currency: 'RON',
    startDate: '2026-03-02',
    endDate: '2027-03-01',
    referenceRate: 4.97,
    bonusMalusClass: 'B0',
    commissionValue: 123.75,
    commissionPercent: 30,
    greenCardExclusions: '',
    notes: 'Solar panel cover',
    offerExpiryDate: '2026-03-31',
    directCompensation: { providerOfferCode: 'DC-1', premiumAmount: 20, commissionValue: 2, commissionPercent: 10 },
    installments: { count: 1, amount: 412.5, dueDate: '2026-03-02' },
    pid: 'https://example.ro/pid.pdf',
    toc: 'https://example.ro/toc.pdf',
  },
});

/** Assets §6.3.2: tireFleet always answers 4 offers, codes `{package}:{termTime}:{uuid}`. */
const assetsTireFleet = () => ({
  data: {
    offers: [
      { offerId: 1, providerOfferCode: `var_1:12:${UUID}`, premiumAmount: 160, currency: 'RON', commissionPercent: 30 },
      { offerId: 2, providerOfferCode: `var_1:24:${UUID}`, premiumAmount: 250, currency: 'RON', commissionPercent: 30 },
      { offerId: 3, providerOfferCode: `var_2:12:${UUID}`, premiumAmount: 180, currency: 'RON', commissionPercent: 30 },
      { offerId: 4, providerOfferCode: `var_2:24:${UUID}`, premiumAmount: 290, currency: 'RON', commissionPercent: 30 },
    ],
  },
});

/** casco-api.txt, POST /offer answer. */
const casco = () => ({
  data: {
    provider: { organization: { businessName: 'groupama' } },
    product: { name: 'casco' },
    offers: [
      {
        offerId: 123,
        providerOfferCode: 'ABC123',
        premiumAmount: 1000.5,
        currency: 'RON',
        exchangeRate: { currency: 'RON', amount: 100.5, exchangeRate: 1.12 },
        payment: { currency: 'RON', amount: 100.5 },
        startDate: '2025-01-01',
        endDate: '2025-12-31',
        installments: [{ id: 1, amount: 123.45, dueDate: '2025-12-12' }],
        coverages: [{ code: 'vehicle', notes: 'Coverage insured sum is covered in the main insurance sum.' }],
        offerExpiryDate: '2025-12-31',
        notes: 'Special conditions apply',
      },
    ],
  },
});

/** liability-api.txt, POST /offer answer: numbers as strings. */
const liability = () => ({
  data: {
    provider: { organization: { businessName: 'omniasig' } },
    product: { name: 'general' },
    offers: [
      {
        offerId: '1',
        providerOfferCode: 'XY01230123',
        premiumAmount: '89',
        currency: 'EUR',
        exchangeRate: { currency: 'RON', amount: '1200', exchangeRate: '4.9219' },
        startDate: '2022-09-25',
        endDate: '2023-09-24',
        installments: [{ id: '1', amount: '123', dueDate: '2023-06-10' }],
        notes: 'Something important',
        offerExpiryDate: '2023-10-20',
      },
    ],
  },
});

/** rotr-transport-api.txt, POST /offer answer: `data.offer`. */
const rotr = () => ({
  data: {
    provider: { organization: { businessName: 'PROVIDER_NAME' } },
    product: { name: 'PRODUCT_NAME' },
    offer: {
      offerId: '12',
      premiumAmount: '89.76',
      currency: 'RON',
      premiumRates: [{ id: '1', currency: 'EUR', amount: '23.16', exchangeRate: '4.9219' }],
      installments: [{ id: '1', currency: 'EUR', amount: '23.16', dueDate: '2024-05-01' }],
      payment: { amount: '89.76', currency: 'RON' },
      startDate: '2022-09-25',
      endDate: '2023-09-24',
      notes: 'string',
      providerResponse: {},
    },
  },
});

function offersOf(body: unknown): NormalisedOffer[] {
  const r = normaliseOffers(body);
  expect(r.ok, r.ok ? '' : r.issues).to.equal(true);
  return r.ok ? r.offers : [];
}

describe('normaliseOffers: the three documented shapes become one list', () => {
  it('Assets: `data` is the offer → a list of one, documented fields kept', () => {
    const [o, ...rest] = offersOf(assetsSingle());
    expect(rest).to.have.length(0);
    expect(o).to.include({
      offerId: 4021,
      providerOfferCode: 'COL-2026-000123',
      premiumAmount: 412.5,
      premiumAmountNet: 340.91,
      currency: 'RON',
      startDate: '2026-03-02',
      endDate: '2027-03-01',
      referenceRate: 4.97,
      bonusMalusClass: 'B0',
      commissionValue: 123.75,
      commissionPercent: 30,
      offerExpiryDate: '2026-03-31',
      pid: 'https://example.ro/pid.pdf',
      toc: 'https://example.ro/toc.pdf',
    });
    expect(o!.package).to.equal(undefined);
    expect(o!.termTime).to.equal(undefined);
  });

  it('Assets tireFleet: `data.offers[]` of 4, package and termTime read from {package}:{termTime}:{uuid}', () => {
    const offers = offersOf(assetsTireFleet());
    expect(offers.map((o) => [o.package, o.termTime, o.premiumAmount])).to.deep.equal([
      ['var_1', 12, 160],
      ['var_1', 24, 250],
      ['var_2', 12, 180],
      ['var_2', 24, 290],
    ]);
  });

  it('Assets electronics: 5 offers, daf 12/24/36 and ge 12/24', () => {
    const codes = ['daf:12', 'daf:24', 'daf:36', 'ge:12', 'ge:24'];
    const body = { data: { offers: codes.map((c, i) => ({ offerId: 10 + i, providerOfferCode: `${c}:${UUID}`, premiumAmount: 250, currency: 'RON' })) } };
    expect(offersOf(body).map((o) => `${o.package}:${o.termTime}`)).to.deep.equal(codes);
  });

  it('Casco: `data.offers[]` with an installments list', () => {
    const [o] = offersOf(casco());
    expect(o).to.include({ offerId: 123, providerOfferCode: 'ABC123', premiumAmount: 1000.5, currency: 'RON', notes: 'Special conditions apply' });
    expect(o!.installments).to.deep.equal([{ id: 1, amount: 123.45, dueDate: '2025-12-12' }]);
  });

  it('Liability: numbers sent as strings ("offerId": "1", "premiumAmount": "89") are read as numbers', () => {
    const [o] = offersOf(liability());
    expect(o!.offerId).to.equal(1);
    expect(o!.premiumAmount).to.equal(89);
    expect(o!.currency).to.equal('EUR');
    expect(o!.installments).to.deep.equal([{ id: 1, amount: 123, dueDate: '2023-06-10' }]);
  });

  it('Rotr: `data.offer` → a list of one; installments keep their own currency', () => {
    const offers = offersOf(rotr());
    expect(offers).to.have.length(1);
    expect(offers[0]).to.include({ offerId: 12, premiumAmount: 89.76, currency: 'RON', startDate: '2022-09-25', endDate: '2023-09-24' });
    // The premium is in RON, its installment in EUR: an amount without its currency would be wrong.
    expect(offers[0]!.installments).to.deep.equal([{ id: 1, currency: 'EUR', amount: 23.16, dueDate: '2024-05-01' }]);
  });

  it('Assets: installments as an object (the table says "object") become a list', () => {
    const [single] = offersOf(assetsSingle());
    expect(single!.installments).to.deep.equal([{ amount: 412.5, dueDate: '2026-03-02' }]);
    const keyed = assetsSingle();
    (keyed.data as Record<string, unknown>).installments = {
      '1': { amount: '206.25', dueDate: '2026-03-02' },
      '2': { amount: 206.25, dueDate: '2026-09-02' },
    };
    expect(offersOf(keyed)[0]!.installments).to.deep.equal([
      { amount: 206.25, dueDate: '2026-03-02' },
      { amount: 206.25, dueDate: '2026-09-02' },
    ]);
  });

  it('no installments, or null, become an empty list', () => {
    const none = { data: { offerId: 1, premiumAmount: 10, currency: 'RON' } };
    expect(offersOf(none)[0]!.installments).to.deep.equal([]);
    const nulls = { data: { offerId: 1, premiumAmount: 10, currency: 'RON', installments: null } };
    expect(offersOf(nulls)[0]!.installments).to.deep.equal([]);
  });

  it('a code that is not {package}:{termTime}:{uuid} sets no package', () => {
    for (const code of ['ABC123', 'var_1:12', 'var_1:twelve:' + UUID, 'var_1:12:not-a-uuid']) {
      const [o] = offersOf({ data: { offerId: 1, providerOfferCode: code, premiumAmount: 1, currency: 'RON' } });
      expect(o!.package, code).to.equal(undefined);
      expect(o!.providerOfferCode).to.equal(code);
    }
  });

  it('an empty offers list is a list with nothing in it', () => {
    expect(offersOf({ data: { offers: [] } })).to.deep.equal([]);
  });
});

describe('normaliseOffers: a malformed answer is ok:false', () => {
  const cases: [string, unknown][] = [
    ['an error envelope', { errors: ['Validation failed'], correlation_id: 'abc', status: 422 }],
    ['no data', {}],
    ['null', null],
    ['a string', 'offer'],
    ['an offer without premiumAmount', { data: { offerId: 1, currency: 'RON' } }],
    ['an offer without offerId', { data: { premiumAmount: 1, currency: 'RON' } }],
    ['a premium that is not a number', { data: { offerId: 1, premiumAmount: 'eighty', currency: 'RON' } }],
    ['offers that is not a list', { data: { offers: { offerId: 1, premiumAmount: 1, currency: 'RON' } } }],
    ['one bad offer among good ones', { data: { offers: [{ offerId: 1, premiumAmount: 1, currency: 'RON' }, { offerId: 'x', premiumAmount: 1, currency: 'RON' }] } }],
    ['data.offer that is not an offer', { data: { offer: { id: 1 } } }],
  ];
  for (const [what, body] of cases) {
    it(what, () => {
      const r = normaliseOffers(body);
      expect(r.ok).to.equal(false);
      if (!r.ok) expect(r.issues).to.be.a('string').and.not.equal('');
    });
  }
});

describe('offer codes', () => {
  it('offerCode and parseOfferCode round-trip', () => {
    expect(offerCode('var_2', 24, UUID)).to.equal(`var_2:24:${UUID}`);
    expect(parseOfferCode(offerCode('daf', 36, UUID))).to.deep.equal({ package: 'daf', termTime: 36, uuid: UUID });
    expect(parseOfferCode(undefined)).to.equal(null);
  });

  it('the offer schema on its own reads strings as numbers', () => {
    const r = offer.safeParse({ offerId: '7', premiumAmount: '12.5', currency: 'RON', commissionPercent: '30' });
    expect(r.success).to.equal(true);
    expect(r.data).to.include({ offerId: 7, premiumAmount: 12.5, commissionPercent: 30 });
  });
});
