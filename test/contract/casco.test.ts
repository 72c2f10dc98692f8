import { describe, it, expect } from '../support/bdd.js';
import { addDays, today } from '../../src/contract/clock.js';
import { checkWire } from '../../src/contract/wire.js';
import {
  cascoOfferRequest,
  cascoOffersResponse,
  cascoPolicyRequest,
  cascoPolicyResponse,
  cascoProduct,
  documentsResponse,
  vehicleIdentificationRequest,
  vehicleIdentificationResponse,
} from '../../src/contract/casco/index.js';
import { CASCO_MIN_INSURED_SUM } from '../../src/contract/casco/vehicle.js';
import { VALID } from '../support/fixtures.js';
import { cascoCompany, cascoDocIdentification, cascoDocProduct, cascoWireProduct } from '../support/casco-fixtures.js';
import { DAY, at, expectError, expectSchemaBroken, parses, schemaErrors, type Body } from './support.js';

const product = (): Body => cascoDocProduct();
const broken = (change: (b: Body) => void, path: string, key: Parameters<typeof expectSchemaBroken>[3], params?: Parameters<typeof expectSchemaBroken>[4]) =>
  at(DAY, () => {
    const b = product();
    change(b);
    expectSchemaBroken(cascoProduct, b, path, key, params);
  });

describe('casco contract: the doc examples, made valid', () => {
  it('the offer body passes as the doc spells it ("false", "100000.00") and comes out in the documented types', () =>
    at(DAY, () => {
      const out = parses(cascoProduct, product());
      expect(out.motor.withoutTax).to.equal(false);
      expect(out.vehicle.marketValue).to.equal(100000);
      expect(out.additionalData?.vehicle?.user?.bonusMalusClaims).to.equal(2);
      expect(out.policyholder.isLegalEntity).to.equal(false);
    }));

  it('isLegalEntity "false" decides: the individual is checked by CNP and its company fields are set aside', () =>
    at(DAY, () => {
      const out = parses(cascoProduct, product()) as Body;
      expect(out.policyholder.taxId).to.equal(VALID.cnp);
      expect(out.policyholder).to.not.have.property('businessName');
      expect(out.policyholder).to.not.have.property('companyRegistryNumber');
      expect(out.vehicle.user).to.not.have.property('businessName');
    }));

  it('a legal entity (isLegalEntity true) passes with its CUI, registry number and no ID card', () =>
    at(DAY, () => {
      const out = parses(cascoProduct, { ...product(), policyholder: cascoCompany() }) as Body;
      expect(out.policyholder.businessName).to.equal('Life is Hard SA');
      expect(out.policyholder.taxId).to.equal(VALID.cui);
    }));

  it('without isLegalEntity, the Assets rule stands: a businessName makes a legal entity', () =>
    at(DAY, () => {
      const { isLegalEntity: _, ...company } = cascoCompany();
      expect((parses(cascoProduct, { ...product(), policyholder: company }) as Body).policyholder.businessName).to.equal('Life is Hard SA');
      // The doc's person, flag removed: its businessName now makes it a company, with a CNP for a CUI.
      const { isLegalEntity: _i, ...individual } = product().policyholder;
      expectError(schemaErrors(cascoProduct, { ...product(), policyholder: individual }), 'policyholder.taxId', 'cui.format');
    }));

  it('the whole request, provider included, passes; so does the wire form in wire mode', () =>
    at(DAY, () => {
      const provider = { organization: { businessName: 'groupama' }, authentication: { account: 'user123', password: 'securePassword123', code: 'AUTH456' } };
      parses(cascoOfferRequest, { provider, product: product() });
      const wire = checkWire(cascoProduct, cascoWireProduct());
      expect(wire.ok, wire.ok ? '' : JSON.stringify(wire.errors)).to.equal(true);
    }));

  it('on the wire, the doc\'s strings for booleans and numbers are refused field by field', () =>
    at(DAY, () => {
      const r = checkWire(cascoProduct, product());
      expect(r.ok).to.equal(false);
      const paths = r.ok ? [] : r.errors.map((e) => [e.path, e.key]);
      expect(paths).to.deep.include(['motor.withoutTax', 'wire.boolean']);
      expect(paths).to.deep.include(['vehicle.marketValue', 'wire.number']);
    }));

  it('the vehicle identification request passes', () => at(DAY, () => void parses(vehicleIdentificationRequest, cascoDocIdentification())));

  it('issuance takes {offerId, payment} as the doc shows it', () =>
    at(DAY, () => {
      parses(cascoPolicyRequest, { offerId: 12345, payment: { method: 'pos', currency: 'RON', amount: 100.5, date: '2026-02-27', documentNumber: 'INV-12345' } });
    }));
});

