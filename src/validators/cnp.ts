import { isoDate, isRealDate, parseToday } from './calendar.js';
import { compactUpper } from './normalise.js';
import { type Check, fail, pass } from './result.js';

/**
 * Reasons `checkCnp` can return (message keys `cnp.<reason>`):
 * - `format`   — not 13 digits, or a first (sex/century) digit of 0
 * - `date`     — digits 2–7 are not a real calendar date, or (with `today`) a birth date in the future
 * - `county`   — digits 8–9 are not a county code (01–52, 70, 80–83)
 * - `serial`   — digits 10–12 are 000
 * - `checksum` — the last digit does not match (usually a typo)
 */
export const cnpReasons = ['format', 'date', 'county', 'serial', 'checksum'] as const;
export type CnpReason = (typeof cnpReasons)[number];

const WEIGHTS = '279146358279';

/**
 * The check digit of a CNP from its first 12 digits: Σ digit × 279146358279
 * mod 11, where a remainder of 10 becomes 1.
 * Throws a RangeError unless given exactly 12 digits.
 */
export function cnpCheckDigit(first12: string): number {
  if (!/^\d{12}$/.test(first12)) throw new RangeError('cnpCheckDigit needs exactly 12 digits');
  const r = cnpWeightedRemainder(first12);
  return r === 10 ? 1 : r;
}

/**
 * Σ digit × weight mod 11 over the first 12 digits, before 10 is folded
 * into 1. Exported for tests: because of that fold, a remainder of 1 and of
 * 10 give the same check digit, the one single-digit typo the CNP cannot catch.
 */
export function cnpWeightedRemainder(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * Number(WEIGHTS[i]);
  return sum % 11;
}

/**
 * Century of the first digit: 1/2 → 1900s, 3/4 → 1800s, 5/6 → 2000s.
 * 7/8 (residents) and 9 (foreigners) do not encode the century; the rules
 * say to take them as 1900s.
 */
const CENTURY: Record<string, number> = { 1: 1900, 2: 1900, 3: 1800, 4: 1800, 5: 2000, 6: 2000, 7: 1900, 8: 1900, 9: 1900 };

function birthDateOf(digits: string): string | null {
  const century = CENTURY[digits[0] ?? ''];
  if (century === undefined) return null;
  const yy = Number(digits.slice(1, 3));
  const month = Number(digits.slice(3, 5));
  const day = Number(digits.slice(5, 7));
  if (isRealDate(century + yy, month, day)) return isoDate(century + yy, month, day);
  // Why: for 7–9 the century is a guess. 29 Feb "00" does not exist in 1900
  // but does in 2000, so a resident born on 2000-02-29 must not be rejected.
  if (digits[0]! >= '7' && yy === 0 && isRealDate(2000, month, day)) return isoDate(2000, month, day);
  return null;
}

const looksLikeCnp = (digits: string): boolean => /^[1-9]\d{12}$/.test(digits);

/**
 * The birth date encoded in a CNP as YYYY-MM-DD, or null when the input is not
 * 13 digits with a non-zero first digit or the date is not a real one.
 * Does not verify the check digit — call `checkCnp` for that.
 * Caveat for prefill: for first digits 7–9 the century is not encoded and is
 * assumed to be 1900s (2000 only for 29 Feb 00), so a foreign resident born in
 * 2005 comes out as 1905; let the customer confirm such a date.
 */
export function cnpBirthDate(cnp: string): string | null {
  const digits = compactUpper(cnp);
  return looksLikeCnp(digits) ? birthDateOf(digits) : null;
}

/**
 * Sex encoded in the first digit: odd 1/3/5/7 → 'm', even 2/4/6/8 → 'f'.
 * 9 (foreigners) does not encode it → null; so does anything that is not 13 digits.
 */
export function cnpGender(cnp: string): 'm' | 'f' | null {
  const digits = compactUpper(cnp);
  if (!looksLikeCnp(digits) || digits[0] === '9') return null;
  return Number(digits[0]) % 2 === 1 ? 'm' : 'f';
}

/** 01–52 (41–46 Bucharest sectors, 47–48 old sectors 7–8), plus 70 and 80–83 which some sources use. */
function isCnpCounty(jj: number): boolean {
  return (jj >= 1 && jj <= 52) || jj === 70 || (jj >= 80 && jj <= 83);
}

/**
 * Validates a Romanian personal numeric code (CNP), `S AA LL ZZ JJ NNN C`.
 * Spaces and dashes are ignored; `value` is the 13 digits.
 * With `opts.today` (YYYY-MM-DD) a birth date after today is rejected as `date`.
 * Reasons, checked in this order: format | date | county | serial | checksum (see `cnpReasons`).
 */
export function checkCnp(input: string, opts: { today?: string } = {}): Check<CnpReason> {
  const digits = compactUpper(input);
  if (!looksLikeCnp(digits)) return fail('format');
  const birth = birthDateOf(digits);
  if (birth === null) return fail('date');
  if (opts.today !== undefined) {
    const t = parseToday(opts.today);
    if (birth > isoDate(t.year, t.month, t.day)) return fail('date');
  }
  if (!isCnpCounty(Number(digits.slice(7, 9)))) return fail('county');
  if (digits.slice(9, 12) === '000') return fail('serial');
  if (cnpCheckDigit(digits.slice(0, 12)) !== Number(digits[12])) return fail('checksum');
  return pass(digits);
}
