/**
 * The Hono app: middleware in the order a request meets it, then the routes.
 * Web-standard (Request → Response) so it can run on other runtimes later;
 * only server.ts knows about Node.
 */
import { CORRELATION_HEADER } from '../contract/public-api.js';
import { randomUUID } from 'node:crypto';
import { Hono, type MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { pickLocale } from '../contract/i18n/format.js';
import type { Deps, ProxyContext, ProxyEnv } from './context.js';
import { cors } from './cors.js';
import { errorBody, ProxyError } from './errors.js';
import { rateLimited } from './rate-limit.js';
import { clientAddress } from './client-address.js';
import { identifySite } from './identify-site.js';
import { registerCasco } from './routes/casco.js';
import { registerConfig } from './routes/config.js';
import { registerDocuments } from './routes/documents.js';
import { registerHealth } from './routes/health.js';
import { registerNomenclature } from './routes/nomenclature.js';
import { registerOffers } from './routes/offers.js';
import { registerPolicies } from './routes/policies.js';

const CORRELATION_ID = /^[A-Za-z0-9._:-]{8,80}$/;
const CAPABILITY = /\b(ofr|pol|qte)_[A-Za-z0-9_-]+/g;

/** Correlation id, default language, and one log line per request (no bodies, no headers). */
function requestLog(deps: Deps): MiddlewareHandler<ProxyEnv> {
  return async (c, next) => {
    const started = performance.now();
    const incoming = c.req.header(CORRELATION_HEADER);
    const correlationId = incoming && CORRELATION_ID.test(incoming) ? incoming : randomUUID();
    c.set('correlationId', correlationId);
    c.set('trace', []);
    c.set('locale', pickLocale(c.req.header('Accept-Language'), 'en'));
    c.set('log', deps.log.child({ correlationId }));
    c.set('site', undefined);
    c.set('caller', undefined);
    await next();
    c.header(CORRELATION_HEADER, correlationId);
    // The language messages (and documents) were chosen in: Accept-Language, else the site's.
    c.header('Content-Language', c.get('locale'));
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
    const status = c.res.status;
    const trace = c.get('trace');
    c.get('log')[status >= 500 ? 'error' : 'info']('request', {
      site: c.get('site')?.id,
      caller: c.get('caller'),
      method: c.req.method,
      // Capabilities open PDFs: a log reader gets their kind, never the id.
      path: c.req.path.slice(0, 200).replace(CAPABILITY, '$1_…'),
      status,
      ms: Math.round(performance.now() - started),
      ...(trace.length ? { upstream: trace } : {}),
    });
  };
}

/** Client, network and site limits (rate-limit.ts); 429 in the error shape, with Retry-After. */
function rateLimit(deps: Deps): MiddlewareHandler<ProxyEnv> {
  return async (c, next) => {
    const site = c.get('site');
    if (!site) return next();
    const r = await deps.limiter.take(site.id, clientAddress(c, deps.config.server.trustProxyHops));
    if (!r.ok) throw rateLimited(r.retryAfterSeconds);
    await next();
  };
}

/**
 * Past this much, the rest of an over-limit body is not read: the 413 closes
 * the connection instead. (requestTimeoutMs bounds the reading too.)
 */
const DRAIN_MAX_BYTES = 16 * 1024 * 1024;

/**
 * Reads the body here, once, so the routes get it whole. Bodies over `max`
 * bytes get 413, after the rest is read and dropped: an answer sent while the
 * client is still sending leaves the connection out of step, and the client's
 * keep-alive pool would send its next request into it. A body too large even
 * to drop gets a 413 that closes the connection.
 */
function bodyLimit(max: number): MiddlewareHandler<ProxyEnv> {
  const tooLarge = (close: boolean) =>
    new ProxyError(413, 'request.tooLarge', { params: { max }, ...(close ? { headers: { Connection: 'close' } } : {}) });
  return async (c, next) => {
    const chunked = c.req.header('Transfer-Encoding') !== undefined;
    const declared = Number(c.req.header('Content-Length') ?? 0);
    if (!chunked && declared === 0) return next();
    if (!chunked && !(declared <= DRAIN_MAX_BYTES)) throw tooLarge(true);
    const body = c.req.raw.body;
    if (!body) return next();
    const reader = body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      let read: ReadableStreamReadResult<Uint8Array>;
      try {
        read = await reader.read();
      } catch {
        // The client went away mid-body (or Node cut it off at requestTimeoutMs and answered 408 itself):
        // nobody is left to answer, and it is not the proxy's error.
        return c.body(null, 408);
      }
      if (read.done) break;
      size += read.value.length;
      if (size > DRAIN_MAX_BYTES) {
        await reader.cancel().catch(() => {});
        throw tooLarge(true);
      }
      if (size <= max) chunks.push(read.value);
    }
    if (size > max) throw tooLarge(false);
    c.req.raw = new Request(c.req.raw, { body: Buffer.concat(chunks) });
    await next();
  };
}

export function createApp(deps: Deps): Hono<ProxyEnv> {
  const app = new Hono<ProxyEnv>();
  const max = deps.config.server.bodyLimitBytes;

  app.use('*', requestLog(deps));
  app.use(
    '*',
    secureHeaders({
      // JSON and PDFs only: nothing may load, run or frame anything from here.
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
      xFrameOptions: 'DENY',
      referrerPolicy: 'no-referrer',
      strictTransportSecurity: deps.config.server.hsts ? 'max-age=31536000; includeSubDomains' : false,
      // Ignored for CORS requests (the elements' fetches); blocks no-cors embedding of our answers elsewhere.
      crossOriginResourcePolicy: 'same-origin',
    }),
  );
  app.use('*', cors(deps.sites, deps.config.server.corsMaxAgeSeconds));
  app.use('*', identifySite(deps.sites, { limiter: deps.limiter, clientOf: (c) => clientAddress(c, deps.config.server.trustProxyHops) }));
  app.use('*', rateLimit(deps));
  app.use('*', bodyLimit(max));

  registerHealth(app);
  registerConfig(app, deps);
  registerNomenclature(app, deps);
  registerOffers(app, deps);
  registerCasco(app, deps);
  registerPolicies(app, deps);
  registerDocuments(app, deps);

  app.notFound((c) => c.json(errorBody(new ProxyError(404, 'request.notFound'), c.get('locale') ?? 'en', c.get('correlationId') ?? randomUUID()), 404));
  app.onError((err, c) => {
    const locale = c.get('locale') ?? 'en';
    const correlationId = c.get('correlationId') ?? randomUUID();
    let e: ProxyError;
    if (err instanceof ProxyError) e = err;
    else {
      (c.get('log') ?? deps.log).error('unhandled error', { error: err, stack: err.stack?.split('\n').slice(0, 6).join(' | ') });
      e = new ProxyError(500, 'server.error');
    }
    for (const [k, v] of Object.entries(e.headers)) c.header(k, v);
    return c.json(errorBody(e, locale, correlationId), e.status);
  });
  return app;
}
