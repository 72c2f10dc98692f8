import * as z from 'zod/mini';
import { MAX_AMOUNT_RON, num, pastOrToday, positiveInt, text } from './fields.js';
import { installment } from './offer.js';

export const PAYMENT_METHODS = ['pos', 'receipt', 'broker receipt', 'broker payment order'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
/** "only RON is accepted at the moment". */
export const PAYMENT_CURRENCIES = ['RON'] as const;

export const payment = z.object({
  method: z.enum(PAYMENT_METHODS),
  currency: z.enum(PAYMENT_CURRENCIES),
  // Every premium the bounded products can reach is far below it.
  amount: num().check(z.positive(), z.lte(MAX_AMOUNT_RON)),
  date: pastOrToday(),
  documentNumber: text(),
});
export type Payment = z.output<typeof payment>;

/** POST /policy: turn an offer into a policy. */
export const policyRequest = z.object({
  offerId: positiveInt(Number.MAX_SAFE_INTEGER),
  payment,
  additionalData: z.optional(z.nullable(z.record(z.string(), z.unknown()))),
});
export type PolicyRequest = z.output<typeof policyRequest>;

export const policy = z.object({
  policyId: num(),
  series: z.string(),
  number: z.union([z.number(), z.string()]),
  payment: z.optional(z.object({ method: z.string(), currency: z.string(), amount: num(), date: z.string(), documentNumber: z.optional(z.string()) })),
  startDate: z.optional(z.string()),
  endDate: z.optional(z.string()),
  premiumAmount: num(),
  currency: z.string(),
  installments: z.optional(z.union([z.array(installment), z.record(z.string(), z.unknown()), z.null()])),
});
export type Policy = z.output<typeof policy>;

export const policyResponse = z.object({ data: z.object({ policies: z.array(policy).check(z.minLength(1)) }) });
