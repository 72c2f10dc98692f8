/** Small Gregorian-calendar helpers (UTC only, so the result never depends on the time zone). */

/** True when year-month-day exists in the Gregorian calendar (29 Feb only in leap years). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 100 || month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one.
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const isoDate = (year: number, month: number, day: number): string => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/**
 * Parses the caller's `today` option. A malformed `today` is a programming
 * error (not a customer's typo), so it throws instead of silently skipping the check.
 */
export function parseToday(today: string): { year: number; month: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today);
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  if (!isRealDate(year, month, day)) throw new RangeError(`today must be a real YYYY-MM-DD date, got ${JSON.stringify(today)}`);
  return { year, month, day };
}

/** ISO-8601 week (Monday-based; week 1 holds the year's first Thursday) and the year it belongs to. */
export function isoWeek(year: number, month: number, day: number): { year: number; week: number } {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday); // the Thursday of this week decides the year
  const weekYear = date.getUTCFullYear();
  const dayOfYear = (date.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000 + 1;
  return { year: weekYear, week: Math.ceil(dayOfYear / 7) };
}
