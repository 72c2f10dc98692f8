/**
 * Casco documents: GET …/offer/{id} and GET …/policy?series=&number= (the
 * doc's two downloads), `{data: {files: [...]}}`, Romanian unless
 * `Content-Language: en`.
 */
import { validationMessage } from '../../../contract/i18n/validation.js';
import { SandboxError, fail } from '../../errors.js';
import { route } from '../../middleware.js';
import type { Deps, SandboxApp } from '../../context.js';
import { documentLocale, positiveInt } from '../../routes/documents.js';
import { cascoOfferFiles, cascoPolicyFiles } from '../documents.js';
import { offerPathInsurer } from '../fault-targets.js';
import { CASCO_PATHS } from '../paths.js';
import { cascoStore } from '../store.js';


export function cascoDocumentRoutes(app: SandboxApp, deps: Deps): void {
  const { state } = deps;

  route(app, deps, 'GET', CASCO_PATHS.offerDocuments, { auth: true, insurer: offerPathInsurer(deps) }, async (c) => {
    const id = positiveInt(c.req.param('offerId'));
    const stored = id === undefined ? undefined : cascoStore(state).offers.get(id);
    if (!stored) throw fail(404, 'offerId', 'offer.notFound');
    return c.json({ data: { files: await cascoOfferFiles(state, stored, documentLocale(c)) } });
  });

  route(app, deps, 'GET', CASCO_PATHS.policy, { auth: true }, async (c) => {
    const series = c.req.query('series')?.trim();
    const number = c.req.query('number')?.trim();
    const missing = [!series && 'series', !number && 'number'].filter((p) => p !== false);
    if (missing.length) throw new SandboxError(400, missing.map((path) => ({ path, message: validationMessage('required') })));
    const store = cascoStore(state);
    const p = store.findPolicy(series!, number!);
    if (!p) throw fail(404, '', 'policy.notFound');
    return c.json({ data: { files: await cascoPolicyFiles(state, p, store.offers.get(p.offerId)!, documentLocale(c)) } });
  });
}
