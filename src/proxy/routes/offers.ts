/**
 * POST /v1/offers — the body is the upstream `product` object (an Assets
 * product, keyed by its name) or a casco quote (`{casco, insurers}`, see
 * casco-quote.ts). The proxy checks it with the contract (an invalid body
 * never reaches the insurer), adds the insurer and its credentials, forwards
 * it, records each offer for this site under a new random capability, and
 * answers the normalised list with those capabilities — never the insurer's
 * ids, commission or credentials.
 */
import type { Hono } from 'hono';
import { isCascoQuote } from '../../contract/casco/public-api.js';
import { checkProduct, detectProduct } from '../../contract/products/index.js';
import type { OffersResponse } from '../../contract/public-api.js';
import { quoteCasco } from '../casco-quote.js';
import { insurerFor } from '../config.js';
import { callContext, readJson, siteOf, upstreamFor, type Deps, type ProxyEnv } from '../context.js';
import { ProxyError, validationError } from '../errors.js';
import { offerRecord, quoteOf, saveOfferRecords, toPublicOffer } from '../offer-records.js';
import { UnreadableAnswer } from '../upstreams/assets.js';
import type { QuotedOffer } from '../upstreams/adapter.js';

/** `product.tire.startDate` (the upstream body) → `tire.startDate` (the public body); other paths are ours, not the caller's. */
export const publicProductPath = (p: string): string => (p.startsWith('product.') ? p.slice('product.'.length) : '');

export { newOfferRef, toPublicOffer } from '../offer-records.js';

export function registerOffers(app: Hono<ProxyEnv>, deps: Deps): void {
  app.post('/v1/offers', async (c) => {
    const site = siteOf(c);
    const body = await readJson(c);
    if (isCascoQuote(body)) return c.json(await quoteCasco(c, deps, site, body));

    const found = detectProduct(body);
    if (found.ok && !site.products.includes(found.key)) throw new ProxyError(403, 'site.product', { params: { product: found.key } });
    const checked = checkProduct(body);
    if (!checked.ok) throw validationError(checked.errors);

    const product = checked.key;
    const insurer = insurerFor(site, product);
    const upstream = upstreamFor(deps, insurer);
    let quoted: QuotedOffer[];
    try {
      quoted = await upstream.quote(insurer, checked.data, { mapPath: publicProductPath, ...callContext(c) });
    } catch (err) {
      if (err instanceof UnreadableAnswer) c.get('log').error('upstream offer answer unreadable', { issues: err.issues });
      throw err;
    }

    const createdAt = new Date().toISOString();
    const quoteId = await quoteOf(c, deps, site.id);
    const records = quoted.map((q) => offerRecord(q, { upstream: upstream.name, site: site.id, quoteId, product, insurer }, deps, createdAt));
    await saveOfferRecords(c, deps, records);

    // The insurer's ids stay here; the client gets only the capabilities.
    const answer: OffersResponse = { quoteId, offers: quoted.map((q, i) => toPublicOffer(q.offer, product, records[i]!.publicId)), correlationId: c.get('correlationId') };
    return c.json(answer);
  });
}
