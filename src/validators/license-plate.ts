import { isCountyCode } from './counties.js';
import { compactUpper } from './normalise.js';
import { type Check, fail, pass } from './result.js';

/**
 * Reasons `checkLicensePlate` can return (message keys `plate.<reason>`):
 * - `format`  — does not have the shape of the chosen registration type
 * - `county`  — the leading letters are not one of the 42 county codes
 * - `letters` — the final three letters contain Q or start with I or O (never issued)
 */
export const licensePlateReasons = ['format', 'county', 'letters'] as const;
export type LicensePlateReason = (typeof licensePlateReasons)[number];

export type RegistrationType = 'registered' | 'recorded' | 'temporaryRegistered' | 'temporaryRecorded';

/** County, then 2 digits (Bucharest: 2 or 3), then 3 letters: 'CJ59LIH', 'B123XYZ'. */
const REGISTERED = /^([A-Z]{1,2})(\d{2,3})([A-Z]{3})$/;
/** County, then a number starting with 0 of 3–6 digits: 'CJ0123'. Low-confidence source, so nothing stricter. */
const TEMPORARY = /^([A-Z]{1,2})(0\d{2,5})$/;
/** Locality-issued plates (mopeds…) follow no national format. */
const RECORDED = /^[A-Z0-9]{3,12}$/;

/**
 * Validates a Romanian licence plate for the vehicle's registration type.
 * Spaces and dashes are ignored, letters upper-cased: 'cj-59-lih' → 'CJ59LIH'.
 * - registered: county code + 2 digits + 3 letters; Bucharest `B` + 2 or 3 digits + 3 letters;
 *   the letters never contain Q and never start with I or O (so III and OOO are excluded too);
 * - temporaryRegistered: county code + a 3–6 digit number starting with 0;
 * - recorded, temporaryRecorded: any 3–12 letters and digits.
 * Reasons: format | county | letters (see `licensePlateReasons`).
 */
export function checkLicensePlate(input: string, registrationType: RegistrationType): Check<LicensePlateReason> {
  const value = compactUpper(input);
  switch (registrationType) {
    case 'recorded':
    case 'temporaryRecorded':
      return RECORDED.test(value) ? pass(value) : fail('format');
    case 'temporaryRegistered': {
      const m = TEMPORARY.exec(value);
      if (!m) return fail('format');
      return isCountyCode(m[1] ?? '') ? pass(value) : fail('county');
    }
    case 'registered': {
      const m = REGISTERED.exec(value);
      if (!m) return fail('format');
      const [, county = '', digits = '', letters = ''] = m;
      if (!isCountyCode(county)) return fail('county');
      if (digits.length === 3 && county !== 'B') return fail('format');
      // Why: Q, and I or O right after the digits, are too easily misread as O, 1 and 0.
      if (/Q/.test(letters) || /^[IO]/.test(letters)) return fail('letters');
      return pass(value);
    }
    default:
      // Untyped callers may pass anything; there is no plate format to check against.
      return fail('format');
  }
}
