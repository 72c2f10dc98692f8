import type { ProductKey } from '../contract/products/index.js';

/** What an element quotes: an Assets product, or casco (several insurers at once). */
export type QuoteProduct = ProductKey | 'casco';

/** What a host learns about an offer: no personal data. */
export interface OfferSummary {
  /**
   * Opaque capability (`ofr_` and 32 characters): a string to keep and pass on as it is (the host's
   * server issues with it), never to parse. Whoever holds it may fetch the offer's document.
   */
  offerId: string;
  product: QuoteProduct;
  premiumAmount: number;
  currency: string;
  termTime?: number;
  package?: string;
  startDate?: string;
  endDate?: string;
}

export interface OffersLoadedDetail {
  product: QuoteProduct;
  offers: OfferSummary[];
}
export interface PolicyIssuedDetail extends OfferSummary {
  /** Opaque capability (`pol_` and 32 characters), like `offerId`: it fetches the policy's document. */
  policyId: string;
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

/** Our events bubble and cross shadow roots, so a host hears them wherever the element sits. */
const lihEvent = <T>(type: string) =>
  class extends CustomEvent<T> {
    constructor(detail: T) {
      super(type, { detail, bubbles: true, composed: true });
    }
  };

/** Fired when offers arrive. */
export class LihOffersLoadedEvent extends lihEvent<OffersLoadedDetail>('lih-offers-loaded') {}
/** Fired when the customer picks an offer (in `server` issuance mode, the host adds it to its cart here). */
export class LihOfferSelectedEvent extends lihEvent<OfferSummary>('lih-offer-selected') {}
/** Fired once the policy is issued — exactly once per policy, also when its outcome was first unknown and resolved later (after a reload too). */
export class LihPolicyIssuedEvent extends lihEvent<PolicyIssuedDetail>('lih-policy-issued') {}
/** Fired on any failure the customer sees. */
export class LihErrorEvent extends lihEvent<ErrorDetail>('lih-error') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'lih-offers-loaded': LihOffersLoadedEvent;
    'lih-offer-selected': LihOfferSelectedEvent;
    'lih-policy-issued': LihPolicyIssuedEvent;
    'lih-error': LihErrorEvent;
  }
}
