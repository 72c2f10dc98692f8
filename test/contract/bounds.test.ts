/**
 * Issue 9, point 4: every date and number the contract accepts is one the
 * insurer can compute with. Dates lie within 1900–2100 (and each product's
 * own window); terms, counts, areas, codes and amounts have maxima, the
 * documented ones or sane ones where the docs give none. Each bound: its edge
 * passes, one past it is a field error naming the bound.
 */
import { describe, expect, it } from '../support/bdd.js';
import { FIRST_DAY, LAST_DAY, MAX_AMOUNT_RON, MAX_TERM_MONTHS } from '../../src/contract/fields.js';
import { payment, policyRequest } from '../../src/contract/policy.js';
import {
  company,
  electronicsBody,
  extendedWarrantyBody,
  foreigner,
  gapBody,
  houseAssistanceBody,
  solarPanelBody,
  tireBody,
  tireFleetBody,
} from '../support/fixtures.js';
import { DAY, at, errorsOf, expectBroken, expectError, expectSchemaBroken, parses, passes, type Body } from './support.js';

const on = (fn: () => void) => () => at(DAY, fn);
const YESTERDAY = '2026-02-28';
const WINDOW = { min: FIRST_DAY, max: LAST_DAY };

/** A fixture body with `patch` applied at a dotted path (`gap.vehicle.seats`). */
function withValue(body: Body, path: string, value: unknown): Body {
  const keys = path.split('.');
  const parent = keys.slice(0, -1).reduce((o, k) => o[k], body);
  parent[keys[keys.length - 1]!] = value;
  return body;
}

describe('bounds: dates lie within 1900–2100', () => {
  it('a date with no rule of its own: both ends pass, beyond them is refused with the window', on(() => {
    passes(withValue(gapBody(), 'gap.startDate', FIRST_DAY));
    passes(withValue(gapBody(), 'gap.startDate', LAST_DAY));
    for (const date of ['1899-12-31', '2101-01-01', '9999-12-31', '0100-01-01'])
      expectBroken(withValue(gapBody(), 'gap.startDate', date), 'gap.startDate', 'date.between', WINDOW);
  }));

  it('a window open on one side is closed by the calendar window, and the message names both ends', on(() => {
    // tireFleet: from today, no documented end.
    expectBroken(withValue(tireFleetBody(), 'tireFleet.startDate', '9999-12-31'), 'tireFleet.startDate', 'date.between', { min: DAY, max: LAST_DAY });
    // A first registration: not after today, no documented start.
    expectBroken(withValue(extendedWarrantyBody(), 'extendedWarranty.vehicle.firstRegistration', '1899-12-31'), 'extendedWarranty.vehicle.firstRegistration', 'date.between', { min: FIRST_DAY, max: DAY });
    // Outside a documented window, the documented window is what the message says.
    expectBroken(withValue(tireBody(), 'tire.startDate', '9999-12-31'), 'tire.startDate', 'date.between', { min: DAY, max: '2026-04-30' });
  }));

  it('a date inside a person: an ID card issue date and a foreigner’s birth date', on(() => {
    expectBroken(withValue(tireBody(), 'policyholder.identification.issueDate', '0999-01-01'), 'policyholder.identification.issueDate', 'date.between', WINDOW);
    const born = (date: string) => ({ ...tireBody(), policyholder: { ...foreigner(), birthdate: date } });
    passes(born(FIRST_DAY));
    expectBroken(born('1899-12-31'), 'policyholder.birthdate', 'date.between', { min: FIRST_DAY, max: YESTERDAY });
    expectBroken(born(DAY), 'policyholder.birthdate', 'date.past');
    expectBroken(born('1985-02-30'), 'policyholder.birthdate', 'date.format');
  }));

  it('a payment date', on(() => {
    const valid = { method: 'pos', currency: 'RON', amount: 100, date: DAY, documentNumber: 'X-1' };
    expectSchemaBroken(payment, { ...valid, date: '1899-12-31' }, 'date', 'date.between', { min: FIRST_DAY, max: DAY });
  }));
});

