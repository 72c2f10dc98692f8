/**
 * What every route can reach: the request's own variables (set by the
 * middleware in app.ts) and the proxy's shared parts (Deps, built once in
 * server.ts). Routes get Deps as an argument, so tests can build them freely.
 */
import type { Context } from 'hono';
import type { Locale } from '../contract/i18n/format.js';
import type { ProxyConfig, Secrets, SiteConfig } from './config.js';
import { ProxyError } from './errors.js';
import type { Logger } from './logging.js';
import type { NomenclatureCache } from './nomenclature-cache.js';
import type { RateLimiter } from './rate-limit.js';
import type { Redactor } from './redact.js';
import type { Caller, Sites } from './sites.js';
import type { Store } from './store/store.js';
import type { CallSummary } from './upstream/client.js';
import type { UpstreamAdapter } from './upstreams/adapter.js';
import type { AssetsUpstream } from './upstreams/assets.js';
import type { CascoUpstream } from './upstreams/casco.js';
import type { Issuer } from './issuance.js';

export interface ProxyVariables {
  correlationId: string;
  log: Logger;
  /** Upstream calls made for this request, for its log line. */
  trace: CallSummary[];
  locale: Locale;
  site: SiteConfig | undefined;
  caller: Caller | undefined;
}

export type ProxyEnv = { Variables: ProxyVariables };
export type ProxyContext = Context<ProxyEnv>;

export interface Deps {
  config: ProxyConfig;
  secrets: Secrets;
  sites: Sites;
  store: Store;
  /** The insurer APIs configured (`upstreams` in the file), each behind its adapter. */
  upstreams: { assets?: AssetsUpstream; casco?: CascoUpstream };
  nomenclature: NomenclatureCache;
  limiter: RateLimiter;
  redactor: Redactor;
  log: Logger;
  issuer: Issuer;
}

/** The calling site; the site middleware guarantees one on every /v1 route. */
export function siteOf(c: ProxyContext): SiteConfig {
  const site = c.get('site');
  if (!site) throw new ProxyError(403, 'site.noOrigin');
  return site;
}

/** The adapter of an upstream by name (an offer's recorded `upstream`); 502 when it is not configured. */
export function adapterOf(deps: Pick<Deps, 'upstreams'>, name: string): UpstreamAdapter {
  const adapter = (deps.upstreams as Partial<Record<string, UpstreamAdapter>>)[name];
  if (!adapter) throw new ProxyError(502, 'upstream.unavailable');
  return adapter;
}

/** The adapter an Assets product's insurer is reached through. */
export function upstreamFor(deps: Deps, insurer: string): UpstreamAdapter {
  return adapterOf(deps, deps.config.insurers[insurer]?.upstream ?? 'assets');
}

/** The JSON body of a request; anything else is a 400 (or 415 without the JSON content type). */
export async function readJson(c: ProxyContext): Promise<unknown> {
  const type = c.req.header('Content-Type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type.trim())) throw new ProxyError(415, 'request.contentType');
  const text = await c.req.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ProxyError(400, 'request.notJson');
  }
}

/** Common fields of every upstream call made on behalf of this request. */
export const callContext = (c: ProxyContext) => ({ locale: c.get('locale'), correlationId: c.get('correlationId'), trace: c.get('trace') });
