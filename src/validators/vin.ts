import { compactUpper } from './normalise.js';
import { type Check, fail, pass } from './result.js';

/**
 * Reasons `checkVin` can return (message keys `vin.<reason>`):
 * - `format`  — contains something other than letters and digits
 * - `length`  — fewer than 5 or more than 17 characters
 * - `letters` — contains I, O or Q, which modern (post-1981) VINs never use, to avoid confusion with 1, 0 and 9
 */
export const vinReasons = ['format', 'length', 'letters'] as const;
export type VinReason = (typeof vinReasons)[number];

/**
 * Validates a vehicle identification (chassis) number. Spaces and dashes are
 * ignored, letters upper-cased. 5–17 characters are allowed because older
 * vehicles carry shorter chassis numbers. I, O and Q are rejected when the
 * vehicle was built after 1981; when `yearOfConstruction` is unknown, only a
 * 17-character VIN (the modern ISO 3779 form) is held to that rule.
 * Why no position-9 check digit: it is a North American requirement; European
 * VINs often do not have one, so checking it would reject valid cars.
 * Reasons: format | length | letters (see `vinReasons`).
 */
export function checkVin(input: string, yearOfConstruction?: number): Check<VinReason> {
  const value = compactUpper(input);
  if (!/^[A-Z0-9]*$/.test(value)) return fail('format');
  if (value.length < 5 || value.length > 17) return fail('length');
  const modern =
    typeof yearOfConstruction === 'number' && Number.isFinite(yearOfConstruction) ? yearOfConstruction > 1981 : value.length === 17;
  if (modern && /[IOQ]/.test(value)) return fail('letters');
  return pass(value);
}
