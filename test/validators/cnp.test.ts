import fc from 'fast-check';
import { describe, it, expect } from '../support/bdd.js';
import {
  checkCnp,
  cnpBirthDate,
  cnpCheckDigit,
  cnpGender,
  cnpReasons,
  cnpWeightedRemainder,
  type CnpReason,
} from '../../src/validators/cnp.js';
import { expectFail, expectOk } from './expect-check.js';

/** A CNP from its parts with the right check digit. */
function makeCnp(sex: number, yymmdd: string, county: string, serial: string): string {
  const body = `${sex}${yymmdd}${county}${serial}`;
  return body + String(cnpCheckDigit(body));
}

describe('checkCnp: RO-IDENTIFIERS.md vectors', () => {
  it('accepts the valid vectors', () => {
    expectOk(checkCnp('1630615123457'), '1630615123457');
    expectOk(checkCnp('5110102441483'), '5110102441483');
  });
  it('rejects 1630615123458 for its check digit', () => expectFail(checkCnp('1630615123458'), 'checksum'));
  it('rejects 1632215123457 for its date (month 22)', () => expectFail(checkCnp('1632215123457'), 'date'));
  it('rejects 1630615993454 for its county (99)', () => expectFail(checkCnp('1630615993454'), 'county'));
  it('rejects the API docs example 1910716000000 (county 00 is reported before serial 000)', () =>
    expectFail(checkCnp('1910716000000'), 'county'));
});

describe('checkCnp: every reason', () => {
  const examples: Record<CnpReason, string> = {
    format: '163061512345',
    date: '1630230123457',
    county: makeCnp(1, '630615', '00', '123'),
    serial: makeCnp(1, '630615', '12', '000'),
    checksum: '1630615123450',
  };
  it('documents exactly the reasons it returns', () => {
    expect(Object.keys(examples).sort()).to.deep.equal([...cnpReasons].sort());
    for (const [reason, cnp] of Object.entries(examples)) expectFail(checkCnp(cnp), reason);
  });
});

describe('checkCnp: format and normalisation', () => {
  it('strips spaces and dashes', () => {
    expectOk(checkCnp(' 1 630615-123457 '), '1630615123457');
    expectOk(checkCnp('163-06-15-12-345-7'), '1630615123457');
  });
  it('wants exactly 13 digits', () => {
    for (const bad of ['', '163061512345', '16306151234577', '163061512345X', '1630615.23457', '１630615123457'])
      expectFail(checkCnp(bad), 'format');
  });
  it('rejects first digit 0 (no sex/century) as format', () => {
    expectFail(checkCnp(makeCnp(0, '630615', '12', '345')), 'format');
  });
  it('fails non-string input from untyped callers as format instead of throwing', () => {
    expectFail(checkCnp(null as unknown as string), 'format');
    expectFail(checkCnp(1630615123457 as unknown as string), 'format');
  });
});

describe('checkCnp: sex/century digits 1–9', () => {
  const cases: Array<[number, string, 'm' | 'f' | null]> = [
    [1, '1963-06-15', 'm'],
    [2, '1963-06-15', 'f'],
    [3, '1863-06-15', 'm'],
    [4, '1863-06-15', 'f'],
    [5, '2063-06-15', 'm'],
    [6, '2063-06-15', 'f'],
    [7, '1963-06-15', 'm'], // residents: century not encoded, 1900s assumed
    [8, '1963-06-15', 'f'],
    [9, '1963-06-15', null], // foreigners: sex not encoded
  ];
  for (const [sex, date, gender] of cases) {
    it(`${sex} → born ${date}, gender ${gender}`, () => {
      const cnp = makeCnp(sex, '630615', '12', '345');
      expectOk(checkCnp(cnp), cnp);
      expect(cnpBirthDate(cnp)).to.equal(date);
      expect(cnpGender(cnp)).to.equal(gender);
    });
  }
});

