import { describe, it, expect } from '../support/bdd.js';
import { checkTireDot, tireDotReasons, type TireDotReason } from '../../src/validators/tire-dot.js';
import { expectFail, expectOk } from './expect-check.js';

describe('checkTireDot', () => {
  it('documents exactly the reasons it returns', () => {
    const examples: Record<TireDotReason, [string, string | undefined]> = {
      format: ['371', undefined],
      week: ['5419', undefined],
      future: ['0127', '2026-03-01'],
    };
    expect(Object.keys(examples).sort()).to.deep.equal([...tireDotReasons].sort());
    for (const [reason, [input, today]] of Object.entries(examples))
      expectFail(checkTireDot(input, today === undefined ? {} : { today }), reason);
  });

  it('accepts the product docs example 3719 and ignores spaces and dashes', () => {
    expectOk(checkTireDot('3719'), '3719');
    expectOk(checkTireDot(' 37 19 '), '3719');
    expectOk(checkTireDot('37-19'), '3719');
  });

  it('takes weeks 01–53, not 00 or 54+', () => {
    expectOk(checkTireDot('0119'), '0119');
    expectOk(checkTireDot('5319'), '5319');
    for (const bad of ['0019', '0000', '5419', '9919']) expectFail(checkTireDot(bad), 'week');
  });

  it('wants exactly 4 digits', () => {
    for (const bad of ['', '371', '37190', 'AB19', '37/19', '37.19', '３７１９']) expectFail(checkTireDot(bad), 'format');
    expectFail(checkTireDot(3719 as unknown as string), 'format');
  });

  it('with today, rejects a code after the current ISO week', () => {
    const today = '2026-01-05'; // Monday of 2026-W02
    expectOk(checkTireDot('0126', { today }), '0126');
    expectOk(checkTireDot('0226', { today }), '0226');
    expectFail(checkTireDot('0326', { today }), 'future');
    expectFail(checkTireDot('0127', { today }), 'future');
    expectOk(checkTireDot('5325', { today }), '5325');
  });

  it('uses the ISO week-year across New Year', () => {
    const today = '2025-12-29'; // already 2026-W01
    expectOk(checkTireDot('0126', { today }), '0126');
    expectFail(checkTireDot('0226', { today }), 'future');
    expectOk(checkTireDot('5225', { today }), '5225');
  });

  it('does not check the future without today', () => {
    expectOk(checkTireDot('0199'), '0199');
  });

  it('throws on a malformed today', () => {
    expect(() => checkTireDot('3719', { today: '2026/01/05' })).to.throw(RangeError);
  });
});
