/**
 * The proxy's public API — what the browser elements (and a host's server)
 * send and receive. Nothing here is secret: no credentials, no commission.
 */
import * as z from 'zod/mini';
import { optionalText } from './fields.js';
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
  /** Present when the site sells casco: the insurers one quote asks (casco/public-api.ts). */
  casco?: { insurers: PublicInsurer[] };
}

/**
 * Public offer and policy ids are capabilities: `ofr_` / `pol_` and 32
 * base64url characters (192 random bits) that only the proxy maps to the
 * insurer's own ids. Whoever holds one may use it (issue the offer, fetch its
 * document), so they are handed only to the client that quoted.
 */
export const PUBLIC_ID = /^(ofr|pol)_[A-Za-z0-9_-]{32}$/;
export const isOfferRef = (s: string): boolean => PUBLIC_ID.test(s) && s.startsWith('ofr_');
export const isPolicyRef = (s: string): boolean => PUBLIC_ID.test(s) && s.startsWith('pol_');

/** An insurer as a customer may see it: its name in the APIs (`groupama`) and the name to show. */
export interface PublicInsurer {
  name: string;
  displayName: string;
}

/** `ok`: it answered; `failed`: it refused or broke (`message`, `key` say why); `timeout`: no answer within the deadline. */
export type InsurerStatus = 'ok' | 'failed' | 'timeout';

/** What became of one insurer asked in a multi-insurer call (casco: `casco/public-api.ts`). */
export interface InsurerOutcome {
  insurer: PublicInsurer;
  status: InsurerStatus;
  message?: string;
  key?: string;
}

/** An offer as the browser sees it. */
export interface PublicOffer {
  /** Opaque capability (`ofr_…`); never the insurer's id. */
  offerId: string;
  /** An Assets product; a casco offer is a `CascoPublicOffer` (`casco/public-api.ts`). */
  product: ProductKey;
  /** Who offers it, where a quote asks several insurers (casco). */
  insurer?: PublicInsurer;
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

/**
 * Offers asked for one customer and one thing insured belong to one quote:
 * only one of them can be in issuance, or unresolved, at a time. A client that
 * asks in several requests (the tyre element asks per term) sends one quote id
 * in this header with each: the first answer's `quoteId`, or one it made with
 * `newQuoteRef()` so the requests can run in parallel.
 */
export const QUOTE_HEADER = 'Lih-Quote-Id';
export const isQuoteRef = (s: string): boolean => /^qte_[A-Za-z0-9_-]{32}$/.test(s);
/** A new quote id with 192 random bits (Web Crypto: the same in the browser and in Node). */
export function newQuoteRef(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return `qte_${btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_')}`;
}

/** POST /v1/offers answer. */
export interface OffersResponse {
  /** The quote these offers belong to (`qte_…`, a capability like the offer ids). */
  quoteId: string;
  offers: PublicOffer[];
  correlationId: string;
}

/** POST /v1/policies body; amount, currency, method and date come from the proxy's own record. */
export const issueRequest = z.object({
  offerId: z.string().check(z.regex(/^ofr_[A-Za-z0-9_-]{32}$/)),
  payment: z.optional(z.object({ documentNumber: optionalText() })),
});
export type IssueRequest = z.output<typeof issueRequest>;

export interface PublicPolicy {
  /** Opaque capability (`pol_…`); never the insurer's id. */
  policyId: string;
  /** The public offer id it was issued from. */
  offerId: string;
  product: ProductKey | 'casco';
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

/**
 * POST /v1/policies/{policyId}/document-link (server-issuance sites, with the
 * site secret): a signed path below the proxy's URL that opens the policy's
 * PDF without the secret until `expiresAt`.
 */
export interface DocumentLinkResponse {
  path: string;
  expiresAt: string;
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
  /**
   * On a 409 for an offer already issued (under another Idempotency-Key): the policy it became.
   * On a casco quote no insurer answered (502): what became of each.
   */
  data?: { policy?: PublicPolicy; insurers?: InsurerOutcome[] };
}

/** Every proxy answer carries its correlation id in this header too. */
export const CORRELATION_HEADER = 'X-Correlation-Id';
/** Set on an issuance answered from the idempotency record instead of a new upstream call. */
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';

/**
 * The error key of an issuance whose outcome the proxy could not learn yet
 * (the insurer timed out, answered unreadably or dropped the connection).
 * Status 502/504 with Retry-After. The same request with the same
 * Idempotency-Key asks again: it answers the policy (201) once the insurer
 * says, or this key again. Until then no other offer of the same quote can
 * be issued (409 `quote.issuing`).
 */
export const ISSUANCE_UNKNOWN = 'issuance.unknown';

/** The header that makes issuance idempotent; one key per attempt. */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
