/**
 * GET /v1/offers/{offerId}/document and GET /v1/policies/{policyId}/document —
 * the PDF itself, decoded from the insurer's base64 files and merged into one
 * (or one file with `?type=`). The ids are capabilities the proxy handed to
 * the client that quoted (or to the server that issued), and they work only
 * for the site that created them. On a server-issuance site a policy's
 * documents need the site secret or a signed link from the shop's server.
 */
import type { Hono } from 'hono';
import { OFFER_DOCUMENT_TYPES, type DocumentFile } from '../../contract/documents.js';
import { adapterOf, callContext, siteOf, type Deps, type ProxyContext, type ProxyEnv } from '../context.js';
import { ProxyError } from '../errors.js';
import { isPdf, mergePdfs } from '../pdf-merge.js';
import { signedLinkOf, signLink, verifyLink } from '../document-links.js';
import { clientAddress } from '../client-address.js';
import { rateLimited } from '../rate-limit.js';
import { isOfferRef, isPolicyRef, type DocumentLinkResponse } from '../../contract/public-api.js';

const TYPE = /^[a-z0-9-]{1,40}$/;

/** Which files to send: all, or one type (`?type=`), checked before any upstream call. */
function requestedType(c: ProxyContext, knownTypes?: readonly string[]): string | undefined {
  const type = c.req.query('type');
  if (type !== undefined && (!TYPE.test(type) || (knownTypes && !knownTypes.includes(type))))
    throw new ProxyError(400, 'document.type', { path: 'type', params: { values: [...(knownTypes ?? ['policy'])] } });
  return type;
}

async function sendDocuments(c: ProxyContext, all: DocumentFile[], type: string | undefined, name: string): Promise<Response> {
  let files = all;
  if (type !== undefined) {
    files = files.filter((f) => f.type === type);
    if (!files.length) throw new ProxyError(404, 'document.missing', { path: 'type', params: { type } });
  }
  const pdfs = files.map((f) => new Uint8Array(Buffer.from(f.content, 'base64'))).filter(isPdf);
  if (!pdfs.length) throw new ProxyError(502, 'document.none');
  let pdf: Uint8Array;
  try {
    pdf = await mergePdfs(pdfs);
  } catch (err) {
    c.get('log').error('insurer PDFs could not be merged', { error: (err as Error).message });
    throw new ProxyError(502, 'upstream.malformed');
  }
  const filename = type ? `${name}-${type}.pdf` : `${name}.pdf`;
  return c.body(pdf as Uint8Array<ArrayBuffer>, 200, {
    'Content-Type': 'application/pdf',
    'Content-Disposition': `attachment; filename="${filename}"`,
    'Content-Length': String(pdf.byteLength),
    // Personal data inside: never stored by a shared cache.
    'Cache-Control': 'no-store',
  });
}

export function registerDocuments(app: Hono<ProxyEnv>, deps: Deps): void {
  app.get('/v1/offers/:offerId/document', async (c) => {
    const site = siteOf(c);
    const ref = c.req.param('offerId');
    const notFound = new ProxyError(404, 'offer.notFound', { params: { offerId: ref.slice(0, 40) } });
    // The capability: only the client that quoted got this id; another site's id is as unknown as a wrong one.
    const offer = isOfferRef(ref) ? await deps.store.offerByRef(ref) : undefined;
    if (!offer || offer.site !== site.id) throw notFound;
    const type = requestedType(c, OFFER_DOCUMENT_TYPES);
    // Back to the API the offer came from.
    const files = await adapterOf(deps, offer.upstream).offerDocuments(offer, callContext(c));
    return sendDocuments(c, files, type, `offer-${offer.product}${offer.termTime ? `-${offer.termTime}` : ''}`);
  });

  app.get('/v1/policies/:policyId/document', async (c) => {
    const ref = c.req.param('policyId');
    const notFound = new ProxyError(404, 'policy.notFound', { params: { policyId: ref.slice(0, 40) } });
    const policy = isPolicyRef(ref) ? await deps.store.policyByRef(ref) : undefined;
    const link = signedLinkOf(c);
    if (link) {
      // No site came with it, so the site's middleware neither throttled nor counted it: done here, by address —
      // wrong links as wrong secrets are, a good one against its policy's site limits.
      const client = clientAddress(c, deps.config.server.trustProxyHops);
      const wait = await deps.limiter.secretBlockedFor(client);
      if (wait !== undefined) throw rateLimited(wait);
      // A signed link speaks for its policy's site: valid only with that site's secret, until it expires.
      const secret = policy && deps.secrets.siteSecret(policy.site);
      if (!policy || !secret || !verifyLink(secret, policy.policyId, link, Date.now())) {
        await deps.limiter.secretFailed(client);
        throw new ProxyError(403, 'document.link');
      }
      const r = await deps.limiter.take(policy.site, client);
      if (!r.ok) throw rateLimited(r.retryAfterSeconds);
    } else {
      const site = siteOf(c);
      if (!policy || policy.site !== site.id) throw notFound;
      // Where the shop's server issues, the browser never held the policy id: only that server (or its link) opens it.
      if (site.issuance === 'server' && c.get('caller') !== 'server') throw new ProxyError(403, 'document.serverSite');
    }
    const type = requestedType(c);
    const files = await adapterOf(deps, policy.upstream).policyDocuments(policy, callContext(c));
    return sendDocuments(c, files, type, `policy-${policy.series}-${policy.number}`.replace(/[^\w.-]+/g, '_'));
  });

  /** For a server-issuance site's server: a short-lived link its page can open without the secret. */
  app.post('/v1/policies/:policyId/document-link', async (c) => {
    const site = siteOf(c);
    if (c.get('caller') !== 'server') throw new ProxyError(403, 'document.serverSite');
    const ref = c.req.param('policyId');
    const policy = isPolicyRef(ref) ? await deps.store.policyByRef(ref) : undefined;
    if (!policy || policy.site !== site.id) throw new ProxyError(404, 'policy.notFound', { params: { policyId: ref.slice(0, 40) } });
    const secret = deps.secrets.siteSecret(site.id)!;
    const expires = Math.floor(Date.now() / 1000) + deps.config.policies.documentLinkSeconds;
    const answer: DocumentLinkResponse = {
      path: `/v1/policies/${policy.policyId}/document?expires=${expires}&signature=${signLink(secret, policy.policyId, expires)}`,
      expiresAt: new Date(expires * 1000).toISOString(),
      correlationId: c.get('correlationId'),
    };
    return c.json(answer, 201);
  });
}
