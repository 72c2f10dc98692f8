/**
 * Offers become capabilities: each offer an insurer answered is recorded for
 * the site under a new random id, with its upstream and insurer, so issuance
 * and documents go back to the right API and the amount paid comes from here.
 */
import { randomBytes } from 'node:crypto';
import { addDays, parseIsoDate, today } from '../contract/clock.js';
import type { NormalisedOffer } from '../contract/offer.js';
import { isQuoteRef, newQuoteRef, QUOTE_HEADER, type PublicOffer } from '../contract/public-api.js';
import type { ProductKey } from '../contract/products/index.js';
import type { Deps, ProxyContext } from './context.js';
import { ProxyError } from './errors.js';
import type { OfferRecord } from './store/store.js';
import type { QuotedOffer } from './upstreams/adapter.js';

/**
 * The quote named in the request, or a new one. A client may name a new quote
 * itself (random, as `newQuoteRef` makes them) so that parallel requests for
 * the variants of one quote share it; a quote of another site is refused.
 */
export async function quoteOf(c: ProxyContext, deps: Pick<Deps, 'store'>, site: string): Promise<string> {
  const named = c.req.header(QUOTE_HEADER);
  if (named === undefined) return newQuoteRef();
  const owner = isQuoteRef(named) ? await deps.store.quoteSite(named) : site;
  if (!isQuoteRef(named) || (owner !== undefined && owner !== site)) throw new ProxyError(400, 'quote.invalid', { path: QUOTE_HEADER });
  return named;
}

/** A new offer capability: 192 random bits, so ids cannot be counted or guessed. */
export const newOfferRef = (): string => `ofr_${randomBytes(24).toString('base64url')}`;

/** Where the offers of one answer came from. */
export interface OfferOrigin {
  upstream: string;
  site: string;
  quoteId: string;
  product: OfferRecord['product'];
  insurer: string;
}

export function offerRecord(q: QuotedOffer, from: OfferOrigin, deps: Pick<Deps, 'config'>, createdAt: string): OfferRecord {
  const o = q.offer;
  const fallbackExpiry = addDays(today(), deps.config.offers.defaultValidityDays);
  return {
    ...from,
    upstreamOfferId: o.offerId,
    publicId: newOfferRef(),
    premiumAmount: o.premiumAmount,
    currency: o.currency,
    expiresOn: o.offerExpiryDate && parseIsoDate(o.offerExpiryDate) ? o.offerExpiryDate : fallbackExpiry,
    ...(q.payment ? { payment: q.payment } : {}),
    ...(o.startDate ? { startDate: o.startDate } : {}),
    ...(o.endDate ? { endDate: o.endDate } : {}),
    ...(o.package ? { package: o.package } : {}),
    ...(o.termTime !== undefined ? { termTime: o.termTime } : {}),
    createdAt,
  };
}

export async function saveOfferRecords(c: ProxyContext, deps: Pick<Deps, 'store'>, records: OfferRecord[]): Promise<void> {
  try {
    await deps.store.saveOffers(records);
  } catch (err) {
    // An offer id another site holds: the insurer reused an id. Never let it move an offer between sites.
    c.get('log').error('offer not recorded', { offerIds: records.map((r) => r.upstreamOfferId), error: (err as Error).message });
    throw new ProxyError(502, 'upstream.unavailable');
  }
}

/** The offer as a client sees it: its capability, never the insurer's ids, codes or commission. */
export function toPublicOffer(o: NormalisedOffer, product: ProductKey, publicId: string): PublicOffer {
  return { ...publicOfferFacts(o, publicId), product };
}

/** What every offer shows, whatever its product. */
export function publicOfferFacts(o: NormalisedOffer, publicId: string): Omit<PublicOffer, 'product'> {
  const out: Omit<PublicOffer, 'product'> = { offerId: publicId, premiumAmount: o.premiumAmount, currency: o.currency, installments: o.installments };
  if (o.startDate) out.startDate = o.startDate;
  if (o.endDate) out.endDate = o.endDate;
  if (o.offerExpiryDate) out.offerExpiryDate = o.offerExpiryDate;
  if (o.package) out.package = o.package;
  if (o.termTime !== undefined) out.termTime = o.termTime;
  if (o.notes) out.notes = o.notes;
  if (o.pid) out.pid = o.pid;
  if (o.toc) out.toc = o.toc;
  return out;
}
