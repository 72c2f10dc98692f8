import { describe, it, expect } from '../support/bdd.js';
import { COUNTY_CODES } from '../../src/validators/counties.js';
import {
  checkLicensePlate,
  licensePlateReasons,
  type LicensePlateReason,
  type RegistrationType,
} from '../../src/validators/license-plate.js';
import { expectFail, expectOk } from './expect-check.js';

const registered = (plate: string) => checkLicensePlate(plate, 'registered');

describe('checkLicensePlate', () => {
  it('documents exactly the reasons it returns', () => {
    const examples: Record<LicensePlateReason, string> = { format: 'CJ5LIH', county: 'XX59LIH', letters: 'CJ59QIH' };
    expect(Object.keys(examples).sort()).to.deep.equal([...licensePlateReasons].sort());
    for (const [reason, input] of Object.entries(examples)) expectFail(registered(input), reason);
  });
});

describe('checkLicensePlate: registered', () => {
  it('accepts the RO-IDENTIFIERS.md examples CJ59LIH and B123XYZ', () => {
    expectOk(registered('CJ59LIH'), 'CJ59LIH');
    expectOk(registered('B123XYZ'), 'B123XYZ');
  });
  it('accepts Bucharest with 2 or 3 digits, other counties with 2 only', () => {
    expectOk(registered('B12XYZ'), 'B12XYZ');
    expectOk(registered('B123XYZ'), 'B123XYZ');
    expectFail(registered('B1XYZ'), 'format');
    expectFail(registered('B1234XYZ'), 'format');
    expectFail(registered('CJ123LIH'), 'format');
    expectFail(registered('CJ5LIH'), 'format');
  });
  it('accepts every county code', () => {
    for (const county of COUNTY_CODES) expectOk(registered(`${county}10ABC`), `${county}10ABC`);
  });
  it('rejects unknown counties', () => {
    for (const plate of ['XX12ABC', 'BQ12ABC', 'Q12ABC', 'CB12ABC', 'IA12ABC']) expectFail(registered(plate), 'county');
  });
  it('ignores spaces and dashes, upper-cases', () => {
    for (const input of ['CJ 59 LIH', 'cj-59-lih', ' Cj59 lih ']) expectOk(registered(input), 'CJ59LIH');
    expectOk(registered('B 123 XYZ'), 'B123XYZ');
  });
  it('rejects Q anywhere in the letters, and letters starting with I or O (so III and OOO too)', () => {
    for (const plate of ['CJ59QAB', 'CJ59AQB', 'CJ59ABQ', 'CJ59IAB', 'CJ59OAB', 'CJ59III', 'B123OOO', 'B12III']) expectFail(registered(plate), 'letters');
  });
  it('allows I and O after the first letter', () => {
    expectOk(registered('CJ59AIO'), 'CJ59AIO');
    expectOk(registered('B101AOI'), 'B101AOI');
  });
  it('rejects other shapes', () => {
    for (const bad of ['', 'CJ59LI', 'CJ59LIHX', 'CJ59L1H', 'CJ0123', '59LIH', 'CJ.59.LIH', 'ȘB59LIH']) expectFail(registered(bad), 'format');
  });
});

describe('checkLicensePlate: temporaryRegistered', () => {
  const temporary = (plate: string) => checkLicensePlate(plate, 'temporaryRegistered');
  it('accepts county + a 3–6 digit number starting with 0', () => {
    for (const plate of ['CJ012', 'CJ0123', 'B012345', 'B 012 345', 'gr-000001']) expect(temporary(plate).ok, plate).to.equal(true);
    expectOk(temporary('b 012 345'), 'B012345');
  });
  it('rejects numbers not starting with 0, too short or too long', () => {
    for (const bad of ['CJ123', 'CJ01', 'CJ0123456', 'CJ59LIH', 'CJ', '0123']) expectFail(temporary(bad), 'format');
  });
  it('rejects unknown counties', () => expectFail(temporary('XX0123'), 'county'));
});

describe('checkLicensePlate: recorded and temporaryRecorded', () => {
  for (const type of ['recorded', 'temporaryRecorded'] as const) {
    it(`${type}: accepts any 3–12 letters and digits`, () => {
      for (const plate of ['ABC', '123', 'CLUJ12345678', 'CJ59LIH', 'Q0I']) expectOk(checkLicensePlate(plate, type), plate);
      expectOk(checkLicensePlate('cluj - 123', type), 'CLUJ123');
    });
    it(`${type}: rejects fewer than 3 or more than 12, and symbols`, () => {
      for (const bad of ['', 'AB', 'CLUJ123456789', 'AB_123', 'AB.123', 'ȘOM123']) expectFail(checkLicensePlate(bad, type), 'format');
    });
  }
});

describe('checkLicensePlate: untyped callers', () => {
  it('fails an unknown registration type as format instead of throwing', () => {
    expectFail(checkLicensePlate('CJ59LIH', 'leased' as RegistrationType), 'format');
    expectFail(checkLicensePlate(42 as unknown as string, 'recorded'), 'format');
  });
});
