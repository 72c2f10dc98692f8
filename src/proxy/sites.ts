/**
 * Which embedding site a request speaks for. A browser call is mapped by its
 * `Origin` header (which a browser sets and page scripts cannot change — but
 * any other client can, so it selects a site's public permissions, it does not
 * authenticate); a host's server call by its bearer site secret.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { pickLocale } from '../contract/i18n/format.js';
import type { ProxyConfig, Secrets, SiteConfig } from './config.js';
import type { ProxyContext, ProxyEnv } from './context.js';
import { ProxyError } from './errors.js';
import { rateLimited, type RateLimiter } from './rate-limit.js';

export type Caller = 'browser' | 'server';

const digest = (s: string) => createHash('sha256').update(s).digest();

export class Sites {
  private readonly byOriginMap = new Map<string, SiteConfig>();
  /** Secrets are compared as SHA-256 digests, in constant time. */
  private readonly secretDigests: { site: SiteConfig; digest: Buffer }[] = [];

  constructor(config: ProxyConfig, secrets: Secrets) {
    for (const site of config.sites) {
      for (const origin of site.origins) this.byOriginMap.set(origin, site);
      const secret = secrets.siteSecret(site.id);
      if (site.issuance === 'server' && secret) this.secretDigests.push({ site, digest: digest(secret) });
    }
  }

  byOrigin(origin: string | undefined): SiteConfig | undefined {
    return origin ? this.byOriginMap.get(origin) : undefined;
  }

  bySecret(secret: string): SiteConfig | undefined {
    const d = digest(secret);
    let found: SiteConfig | undefined;
    // Compare with every site, so the time taken says nothing about which one matched.
    for (const s of this.secretDigests) if (timingSafeEqual(s.digest, d)) found = s.site;
    return found;
  }
}

const SIGNED_DOCUMENT = /^\/v1\/policies\/[^/]+\/document$/;

/** `Authorization: Bearer <secret>` → the secret. */
export function bearer(header: string | undefined): string | undefined {
  const m = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return m?.[1];
}

/** Wrong site secrets are counted per caller address (rateLimits.failedSecrets). */
export interface SecretThrottle {
  limiter: Pick<RateLimiter, 'secretBlockedFor' | 'secretFailed'>;
  /** The caller's address, as the rate limits see it. */
  clientOf(c: ProxyContext): string;
}

/**
 * Middleware: sets the request's site and caller, or refuses it. `/health`
 * needs no site; everything else needs a configured Origin or a site secret.
 */
export function identifySite(sites: Sites, throttle: SecretThrottle): MiddlewareHandler<ProxyEnv> {
  return async (c, next) => {
    if (c.req.path === '/health') return next();
    // A signed document link (a plain <a href> download sends no Origin) speaks for its policy's site; the route checks it.
    if (c.req.method === 'GET' && SIGNED_DOCUMENT.test(c.req.path) && c.req.query('signature') !== undefined && !c.req.header('Authorization')) return next();
    const origin = c.req.header('Origin');
    const secret = bearer(c.req.header('Authorization'));
    let site: SiteConfig | undefined;
    if (secret !== undefined) {
      // Too many wrong secrets from this address: refused before this one is even compared.
      const client = throttle.clientOf(c);
      const wait = await throttle.limiter.secretBlockedFor(client);
      if (wait !== undefined) throw rateLimited(wait, 'Authorization');
      site = sites.bySecret(secret);
      if (!site) {
        await throttle.limiter.secretFailed(client);
        throw new ProxyError(401, 'site.secret', { headers: { 'WWW-Authenticate': 'Bearer' } });
      }
      if (origin && !site.origins.includes(origin)) throw new ProxyError(403, 'site.secretOrigin', { params: { origin: origin.slice(0, 200) } });
      c.set('caller', 'server');
    } else if (origin) {
      site = sites.byOrigin(origin);
      if (!site) throw new ProxyError(403, 'site.origin', { params: { origin: origin.slice(0, 200) } });
      c.set('caller', 'browser');
    } else {
      throw new ProxyError(403, 'site.noOrigin');
    }
    c.set('site', site);
    c.set('locale', pickLocale(c.req.header('Accept-Language'), site.locale));
    await next();
  };
}
