/**
 * Auth, policy (request and answer), payment, documents, envelopes and
 * nomenclatures against the docs' examples (casco-api.txt, liability-api.txt,
 * rotr-transport-api.txt, Assets API v1.5.0 §2, §4, §5).
 */
import { describe, it, expect } from '../support/bdd.js';
import {
  EXPIRES_AT,
  TOKEN_HEADER,
  expiresAtMs,
  formatExpiresAt,
  loginRequest,
  refreshHeaderValue,
  tokenResponse,
} from '../../src/contract/auth.js';
import { PAYMENT_CURRENCIES, PAYMENT_METHODS, payment, policyRequest, policyResponse } from '../../src/contract/policy.js';
import { OFFER_DOCUMENT_TYPES, documentsResponse } from '../../src/contract/documents.js';
import { upstreamError, upstreamSuccess } from '../../src/contract/envelope.js';
import { NOMENCLATURES, isNomenclatureList, nomenclatureResponse, upstreamItems } from '../../src/contract/nomenclature.js';
import { offerRequest, provider } from '../../src/contract/provider.js';
import { IDEMPOTENCY_HEADER, issueRequest } from '../../src/contract/public-api.js';
import { DAY, at, expectSchemaBroken, parses, schemaErrors, expectError } from './support.js';
import * as z from 'zod/mini';

const authAnswer = () => ({
  error: 'false',
  status: '200',
  data: { token: '---JWT Token---', expires_at: '2021-09-03 19:41:27', refresh_token: '---Refresh Token---' },
});

describe('auth', () => {
  it('POST /auth and PATCH /auth answer (the docs’ example) parses', () => {
    const d = parses(tokenResponse, authAnswer());
    expect(d.data).to.deep.equal({ token: '---JWT Token---', expires_at: '2021-09-03 19:41:27', refresh_token: '---Refresh Token---' });
    expect(d.error).to.equal('false');
    expect(d.status).to.equal('200');
  });

  it('expires_at must be "YYYY-MM-DD HH:MM:SS"', () => {
    expect(EXPIRES_AT.test('2021-09-03 19:41:27')).to.equal(true);
    for (const bad of ['2021-09-03T19:41:27Z', '2021-09-03', '03.09.2021 19:41:27']) {
      const answer = authAnswer();
      answer.data.expires_at = bad;
      expect(tokenResponse.safeParse(answer).success, bad).to.equal(false);
    }
  });

  it('token and refresh_token are required', () => {
    const answer: { data: Record<string, unknown> } = authAnswer();
    delete answer.data.token;
    expectError(schemaErrors(tokenResponse, answer), 'data.token', 'required');
  });

  it('expires_at is read as UTC and written back the same way', () => {
    expect(expiresAtMs('2021-09-03 19:41:27')).to.equal(Date.UTC(2021, 8, 3, 19, 41, 27));
    expect(formatExpiresAt(Date.UTC(2021, 8, 3, 19, 41, 27))).to.equal('2021-09-03 19:41:27');
  });

  it('the JWT travels in a header named Token; renewal sends "Refresh <refresh_token>"', () => {
    expect(TOKEN_HEADER).to.equal('Token');
    expect(refreshHeaderValue('abc')).to.equal('Refresh abc');
  });

  it('the login body needs account and password', () => {
    parses(loginRequest, { account: 'user123', password: 'securePassword123' });
    expectSchemaBroken(loginRequest, { account: 'user123' }, 'password', 'required');
  });
});

describe('provider and the offer request', () => {
  const casco = { organization: { businessName: 'groupama' }, authentication: { account: 'user123', password: 'securePassword123', code: 'AUTH456' } };

  it('the docs’ provider object parses; the insurer name is read in lower case', () => {
    expect(parses(provider, casco)).to.deep.equal(casco);
    expect(parses(provider, { ...casco, organization: { businessName: ' Colonnade ' } }).organization.businessName).to.equal('colonnade');
  });

  it('account, password and code are optional', () => {
    parses(provider, { organization: { businessName: 'michelin' }, authentication: {} });
  });

  it('businessName is required', () => {
    expectSchemaBroken(provider, { organization: {}, authentication: {} }, 'organization.businessName', 'required');
  });

  it('an offer request is {provider, product}', () => {
    parses(offerRequest, { provider: casco, product: { tire: {} } });
    expectError(schemaErrors(offerRequest, { provider: casco }), 'product', 'required');
  });
});

