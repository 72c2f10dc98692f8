/**
 * The proxy calls only the later steps make — a quote, an issuance, a document — loaded with them
 * (session.ts), so the first step's code does not carry them.
 */
import { IDEMPOTENCY_HEADER, QUOTE_HEADER, type IssueResponse, type OffersResponse } from '../contract/public-api.js';
import type { ProxyClient } from './client.js';

/** `quoteId` ties the variants of one quote together: the proxy issues one of them at a time. */
export function quote(c: ProxyClient, body: unknown, quoteId?: string, signal?: AbortSignal): Promise<OffersResponse> {
  return c.json('/v1/offers', { method: 'POST', body: JSON.stringify(body), signal, ...(quoteId ? { headers: { [QUOTE_HEADER]: quoteId } } : {}) });
}

/**
 * The key is made once per attempt by the caller, so a retry or a double click can never issue
 * twice; the same key and body again also asks the proxy for an outcome it did not know yet.
 */
export function issue(c: ProxyClient, offerId: string, idempotencyKey: string, documentNumber?: string): Promise<IssueResponse> {
  const payment = documentNumber ? { documentNumber } : {};
  return c.json('/v1/policies', {
    method: 'POST',
    body: JSON.stringify({ offerId, payment }),
    headers: { [IDEMPOTENCY_HEADER]: idempotencyKey },
  });
}

/** `id` is the opaque `ofr_…` / `pol_…` capability, never parsed. */
export async function document(c: ProxyClient, kind: 'offers' | 'policies', id: string): Promise<Blob> {
  return (await c.call(`/v1/${kind}/${encodeURIComponent(id)}/document`)).blob();
}
