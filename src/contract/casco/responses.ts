/**
 * What the Casco API answers, read as the proxy reads any insurer: leniently
 * (numbers as numbers or strings), the documented fields only.
 */
import * as z from 'zod/mini';
import { num } from '../fields.js';
import { installment } from '../offer.js';
import { policy } from '../policy.js';

/** "2017-03": production months are written year-month. */
export const PRODUCTION_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const month = () => z.string().check(z.regex(PRODUCTION_MONTH));

/** One version of the vehicle as one insurer knows it; `identifier` goes back in that insurer's offer request. */
export const vehicleCandidate = z.object({
  identifier: z.string().check(z.minLength(1)),
  modelName: z.string(),
  productionStartDate: month(),
  // Still in production: no end month.
  productionEndDate: z.optional(z.nullable(month())),
  marketValue: num(),
  additionalData: z.optional(z.record(z.string(), z.unknown())),
});
export type VehicleCandidate = z.output<typeof vehicleCandidate>;

/** `data` keyed by insurer (`INSURER_NAME` in the doc), each with its candidates. */
export const vehicleIdentificationResponse = z.object({ data: z.record(z.string(), z.array(vehicleCandidate)) });
export type VehicleIdentificationResponse = z.output<typeof vehicleIdentificationResponse>;

const namedInsurer = z.object({ organization: z.object({ businessName: z.string() }) });
const cascoName = z.object({ name: z.literal('casco') });

/** A coverage as offered: its code and what the insurer says of it. */
export const offeredCoverage = z.object({ code: z.string(), notes: z.optional(z.string()) });

/** One Casco offer: the premium in the offer's currency, what is paid in RON, the rate between them, instalments and coverages. */
export const cascoOffer = z.object({
  offerId: num(),
  providerOfferCode: z.optional(z.string()),
  premiumAmount: num(),
  currency: z.string().check(z.minLength(3)),
  exchangeRate: z.optional(z.object({ currency: z.string(), amount: num(), exchangeRate: num() })),
  payment: z.optional(z.object({ currency: z.string(), amount: num() })),
  startDate: z.string(),
  endDate: z.string(),
  installments: z.array(installment),
  coverages: z.optional(z.array(offeredCoverage)),
  offerExpiryDate: z.optional(z.string()),
  notes: z.optional(z.string()),
});
export type CascoOffer = z.output<typeof cascoOffer>;

/** `data.offers[]` for the one insurer the request named. */
export const cascoOffersResponse = z.object({
  data: z.object({ provider: namedInsurer, product: cascoName, offers: z.array(cascoOffer) }),
});
export type CascoOffersResponse = z.output<typeof cascoOffersResponse>;

/** A Casco policy: the Assets Policy plus who issued it, its code, coverages and notes. */
export const cascoPolicy = z.extend(policy, {
  provider: namedInsurer,
  product: cascoName,
  providerPolicyCode: z.optional(z.string()),
  coverages: z.optional(z.array(offeredCoverage)),
  notes: z.optional(z.string()),
});
export type CascoPolicy = z.output<typeof cascoPolicy>;

export const cascoPolicyResponse = z.object({ data: z.object({ policies: z.array(cascoPolicy).check(z.minLength(1)) }) });
export type CascoPolicyResponse = z.output<typeof cascoPolicyResponse>;
