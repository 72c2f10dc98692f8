/**
 * What runs around every route: a correlation id and the caller's language,
 * call counting, fault injection, and the Token check. Routes are registered
 * through `route()`, so each one is counted under its own pattern
 * ('GET /nomenclature/locality/:county') and can be singled out by a fault.
 */
import type { IncomingMessage } from 'node:http';
import type { Context, Handler, MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
import { now } from '../contract/clock.js';
import { pickLocale } from '../contract/i18n/format.js';
import { TOKEN_HEADER } from '../contract/auth.js';
import { checkAccessToken } from './auth/tokens.js';
import { fail, sendError, apiError } from './errors.js';
import { truncateJson } from './faults.js';
import type { Deps, SandboxApp, SandboxEnv } from './context.js';

export const ADMIN_PREFIX = '/__sandbox';
export const CORRELATION_HEADER = 'X-Correlation-Id';

/** Every response carries a fresh correlation id; messages follow `Content-Language` (English by default). */
export function requestContext(deps: Deps): MiddlewareHandler<SandboxEnv> {
  return createMiddleware<SandboxEnv>(async (c, next) => {
    const correlationId = crypto.randomUUID();
    c.set('correlationId', correlationId);
    c.set('locale', pickLocale(c.req.header('Content-Language'), 'en'));
    if (!c.req.path.startsWith(ADMIN_PREFIX)) deps.state.countCall();
    c.header(CORRELATION_HEADER, correlationId);
    await next();
    c.res.headers.set(CORRELATION_HEADER, correlationId);
  });
}

// unref: an added latency must not keep a closed sandbox's process alive.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/** Which insurer a call is for, read from its request (the body is cached: the route reads it again). */
export type InsurerOf = (c: Context<SandboxEnv>) => Promise<string | undefined>;

/** Counts the call and applies the active faults that cover this route (and its insurer). */
function endpoint(deps: Deps, route: string, insurerOf?: InsurerOf): MiddlewareHandler<SandboxEnv> {
  return createMiddleware<SandboxEnv>(async (c, next) => {
    const { state, config } = deps;
    state.countRoute(route);
    const plan = state.faultPlan;
    const insurer = insurerOf ? await insurerOf(c) : undefined;
    const delay = plan.latency(route, insurer);
    if (delay > 0) await sleep(delay);
    if (plan.fires('timeoutRate', route, insurer)) {
      await state.hang(c.req.raw.signal, config.maxHangMs);
      return sendError(c, 504, [apiError('', 'fault.timeout')]);
    }
    const failing = plan.firing('errorRate', route, insurer);
    if (failing) return sendError(c, failing.errorStatus, [apiError('', 'fault.injected')]);
    await next();
    if (plan.fires('malformedRate', route, insurer)) await garble(c);
    if (plan.fires('dropRate', route, insurer)) drop(c);
  });
}

/** Destroys the connection before the answer is written: the route's work stands, the caller gets a socket error. */
function drop(c: Context): void {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  incoming?.socket.destroy();
}

/** Replaces a JSON answer by its first half: right status and headers, unparseable body. */
async function garble(c: Context): Promise<void> {
  const res = c.res;
  if (!res.headers.get('content-type')?.includes('json')) return;
  const text = await res.clone().text();
  const headers = new Headers(res.headers);
  headers.delete('content-length');
  c.res = undefined;
  c.res = new Response(truncateJson(text), { status: res.status, headers });
}

/** The JWT in the `Token` header must be valid, unexpired and unrevoked. */
function requireToken(deps: Deps, route: string): MiddlewareHandler<SandboxEnv> {
  return createMiddleware<SandboxEnv>(async (c, next) => {
    const check = await checkAccessToken(deps.config, deps.state, c.req.header(TOKEN_HEADER));
    if (!check.ok) {
      const key = ({ missing: 'auth.missingToken', invalid: 'auth.invalidToken', expired: 'auth.expiredToken', revoked: 'auth.revokedToken' } as const)[check.reason];
      throw fail(401, '', key);
    }
    if (deps.state.faultPlan.fires('tokenExpiryRate', route)) {
      const record = deps.state.tokens.get(check.jti);
      if (record) record.expiresAtMs = Math.min(record.expiresAtMs, now().getTime());
      throw fail(401, '', 'auth.expiredToken');
    }
    c.set('account', check.account);
    c.set('jti', check.jti);
    await next();
  });
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/**
 * Registers a counted, faultable route; `auth: true` puts it behind the Token
 * check; `insurer` names the insurer a call is for, so faults can single it out.
 */
export function route(app: SandboxApp, deps: Deps, method: Method, path: string, opts: { auth: boolean; insurer?: InsurerOf }, handler: Handler<SandboxEnv>): void {
  const key = `${method} ${path}`;
  if (opts.auth) app.on(method, path, endpoint(deps, key, opts.insurer), requireToken(deps, key), handler);
  else app.on(method, path, endpoint(deps, key, opts.insurer), handler);
}
