import { compactUpper } from './normalise.js';
import { type Check, fail, pass } from './result.js';

/**
 * Reasons `checkCui` can return (message keys `cui.<reason>`):
 * - `format`   — not 2–10 digits after an optional RO prefix, or a leading zero
 * - `checksum` — the last digit does not match (usually a typo)
 */
export const cuiReasons = ['format', 'checksum'] as const;
export type CuiReason = (typeof cuiReasons)[number];

const WEIGHTS = '753217532';

/**
 * Σ digit × 753217532 over the body left-padded to 9 digits, × 10, mod 11.
 * Exported for tests: `cuiCheckDigit` folds 10 into 0, so bodies with 0 and
 * with 10 here share a check digit — a single-digit typo the CUI cannot catch.
 */
export function cuiWeightedRemainder(body: string): number {
  const padded = body.padStart(9, '0');
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(padded[i]) * Number(WEIGHTS[i]);
  return (sum * 10) % 11;
}

/**
 * The check digit of a CUI/CIF from all its digits but the last (1–9 digits):
 * the weighted remainder above, mod 10. Throws a RangeError for other input.
 */
export function cuiCheckDigit(bodyWithoutCheckDigit: string): number {
  if (!/^\d{1,9}$/.test(bodyWithoutCheckDigit)) throw new RangeError('cuiCheckDigit needs 1–9 digits');
  return cuiWeightedRemainder(bodyWithoutCheckDigit) % 10;
}

/**
 * Validates a Romanian company tax id (CUI / CIF). Spaces and dashes are
 * ignored, case too, and an `RO` prefix (VAT-registered form) is dropped:
 * `value` is the bare digits, e.g. 'RO 18547290' → '18547290'.
 * Reasons: format | checksum (see `cuiReasons`).
 */
export function checkCui(input: string): Check<CuiReason> {
  const compact = compactUpper(input);
  const digits = compact.startsWith('RO') ? compact.slice(2) : compact;
  if (!/^[1-9]\d{1,9}$/.test(digits)) return fail('format');
  if (cuiCheckDigit(digits.slice(0, -1)) !== Number(digits.slice(-1))) return fail('checksum');
  return pass(digits);
}
