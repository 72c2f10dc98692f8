import { type Check, fail, pass } from './result.js';

/**
 * Reasons `checkMobileNumber` can return (message keys `phone.<reason>`):
 * - `format`  — not a 10-digit Romanian number starting with 0
 * - `country` — an international prefix other than +40 / 0040 (the API takes Romanian numbers only)
 */
export const mobileNumberReasons = ['format', 'country'] as const;
export type MobileNumberReason = (typeof mobileNumberReasons)[number];

/**
 * Validates a Romanian phone number in the form the API wants: exactly 10
 * digits starting with 0, no country prefix. Spaces, dots, dashes, slashes and
 * parentheses are ignored, and +40 / 0040 become the national 0:
 * '+40 722 123 456', '0040722123456', '+40 (0) 722.123.456' → '0722123456'.
 * Why not insist on 07: newer mobile ranges 065–069 exist, and landlines share the format.
 * Reasons: format | country (see `mobileNumberReasons`).
 */
export function checkMobileNumber(input: string): Check<MobileNumberReason> {
  let n = typeof input === 'string' ? input.replace(/[\s.\-/()]+/g, '') : '';
  // A leading 00 counts as an international prefix only in numbers longer than 10 digits.
  const international = /^(?:\+|00(?=\d{9}))(\d*)$/.exec(n);
  if (international) {
    const rest = international[1] ?? '';
    if (!rest.startsWith('40')) return rest.length > 0 ? fail('country') : fail('format');
    // '+40 (0) 722…' writes the trunk 0 too; keep exactly one.
    n = rest.slice(2).startsWith('0') ? rest.slice(2) : `0${rest.slice(2)}`;
  }
  return /^0\d{9}$/.test(n) ? pass(n) : fail('format');
}
