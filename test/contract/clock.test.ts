import { describe, it, expect } from '../support/bdd.js';
import {
  addDays,
  addMonths,
  addYears,
  coverEndDate,
  fullYearsBetween,
  now,
  parseIsoDate,
  setClock,
  thisYear,
  today,
} from '../../src/contract/clock.js';
import { digitalProtectionBody, extendedWarrantyBody, gapBody, tireBody } from '../support/fixtures.js';
import { at, expectBroken, passes, type Body } from './support.js';

describe('clock: "today" is the calendar day in Europe/Bucharest', () => {
  it('setClock replaces the clock and returns a restore function', () => {
    const fixed = new Date('2026-03-01T10:00:00Z');
    const restore = setClock(() => fixed);
    try {
      expect(today()).to.equal('2026-03-01');
      expect(now()).to.equal(fixed);
      const inner = setClock(() => new Date('2030-06-15T10:00:00Z'));
      expect(today()).to.equal('2030-06-15');
      inner();
      expect(today()).to.equal('2026-03-01');
    } finally {
      restore();
    }
    expect(now()).to.not.equal(fixed);
  });

  it('22:30 UTC on 1 March is already 2 March in Bucharest (UTC+2 in winter)', () => {
    at('2026-03-01T22:30:00Z', () => expect(today()).to.equal('2026-03-02'));
    at('2026-03-01T21:59:59Z', () => expect(today()).to.equal('2026-03-01'));
    at('2026-03-01T22:00:00Z', () => expect(today()).to.equal('2026-03-02'));
  });

  it('in summer Bucharest is UTC+3: the day turns at 21:00 UTC', () => {
    at('2026-07-01T20:59:59Z', () => expect(today()).to.equal('2026-07-01'));
    at('2026-07-01T21:00:00Z', () => expect(today()).to.equal('2026-07-02'));
  });

  it('thisYear() turns with Bucharest’s new year', () => {
    at('2026-12-31T21:59:59Z', () => expect(thisYear()).to.equal(2026));
    at('2026-12-31T22:30:00Z', () => expect(thisYear()).to.equal(2027));
  });
});

describe('clock: date rules follow Bucharest at midnight', () => {
  // 22:30 UTC on 1 March: 2 March in Bucharest, still 1 March in UTC and in London.
  const LATE = '2026-03-01T22:30:00Z';

  it('tire startDate: 1 March is yesterday there, so refused; 2 March is today, so fine', () =>
    at(LATE, () => {
      const b: Body = tireBody();
      b.tire.startDate = '2026-03-01';
      expectBroken(b, 'tire.startDate', 'date.between', { min: '2026-03-02', max: '2026-05-01' });
      b.tire.startDate = '2026-03-02';
      passes(b);
    }));

  it('tire purchaseDate: 2 March is not in the future there', () =>
    at(LATE, () => {
      const b: Body = tireBody();
      b.tire.purchaseDate = '2026-03-02';
      passes(b);
    }));

  it('digitalProtection startDate: tomorrow is 3 March there', () =>
    at(LATE, () => {
      const b: Body = digitalProtectionBody();
      b.digitalProtection.startDate = '2026-03-02';
      expectBroken(b, 'digitalProtection.startDate', 'date.between', { min: '2026-03-03', max: '2026-05-01' });
      b.digitalProtection.startDate = '2026-03-03';
      passes(b);
    }));

  it('year of construction: on 31 December at 22:30 UTC next year’s car is no longer in the future', () => {
    at('2026-12-31T22:30:00Z', () => {
      const gap: Body = gapBody();
      gap.gap.vehicle.yearOfConstruction = 2027;
      passes(gap);
      const ew: Body = extendedWarrantyBody();
      ew.extendedWarranty.vehicle.yearOfConstruction = '2027';
      passes(ew);
      // …and the 7-year window moves with it: 2020 is the oldest.
      ew.extendedWarranty.vehicle.yearOfConstruction = '2019';
      expectBroken(ew, 'extendedWarranty.vehicle.yearOfConstruction', 'vehicle.tooOld', { min: '2020' });
    });
    at('2026-12-31T21:00:00Z', () => {
      const gap: Body = gapBody();
      gap.gap.vehicle.yearOfConstruction = 2027;
      expectBroken(gap, 'gap.vehicle.yearOfConstruction', 'vehicle.futureYear');
    });
  });

  it('a year before the first car is refused, written as a year', () =>
    at('2026-03-01', () => {
      const gap: Body = gapBody();
      gap.gap.vehicle.yearOfConstruction = 1885;
      gap.gap.vehicle.vin = 'ABCDE';
      const e = expectBroken(gap, 'gap.vehicle.yearOfConstruction', 'min', { min: '1886' });
      expect(e.message.en).to.equal('Enter at least 1886.');
      expect(e.message.ro).to.equal('Introduceți cel puțin 1886.');
    }));
});

describe('clock: calendar helpers', () => {
  it('parseIsoDate accepts real days only', () => {
    expect(parseIsoDate('2024-02-29')?.toISOString()).to.equal('2024-02-29T00:00:00.000Z');
    expect(parseIsoDate('2026-02-29')).to.equal(null);
    expect(parseIsoDate('2026-13-01')).to.equal(null);
    expect(parseIsoDate('2026-3-1')).to.equal(null);
    expect(parseIsoDate('')).to.equal(null);
  });

  it('addDays crosses months and years', () => {
    expect(addDays('2026-03-01', 60)).to.equal('2026-04-30');
    expect(addDays('2026-03-01', -1)).to.equal('2026-02-28');
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
  });

  it('addMonths clamps to the month’s last day; addYears from 29 February', () => {
    expect(addMonths('2024-01-31', 1)).to.equal('2024-02-29');
    expect(addMonths('2026-01-31', 1)).to.equal('2026-02-28');
    expect(addMonths('2026-03-01', -24)).to.equal('2024-03-01');
    expect(addYears('2024-02-29', 1)).to.equal('2025-02-28');
    expect(addYears('2026-03-01', -2)).to.equal('2024-03-01');
  });

  it('fullYearsBetween counts whole years as an age', () => {
    expect(fullYearsBetween('2025-03-01', '2026-03-01')).to.equal(1);
    expect(fullYearsBetween('2025-03-02', '2026-03-01')).to.equal(0);
    expect(fullYearsBetween('2024-03-02', '2026-03-01')).to.equal(1);
    expect(fullYearsBetween('2024-03-01', '2026-03-01')).to.equal(2);
  });

  it('coverEndDate: start + months − 1 day', () => {
    expect(coverEndDate('2026-03-01', 12)).to.equal('2027-02-28');
    expect(coverEndDate('2026-03-02', 12)).to.equal('2027-03-01');
    expect(coverEndDate('2024-01-31', 1)).to.equal('2024-02-28');
  });
});
