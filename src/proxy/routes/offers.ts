/**
 * POST /v1/offers — the body is the upstream `product` object. The proxy checks
 * it with the contract (an invalid body never reaches the insurer), adds the
 * insurer and its credentials, forwards it, records each offer for this site
 * under a new random capability, and answers the normalised list with those
 * capabilities — never the insurer's ids, commission or credentials.
 */
import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import { addDays, parseIsoDate, today } from '../../contract/clock.js';
import { normaliseOffers, type NormalisedOffer } from '../../contract/offer.js';
import { checkProduct, detectProduct, type ProductKey } from '../../contract/products/index.js';
import { isQuoteRef, newQuoteRef, QUOTE_HEADER, type OffersResponse, type PublicOffer } from '../../contract/public-api.js';
import { insurerFor } from '../config.js';
import { callContext, readJson, siteOf, upstreamFor, type Deps, type ProxyContext, type ProxyEnv } from '../context.js';
import { ProxyError, validationError } from '../errors.js';
import type { OfferRecord } from '../store/store.js';

/** `product.tire.startDate` (the upstream body) → `tire.startDate` (the public body); other paths are ours, not the caller's. */
export const publicProductPath = (p: string): string => (p.startsWith('product.') ? p.slice('product.'.length) : '');


/** A new offer capability: 192 random bits, so ids cannot be counted or guessed. */
export const newOfferRef = (): string => `ofr_${randomBytes(24).toString('base64url')}`;

export function toPublicOffer(o: NormalisedOffer, product: ProductKey, publicId: string): PublicOffer {
  const out: PublicOffer = { offerId: publicId, product, premiumAmount: o.premiumAmount, currency: o.currency, installments: o.installments };
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

/**
 * The quote named in the request, or a new one. A client may name a new quote
 * itself (random, as `newQuoteRef` makes them) so that parallel requests for
 * the variants of one quote share it; a quote of another site is refused.
 */
async function quoteOf(c: ProxyContext, deps: Deps, site: string): Promise<string> {
  const named = c.req.header(QUOTE_HEADER);
  if (named === undefined) return newQuoteRef();
  const owner = isQuoteRef(named) ? await deps.store.quoteSite(named) : site;
  if (!isQuoteRef(named) || (owner !== undefined && owner !== site)) throw new ProxyError(400, 'quote.invalid', { path: QUOTE_HEADER });
  return named;
}

export function registerOffers(app: Hono<ProxyEnv>, deps: Deps): void {
  app.post('/v1/offers', async (c) => {
    const site = siteOf(c);
    const body = await readJson(c);
    const found = detectProduct(body);
    if (found.ok && !site.products.includes(found.key)) throw new ProxyError(403, 'site.product', { params: { product: found.key } });
    const checked = checkProduct(body);
    if (!checked.ok) throw validationError(checked.errors);

    const product = checked.key;
    const insurer = insurerFor(site, product);
    const json = await upstreamFor(deps, insurer).json({
      method: 'POST',
      path: '/offer',
      route: '/offer',
      body: {
        provider: { organization: { businessName: insurer }, authentication: deps.secrets.insurer(insurer) },
        product: checked.data,
      },
      // Creating an offer is not idempotent upstream: no blind retries (the 401 re-login retry stays).
      retrySafe: false,
      mapPath: publicProductPath,
      ...callContext(c),
    });
    const normalised = normaliseOffers(json);
    if (!normalised.ok) {
      c.get('log').error('upstream offer answer unreadable', { issues: normalised.issues });
      throw new ProxyError(502, 'upstream.malformed');
    }

    const createdAt = new Date().toISOString();
    const fallbackExpiry = addDays(today(), deps.config.offers.defaultValidityDays);
    const quoteId = await quoteOf(c, deps, site.id);
    const records: OfferRecord[] = normalised.offers.map((o) => ({
      upstream: 'assets',
      upstreamOfferId: o.offerId,
      publicId: newOfferRef(),
      quoteId,
      site: site.id,
      product,
      insurer,
      premiumAmount: o.premiumAmount,
      currency: o.currency,
      expiresOn: o.offerExpiryDate && parseIsoDate(o.offerExpiryDate) ? o.offerExpiryDate : fallbackExpiry,
      ...(o.startDate ? { startDate: o.startDate } : {}),
      ...(o.endDate ? { endDate: o.endDate } : {}),
      ...(o.package ? { package: o.package } : {}),
      ...(o.termTime !== undefined ? { termTime: o.termTime } : {}),
      createdAt,
    }));
    try {
      await deps.store.saveOffers(records);
    } catch (err) {
      // An offer id another site holds: the insurer reused an id. Never let it move an offer between sites.
      c.get('log').error('offer not recorded', { offerIds: records.map((r) => r.upstreamOfferId), error: (err as Error).message });
      throw new ProxyError(502, 'upstream.unavailable');
    }

    // The insurer's ids stay here; the client gets only the capabilities.
    const answer: OffersResponse = { quoteId, offers: normalised.offers.map((o, i) => toPublicOffer(o, product, records[i]!.publicId)), correlationId: c.get('correlationId') };
    return c.json(answer);
  });
}
