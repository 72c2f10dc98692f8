/**
 * Middleware: which site a request speaks for (sites.ts), and as which caller — or a refusal.
 */
import type { MiddlewareHandler } from 'hono';
import { pickLocale } from '../contract/i18n/format.js';
import type { SiteConfig } from './config.js';
import type { ProxyContext, ProxyEnv } from './context.js';
import { ProxyError } from './errors.js';
import { rateLimited, type RateLimiter } from './rate-limit.js';
import type { Sites } from './sites.js';

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
