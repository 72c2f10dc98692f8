/**
 * The building blocks every product schema is made of. Each documented rule
 * becomes a check that emits a message key (see i18n/messages/), never
 * text. Uses zod/mini: the browser bundles these, within a 30 kB budget.
 */
import * as z from 'zod/mini';
import { addDays, parseIsoDate, today } from './clock.js';
import type { ValidationKey } from './i18n/validation.js';
import type { Params } from './i18n/format.js';
import type { Check } from '../validators/result.js';
import './i18n/messages/dates.js';

/** A broken rule: its key, params for the message, and a path below the checked value. */
export interface Problem {
  key: ValidationKey;
  params?: Params;
  path?: PropertyKey[];
}

/** A check over a value that returns the problems it finds (none when it holds). */
export function rule<T>(test: (value: T) => Problem | Problem[] | undefined) {
  return z.check<T>((ctx) => {
    const found = test(ctx.value);
    for (const p of found === undefined ? [] : Array.isArray(found) ? found : [found]) {
      ctx.issues.push({ code: 'custom', message: p.key, params: p.params, path: p.path ?? [], input: ctx.value });
    }
  });
}

/** Required text, trimmed; empty counts as missing. */
export const text = () => z.string().check(z.trim(), z.minLength(1));
export const optionalText = () => z.optional(z.string().check(z.trim()));

// The docs' examples send "12", "false", "50000" where tables say integer or
// boolean: accept both on input, hand the documented type onwards.
// Romanians write 2.396,50 for 2396.50: dots in 1–3-digit groups of three are
// thousands (amounts here have at most two decimals, so "8.000" is 8000); a
// comma, or a dot before one or two digits, is the decimal mark.
const toNumber = (v: unknown): unknown => {
  if (typeof v !== 'string') return v;
  const t = v.trim().replace(/\s/g, '');
  const grouped = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t) ? t.replace(/\./g, '') : t;
  return /^-?\d+(?:[.,]\d+)?$/.test(grouped) ? Number(grouped.replace(',', '.')) : v;
};
const toBoolean = (v: unknown): unknown => (v === 'true' ? true : v === 'false' ? false : v);

export const num = () => z.pipe(z.transform(toNumber), z.number());
export const int = () => z.pipe(z.transform(toNumber), z.int());
export const bool = () => z.pipe(z.transform(toBoolean), z.boolean());
/** An agreement the customer must tick (documented "Must be true"). */
export const mustBeTrue = () => z.pipe(z.transform(toBoolean), z.literal(true));
/**
 * A whole number from a documented list (`termTime` 12 | 24). One multi-value
 * literal, not a union of literals: a wrong value then reports the allowed
 * values (`oneOf`), where a union only says "invalid".
 */
export const intOneOf = <const V extends readonly [number, ...number[]]>(values: V) =>
  z.pipe(z.transform(toNumber), z.literal(values));

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date written YYYY-MM-DD. */
export const isoDate = () =>
  z.string().check(
    z.trim(),
    rule<string>((v) => (v === '' ? { key: 'required' } : ISO_DATE.test(v) && parseIsoDate(v) ? undefined : { key: 'date.format' })),
  );

/** Compares ISO dates (they sort as text). */
const valid = (v: string) => ISO_DATE.test(v) && parseIsoDate(v) !== null;

/**
 * A date within [min(), max()] — bounds are computed at check time, from the
 * injectable clock; either may be open (null). The message names the bounds.
 */
export function dateBetween(min: () => string | null, max: () => string | null) {
  return isoDate().check(
    rule<string>((v): Problem | undefined => {
      if (!valid(v)) return undefined;
      const lo = min();
      const hi = max();
      if ((lo && v < lo) || (hi && v > hi)) {
        if (lo && hi) return { key: 'date.between', params: { min: lo, max: hi } };
        if (lo) return { key: 'date.notBefore', params: { min: lo } };
        return hi! < today() ? { key: 'date.past' } : { key: 'date.notFuture' };
      }
      return undefined;
    }),
  );
}

/** A date within [today + minDays, today + maxDays] in Europe/Bucharest; null leaves a side open. */
export const dateWithin = (minDays: number | null, maxDays: number | null) =>
  dateBetween(
    () => (minDays === null ? null : addDays(today(), minDays)),
    () => (maxDays === null ? null : addDays(today(), maxDays)),
  );

/** Not after today. */
export const pastOrToday = () => dateWithin(null, 0);
/** Strictly before today (a birth date). */
export const pastDate = () => dateWithin(null, -1);

/**
 * A Romanian identifier checked by one of our validators; the parsed value is
 * its normalised form (the CUI without RO, the phone without +40), which is
 * what goes upstream.
 */
export function identifier(prefix: string, check: (value: string) => Check) {
  return z.pipe(
    z.string().check(z.trim(), z.minLength(1)),
    z.transform((value: string, ctx) => {
      const r = check(value);
      if (r.ok) return r.value;
      ctx.issues.push({ code: 'custom', message: `${prefix}.${r.reason}`, input: value });
      return z.NEVER;
    }),
  );
}

/** Email as the insurer checks it. */
export const email = () => z.string().check(z.trim(), z.minLength(1), z.email());
