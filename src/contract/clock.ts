/**
 * "Today" for every date rule is the calendar day in Europe/Bucharest, where
 * the insurer decides; a customer in another zone near midnight still gets the
 * insurer's answer. The clock is injectable so tests can stand on any day.
 */
import { isRealDate } from '../validators/calendar.js';

export type Clock = () => Date;

let clock: Clock = () => new Date();

/** Replace the clock (tests, the sandbox's fixed-day mode). Returns a function that restores the previous one. */
export function setClock(next: Clock): () => void {
  const previous = clock;
  clock = next;
  return () => {
    clock = previous;
  };
}

const bucharestDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Bucharest',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

// The day only changes on a minute boundary: remember the last minute's answer
// (every date rule asks, and formatting in a time zone is the slow part).
let memo = { minute: NaN, day: '' };

/** Today in Europe/Bucharest as YYYY-MM-DD. */
export function today(): string {
  const minute = Math.floor(clock().getTime() / 60_000);
  if (minute !== memo.minute) memo = { minute, day: bucharestDay.format(minute * 60_000) };
  return memo.day;
}

/** This year in Europe/Bucharest (on 31 December after 22:00 UTC it is already next year there). */
export const thisYear = (): number => Number(today().slice(0, 4));

/** The current instant, from the same injectable clock. */
export function now(): Date {
  return clock();
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses YYYY-MM-DD into a UTC midnight Date, or null when it is not a real calendar day. */
export function parseIsoDate(value: string): Date | null {
  const m = ISO_DATE.exec(value);
  return m && isRealDate(+m[1]!, +m[2]!, +m[3]!) ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null;
}

const toIso = (d: Date): string => d.toISOString().slice(0, 10);

export function addDays(iso: string, days: number): string {
  const d = parseIsoDate(iso)!;
  d.setUTCDate(d.getUTCDate() + days);
  return toIso(d);
}

/** Adds calendar months, clamping to the month's last day (2024-01-31 + 1 month = 2024-02-29). */
export function addMonths(iso: string, months: number): string {
  const d = parseIsoDate(iso)!;
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return toIso(d);
}

export const addYears = (iso: string, years: number): string => addMonths(iso, years * 12);

/** Whole years from `from` to `to` (both YYYY-MM-DD), as an age is counted. */
export function fullYearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

/** The last day a cover of `months` starting on `start` runs (start + months − 1 day). */
export const coverEndDate = (start: string, months: number): string => addDays(addMonths(start, months), -1);