describe('payment and the policy request (POST /policy)', () => {
  const valid = () => ({ method: 'pos', currency: 'RON', amount: 100.5, date: DAY, documentNumber: 'INV-12345' });

  it('method: pos, receipt, broker receipt, broker payment order', () =>
    at(DAY, () => {
      expect([...PAYMENT_METHODS]).to.deep.equal(['pos', 'receipt', 'broker receipt', 'broker payment order']);
      for (const method of PAYMENT_METHODS) parses(payment, { ...valid(), method });
      const e = expectSchemaBroken(payment, { ...valid(), method: 'card' }, 'method', 'oneOf', { values: [...PAYMENT_METHODS] });
      expect(e.message.en).to.equal('Choose one of: pos, receipt, broker receipt, broker payment order.');
    }));

  it('currency: RON only', () =>
    at(DAY, () => {
      expect([...PAYMENT_CURRENCIES]).to.deep.equal(['RON']);
      expectSchemaBroken(payment, { ...valid(), currency: 'EUR' }, 'currency', 'oneOf', { values: ['RON'] });
    }));

  it('date: YYYY-MM-DD, not in the future', () =>
    at(DAY, () => {
      parses(payment, { ...valid(), date: '2026-02-28' });
      expectSchemaBroken(payment, { ...valid(), date: '2026-03-02' }, 'date', 'date.notFuture');
      expectSchemaBroken(payment, { ...valid(), date: '01.03.2026' }, 'date', 'date.format');
    }));

  it('amount above 0; documentNumber required', () =>
    at(DAY, () => {
      expectSchemaBroken(payment, { ...valid(), amount: 0 }, 'amount', 'gt', { min: 0 });
      expectSchemaBroken(payment, { ...valid(), documentNumber: '' }, 'documentNumber', 'required');
    }));

  it('the Casco example request parses', () =>
    at(DAY, () => {
      const d = parses(policyRequest, { offerId: 12345, payment: { method: 'pos', currency: 'RON', amount: 100.5, date: '2023-10-01', documentNumber: 'INV-12345' } });
      expect(d.offerId).to.equal(12345);
    }));

  it('the Liability example request (numbers as strings, additionalData null) comes out typed', () =>
    at(DAY, () => {
      const d = parses(policyRequest, {
        offerId: '23',
        payment: { method: 'receipt', currency: 'RON', amount: '89', date: '2023-07-10', documentNumber: 'AX4984' },
        additionalData: null,
      });
      expect(d.offerId).to.equal(23);
      expect(d.payment.amount).to.equal(89);
      expect(d.additionalData).to.equal(null);
    }));

  it('offerId: a whole number above 0', () =>
    at(DAY, () => {
      expectSchemaBroken(policyRequest, { offerId: 0, payment: valid() }, 'offerId', 'gt', { min: 0 });
      expectSchemaBroken(policyRequest, { payment: valid() }, 'offerId', 'required');
    }));

  it('the proxy’s issue request takes an opaque offer id (never the insurer’s number) and an optional document number', () => {
    const offerId = `ofr_${'a1B2-_'.repeat(5)}zz`;
    expect(parses(issueRequest, { offerId })).to.deep.equal({ offerId });
    parses(issueRequest, { offerId, payment: { documentNumber: 'CHK-1' } });
    for (const bad of [5, '5', 'ofr_short', `pol_${'a'.repeat(32)}`]) expect(schemaErrors(issueRequest, { offerId: bad }).map((e) => e.path)).to.deep.equal(['offerId']);
    expect(IDEMPOTENCY_HEADER).to.equal('Idempotency-Key');
  });
});

