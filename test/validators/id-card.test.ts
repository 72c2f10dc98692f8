import { describe, it, expect } from '../support/bdd.js';
import { checkIdCardNumber, idCardReasons, splitIdCard, type IdCardReason } from '../../src/validators/id-card.js';
import { expectFail, expectOk } from './expect-check.js';

describe('checkIdCardNumber', () => {
  it('accepts the RO-IDENTIFIERS.md examples CJ123456 and KX123456', () => {
    expectOk(checkIdCardNumber('CJ123456'), 'CJ123456');
    expectOk(checkIdCardNumber('KX123456'), 'KX123456');
  });

  it('documents exactly the reasons it returns', () => {
    const examples: Record<IdCardReason, string> = { format: 'CJ12345' };
    expect(Object.keys(examples)).to.deep.equal([...idCardReasons]);
    expectFail(checkIdCardNumber(examples.format), 'format');
  });

  it('normalises spaces, dashes and case', () => {
    for (const input of ['cj123456', ' CJ 123 456 ', 'CJ-123456', 'Cj 123-456']) expectOk(checkIdCardNumber(input), 'CJ123456');
  });

  it('does not tie the series to a county: any two letters pass', () => {
    for (const series of ['ZZ', 'RK', 'MZ', 'IZ', 'DP', 'QQ']) expectOk(checkIdCardNumber(`${series}000001`), `${series}000001`);
  });

  it('wants two letters and six digits, nothing else', () => {
    for (const bad of ['', 'C1234567', 'CJ12345', 'CJ1234567', 'CJX123456', '12345678', 'CJ12345A', 'ȘB123456', 'CJ/123456', 'CJ.123.456'])
      expectFail(checkIdCardNumber(bad), 'format');
    expectFail(checkIdCardNumber(undefined as unknown as string), 'format');
  });
});

describe('splitIdCard', () => {
  it('splits a valid number into series and number, normalising first', () => {
    expect(splitIdCard('CJ123456')).to.deep.equal({ series: 'CJ', number: '123456' });
    expect(splitIdCard('kx 012 345')).to.deep.equal({ series: 'KX', number: '012345' });
  });
  it('returns null for an invalid one', () => {
    expect(splitIdCard('CJ12345')).to.equal(null);
  });
});
