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
      // continue: the object's cross-field rules still run, so a person sees every problem at once.
      ctx.issues.push({ code: 'custom', message: p.key, params: p.params, path: p.path ?? [], input: ctx.value, continue: true });
    }
  });
}

/**
 * A rule across an object's fields (a CNP checked by who the person is). It
 * runs even when some field already failed, so a customer who fills the form
 * in order sees a wrong CNP at once, not only after the last field; its test
 * must therefore read fields defensively (typeof before use).
 */
export function crossRule<T extends object>(test: (value: T) => Problem | Problem[] | undefined) {
  const r = rule<T>((v) => (typeof v === 'object' && v !== null ? test(v) : undefined));
  r._zod.def.when = () => true;
  return r;
}

/**
 * Empty text counts as missing (our rule, not z.minLength: 0.25 kB less in
 * every widget). Nor z.minLength, z.maxLength or z.length anywhere: zod runs
 * them on whatever has a `length`, a non-array object too, and a `length`
 * whose toString is not a function (`{"length": {"toString": 1}}`) throws.
 */
export const filled = () => rule<string>((v) => (v === '' ? { key: 'required' } : undefined));
/** Required text, trimmed. */
export const text = () => z.string().check(z.trim(), filled());
export const optionalText = () => z.optional(z.string().check(z.trim()));
/** A list of `min` to `max` items; both bounds in the message. */
export const list = <T extends z.ZodMiniType>(item: T, min: number, max: number) =>
  z.array(item).check(rule<unknown[]>((a): Problem | undefined => (a.length < min ? { key: 'minItems', params: { min } } : a.length > max ? { key: 'maxItems', params: { max } } : undefined)));

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
// A whole number through our own rule, not z.int(): the same check, 0.4 kB less in every widget.
export const int = () => z.pipe(z.transform(toNumber), z.number().check(rule<number>((n) => (Number.isInteger(n) ? undefined : { key: 'integer' }))));
/**
 * A whole number above 0 and at most `max`. Every count, term, area and code
 * has a maximum, so whatever the insurer computes from it stays finite.
 */
export const positiveInt = (max: number) => int().check(z.positive(), z.lte(max));
/** Upper bound of an amount in RON where the docs give none: far above any real price, far below overflow. */
export const MAX_AMOUNT_RON = 1_000_000;
/** Upper bound of a term in months where the docs give none (ten years). */
export const MAX_TERM_MONTHS = 120;
export const bool = () => z.pipe(z.transform(toBoolean), z.boolean());
// Lists and "must be true" use our own rules rather than z.literal (0.15 kB
// less in every widget); the casts keep the literal output types.
/** An agreement the customer must tick (documented "Must be true"); a missing one reads the same. */
export const mustBeTrue = () =>
  z.pipe(
    z.transform((v: unknown) => (v === undefined ? false : toBoolean(v))),
    z.boolean().check(rule<boolean>((v) => (v ? undefined : { key: 'mustBeTrue' }))),
  ) as unknown as z.ZodMiniType<true, unknown>;
/** A whole number from a documented list (`termTime` 12 | 24); a wrong one names the allowed values. */
export const intOneOf = <const V extends readonly [number, ...number[]]>(values: V) =>
  int().check(rule<number>((v) => (values.includes(v) ? undefined : { key: 'oneOf', params: { values: values.map(String) } }))) as unknown as z.ZodMiniType<V[number], unknown>;
/** A text from a documented list (`idType` CI). */
export const textOneOf = <const V extends readonly [string, ...string[]]>(values: V) =>
  z.string().check(rule<string>((v) => (values.includes(v) ? undefined : { key: 'oneOf', params: { values } }))) as unknown as z.ZodMiniType<V[number], unknown>;

/**
 * Every date lies in this window, whatever its own rule: a year like 9999 is
 * a typing slip, and a cover's end (start + term) must stay a real day.
 */
export const FIRST_DAY = '1900-01-01';
export const LAST_DAY = '2100-12-31';

/**
 * What is wrong with a date written YYYY-MM-DD against [lo, hi] (null leaves
 * a side open, within the window); the message names the bounds.
 */
export function dateProblem(v: string, lo: string | null, hi: string | null): Problem | undefined {
  if (!parseIsoDate(v)) return { key: 'date.format' };
  // Outside the window, an open side is the window's (ISO dates sort as text).
  if (v < FIRST_DAY || v > LAST_DAY) {
    lo ||= FIRST_DAY;
    hi ||= LAST_DAY;
  }
  if ((lo && v < lo) || (hi && v > hi)) {
    if (lo && hi) return { key: 'date.between', params: { min: lo, max: hi } };
    if (lo) return { key: 'date.notBefore', params: { min: lo } };
    return hi! < today() ? { key: 'date.past' } : { key: 'date.notFuture' };
  }
  return undefined;
}

/**
 * A date within [min(), max()] — bounds are computed at check time, from the
 * injectable clock; either may be open (null), the window still holds.
 */
export const dateBetween = (min: () => string | null, max: () => string | null) =>
  z.string().check(
    z.trim(),
    rule<string>((v) => (v === '' ? { key: 'required' } : dateProblem(v, min(), max()))),
  );

/** Today + `days` in Europe/Bucharest, read at check time; null leaves a side open. */
const shifted = (days: number | null) => () => (days === null ? null : addDays(today(), days));

/** A date within [today + minDays, today + maxDays] in Europe/Bucharest; null leaves a side open. */
export const dateWithin = (minDays: number | null, maxDays: number | null) => dateBetween(shifted(minDays), shifted(maxDays));

/** A calendar date written YYYY-MM-DD, within the window. */
export const isoDate = () => dateWithin(null, null);

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
    z.string().check(z.trim(), filled()),
    z.transform((value: string, ctx) => {
      const r = check(value);
      if (r.ok) return r.value;
      ctx.issues.push({ code: 'custom', message: `${prefix}.${r.reason}`, input: value });
      return z.NEVER;
    }),
  );
}

/** Email as the insurer checks it. */
// The pragmatic shape (something@domain.tld); z.email() would add 0.2 kB to every widget for a
// stricter pattern, and only the mailbox owner can truly confirm an address.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
export const email = () => z.string().check(z.trim(), rule<string>((v) => (v === '' ? { key: 'required' } : EMAIL.test(v) ? undefined : { key: 'email' })));