describe('bounds: every number has a maximum', () => {
  const cases: { name: string; body: () => Body; path: string; max: number; errorPath?: string }[] = [
    { name: 'tyre rim size (tire)', body: tireBody, path: 'tire.tireWidth', max: 30 },
    { name: 'tyre rim size (tireFleet)', body: tireFleetBody, path: 'tireFleet.vehicles.0.tireWidth', max: 30 },
    { name: 'tyre price (tireFleet)', body: tireFleetBody, path: 'tireFleet.vehicles.0.purchasePrice', max: MAX_AMOUNT_RON },
    { name: 'device price (electronics)', body: electronicsBody, path: 'electronics.purchasePrice', max: MAX_AMOUNT_RON },
    { name: 'term (extendedWarranty)', body: extendedWarrantyBody, path: 'extendedWarranty.termTime', max: MAX_TERM_MONTHS },
    { name: 'engine power (extendedWarranty)', body: extendedWarrantyBody, path: 'extendedWarranty.vehicle.enginePower', max: 2000 },
    { name: 'gross weight (gap)', body: gapBody, path: 'gap.vehicle.totalWeight', max: 50_000 },
    { name: 'seats (gap)', body: gapBody, path: 'gap.vehicle.seats', max: 100 },
    { name: 'term (houseAssistance)', body: houseAssistanceBody, path: 'houseAssistance.termTime', max: MAX_TERM_MONTHS },
    { name: 'built area (houseAssistance)', body: houseAssistanceBody, path: 'houseAssistance.builtArea', max: 10_000 },
    { name: 'panel count (solarPanel)', body: solarPanelBody, path: 'solarPanel.solarPanelItems.0.count', max: 10_000 },
    { name: 'SIRUTA code', body: tireBody, path: 'policyholder.address.cityCode', max: 999_999 },
    { name: 'CAEN code', body: () => ({ ...tireBody(), policyholder: company() }), path: 'policyholder.caenCode', max: 9999 },
  ];
  for (const c of cases) {
    it(`${c.name}: ${c.max} at most`, on(() => {
      const atMax = withValue(c.body(), c.path, c.max);
      // The sandbox's register knows no SIRUTA code or rim of the maximum; the contract itself accepts them.
      passes(atMax);
      expectBroken(withValue(c.body(), c.path, c.max + 1), c.path, 'max', { max: c.max });
      expectBroken(withValue(c.body(), c.path, 1e308), c.path, 'max', { max: c.max });
    }));
  }

  it('lists: vehicles of a fleet, solar items, house packages', on(() => {
    const fleet = (n: number) => tireFleetBody(n);
    passes(fleet(1000));
    expectBroken(fleet(1001), 'tireFleet.vehicles', 'maxItems', { max: 1000 });
    const solar = (n: number): Body => {
      const b: Body = solarPanelBody();
      b.solarPanel.solarPanelItems = Array.from({ length: n }, () => structuredClone(b.solarPanel.solarPanelItems[0]));
      return b;
    };
    passes(solar(100));
    expectBroken(solar(101), 'solarPanel.solarPanelItems', 'maxItems', { max: 100 });
    expectBroken(withValue(houseAssistanceBody(), 'additionalData.packageCodes', Array(11).fill('basic')), 'additionalData.packageCodes', 'maxItems', { max: 10 });
  }));

  it('electronics: a price under 1 RON would be a premium of no ban', on(() => {
    passes(withValue(electronicsBody(), 'electronics.purchasePrice', 1));
    expectBroken(withValue(electronicsBody(), 'electronics.purchasePrice', 0.5), 'electronics.purchasePrice', 'min', { min: 1 });
    expectBroken(withValue(electronicsBody(), 'electronics.purchasePrice', 5e-324), 'electronics.purchasePrice', 'min', { min: 1 });
  }));

  it('solarPanel: 72 months at most even before the items can be read; a null item is its own error', on(() => {
    const b: Body = solarPanelBody();
    b.solarPanel.termTime = 1200;
    b.solarPanel.solarPanelItems = [null];
    const errors = errorsOf(b);
    expectError(errors, 'solarPanel.termTime', 'term.max', { max: 72 });
    expectError(errors, 'solarPanel.solarPanelItems.0', 'required');
  }));

  it('the policy request: amount and offer id', on(() => {
    const valid = { method: 'pos', currency: 'RON', amount: MAX_AMOUNT_RON, date: DAY, documentNumber: 'X-1' };
    parses(payment, valid);
    expectSchemaBroken(payment, { ...valid, amount: MAX_AMOUNT_RON + 1 }, 'amount', 'max', { max: MAX_AMOUNT_RON });
    parses(policyRequest, { offerId: Number.MAX_SAFE_INTEGER, payment: valid });
    expectSchemaBroken(policyRequest, { offerId: 1e20, payment: valid }, 'offerId', 'max', { max: Number.MAX_SAFE_INTEGER });
  }));
});

describe('bounds: a value that cannot become text is a field error, not a crash', () => {
  // JSON can say {"toString": null}: String(), Number(), < and zod's length checks would throw on it.
  const poison = () => ({ toString: null, valueOf: null });
  const cases: { name: string; body: () => Body; path: string }[] = [
    { name: 'a GAP vehicle’s year (read for its VIN)', body: gapBody, path: 'gap.vehicle.yearOfConstruction' },
    { name: 'a GAP licence plate’s length', body: gapBody, path: 'gap.vehicle.licensePlate' },
    { name: 'the solar items’ length', body: solarPanelBody, path: 'solarPanel.solarPanelItems' },
    { name: 'a fleet’s length', body: tireFleetBody, path: 'tireFleet.vehicles' },
    { name: 'a fleet tyre’s DOT', body: tireFleetBody, path: 'tireFleet.vehicles.0.dot' },
    { name: 'a foreigner’s nationality', body: () => ({ ...tireBody(), policyholder: foreigner() }), path: 'policyholder.nationality' },
    { name: 'a foreigner’s birth date', body: () => ({ ...tireBody(), policyholder: foreigner() }), path: 'policyholder.birthdate' },
  ];
  for (const c of cases) {
    it(c.name, on(() => {
      for (const value of [poison(), { length: poison() }]) {
        const errors = errorsOf(withValue(c.body(), c.path, value));
        expect(errors.map((e) => e.path), JSON.stringify(errors)).to.include(c.path);
      }
    }));
  }
});
