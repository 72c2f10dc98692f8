/**
 * The `files[]` of the document endpoints: each PDF base64-encoded. A document
 * does not change once its offer or policy exists, so each is rendered once
 * per language and kept until the state is reset.
 */
import type { DocumentFile } from '../../contract/documents.js';
import { OFFER_DOCUMENT_TYPES } from '../../contract/documents.js';
import type { Locale } from '../../contract/i18n/format.js';
import type { SandboxState, StoredOffer, StoredPolicy } from '../state.js';
import { offerDocumentSpec, policyDocumentSpec } from './content.js';
import { renderPdf } from './pdf.js';

export const file = (type: string, name: string, pdf: Uint8Array): DocumentFile => ({
  type,
  name,
  content: Buffer.from(pdf).toString('base64'),
  mimeType: 'application/pdf',
});

/** A document rendered once per key (offer or policy, language) until the state is reset. */
export async function cached(state: SandboxState, key: string, make: () => Promise<DocumentFile[]>): Promise<DocumentFile[]> {
  const hit = state.documents.get(key);
  if (hit) return hit;
  const files = await make();
  state.documents.set(key, files);
  return files;
}

/** GET /offer/{offerId}: offer, dnt, pre-contract, gdpr and terms-and-conditions (Assets API §5.1). */
export function offerFiles(state: SandboxState, o: StoredOffer, locale: Locale): Promise<DocumentFile[]> {
  return cached(state, `offer:${o.offer.offerId}:${locale}`, () =>
    Promise.all(
      OFFER_DOCUMENT_TYPES.map(async (type) => file(type, `${type}-${o.offer.offerId}.pdf`, await renderPdf(offerDocumentSpec(type, o, locale)))),
    ),
  );
}

/** GET /policy/{policyId} and GET /policy?series=&number=: the policy. */
export function policyFiles(state: SandboxState, p: StoredPolicy, o: StoredOffer, locale: Locale): Promise<DocumentFile[]> {
  const { series, number, policyId } = p.policy;
  return cached(state, `policy:${policyId}:${locale}`, async () => [
    file('policy', `policy-${series}-${number}.pdf`, await renderPdf(policyDocumentSpec(p, o, locale))),
  ]);
}
