/**
 * The calls every insurer API shares — issuance (`{offerId, payment}` →
 * `data.policies[]`), the policy lookup by series and number, and document
 * downloads (`data.files[]`) — over one upstream client. Each adapter uses
 * them with its own paths.
 */
import { documentsResponse, type DocumentFile } from '../../contract/documents.js';
import { policyResponse, type PolicyRequest } from '../../contract/policy.js';
import { ProxyError } from '../errors.js';
import type { UpstreamClient } from '../upstream/client.js';
import type { CallOptions, IssuedPolicy } from './adapter.js';

export async function postPolicy(
  client: UpstreamClient,
  request: PolicyRequest,
  call: CallOptions & { mapPath: (p: string) => string },
): Promise<IssuedPolicy | undefined> {
  const json = await client.json({
    method: 'POST',
    path: '/policy',
    route: '/policy',
    body: request,
    // Never repeated blindly: the Issuer decides when to ask again. (The client still retries once after a 401.)
    retrySafe: false,
    ...call,
  });
  const parsed = policyResponse.safeParse(json);
  if (!parsed.success) return undefined;
  const p = parsed.data.data.policies[0]!;
  return {
    upstreamPolicyId: p.policyId,
    series: p.series,
    number: String(p.number),
    premiumAmount: p.premiumAmount,
    currency: p.currency,
    ...(p.startDate ? { startDate: p.startDate } : {}),
    ...(p.endDate ? { endDate: p.endDate } : {}),
  };
}

export const policyLookupPath = (series: string, number: string): string =>
  `/policy?series=${encodeURIComponent(series)}&number=${encodeURIComponent(number)}`;

export async function getPolicy(client: UpstreamClient, series: string, number: string, call: CallOptions): Promise<void> {
  await client.json({ method: 'GET', path: policyLookupPath(series, number), route: '/policy?series&number', retrySafe: true, ...call });
}

export async function getDocuments(client: UpstreamClient, path: string, route: string, timeoutMs: number, call: CallOptions): Promise<DocumentFile[]> {
  const json = await client.json({ method: 'GET', path, route, retrySafe: true, timeoutMs, ...call });
  const parsed = documentsResponse.safeParse(json);
  if (!parsed.success) throw new ProxyError(502, 'upstream.malformed');
  return parsed.data.data.files;
}

/** GET one nomenclature list (a retry cannot harm), read by `read`; 502 when it cannot be read. */
export async function getList<T>(
  client: UpstreamClient,
  path: string,
  route: string,
  read: (json: unknown) => T | undefined,
  call: CallOptions,
): Promise<T> {
  const items = read(await client.json({ method: 'GET', path, route, retrySafe: true, ...call }));
  if (items === undefined) throw new ProxyError(502, 'upstream.malformed');
  return items;
}

/** A list's route for logs: its path with the parameter named, not given. */
export const listRoute = (path: (param?: string) => string, param: boolean): string => (param ? path(':param').replace('%3Aparam', ':param') : path());
