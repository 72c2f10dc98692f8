/**
 * Test-only routes under /__sandbox/… — mounted only when `config.admin` is
 * true (or SANDBOX_ADMIN=1); otherwise they 404 like any unknown path. Not
 * counted, never faulted: they are how a test runner steers the sandbox, not
 * part of the insurer's API.
 *
 * They reset state and switch faults, so a web page the developer happens to
 * visit must not reach them: a browser's request is refused (it carries
 * `Origin`, or a `Sec-Fetch-Site` other than none/same-origin — even a form
 * POST or a DNS-rebound name does), and every call must send the admin token,
 * which a page cannot know.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { SandboxError, fail, prefixed } from '../errors.js';
import { checkFaults } from '../faults.js';
import { ADMIN_PREFIX } from '../middleware.js';
import type { Deps, SandboxApp, SandboxEnv } from '../context.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Refuses browser-sent requests (403), then anything without the admin token (401). */
function adminGuard(adminToken: string) {
  const expected = digest(adminToken);
  return createMiddleware<SandboxEnv>(async (c, next) => {
    const site = c.req.header('Sec-Fetch-Site');
    if (c.req.header('Origin') !== undefined || (site !== undefined && site !== 'none' && site !== 'same-origin')) {
      throw fail(403, '', 'admin.crossSite');
    }
    const m = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '');
    // Digests have one length, so the comparison takes the same time whatever was sent.
    if (!m || !timingSafeEqual(digest(m[1]!), expected)) throw fail(401, '', 'admin.badToken');
    await next();
  });
}

/** An empty body is an empty object here: `POST /__sandbox/reset` needs no body. */
async function optionalJson(c: Context): Promise<Record<string, unknown>> {
  const text = await c.req.text();
  if (text.trim() === '') return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw fail(400, '', 'request.malformedJson');
  }
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
}

export function adminRoutes(app: SandboxApp, { state, config }: Deps): void {
  const p = ADMIN_PREFIX;
  app.use(`${p}/*`, adminGuard(config.adminToken));

  app.post(`${p}/reset`, async (c) => {
    const body = await optionalJson(c);
    state.reset({ tokens: body.tokens === true });
    return c.json({ data: { reset: true } });
  });

  app.get(`${p}/counters`, (c) => c.json({ data: { total: state.totalCalls, routes: state.counters } }));

  app.get(`${p}/faults`, (c) => c.json({ data: state.faults }));
  app.put(`${p}/faults`, async (c) => {
    const r = checkFaults(await optionalJson(c));
    if (!r.ok) throw new SandboxError(400, prefixed('', r.errors));
    state.faults = r.data;
    return c.json({ data: state.faults });
  });
  app.delete(`${p}/faults`, (c) => {
    state.faults = {};
    return c.json({ data: state.faults });
  });

  app.post(`${p}/tokens/expire`, (c) => {
    state.expireTokens();
    return c.json({ data: { expired: true } });
  });
  app.post(`${p}/tokens/revoke`, (c) => {
    state.revokeAllTokens();
    return c.json({ data: { revoked: true } });
  });

  app.post(`${p}/offers/:offerId/expire`, (c) => {
    if (!state.expireOffer(Number(c.req.param('offerId')))) throw fail(404, 'offerId', 'offer.notFound');
    return c.json({ data: { expired: true } });
  });

  app.get(`${p}/state`, (c) =>
    c.json({ data: { offers: state.offers.size, policies: state.policies.size, sessions: state.tokens.size, faults: state.faults } }),
  );
}
