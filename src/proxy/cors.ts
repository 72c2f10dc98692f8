/**
 * CORS for configured origins only: an allowed origin gets its own origin back
 * (never `*`) and the headers the elements need; any other origin gets no CORS
 * header at all, so its page cannot read our answer, and a 403. The site
 * secret's `Authorization` header is deliberately not an allowed header: a
 * browser can never send it cross-origin.
 */
import type { MiddlewareHandler } from 'hono';
import type { ProxyEnv } from './context.js';
import { ProxyError } from './errors.js';
import type { Sites } from './sites.js';

export const ALLOWED_METHODS = 'GET, POST, OPTIONS';
export const ALLOWED_HEADERS = 'Content-Type, Accept-Language, Idempotency-Key, Lih-Quote-Id';
export const EXPOSED_HEADERS = 'X-Correlation-Id, Content-Disposition, Retry-After, Idempotent-Replayed, ETag';

export function cors(sites: Sites, maxAgeSeconds: number): MiddlewareHandler<ProxyEnv> {
  return async (c, next) => {
    const origin = c.req.header('Origin');
    const site = sites.byOrigin(origin);
    if (c.req.method === 'OPTIONS') {
      c.header('Vary', 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers');
      if (!site) throw new ProxyError(403, origin ? 'site.origin' : 'site.noOrigin', { params: { origin: (origin ?? '').slice(0, 200) } });
      return c.body(null, 204, {
        'Access-Control-Allow-Origin': origin!,
        'Access-Control-Allow-Methods': ALLOWED_METHODS,
        'Access-Control-Allow-Headers': ALLOWED_HEADERS,
        'Access-Control-Max-Age': String(maxAgeSeconds),
      });
    }
    await next();
    c.header('Vary', 'Origin', { append: true });
    if (site) {
      c.header('Access-Control-Allow-Origin', origin!);
      c.header('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    }
  };
}