describe('checkCnp: dates', () => {
  it('accepts 29 Feb in leap years (2000, 2004, 1804, 1996)', () => {
    for (const cnp of [makeCnp(5, '000229', '12', '345'), makeCnp(6, '040229', '12', '345'), makeCnp(3, '040229', '12', '345'), makeCnp(1, '960229', '12', '345')])
      expectOk(checkCnp(cnp), cnp);
  });
  it('rejects 29 Feb in non-leap years (1900, 1800, 2003, 2100 is out of range anyway)', () => {
    for (const cnp of [makeCnp(1, '000229', '12', '345'), makeCnp(3, '000229', '12', '345'), makeCnp(5, '030229', '12', '345')])
      expectFail(checkCnp(cnp), 'date');
  });
  it('accepts 29 Feb 00 for residents (7–9): real in 2000, the only century it can be', () => {
    const cnp = makeCnp(7, '000229', '12', '345');
    expectOk(checkCnp(cnp), cnp);
    expect(cnpBirthDate(cnp)).to.equal('2000-02-29');
  });
  it('rejects day 0, day 32, month 00, month 13, 31 April', () => {
    for (const d of ['630600', '630632', '630015', '631315', '630431']) expectFail(checkCnp(makeCnp(1, d, '12', '345')), 'date');
  });
  it('rejects a birth date after today only when today is given', () => {
    const cnp = makeCnp(5, '300101', '12', '345'); // 2030-01-01
    expectOk(checkCnp(cnp), cnp);
    expectFail(checkCnp(cnp, { today: '2026-03-01' }), 'date');
    expectOk(checkCnp(cnp, { today: '2030-01-01' }), cnp); // born today
    expectFail(checkCnp(cnp, { today: '2029-12-31' }), 'date');
  });
  it('throws on a malformed today', () => {
    expect(() => checkCnp('1630615123457', { today: '01.03.2026' })).to.throw(RangeError);
  });
});

describe('checkCnp: county and serial', () => {
  it('accepts counties 01–52, 70 and 80–83', () => {
    const counties = [...Array.from({ length: 52 }, (_, i) => i + 1), 70, 80, 81, 82, 83];
    for (const n of counties) {
      const cnp = makeCnp(2, '850101', String(n).padStart(2, '0'), '001');
      expectOk(checkCnp(cnp), cnp);
    }
  });
  it('rejects 00, 53–69, 71–79, 84–99', () => {
    for (let n = 0; n < 100; n++) {
      if ((n >= 1 && n <= 52) || n === 70 || (n >= 80 && n <= 83)) continue;
      expectFail(checkCnp(makeCnp(2, '850101', String(n).padStart(2, '0'), '001')), 'county');
    }
  });
  it('accepts serials 001 and 999, rejects 000', () => {
    expectOk(checkCnp(makeCnp(1, '630615', '12', '001')), makeCnp(1, '630615', '12', '001'));
    expectOk(checkCnp(makeCnp(1, '630615', '12', '999')), makeCnp(1, '630615', '12', '999'));
    expectFail(checkCnp(makeCnp(1, '630615', '12', '000')), 'serial');
  });
});

describe('cnpCheckDigit', () => {
  it('computes Σ digit × 279146358279 mod 11', () => {
    expect(cnpCheckDigit('163061512345')).to.equal(7);
    expect(cnpCheckDigit('511010244148')).to.equal(3);
  });
  it('turns a remainder of 10 into 1', () => {
    expect(cnpWeightedRemainder('163061512349')).to.equal(10);
    expect(cnpCheckDigit('163061512349')).to.equal(1);
    expectOk(checkCnp('1630615123491'), '1630615123491');
  });
  it('throws unless given 12 digits', () => {
    for (const bad of ['', '16306151234', '1630615123457', '16306151234a']) expect(() => cnpCheckDigit(bad), bad).to.throw(RangeError);
  });
  it('has one blind spot: remainders 1 and 10 share check digit 1, so this single-digit change goes unnoticed', () => {
    expect(cnpWeightedRemainder('163061512348')).to.equal(1);
    expectOk(checkCnp('1630615123481'), '1630615123481');
    expectOk(checkCnp('1630615123491'), '1630615123491');
  });
});

