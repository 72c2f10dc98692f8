import type { ProductKey } from '../contract/products/index.js';

/** What a host learns about an offer: no personal data. */
export interface OfferSummary {
  offerId: number;
  product: ProductKey;
  premiumAmount: number;
  currency: string;
  termTime?: number;
  package?: string;
  startDate?: string;
  endDate?: string;
}

export interface OffersLoadedDetail {
  product: ProductKey;
  offers: OfferSummary[];
}
export interface PolicyIssuedDetail extends OfferSummary {
  policyId: number;
  series: string;
  number: string;
}
export interface ErrorDetail {
  /** HTTP status from the proxy; 0 when the network failed. */
  status: number;
  /** Message key when known (`offer.expired`, `network`, `validation`…). */
  key: string;
  correlationId?: string;
}

/** Fired when offers arrive. */
export class LihOffersLoadedEvent extends CustomEvent<OffersLoadedDetail> {
  constructor(detail: OffersLoadedDetail) {
    super('lih-offers-loaded', { detail, bubbles: true, composed: true });
  }
}
/** Fired when the customer picks an offer (in `server` issuance mode, the host adds it to its cart here). */
export class LihOfferSelectedEvent extends CustomEvent<OfferSummary> {
  constructor(detail: OfferSummary) {
    super('lih-offer-selected', { detail, bubbles: true, composed: true });
  }
}
/** Fired once the policy is issued. */
export class LihPolicyIssuedEvent extends CustomEvent<PolicyIssuedDetail> {
  constructor(detail: PolicyIssuedDetail) {
    super('lih-policy-issued', { detail, bubbles: true, composed: true });
  }
}
/** Fired on any failure the customer sees. */
export class LihErrorEvent extends CustomEvent<ErrorDetail> {
  constructor(detail: ErrorDetail) {
    super('lih-error', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lih-offers-loaded': LihOffersLoadedEvent;
    'lih-offer-selected': LihOfferSelectedEvent;
    'lih-policy-issued': LihPolicyIssuedEvent;
    'lih-error': LihErrorEvent;
  }
}
