import { describe, it, expect } from '../support/bdd.js';
import {
  checkCompanyRegistryNumber,
  companyRegistryNumberReasons,
  registryNumberCheckDigit,
  type CompanyRegistryNumberReason,
} from '../../src/validators/registry-number.js';
import { expectFail, expectOk } from './expect-check.js';

const today = '2026-03-01';
const check = (input: string) => checkCompanyRegistryNumber(input, { today });
/** A new-format number from its first 13 characters with the right check digit. */
const withCheckDigit = (first13: string) => first13 + String(registryNumberCheckDigit(first13));

describe('checkCompanyRegistryNumber: RO-IDENTIFIERS.md vectors', () => {
  it('accepts the old-format J52/750/2012 and J12/1403/2004', () => {
    expectOk(check('J52/750/2012'), 'J52/750/2012');
    expectOk(check('J12/1403/2004'), 'J12/1403/2004');
  });
  it('accepts the new-format J2012000750528 and J2016012984401', () => {
    expectOk(check('J2012000750528'), 'J2012000750528');
    expectOk(check('J2016012984401'), 'J2016012984401');
  });
  it('rejects J2012000750529 for its check digit', () => expectFail(check('J2012000750529'), 'checksum'));
  it('rejects J2024000123456 (county 45; its check digit is wrong too)', () => {
    expectFail(check('J2024000123456'), 'county');
    expect(registryNumberCheckDigit('J202400012345')).to.not.equal(6);
  });
});

describe('checkCompanyRegistryNumber: every reason', () => {
  const examples: Record<CompanyRegistryNumberReason, string> = {
    format: 'X52/750/2012',
    county: 'J41/750/2012',
    year: 'J52/750/1989',
    checksum: 'J2012000750529',
  };
  it('documents exactly the reasons it returns', () => {
    expect(Object.keys(examples).sort()).to.deep.equal([...companyRegistryNumberReasons].sort());
    for (const [reason, input] of Object.entries(examples)) expectFail(check(input), reason);
  });
});

describe('checkCompanyRegistryNumber: old format', () => {
  it('accepts the company kinds J, F and C', () => {
    for (const letter of ['J', 'F', 'C']) expectOk(check(`${letter}40/12345/2005`), `${letter}40/12345/2005`);
  });
  it('normalises case, separators, a one-digit county and a full certificate date', () => {
    expectOk(check('j52/750/2012'), 'J52/750/2012');
    expectOk(check(' J 52 / 750 / 2012 '), 'J52/750/2012');
    expectOk(check('J52-750-2012'), 'J52/750/2012');
    expectOk(check('J52\\750\\2012'), 'J52/750/2012');
    expectOk(check('J/52/750/2012'), 'J52/750/2012');
    expectOk(check('J5/123/2001'), 'J05/123/2001');
    expectOk(check('J52/750/22.11.2012'), 'J52/750/2012');
  });
  it('accepts counties 1–40, 51, 52 and rejects the rest', () => {
    for (let n = 0; n <= 99; n++) {
      const result = check(`J${String(n).padStart(2, '0')}/750/2012`);
      if ((n >= 1 && n <= 40) || n === 51 || n === 52) expect(result.ok, String(n)).to.equal(true);
      else expectFail(result, 'county');
    }
  });
  it('takes a serial of 1–5 digits', () => {
    expectOk(check('J40/1/2005'), 'J40/1/2005');
    expectOk(check('J40/99999/2005'), 'J40/99999/2005');
    expectFail(check('J40/100000/2005'), 'format');
    expectFail(check('J40//2005'), 'format');
  });
  it('takes years 1990–2024 only (the old format ended in 2024)', () => {
    expectOk(check('J40/1/1990'), 'J40/1/1990');
    expectOk(check('J40/1/2024'), 'J40/1/2024');
    expectFail(check('J40/1/1989'), 'year');
    expectFail(check('J40/1/2025'), 'year');
    expectFail(check('J40/1/12'), 'format');
  });
  it('rejects other shapes', () => {
    for (const bad of ['', 'J', 'J52', 'J52/750', 'J52/750/2012/1', 'JJ52/750/2012', 'J520/750/2012', '52/750/2012', 'J52/7a0/2012'])
      expectFail(check(bad), 'format');
    expectFail(checkCompanyRegistryNumber(null as unknown as string), 'format');
  });
});

describe('checkCompanyRegistryNumber: new 14-character format', () => {
  it('computes the check digit from the letter (J 4, F 0, C 7) and the 12 digits', () => {
    expect(registryNumberCheckDigit('J201200075052')).to.equal(8);
    expect(registryNumberCheckDigit('F201200075052')).to.equal(4);
    expect(registryNumberCheckDigit('C201200075052')).to.equal(1);
    expect(() => registryNumberCheckDigit('J20120007505')).to.throw(RangeError);
  });
  it('accepts F and C companies too; rejects other letters', () => {
    expectOk(check('F2012000750524'), 'F2012000750524');
    expectOk(check('C2012000750521'), 'C2012000750521');
    expectFail(check('X2012000750528'), 'format');
  });
  it('ignores spaces and dashes and upper-cases', () => {
    expectOk(check('j 2012 000750 52 8'), 'J2012000750528');
    expectOk(check('J2012-000750-52-8'), 'J2012000750528');
  });
  it('needs a county before 2024, county or 00 in 2024, 00 after 2024', () => {
    expectOk(check(withCheckDigit('J202300012312')), withCheckDigit('J202300012312'));
    expectFail(check(withCheckDigit('J202300012300')), 'county');
    expectOk(check(withCheckDigit('J202400012312')), withCheckDigit('J202400012312'));
    expectOk(check(withCheckDigit('J202400012300')), withCheckDigit('J202400012300'));
    expectFail(check(withCheckDigit('J202400012341')), 'county');
    expectOk(check(withCheckDigit('J202500012300')), withCheckDigit('J202500012300'));
    expectFail(check(withCheckDigit('J202500012312')), 'county');
  });
  it('takes years 1990 up to the current year', () => {
    expectOk(check(withCheckDigit('J199000012312')), withCheckDigit('J199000012312'));
    expectFail(check(withCheckDigit('J198900012312')), 'year');
    expectOk(check(withCheckDigit('J202600012300')), withCheckDigit('J202600012300'));
    expectFail(check(withCheckDigit('J202700012300')), 'year');
    expectOk(checkCompanyRegistryNumber(withCheckDigit('J202700012300'), { today: '2027-01-01' }), withCheckDigit('J202700012300'));
  });
  it('uses the device clock when no today is given', () => {
    expectOk(checkCompanyRegistryNumber('J2012000750528'), 'J2012000750528');
    const nextYear = String(new Date().getFullYear() + 1);
    expectFail(checkCompanyRegistryNumber(withCheckDigit(`J${nextYear}00012300`)), 'year');
  });
  it('rejects 13 or 15 characters', () => {
    expectFail(check('J201200075052'), 'format');
    expectFail(check('J20120007505288'), 'format');
  });
});
