import { compactUpper } from './normalise.js';
import { type Check, fail, pass } from './result.js';

/**
 * Reasons `checkIdCardNumber` can return (message keys `idCard.<reason>`):
 * - `format` — not two letters followed by six digits
 */
export const idCardReasons = ['format'] as const;
export type IdCardReason = (typeof idCardReasons)[number];

const ID_CARD = /^[A-Z]{2}\d{6}$/;

/**
 * Validates the series + number of a Romanian identity card (CI), e.g. 'CJ123456'.
 * Spaces and dashes are ignored and letters upper-cased ('cj 123 456' → 'CJ123456').
 * Why so loose: series belong to counties but no official series list exists,
 * people move without changing cards, and electronic cards (since 2025-08-01)
 * are rolling out — so a series is never checked against a county.
 * Reasons: format (see `idCardReasons`).
 */
export function checkIdCardNumber(input: string): Check<IdCardReason> {
  const value = compactUpper(input);
  return ID_CARD.test(value) ? pass(value) : fail('format');
}

/**
 * Splits an identity card number into its series and number
 * ('CJ123456' → { series: 'CJ', number: '123456' }), normalising like
 * `checkIdCardNumber`; null when it is not a valid card number.
 */
export function splitIdCard(value: string): { series: string; number: string } | null {
  const checked = checkIdCardNumber(value);
  return checked.ok ? { series: checked.value.slice(0, 2), number: checked.value.slice(2) } : null;
}