describe('cnpBirthDate and cnpGender on bad input', () => {
  it('return null when there is no usable CNP', () => {
    for (const bad of ['', 'abc', '163061512345', makeCnp(0, '630615', '12', '345')]) {
      expect(cnpBirthDate(bad), bad).to.equal(null);
      expect(cnpGender(bad), bad).to.equal(null);
    }
    expect(cnpBirthDate('1632215123457')).to.equal(null); // no such date
  });
  it('read through separators and ignore the check digit (prefill while typing)', () => {
    expect(cnpBirthDate('1 630615 123458')).to.equal('1963-06-15');
    expect(cnpGender('2-630615-123458')).to.equal('f');
  });
});

// ---- property tests --------------------------------------------------------

const CENTURY_OF_SEX = [0, 1900, 1900, 1800, 1800, 2000, 2000, 1900, 1900, 1900];
const COUNTIES = [...Array.from({ length: 52 }, (_, i) => i + 1), 70, 80, 81, 82, 83];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A valid CNP with the birth date and gender it encodes. */
const validCnp = fc
  .record({
    sex: fc.integer({ min: 1, max: 9 }),
    yy: fc.integer({ min: 0, max: 99 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    county: fc.constantFrom(...COUNTIES),
    serial: fc.integer({ min: 1, max: 999 }),
  })
  .map(({ sex, yy, month, day, county, serial }) => {
    const year = CENTURY_OF_SEX[sex]! + yy;
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const d = Math.min(day, lastDay);
    const cnp = makeCnp(sex, `${pad(yy)}${pad(month)}${pad(d)}`, pad(county), pad(serial, 3));
    const gender = sex === 9 ? null : sex % 2 === 1 ? 'm' : 'f';
    return { cnp, birth: `${year}-${pad(month)}-${pad(d)}`, gender };
  });

describe('checkCnp: properties', () => {
  it('accepts every generated valid CNP, with the date and gender it encodes', () => {
    fc.assert(
      fc.property(validCnp, ({ cnp, birth, gender }) => {
        expectOk(checkCnp(cnp), cnp);
        expectOk(checkCnp(cnp, { today: '2099-12-31' }), cnp);
        expect(cnpBirthDate(cnp)).to.equal(birth);
        expect(cnpGender(cnp)).to.equal(gender);
      }),
      { numRuns: 500 },
    );
  });

  it('catches any change of a single digit, except the documented 1 ↔ 10 remainder collision', () => {
    fc.assert(
      fc.property(validCnp, fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 9 }), ({ cnp }, pos, delta) => {
        const digit = (Number(cnp[pos]) + delta) % 10;
        const changed = cnp.slice(0, pos) + digit + cnp.slice(pos + 1);
        const result = checkCnp(changed);
        if (result.ok) {
          // Only possible in the body, and only when the weighted sums land on 1 and 10.
          expect(pos).to.be.below(12);
          const pair = [cnpWeightedRemainder(cnp.slice(0, 12)), cnpWeightedRemainder(changed.slice(0, 12))].sort((a, b) => a - b);
          expect(pair).to.deep.equal([1, 10]);
        } else {
          expect(cnpReasons).to.include(result.reason);
        }
        if (pos === 12) expectFail(result, 'checksum');
      }),
      { numRuns: 500 },
    );
  });

  it('catches every single-digit change when the check digit is not 1', () => {
    fc.assert(
      fc.property(
        validCnp.filter(({ cnp }) => cnp[12] !== '1'),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 1, max: 9 }),
        ({ cnp }, pos, delta) => {
          const changed = cnp.slice(0, pos) + ((Number(cnp[pos]) + delta) % 10) + cnp.slice(pos + 1);
          expect(checkCnp(changed).ok, changed).to.equal(false);
        },
      ),
      { numRuns: 500 },
    );
  });
});