describe('casco contract: every documented rule, broken', () => {
  it('product.name is "casco"', () => broken((b) => (b.name = 'rca'), 'name', 'oneOf', { values: ['casco'] }));
  it('vehicle.vehicleType from VehicleTypeEnum', () => broken((b) => (b.vehicle.vehicleType = 'M9'), 'vehicle.vehicleType', 'oneOf'));
  it('vehicle.fuelType from FuelTypeEnum', () =>
    broken((b) => (b.vehicle.fuelType = 'steam'), 'vehicle.fuelType', 'oneOf', { values: ['petrol', 'diesel', 'electric', 'hybrid', 'lpg', 'none'] }));
  it('vehicle.color from ColorEnum', () => broken((b) => (b.vehicle.color = 'pink'), 'vehicle.color', 'oneOf'));
  it('vehicle.registrationType from the registration types', () => broken((b) => (b.vehicle.registrationType = 'parked'), 'vehicle.registrationType', 'oneOf'));
  it('vehicle.licensePlate read by its registration type', () => broken((b) => (b.vehicle.licensePlate = 'XX12ABC'), 'vehicle.licensePlate', 'plate.county'));
  it('a plate without a registration type cannot be read', () => broken((b) => delete b.vehicle.registrationType, 'vehicle.registrationType', 'required'));
  it('vehicle.vin: no I, O or Q after 1981', () => broken((b) => (b.vehicle.vin = '1HGCM82633O123456'), 'vehicle.vin', 'vin.letters'));
  it('vehicle.identifier from identification is required', () => broken((b) => delete b.vehicle.identifier, 'vehicle.identifier', 'required'));
  it('vehicle.yearOfConstruction not in the future', () => broken((b) => (b.vehicle.yearOfConstruction = 2027), 'vehicle.yearOfConstruction', 'vehicle.futureYear'));
  it('vehicle.keyNumber: at least one key', () => broken((b) => (b.vehicle.keyNumber = 0), 'vehicle.keyNumber', 'gt', { min: 0 }));
  it('vehicle.currentMileage is not negative', () => broken((b) => (b.vehicle.currentMileage = -1), 'vehicle.currentMileage', 'min', { min: 0 }));
  it('vehicle.ptiExpiryDate is a date', () => broken((b) => (b.vehicle.ptiExpiryDate = '12.05.2025'), 'vehicle.ptiExpiryDate', 'date.format'));
  it('vehicle.user follows the person rules', () => broken((b) => (b.vehicle.user.email = 'john@'), 'vehicle.user.email', 'email'));
  it('a leased vehicle names its leasing contract', () =>
    broken(
      (b) => {
        b.vehicle.isLeased = true;
        delete b.additionalData.motor.leasingContractNumber;
      },
      'additionalData.motor.leasingContractNumber',
      'casco.leasingContract',
    ));
  it('motor.startDate from today to 60 days ahead', () =>
    broken((b) => (b.motor.startDate = addDays(DAY, -1)), 'motor.startDate', 'date.between', { min: DAY, max: addDays(DAY, 60) }));
  it('motor.termTime at most 12 months', () => broken((b) => (b.motor.termTime = 24), 'motor.termTime', 'max', { max: 12 }));
  it('motor.installmentCount at most one a month', () =>
    broken(
      (b) => {
        b.motor.termTime = 6;
        b.motor.installmentCount = 12;
      },
      'motor.installmentCount',
      'casco.installmentsOverTerm',
      { count: 12, term: 6 },
    ));
  it('motor.currency RON or EUR', () => broken((b) => (b.motor.currency = 'USD'), 'motor.currency', 'oneOf', { values: ['RON', 'EUR'] }));
  it('motor.deductibles are required', () => broken((b) => delete b.motor.deductibles, 'motor.deductibles', 'required'));
  it('motor.deductibles.totalDamage is a percentage', () => broken((b) => (b.motor.deductibles.totalDamage = 120), 'motor.deductibles.totalDamage', 'max', { max: 100 }));
  it('motor.renewPolicy.number is a number', () => broken((b) => (b.motor.renewPolicy.number = 'one'), 'motor.renewPolicy.number', 'number'));
  it('coverages: at least one', () => broken((b) => (b.coverages = []), 'coverages', 'minItems', { min: 1 }));
  it('coverages: each code once', () =>
    broken((b) => b.coverages.push({ code: 'vehicle', isIncluded: false }), 'coverages.1.code', 'casco.coverageTwice', { code: 'vehicle' }));
  it('coverages: codes are kept exactly as written (the insurers\' codes are case-sensitive)', () =>
    at(DAY, () => {
      const b = product();
      b.coverages.push({ code: 'replacementCar', isIncluded: true });
      expect((parses(cascoProduct, b) as Body).coverages[1].code).to.equal('replacementCar');
    }));
  it('coverages: isIncluded is a boolean', () => broken((b) => delete b.coverages[0].isIncluded, 'coverages.0.isIncluded', 'required'));
  it('coverages: insuredSum at least CASCO_MIN_INSURED_SUM', () => broken((b) => (b.coverages[0].insuredSum = 0), 'coverages.0.insuredSum', 'min', { min: CASCO_MIN_INSURED_SUM }));
  // Found by the fuzz: a 5e-324 insured sum was quoted at a premium of 0.
  it('coverages: a vanishing insuredSum (5e-324) is refused, not quoted at 0', () =>
    broken((b) => (b.coverages[0].insuredSum = 5e-324), 'coverages.0.insuredSum', 'min', { min: CASCO_MIN_INSURED_SUM }));
  it('policyholder.taxId: the doc\'s RO123456789 is no CNP', () => broken((b) => (b.policyholder.taxId = 'RO123456789'), 'policyholder.taxId', 'cnp.format'));
  it('policyholder.isLegalEntity true asks for the company name', () =>
    at(DAY, () => {
      const { businessName: _, ...company } = cascoCompany();
      expectSchemaBroken(cascoProduct, { ...product(), policyholder: company }, 'policyholder.businessName', 'required');
    }));
  it('a legal entity\'s taxId is a CUI', () =>
    at(DAY, () => void expectSchemaBroken(cascoProduct, { ...product(), policyholder: { ...cascoCompany(), taxId: VALID.cnp } }, 'policyholder.taxId', 'cui.format')));
  it('additionalData.vehicle.user.bonusMalusClass from B0–B8, M1–M8', () =>
    void broken((b) => (b.additionalData.vehicle.user.bonusMalusClass = 'Z9'), 'additionalData.vehicle.user.bonusMalusClass', 'oneOf'));

  it('identification: brand, model, vehicleType and yearOfConstruction are required', () =>
    at(DAY, () => {
      const { brand: _b, model: _m, vehicleType: _t, yearOfConstruction: _y, ...rest } = cascoDocIdentification();
      const errors = schemaErrors(vehicleIdentificationRequest, rest);
      expect(errors.map((e) => [e.path, e.key])).to.have.deep.members([
        ['vehicleType', 'required'],
        ['brand', 'required'],
        ['model', 'required'],
        ['yearOfConstruction', 'required'],
      ]);
      for (const e of errors) expect(e.message.ro).to.not.equal(e.message.en);
    }));
  it('identification: seats above 0', () =>
    at(DAY, () => void expectSchemaBroken(vehicleIdentificationRequest, { ...cascoDocIdentification(), seats: 0 }, 'seats', 'gt', { min: 0 })));
});