describe('policy answer (POST /policy)', () => {
  const cascoPolicy = {
    provider: { organization: { businessName: 'groupama' } },
    product: { name: 'casco' },
    policyId: 123,
    providerPolicyCode: 'POLICY123',
    series: 'A',
    number: '123456',
    payment: { method: 'pos', currency: 'RON', amount: 100.5, date: '2023-10-01', documentNumber: 'INV-12345' },
    startDate: '2025-01-01',
    endDate: '2025-12-31',
    premiumAmount: 1000.5,
    currency: 'RON',
    installments: [{ id: 1, amount: 123.45, dueDate: '2025-12-12' }],
    coverages: [{ code: 'vehicle', notes: 'Coverage insured sum is covered in the main insurance sum.' }],
    notes: 'Policy notes',
  };
  const liabilityPolicy = {
    provider: { businessName: 'omniasig' },
    policyId: '12',
    series: 'XX/XX',
    number: '243245345',
    payment: { method: 'receipt', currency: 'RON', amount: '89', date: '2023-07-10', documentNumber: 'AX4984' },
    startDate: '2023-07-10',
    endDate: '2024-07-09',
    premiumAmount: '89',
    currency: 'RON',
    installments: [{ id: '1', amount: '123', dueDate: '2023-06-10' }],
  };
  const rotrPolicy = {
    provider: { organization: { businessName: 'PROVIDER_NAME' } },
    product: { name: 'PRODUCT_NAME' },
    policyId: '12',
    series: 'RSXX',
    number: '13124',
    payment: { method: 'receipt', currency: 'RON', amount: '89.76', date: '2022-09-21', documentNumber: 'XY32344' },
    startDate: '2022-09-25',
    endDate: '2023-09-24',
    premiumAmount: '89.76',
    currency: 'RON',
    installments: [{ id: '1', currency: 'EUR', amount: '23.16', dueDate: '2024-05-01' }],
    providerResponse: {},
  };

  it('the Casco example parses', () => {
    const [p] = parses(policyResponse, { data: { policies: [cascoPolicy] } }).data.policies;
    expect(p).to.include({ policyId: 123, series: 'A', number: '123456', premiumAmount: 1000.5, currency: 'RON', startDate: '2025-01-01', endDate: '2025-12-31' });
    expect(p!.payment).to.deep.equal({ method: 'pos', currency: 'RON', amount: 100.5, date: '2023-10-01', documentNumber: 'INV-12345' });
  });

  it('the Liability example: numbers as strings come out as numbers', () => {
    const [p] = parses(policyResponse, { data: { policies: [liabilityPolicy] } }).data.policies;
    expect(p!.policyId).to.equal(12);
    expect(p!.premiumAmount).to.equal(89);
    expect(p!.payment!.amount).to.equal(89);
    expect(p!.series).to.equal('XX/XX');
  });

  it('the Rotr example parses', () => {
    const [p] = parses(policyResponse, { data: { policies: [rotrPolicy] } }).data.policies;
    expect(p).to.include({ policyId: 12, series: 'RSXX', premiumAmount: 89.76 });
  });

  it('an answer without policies is malformed', () => {
    expect(policyResponse.safeParse({ data: { policies: [] } }).success).to.equal(false);
    expect(policyResponse.safeParse({ data: {} }).success).to.equal(false);
    expect(policyResponse.safeParse({ data: { policies: [{ ...cascoPolicy, policyId: undefined }] } }).success).to.equal(false);
  });
});

describe('documents ({data: {files: [...]}})', () => {
  it('the Casco example (with mimeType) parses', () => {
    const d = parses(documentsResponse, {
      data: { files: [{ type: 'offer', mimeType: 'application/pdf', name: 'document.pdf', content: 'JVBERi0xLjQKJcfs...' }] },
    });
    expect(d.data.files[0]).to.deep.equal({ type: 'offer', mimeType: 'application/pdf', name: 'document.pdf', content: 'JVBERi0xLjQKJcfs...' });
  });

  it('the Liability/Rotr example (no mimeType) parses', () => {
    const d = parses(documentsResponse, {
      data: { files: [{ type: 'Offer', name: 'offer-2149be26-d38d-40e4-ad07-1ccb384aadec.pdf', content: 'JVBERi0xLj...' }] },
    });
    expect(d.data.files[0]!.mimeType).to.equal(undefined);
  });

  it('a file without content is malformed', () => {
    expect(documentsResponse.safeParse({ data: { files: [{ type: 'offer', name: 'x.pdf' }] } }).success).to.equal(false);
  });

  it('an offer download holds the five documented documents', () => {
    expect([...OFFER_DOCUMENT_TYPES]).to.deep.equal(['offer', 'dnt', 'pre-contract', 'gdpr', 'terms-and-conditions']);
  });
});

describe('envelopes', () => {
  it('an error: {errors, correlation_id, status, data?}', () => {
    parses(upstreamError, { errors: ['The taxId field must be a valid CNP.'], correlation_id: 'c0ffee', status: 422 });
    parses(upstreamError, { errors: [{ path: 'product.tire.startDate', message: 'Invalid date' }], correlation_id: 'c0ffee', status: '400', data: { any: 1 } });
    expect(upstreamError.safeParse({ data: { offerId: 1 } }).success).to.equal(false);
  });

  it('a success wraps data, with the auth answers’ error/status as strings or not at all', () => {
    const s = upstreamSuccess(z.object({ id: z.number() }));
    parses(s, { data: { id: 1 } });
    parses(s, { error: 'false', status: '200', data: { id: 1 } });
    parses(s, { error: false, status: 200, data: { id: 1 } });
    expect(s.safeParse({ errors: ['x'] }).success).to.equal(false);
  });
});

