/**
 * POST /v1/policies — `{offerId, payment: {documentNumber?}}` with a required
 * Idempotency-Key. On a `server` site only the host's server (bearer site
 * secret) may issue; the browser is refused. The payment is built by the
 * Issuer from the proxy's record; extra fields in the body are ignored.
 */
import { IDEMPOTENT_REPLAYED_HEADER } from '../../contract/public-api.js';
import type { Hono } from 'hono';
import { checkWith } from '../../contract/issues.js';
import { validationMessage } from '../../contract/i18n/validation.js';
import { IDEMPOTENCY_HEADER, issueRequest, type IssueResponse } from '../../contract/public-api.js';
import { readJson, siteOf, type Deps, type ProxyEnv } from '../context.js';
import { ProxyError, validationError } from '../errors.js';

/** Visible ASCII, as Stripe and the IETF draft use (a UUID fits). */
const KEY = /^[\x21-\x7e]{1,255}$/;

export function registerPolicies(app: Hono<ProxyEnv>, deps: Deps): void {
  app.post('/v1/policies', async (c) => {
    const site = siteOf(c);
    if (site.issuance === 'server' && c.get('caller') !== 'server') throw new ProxyError(403, 'site.serverIssuance');

    const key = c.req.header(IDEMPOTENCY_HEADER);
    if (key === undefined || key === '') throw new ProxyError(400, 'idempotency.missing', { path: IDEMPOTENCY_HEADER });
    if (!KEY.test(key)) throw new ProxyError(400, 'idempotency.format', { path: IDEMPOTENCY_HEADER });

    const checked = checkWith(issueRequest, await readJson(c));
    if (!checked.ok) throw validationError(checked.errors);
    const body = checked.data;

    let documentNumber: string | undefined;
    if (site.payment.documentNumberRequired) {
      const given = body.payment?.documentNumber;
      if (!given)
        throw validationError([{ path: 'payment.documentNumber', key: 'required', message: validationMessage('required') }]);
      documentNumber = given;
    }

    const result = await deps.issuer.issue({
      site,
      key,
      // The parsed body: unknown fields (an `amount`, say) are dropped, so they neither count nor matter.
      body,
      documentNumber,
      locale: c.get('locale'),
      correlationId: c.get('correlationId'),
      trace: c.get('trace'),
      log: c.get('log'),
    });
    if (result.replayed) c.header(IDEMPOTENT_REPLAYED_HEADER, 'true');
    const answer: IssueResponse = { policy: result.policy, correlationId: c.get('correlationId') };
    return c.json(answer, 201);
  });
}
