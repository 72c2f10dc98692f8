/**
 * Document downloads: GET /offer/{offerId}, GET /policy/{policyId} and
 * GET /policy?series=&number=, each `{data: {files: [...]}}` with PDFs. They
 * are written in Romanian, the insurer's language, unless the caller sends
 * `Content-Language: en`.
 */
import type { Context } from 'hono';
import type { Locale } from '../../contract/i18n/format.js';
import { validationMessage } from '../../contract/i18n/validation.js';
import { fail, SandboxError } from '../errors.js';
import { offerFiles, policyFiles } from '../documents/files.js';
import { route } from '../middleware.js';
import type { Deps, SandboxApp, SandboxEnv } from '../context.js';
import type { StoredPolicy } from '../state.js';

/** Documents default to Romanian; only an explicit English request changes that. */
export const documentLocale = (c: Context<SandboxEnv>): Locale => (/^\s*en\b/i.test(c.req.header('Content-Language') ?? '') ? 'en' : 'ro');

/** A route's id parameter as a number, or undefined when it is not a positive whole number. */
export const positiveInt = (v: string | undefined): number | undefined => (v && /^\d{1,15}$/.test(v) && Number(v) > 0 ? Number(v) : undefined);

export function documentRoutes(app: SandboxApp, deps: Deps): void {
  const { state } = deps;

  route(app, deps, 'GET', '/offer/:offerId', { auth: true }, async (c) => {
    const id = positiveInt(c.req.param('offerId'));
    const stored = id === undefined ? undefined : state.offers.get(id);
    if (!stored) throw fail(404, 'offerId', 'offer.notFound');
    return c.json({ data: { files: await offerFiles(state, stored, documentLocale(c)) } });
  });

  const sendPolicy = async (c: Context<SandboxEnv>, p: StoredPolicy | undefined) => {
    if (!p) throw fail(404, '', 'policy.notFound');
    return c.json({ data: { files: await policyFiles(state, p, state.offers.get(p.offerId)!, documentLocale(c)) } });
  };

  route(app, deps, 'GET', '/policy/:policyId', { auth: true }, async (c) => {
    const id = positiveInt(c.req.param('policyId'));
    return sendPolicy(c, id === undefined ? undefined : state.policies.get(id));
  });

  route(app, deps, 'GET', '/policy', { auth: true }, async (c) => {
    const series = c.req.query('series')?.trim();
    const number = c.req.query('number')?.trim();
    const missing = [!series && 'series', !number && 'number'].filter((p) => p !== false);
    if (missing.length) throw new SandboxError(400, missing.map((path) => ({ path, message: validationMessage('required') })));
    return sendPolicy(c, state.findPolicy(series!, number!));
  });
}