describe('nomenclatures', () => {
  it('country (casco-api.txt): {id, name, iso2, iso3} → code iso2', () => {
    const d = parses(nomenclatureResponse(upstreamItems.country), { data: [{ id: '1', name: 'GRECIA', iso2: 'GR', iso3: 'GRC' }] });
    expect(NOMENCLATURES.country.toPublic(d.data[0]!)).to.deep.equal({ code: 'GR', name: 'GRECIA' });
  });

  it('county (casco-api.txt): {county_code, name, siruta} → code county_code', () => {
    const d = parses(nomenclatureResponse(upstreamItems.county), { data: [{ county_code: 'CJ', name: 'CLUJ', siruta: '127' }] });
    expect(d.data[0]!.siruta).to.equal('127');
    expect(NOMENCLATURES.county.toPublic(d.data[0]!)).to.deep.equal({ code: 'CJ', name: 'CLUJ' });
  });

  it('locality (casco/liability-api.txt, with error/status around it): {nume, cod_judet, cod_siruta} → code SIRUTA', () => {
    const d = parses(nomenclatureResponse(upstreamItems.locality), {
      error: 'false',
      status: '200',
      data: [{ nume: 'CLUJ-NAPOCA', cod_judet: 'CJ', cod_siruta: '54984' }],
    });
    expect(NOMENCLATURES.locality.toPublic(d.data[0]!)).to.deep.equal({ code: '54984', name: 'CLUJ-NAPOCA' });
    const numeric = parses(upstreamItems.locality, { nume: 'FLOREȘTI', cod_judet: 'CJ', cod_siruta: 57706, uat: 'FLOREȘTI' });
    expect(NOMENCLATURES.locality.toPublic(numeric)).to.deep.equal({ code: '57706', name: 'FLOREȘTI', hint: 'FLOREȘTI' });
  });

  it('vehicle brand and model (casco-api.txt): {name}', () => {
    const brands = parses(nomenclatureResponse(upstreamItems.vehicleBrand), { data: [{ name: 'alfa-romeo' }] });
    expect(NOMENCLATURES['vehicle-brand'].toPublic(brands.data[0]!)).to.deep.equal({ code: 'alfa-romeo', name: 'alfa-romeo' });
    const models = parses(nomenclatureResponse(upstreamItems.vehicleModel), { data: [{ name: '750' }] });
    expect(NOMENCLATURES['vehicle-model'].toPublic(models.data[0]!)).to.deep.equal({ code: '750', name: '750' });
  });

  it('a malformed list is refused', () => {
    expect(nomenclatureResponse(upstreamItems.county).safeParse({ data: [{ name: 'CLUJ' }] }).success).to.equal(false);
    expect(nomenclatureResponse(upstreamItems.county).safeParse({ data: {} }).success).to.equal(false);
  });

  it('the upstream paths are the documented ones, kept in one table', () => {
    expect(NOMENCLATURES.country.path()).to.equal('/nomenclature/country');
    expect(NOMENCLATURES.county.path()).to.equal('/nomenclature/county');
    expect(NOMENCLATURES.locality.path('CJ')).to.equal('/nomenclature/locality/CJ');
    expect(NOMENCLATURES['vehicle-brand'].path()).to.equal('/nomenclature/vehicle-brand');
    expect(NOMENCLATURES['vehicle-model'].path('12')).to.equal('/nomenclature/vehicle-model/12');
    expect(NOMENCLATURES['tire-brand'].path()).to.equal('/nomenclature/tire-brand');
    expect(NOMENCLATURES['tire-model'].path('michelin')).to.equal('/nomenclature/vehicle-model/michelin');
    expect(NOMENCLATURES['tire-size'].path()).to.equal('/nomenclature/tire-size');
    expect(NOMENCLATURES['electronics-product-category'].path()).to.equal('/nomenclature/electronics-product-category');
    expect(NOMENCLATURES.locality.path('a/b')).to.equal('/nomenclature/locality/a%2Fb');
    expect(NOMENCLATURES.locality.param).to.equal(true);
    expect(NOMENCLATURES.county.param).to.equal(false);
  });

  it('isNomenclatureList knows the lists and nothing else', () => {
    expect(isNomenclatureList('county')).to.equal(true);
    expect(isNomenclatureList('toString')).to.equal(false);
    expect(isNomenclatureList('insurers')).to.equal(false);
  });
});