describe('casco contract: the answers', () => {
  it('vehicle identification: candidates per insurer', () => {
    const data = { groupama: [{ identifier: 'F9bcVXsC3Zu7PDagZcLfCw==', modelName: 'Civic 1.5 VTEC Turbo CVT Prestige', productionStartDate: '2017-03', productionEndDate: '2021-01', marketValue: 26500, additionalData: {} }] };
    expect(vehicleIdentificationResponse.safeParse({ data }).success).to.equal(true);
    const bad = { groupama: [{ ...data.groupama[0]!, productionStartDate: '2017-13' }] };
    expect(vehicleIdentificationResponse.safeParse({ data: bad }).success).to.equal(false);
  });

  it('offers: data.offers[] with instalments, exchange rate and coverages', () => {
    const offer = {
      offerId: 123, providerOfferCode: 'ABC123', premiumAmount: 1000.5, currency: 'RON',
      exchangeRate: { currency: 'RON', amount: 100.5, exchangeRate: 1.12 }, payment: { currency: 'RON', amount: 100.5 },
      startDate: '2025-01-01', endDate: '2025-12-31', installments: [{ id: 1, amount: 123.45, dueDate: '2025-12-12' }],
      coverages: [{ code: 'vehicle', notes: 'Coverage insured sum is covered in the main insurance sum.' }],
      offerExpiryDate: '2025-12-31', notes: 'Special conditions apply',
    };
    const body = { data: { provider: { organization: { businessName: 'groupama' } }, product: { name: 'casco' }, offers: [offer] } };
    const r = cascoOffersResponse.safeParse(body);
    expect(r.success).to.equal(true);
    expect(r.data?.data.offers[0]?.exchangeRate?.exchangeRate).to.equal(1.12);
    expect(cascoOffersResponse.safeParse({ data: { ...body.data, product: { name: 'rca' } } }).success).to.equal(false);
  });

  it('policy: data.policies[] with who issued it and its coverages', () => {
    const policy = {
      provider: { organization: { businessName: 'groupama' } }, product: { name: 'casco' }, policyId: 123, providerPolicyCode: 'POLICY123',
      series: 'A', number: '123456', payment: { method: 'pos', currency: 'RON', amount: 100.5, date: '2023-10-01', documentNumber: 'INV-12345' },
      startDate: '2025-01-01', endDate: '2025-12-31', premiumAmount: 1000.5, currency: 'RON',
      installments: [{ id: 1, amount: 123.45, dueDate: '2025-12-12' }], coverages: [{ code: 'vehicle' }], notes: 'Policy notes',
    };
    expect(cascoPolicyResponse.safeParse({ data: { policies: [policy] } }).success).to.equal(true);
    expect(cascoPolicyResponse.safeParse({ data: { policies: [] } }).success).to.equal(false);
  });

  it('documents: data.files[]', () => {
    const files = [{ type: 'offer', mimeType: 'application/pdf', name: 'document.pdf', content: 'JVBERi0xLjQKJcfs...' }];
    expect(documentsResponse.safeParse({ data: { files } }).success).to.equal(true);
  });

  it('today is read from the clock: a cover starting today passes on any day', () =>
    at('2026-07-15', () => void parses(cascoProduct, { ...product(), motor: { ...product().motor, startDate: today() } })));
});
