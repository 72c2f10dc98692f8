import type { FieldError } from './issues.js';
import type { Params } from './i18n/format.js';
import { validationMessage, type ValidationKey } from './i18n/validation.js';

/**
 * A product's eligibility, read from its own schema's errors, so each rule is written once (in the
 * schema): when the field at `path` breaks one of the `broken` keys (a value given but not covered,
 * never a missing one), the customer is told `key` — why the thing cannot be insured and what would
 * make it so — before any quote is asked for.
 */
export interface EligibilityRule {
  path: string;
  broken: readonly ValidationKey[];
  key: ValidationKey;
  params?: Params;
}

/** The eligibility rules these errors break, each once, with its message in both languages. */
export const ineligible = (errors: Iterable<FieldError>, rules: readonly EligibilityRule[]) => {
  const list = [...errors];
  return rules.flatMap((r) => {
    const e = list.find((x) => x.path === r.path && r.broken.includes(x.key));
    return e ? [{ path: r.path, key: r.key, message: validationMessage(r.key, { ...e.params, ...r.params }) }] : [];
  });
};
