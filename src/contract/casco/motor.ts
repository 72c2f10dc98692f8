import * as z from 'zod/mini';
import { bool, crossRule, dateWithin, list, MAX_AMOUNT_RON, num, optionalText, positiveInt, rule, text, type Problem } from '../fields.js';
import { CASCO_CURRENCIES } from './enums.js';
import { CASCO_MAX_VEHICLE_VALUE, CASCO_MIN_INSURED_SUM } from './vehicle.js';
import '../i18n/messages/casco.js';

// The doc gives no window, term or instalment list: ours, in docs/sandbox.md (Casco).
/** The cover starts today at the earliest, at most this many days ahead. */
export const CASCO_MAX_START_DAYS = 60;
/** A casco cover lasts at most a year. */
export const CASCO_MAX_TERM_MONTHS = 12;
export const CASCO_MAX_COVERAGES = 20;

/** Deductibles: `partialDamage` an amount in the offer's currency, `totalDamage` a percentage of the insured sum. */
export const deductibles = z.object({
  partialDamage: num().check(z.gte(0), z.lte(MAX_AMOUNT_RON)),
  totalDamage: num().check(z.gte(0), z.lte(100)),
});
export type Deductibles = z.output<typeof deductibles>;

const count = (v: unknown): number => (typeof v === 'number' ? v : NaN);

/** At most one instalment a month. */
const installmentsWithinTerm = (m: { termTime?: unknown; installmentCount?: unknown }): Problem | undefined => {
  const term = count(m.termTime);
  const n = count(m.installmentCount);
  return n > term ? { key: 'casco.installmentsOverTerm', params: { count: n, term }, path: ['installmentCount'] } : undefined;
};

/** `product.motor`: the cover's dates, payment plan, currency, renewal and deductibles. */
export const motor = z
  .object({
    startDate: dateWithin(0, CASCO_MAX_START_DAYS),
    termTime: positiveInt(CASCO_MAX_TERM_MONTHS),
    installmentCount: positiveInt(CASCO_MAX_TERM_MONTHS),
    currency: z.enum(CASCO_CURRENCIES),
    /** The policy this one renews. */
    renewPolicy: z.optional(z.object({ series: text(), number: positiveInt(Number.MAX_SAFE_INTEGER) })),
    mentions: optionalText(),
    withoutTax: z.optional(bool()),
    deductibles,
  })
  .check(crossRule(installmentsWithinTerm));
export type Motor = z.output<typeof motor>;

/** One coverage asked for: its code, whether it is included, and its insured sum. */
export const coverage = z.object({
  // Exact, like every code: the insurers' lists are case-sensitive (`replacementCar`).
  code: text(),
  isIncluded: bool(),
  insuredSum: z.optional(num().check(z.gte(CASCO_MIN_INSURED_SUM), z.lte(CASCO_MAX_VEHICLE_VALUE))),
});
export type Coverage = z.output<typeof coverage>;

/** Each code once: two answers for one coverage would contradict each other. */
const eachCodeOnce = rule<{ code?: unknown }[]>((list) => {
  const seen = new Set<unknown>();
  const out: Problem[] = [];
  list.forEach((c, i) => {
    if (typeof c?.code !== 'string' || c.code === '') return;
    if (seen.has(c.code)) out.push({ key: 'casco.coverageTwice', params: { code: c.code }, path: [i, 'code'] });
    seen.add(c.code);
  });
  return out;
});

export const coverages = list(coverage, 1, CASCO_MAX_COVERAGES).check(eachCodeOnce);
