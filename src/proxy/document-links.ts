/**
 * Signed policy-document links for server-issuance sites: the shop's server
 * (which holds the site secret) asks for one and hands it to its page, so the
 * customer can download the PDF without the page ever holding the secret. An
 * HMAC of the policy id and the expiry under the site's own secret: rotating
 * the secret revokes every link, and no new secret has to be managed.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ProxyContext } from './context.js';

export interface SignedLink {
  expires: number;
  signature: string;
}

export const signLink = (secret: string, policyRef: string, expires: number): string =>
  createHmac('sha256', secret).update(`lih-document-link\n${policyRef}\n${expires}`).digest('base64url');

/** The `expires` and `signature` of a request, when it carries a signature at all. */
export function signedLinkOf(c: ProxyContext): SignedLink | undefined {
  const signature = c.req.query('signature');
  if (signature === undefined) return undefined;
  const expires = Number(c.req.query('expires'));
  return { expires: Number.isSafeInteger(expires) ? expires : 0, signature };
}

/** True while the link is unexpired and its signature is this secret's for this policy. */
export function verifyLink(secret: string, policyRef: string, link: SignedLink, nowMs: number): boolean {
  if (link.expires * 1000 <= nowMs) return false;
  const want = Buffer.from(signLink(secret, policyRef, link.expires));
  const got = Buffer.from(link.signature);
  return got.length === want.length && timingSafeEqual(got, want);
}
