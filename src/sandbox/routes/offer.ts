/**
 * POST /offer: the product is the one key present in `product`; the body is
 * checked with the contract's schemas (the same ones the proxy and elements
 * use) in wire mode — values only in the form the API takes, as the docs'
 * types and formats say, never the friendly forms a person types — then
 * against what only the insurer knows (its credentials, its nomenclatures),
 * then priced. Multi-offer products answer `data.offers[]` (the Casco and
 * Liability docs' shape; the Assets examples were lost in the export), the
 * others `data` as one Offer, as the Assets docs say (docs/sandbox.md).
 */
import { offerRequest } from '../../contract/provider.js';
import { PRODUCTS, detectProduct, type ProductKey } from '../../contract/products/index.js';
import { checkProductWire, checkWire } from '../../contract/wire.js';
import type { SandboxConfig } from '../config.js';
import { SandboxError, apiError, fail, prefixed, type ApiError } from '../errors.js';
import { readJson } from '../body.js';
import { route } from '../middleware.js';
import { nomenclatureErrors } from '../nomenclature/checks.js';
import { priceOffers, pricingErrors } from '../pricing/index.js';
import { storeOffers } from '../offers.js';
import type { Deps, SandboxApp } from '../context.js';
import type { Provider } from '../../contract/provider.js';

/** Products the docs say always answer with several offers. */
const MULTI_OFFER: ReadonlySet<ProductKey> = new Set(['tireFleet', 'electronics']);

export function credentialsAccepted(config: SandboxConfig, p: Provider): boolean {
  const expected = config.insurers[p.organization.businessName];
  if (!expected) return false;
  const a = p.authentication;
  // The docs mark account, password and code "Required: No": sent none (or
  // empty), the insurer's credentials configured for the operator apply.
  // Sent any, they must all match.
  const none = (v: string | undefined) => v === undefined || v === '';
  if (none(a.account) && none(a.password) && none(a.code)) return true;
  return a.account === expected.account && a.password === expected.password && (expected.code === undefined || a.code === expected.code);
}

/** First errors win per path: a schema error is the one to fix before a nomenclature one. */
function merge(...lists: ApiError[][]): ApiError[] {
  const seen = new Set<string>();
  return lists.flat().filter((e) => !seen.has(e.path) && (seen.add(e.path), true));
}

export function offerRoutes(app: SandboxApp, deps: Deps): void {
  route(app, deps, 'POST', '/offer', { auth: true }, async (c) => {
    const envelope = checkWire(offerRequest, await readJson(c));
    if (!envelope.ok) throw new SandboxError(400, prefixed('', envelope.errors));
    const { provider, product } = envelope.data;

    const found = detectProduct(product);
    if (!found.ok) throw new SandboxError(400, prefixed('product', found.errors));
    const key = found.key;

    const insurers: readonly string[] = PRODUCTS[key].insurers;
    const insurer = provider.organization.businessName;
    if (!insurers.includes(insurer)) throw fail(400, 'provider.organization.businessName', 'insurer.notForProduct', { values: [...insurers] });
    if (!credentialsAccepted(deps.config, provider)) throw fail(403, 'provider.authentication', 'insurer.credentials');

    const checked = checkProductWire(product);
    const schemaErrors = checked.ok ? [] : prefixed('product', checked.errors);
    const errors = merge(schemaErrors, nomenclatureErrors(key, product), checked.ok ? pricingErrors(key, checked.data) : []);
    if (!checked.ok || errors.length) {
      throw new SandboxError(400, errors.length ? errors : [apiError('product', 'internal.error')]);
    }

    const drafts = priceOffers(key, checked.data, insurer);
    const stored = storeOffers(deps.config, deps.state, { product: key, insurer, body: checked.data, account: c.get('account') }, drafts);
    const offers = stored.map((s) => s.offer);
    return c.json({ data: MULTI_OFFER.has(key) || offers.length > 1 ? { offers } : offers[0]! });
  });
}
