import fc from 'fast-check';
import { describe, it, expect } from '../support/bdd.js';
import { checkCui, cuiCheckDigit, cuiReasons, cuiWeightedRemainder, type CuiReason } from '../../src/validators/cui.js';
import { expectFail, expectOk } from './expect-check.js';

describe('checkCui: RO-IDENTIFIERS.md vectors', () => {
  it('accepts 18547290 and RO18547290', () => {
    expectOk(checkCui('18547290'), '18547290');
    expectOk(checkCui('RO18547290'), '18547290');
  });
  it('rejects 18547291 for its check digit', () => expectFail(checkCui('18547291'), 'checksum'));
  it('accepts the Casco docs example RO123456789: a valid CUI (the docs misuse it as an individual\'s tax id)', () =>
    expectOk(checkCui('RO123456789'), '123456789'));
});

describe('checkCui: every reason', () => {
  const examples: Record<CuiReason, string> = { format: '018547290', checksum: '18547291' };
  it('documents exactly the reasons it returns', () => {
    expect(Object.keys(examples).sort()).to.deep.equal([...cuiReasons].sort());
    for (const [reason, cui] of Object.entries(examples)) expectFail(checkCui(cui), reason);
  });
});

describe('checkCui: normalisation and format', () => {
  it('strips spaces and dashes, upper-cases and drops the RO prefix', () => {
    for (const input of [' 18547290 ', 'ro18547290', 'Ro 18547290', 'RO-18547290', '18 547 290', '1854-7290'])
      expectOk(checkCui(input), '18547290');
  });
  it('accepts 2 and 10 digits, rejects 1 and 11', () => {
    expectOk(checkCui('19'), '19'); // body 1 → check digit 9
    expectOk(checkCui('1234567897'), '1234567897');
    expectFail(checkCui('1'), 'format');
    expectFail(checkCui('12345678975'), 'format');
  });
  it('rejects a leading zero, letters, a bare or doubled prefix, other prefixes', () => {
    for (const bad of ['', 'RO', '018547290', 'RO018547290', '1854729O', 'RORO18547290', 'BG18547290', '18547290RO', '18.547.290'])
      expectFail(checkCui(bad), 'format');
  });
  it('fails non-string input as format', () => expectFail(checkCui(undefined as unknown as string), 'format'));
});

describe('cuiCheckDigit', () => {
  it('pads the body to 9 digits and weights it 753217532, ×10 mod 11 mod 10', () => {
    expect(cuiCheckDigit('1854729')).to.equal(0);
    expect(cuiCheckDigit('1')).to.equal(9);
    expect(cuiCheckDigit('123456789')).to.equal(7);
  });
  it('turns a remainder of 10 into 0', () => {
    expect(cuiWeightedRemainder('1854729')).to.equal(10);
    expect(cuiCheckDigit('1854729')).to.equal(0);
  });
  it('throws unless given 1–9 digits', () => {
    for (const bad of ['', '1234567890', '12a']) expect(() => cuiCheckDigit(bad), bad).to.throw(RangeError);
  });
  it('has one blind spot: remainders 0 and 10 share check digit 0, so some single-digit changes go unnoticed', () => {
    // 18547290 (the doc's own vector) and 12547290 are both valid.
    expect(cuiWeightedRemainder('1254729')).to.equal(0);
    expectOk(checkCui('12547290'), '12547290');
  });
});

// ---- property tests --------------------------------------------------------

/** A valid CUI: 1–9 body digits without a leading zero, then the computed check digit. */
const validCui = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 8 }))
  .map(([first, rest]) => {
    const body = [first, ...rest].join('');
    return body + String(cuiCheckDigit(body));
  });

describe('checkCui: properties', () => {
  it('accepts every generated valid CUI, with or without RO and separators', () => {
    fc.assert(
      fc.property(validCui, fc.constantFrom('', 'RO', 'ro', 'RO ', 'RO-'), (cui, prefix) => {
        expectOk(checkCui(cui), cui);
        expectOk(checkCui(prefix + cui), cui);
        expectOk(checkCui(cui.split('').join(' ')), cui);
      }),
      { numRuns: 500 },
    );
  });

  it('catches any change of a single digit, except the documented 0 ↔ 10 remainder collision', () => {
    fc.assert(
      fc.property(validCui, fc.nat(), fc.integer({ min: 1, max: 9 }), (cui, at, delta) => {
        const pos = at % cui.length;
        const digit = (Number(cui[pos]) + delta) % 10;
        const changed = cui.slice(0, pos) + digit + cui.slice(pos + 1);
        const result = checkCui(changed);
        if (pos === 0 && digit === 0) expectFail(result, 'format');
        else if (pos === cui.length - 1) expectFail(result, 'checksum');
        else if (result.ok) {
          const pair = [cuiWeightedRemainder(cui.slice(0, -1)), cuiWeightedRemainder(changed.slice(0, -1))].sort((a, b) => a - b);
          expect(pair).to.deep.equal([0, 10]);
        } else expect(result.reason).to.equal('checksum');
      }),
      { numRuns: 500 },
    );
  });

  it('catches every single-digit change when the check digit is not 0', () => {
    fc.assert(
      fc.property(validCui.filter((cui) => !cui.endsWith('0')), fc.nat(), fc.integer({ min: 1, max: 9 }), (cui, at, delta) => {
        const pos = at % cui.length;
        const changed = cui.slice(0, pos) + ((Number(cui[pos]) + delta) % 10) + cui.slice(pos + 1);
        expect(checkCui(changed).ok, changed).to.equal(false);
      }),
      { numRuns: 500 },
    );
  });
});
