import { parseToday } from './calendar.js';
import { countyCodeOf } from './counties.js';
import { type Check, fail, pass } from './result.js';

/**
 * Reasons `checkCompanyRegistryNumber` can return (message keys `registryNumber.<reason>`):
 * - `format`   — neither `J40/1234/2005` (J, F or C; county; serial of 1–5 digits; year) nor the 14-character `J2012000750528`
 * - `county`   — the county number is not a county (1–40, 51, 52), or is not `00` in a new-format number from after 2024
 * - `year`     — before 1990 or after the current year; for the old format also after 2024
 * - `checksum` — the last digit of a new-format number does not match
 */
export const companyRegistryNumberReasons = ['format', 'county', 'year', 'checksum'] as const;
export type CompanyRegistryNumberReason = (typeof companyRegistryNumberReasons)[number];

/** Old numbers stopped being issued when the 14-character format started (2024-07-26). */
const LAST_OLD_FORMAT_YEAR = 2024;
const FIRST_YEAR = 1990; // the trade register was founded in 1990

const isCounty = (n: number): boolean => countyCodeOf(n) !== undefined;

/** Old format after separators became '/': letter, optional '/', county, serial, then a year or the full date printed on certificates. */
const OLD_FORMAT = /^([JFC])\/?(\d{1,2})\/(\d{1,5})\/(?:\d{1,2}\.\d{1,2}\.)?(\d{4})$/;
const NEW_FORMAT = /^[JFC]\d{13}$/;

/**
 * Check digit of a new-format number from its first 13 characters:
 * (char code of the letter mod 10 — J → 4, F → 0, C → 7 — + the 12 digits) mod 10.
 */
export function registryNumberCheckDigit(first13: string): number {
  if (!/^[A-Z]\d{12}$/.test(first13)) throw new RangeError('registryNumberCheckDigit needs a letter and 12 digits');
  let sum = first13.charCodeAt(0) % 10;
  for (let i = 1; i < 13; i++) sum += Number(first13[i]);
  return sum % 10;
}

/**
 * Validates a trade-register (ONRC) number in either format:
 * - old `[JFC]NN/serial/YYYY`: spaces, dashes and backslashes also work as
 *   separators, a one-digit county is padded ('j5 123 2001' → 'J05/123/2001')
 *   and a full certificate date keeps its year ('J52/750/22.11.2012' → 'J52/750/2012');
 * - new (since 2024-07-26) `J` + year + 6-digit serial + county + check digit,
 *   spaces and dashes ignored: 'J2012000750528'.
 * `opts.today` (YYYY-MM-DD) sets the current year, the upper bound for the
 * year (old format: also at most 2024); without it the device clock is used.
 * Reasons: format | county | year | checksum (see `companyRegistryNumberReasons`).
 */
export function checkCompanyRegistryNumber(input: string, opts: { today?: string } = {}): Check<CompanyRegistryNumberReason> {
  const text = typeof input === 'string' ? input.trim().toUpperCase() : '';
  const compact = text.replace(/[\s-]+/g, '');
  const currentYear = opts.today !== undefined ? parseToday(opts.today).year : new Date().getFullYear();
  if (NEW_FORMAT.test(compact)) {
    const year = Number(compact.slice(1, 5));
    if (year < FIRST_YEAR || year > currentYear) return fail('year');
    const county = Number(compact.slice(11, 13));
    // Why: since the 2024 reform numbers are national; county 00 marks them.
    // 2024 straddles the change, so both forms exist for that year.
    const countyOk = year < 2024 ? isCounty(county) : year === 2024 ? county === 0 || isCounty(county) : county === 0;
    if (!countyOk) return fail('county');
    if (registryNumberCheckDigit(compact.slice(0, 13)) !== Number(compact[13])) return fail('checksum');
    return pass(compact);
  }
  const old = OLD_FORMAT.exec(text.replace(/[\s/\\-]+/g, '/'));
  if (!old) return fail('format');
  const [, letter = '', county = '', serial = '', year = ''] = old;
  if (!isCounty(Number(county))) return fail('county');
  if (Number(year) < FIRST_YEAR || Number(year) > Math.min(LAST_OLD_FORMAT_YEAR, currentYear)) return fail('year');
  return pass(`${letter}${county.padStart(2, '0')}/${serial}/${year}`);
}
