import { describe, it, expect } from '../support/bdd.js';
import * as validators from '../../src/validators/index.js';
import type { ValidatorMessageKey } from '../../src/validators/index.js';

describe('validators index', () => {
  it('re-exports every validator and helper', () => {
    const functions = [
      'checkCnp', 'cnpBirthDate', 'cnpCheckDigit', 'cnpGender', 'cnpWeightedRemainder',
      'checkCui', 'cuiCheckDigit', 'cuiWeightedRemainder',
      'checkIdCardNumber', 'splitIdCard',
      'checkCompanyRegistryNumber', 'registryNumberCheckDigit',
      'checkMobileNumber', 'checkVin', 'checkLicensePlate', 'checkTireDot',
      'isCountyCode', 'countyNumber', 'countyCodeOf',
    ] as const;
    for (const name of functions) expect(validators[name], name).to.be.a('function');
    expect(validators.COUNTY_CODES).to.have.length(42);
  });

  it('lists the message keys a translation table must cover', () => {
    const keys = Object.entries(validators.validatorReasons).flatMap(([name, reasons]) => reasons.map((r) => `${name}.${r}`));
    const sample: ValidatorMessageKey[] = ['cnp.checksum', 'dot.future', 'plate.letters'];
    for (const key of sample) expect(keys).to.include(key);
    expect(keys).to.deep.equal([
      'cnp.format', 'cnp.date', 'cnp.county', 'cnp.serial', 'cnp.checksum',
      'cui.format', 'cui.checksum',
      'idCard.format',
      'registryNumber.format', 'registryNumber.county', 'registryNumber.year', 'registryNumber.checksum',
      'phone.format', 'phone.country',
      'vin.format', 'vin.length', 'vin.letters',
      'plate.format', 'plate.county', 'plate.letters',
      'dot.format', 'dot.week', 'dot.future',
    ]);
  });
});
