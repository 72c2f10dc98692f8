import { describe, it, expect } from '../support/bdd.js';
import { checkVin, vinReasons, type VinReason } from '../../src/validators/vin.js';
import { expectFail, expectOk } from './expect-check.js';

const MODERN = 'WVWZZZ1JZXW000001'; // 17 characters, no I/O/Q
const WITH_O = 'WP0ZZZ99ZTS39212O'; // 17 characters ending in the letter O

describe('checkVin', () => {
  it('documents exactly the reasons it returns', () => {
    const examples: Record<VinReason, string> = { format: 'WVWZZZ1JZXW00000_', length: 'AB12', letters: WITH_O };
    expect(Object.keys(examples).sort()).to.deep.equal([...vinReasons].sort());
    for (const [reason, input] of Object.entries(examples)) expectFail(checkVin(input), reason);
  });

  it('accepts a 17-character VIN and normalises case, spaces and dashes', () => {
    expectOk(checkVin(MODERN), MODERN);
    expectOk(checkVin(MODERN, 2020), MODERN);
    expectOk(checkVin('wvw zzz 1jz-xw000001'), MODERN);
  });

  it('accepts 5–17 characters (old vehicles have short chassis numbers)', () => {
    expectOk(checkVin('AB123'), 'AB123');
    expectOk(checkVin('AB123', 1975), 'AB123');
    expectFail(checkVin('AB12'), 'length');
    expectFail(checkVin(`${MODERN}1`), 'length');
    expectFail(checkVin(''), 'length');
  });

  it('rejects anything but letters and digits', () => {
    for (const bad of ['WVWZZZ1JZXW00000_', 'WVWZZZ1JZXW0000.1', 'WVWZZZ1JZXW0000Ă', 'WVW/ZZZ1JZXW00001']) expectFail(checkVin(bad), 'format');
    expectFail(checkVin(null as unknown as string), 'length'); // treated as ''
  });

  it('rejects I, O and Q for vehicles built after 1981', () => {
    for (const vin of [WITH_O, 'WP0ZZZ99ZTS39212I', 'WP0ZZZ99ZTS39212Q']) {
      expectFail(checkVin(vin, 1982), 'letters');
      expectFail(checkVin(vin, 2024), 'letters');
    }
    expectFail(checkVin('OLD12', 1990), 'letters'); // short, but the year says modern
  });

  it('allows I, O and Q for vehicles built in or before 1981', () => {
    expectOk(checkVin(WITH_O, 1981), WITH_O);
    expectOk(checkVin(WITH_O, 1960), WITH_O);
    expectOk(checkVin('OLDQI12', 1970), 'OLDQI12');
  });

  it('without a year applies the I/O/Q rule only to 17-character VINs', () => {
    expectFail(checkVin(WITH_O), 'letters');
    expectOk(checkVin('OLDQI12'), 'OLDQI12');
    expectOk(checkVin('WP0ZZZ99ZTS39212', undefined), 'WP0ZZZ99ZTS39212'); // 16 characters, 0 digits only
    expectOk(checkVin('OLDQI12', Number.NaN), 'OLDQI12'); // an unparsable year counts as unknown
  });

  it('never checks the North-American position-9 check digit', () => {
    expectOk(checkVin('1M8GDM9AXKP042788'), '1M8GDM9AXKP042788'); // correct check digit X
    expectOk(checkVin('1M8GDM9A1KP042788'), '1M8GDM9A1KP042788'); // wrong one, still accepted
    expectOk(checkVin(MODERN, 2015), MODERN); // European: position 9 is just Z
  });
});
