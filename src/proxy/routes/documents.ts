/**
 * GET /v1/offers/{offerId}/document and GET /v1/policies/{policyId}/document —
 * the PDF itself, decoded from the insurer's base64 files and merged into one
 * (or one file with `?type=`), only for offers and policies this site created.
 */
import type { Hono } from 'hono';
import { documentsResponse, OFFER_DOCUMENT_TYPES, type DocumentFile } from '../../contract/documents.js';
import { callContext, siteOf, upstreamFor, type Deps, type ProxyContext, type ProxyEnv } from '../context.js';
import { ProxyError } from '../errors.js';
import { isPdf, mergePdfs } from '../pdf-merge.js';

const ID = /^[1-9]\d{0,15}$/;
const TYPE = /^[a-z0-9-]{1,40}$/;

function idParam(c: ProxyContext, name: string, notFound: ProxyError): number {
  const raw = c.req.param(name) ?? '';
  if (!ID.test(raw)) throw notFound;
  return Number(raw);
}

async function sendDocuments(
  c: ProxyContext,
  deps: Deps,
  opts: { insurer: string; path: string; route: string; filename: string; knownTypes?: readonly string[] },
): Promise<Response> {
  const type = c.req.query('type');
  if (type !== undefined && (!TYPE.test(type) || (opts.knownTypes && !opts.knownTypes.includes(type))))
    throw new ProxyError(400, 'document.type', { path: 'type', params: { values: [...(opts.knownTypes ?? ['policy'])] } });

  const json = await upstreamFor(deps, opts.insurer).json({
    method: 'GET',
    path: opts.path,
    route: opts.route,
    retrySafe: true,
    timeoutMs: deps.config.upstreams.assets.documentTimeoutMs,
    ...callContext(c),
  });
  const parsed = documentsResponse.safeParse(json);
  if (!parsed.success) throw new ProxyError(502, 'upstream.malformed');

  let files: DocumentFile[] = parsed.data.data.files;
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
  const filename = type ? `${opts.filename}-${type}.pdf` : `${opts.filename}.pdf`;
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
    const raw = c.req.param('offerId');
    const notFound = new ProxyError(404, 'offer.notFound', { params: { offerId: raw.slice(0, 20) } });
    const offerId = idParam(c, 'offerId', notFound);
    const offer = await deps.store.getOffer('assets', offerId);
    if (!offer || offer.site !== site.id) throw notFound;
    return sendDocuments(c, deps, {
      insurer: offer.insurer,
      path: `/offer/${offerId}`,
      route: '/offer/:offerId',
      filename: `offer-${offerId}`,
      knownTypes: OFFER_DOCUMENT_TYPES,
    });
  });

  app.get('/v1/policies/:policyId/document', async (c) => {
    const site = siteOf(c);
    const raw = c.req.param('policyId');
    const notFound = new ProxyError(404, 'policy.notFound', { params: { policyId: raw.slice(0, 20) } });
    const policyId = idParam(c, 'policyId', notFound);
    const policy = await deps.store.getPolicy('assets', policyId);
    if (!policy || policy.site !== site.id) throw notFound;
    const offer = await deps.store.getOffer('assets', policy.offerId);
    if (!offer) throw notFound;
    return sendDocuments(c, deps, {
      insurer: offer.insurer,
      path: `/policy/${policyId}`,
      route: '/policy/:policyId',
      filename: `policy-${policy.series}-${policy.number}`.replace(/[^\w.-]+/g, '_'),
    });
  });
}
