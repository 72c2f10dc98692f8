import { describe, it, expect } from '../support/bdd.js';
import { isoWeek, isRealDate, parseToday } from '../../src/validators/calendar.js';

describe('calendar helpers', () => {
  it('knows month lengths and Gregorian leap years', () => {
    expect(isRealDate(2000, 2, 29)).to.equal(true); // divisible by 400
    expect(isRealDate(1900, 2, 29)).to.equal(false); // divisible by 100 only
    expect(isRealDate(2024, 2, 29)).to.equal(true);
    expect(isRealDate(2023, 2, 29)).to.equal(false);
    expect(isRealDate(2023, 4, 31)).to.equal(false);
    expect(isRealDate(2023, 12, 31)).to.equal(true);
    expect(isRealDate(2023, 13, 1)).to.equal(false);
    expect(isRealDate(2023, 0, 1)).to.equal(false);
    expect(isRealDate(2023, 1, 0)).to.equal(false);
  });

  it('computes ISO weeks across year boundaries', () => {
    expect(isoWeek(2026, 1, 1)).to.deep.equal({ year: 2026, week: 1 }); // a Thursday
    expect(isoWeek(2025, 12, 29)).to.deep.equal({ year: 2026, week: 1 }); // Monday of 2026-W01
    expect(isoWeek(2021, 1, 3)).to.deep.equal({ year: 2020, week: 53 }); // Sunday, still 2020-W53
    expect(isoWeek(2026, 1, 5)).to.deep.equal({ year: 2026, week: 2 });
    expect(isoWeek(2026, 12, 31)).to.deep.equal({ year: 2026, week: 53 });
  });

  it('throws on a malformed today (a programming error, not a customer typo)', () => {
    expect(parseToday('2026-02-28')).to.deep.equal({ year: 2026, month: 2, day: 28 });
    for (const bad of ['2026-02-30', '2026-2-28', '28.02.2026', '']) expect(() => parseToday(bad), bad).to.throw(RangeError);
  });
});
