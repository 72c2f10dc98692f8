/**
 * The proxy's public API — what the browser elements (and a host's server)
 * send and receive. Nothing here is secret: no credentials, no commission.
 */
import * as z from 'zod/mini';
import { int, optionalText } from './fields.js';
import type { Locale } from './i18n/format.js';
import type { Installment } from './offer.js';
import type { PaymentMethod } from './policy.js';
import type { ProductKey } from './products/index.js';

/** `browser`: the customer issues from the element. `server`: the host's server issues after its checkout, with the site secret. */
export type IssuanceMode = 'browser' | 'server';

/** GET /v1/config — what the calling site may use. */
export interface PublicSiteConfig {
  site: string;
  products: ProductKey[];
  locale: Locale;
  issuance: IssuanceMode;
  payment: { method: PaymentMethod; documentNumberRequired: boolean };
}

/** An offer as the browser sees it. */
export interface PublicOffer {
  offerId: number;
  product: ProductKey;
  premiumAmount: number;
  currency: string;
  startDate?: string;
  endDate?: string;
  offerExpiryDate?: string;
  package?: string;
  termTime?: number;
  installments: Installment[];
  notes?: string;
  pid?: string;
  toc?: string;
}

/** POST /v1/offers answer. */
export interface OffersResponse {
  offers: PublicOffer[];
  correlationId: string;
}

/** POST /v1/policies body; amount, currency, method and date come from the proxy's own record. */
export const issueRequest = z.object({
  offerId: int().check(z.positive()),
  payment: z.optional(z.object({ documentNumber: optionalText() })),
});
export type IssueRequest = z.output<typeof issueRequest>;

export interface PublicPolicy {
  policyId: number;
  offerId: number;
  product: ProductKey;
  series: string;
  number: string;
  premiumAmount: number;
  currency: string;
  startDate?: string;
  endDate?: string;
}

export interface IssueResponse {
  policy: PublicPolicy;
  correlationId: string;
}

/** Every error the proxy answers: field path ('' for the request as a whole), message in the caller's language. */
export interface PublicError {
  path: string;
  message: string;
  /** The message key, so a client can re-word it (`cnp.checksum`, `offer.expired`). */
  key?: string;
}
export interface ErrorResponse {
  errors: PublicError[];
  correlationId: string;
  /** On a 409 for an offer already issued: the policy it became. */
  data?: { policy?: Pick<PublicPolicy, 'policyId' | 'series' | 'number'> };
}

/** Every proxy answer carries its correlation id in this header too. */
export const CORRELATION_HEADER = 'X-Correlation-Id';
/** Set on an issuance answered from the idempotency record instead of a new upstream call. */
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';

/** The header that makes issuance idempotent; one key per attempt. */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
