/**
 * Test-only routes under /__sandbox/… — mounted only when `config.admin` is
 * true (or SANDBOX_ADMIN=1); otherwise they 404 like any unknown path. No
 * token, not counted, never faulted: they are how a test runner steers the
 * sandbox, not part of the insurer's API.
 */
import type { Context } from 'hono';
import { SandboxError, fail, prefixed } from '../errors.js';
import { checkFaults } from '../faults.js';
import { ADMIN_PREFIX } from '../middleware.js';
import type { Deps, SandboxApp } from '../context.js';

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

export function adminRoutes(app: SandboxApp, { state }: Deps): void {
  const p = ADMIN_PREFIX;

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
