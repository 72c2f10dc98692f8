/**
 * Turning an offer into a policy, exactly once. The rules (issue 5, point 4):
 * the same Idempotency-Key with the same body answers the stored result; with
 * another body, 409; concurrent requests with one key share one upstream call;
 * an offer already issued is never issued again. The payment is built here,
 * from the proxy's record of the offer and the site's configuration — nothing
 * the browser sends can change the amount, currency, method or date.
 */
import { createHash } from 'node:crypto';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { today } from '../contract/clock.js';
import type { Locale } from '../contract/i18n/format.js';
import { PAYMENT_CURRENCIES, policyResponse, type PolicyRequest } from '../contract/policy.js';
import { isOfferExpired } from '../contract/offer.js';
import type { IssueRequest, PublicPolicy } from '../contract/public-api.js';
import type { SiteConfig } from './config.js';
import { ProxyError, type WordedError } from './errors.js';
import type { Logger } from './logging.js';
import type { IssuanceAttempt, OfferRecord, Store } from './store/store.js';
import { UpstreamError, type CallSummary, type UpstreamClient } from './upstream/client.js';

/** Our own documentNumber when the site does not ask the customer for one. */
export const generatedDocumentNumber = (offerId: number) => `LIH-${offerId}`;

/** JSON with sorted keys, so equal bodies hash equally whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export const requestHash = (body: IssueRequest): string => createHash('sha256').update(canonicalJson(body)).digest('hex');

export interface IssueInput {
  site: SiteConfig;
  key: string;
  body: IssueRequest;
  /** The documentNumber to send: the customer's (when the site requires one) or ours. */
  documentNumber: string;
  locale: Locale;
  correlationId: string;
  trace: CallSummary[];
  log: Logger;
}

export interface IssueResult {
  policy: PublicPolicy;
  /** True when this answer is a stored (or shared) result rather than a new upstream call. */
  replayed: boolean;
}

/** The upstream an offer was made through; only Assets today. */
const UPSTREAM = 'assets';

export class Issuer {
  /** In-process single flight per site and key: followers wait for the leader's answer. */
  private readonly inflight = new Map<string, { hash: string; promise: Promise<IssueResult> }>();

  constructor(
    private readonly store: Store,
    private readonly upstreamFor: (insurer: string) => UpstreamClient,
    /** No upstream call outlives this: an attempt pending longer was left by a process that stopped mid-call. */
    private readonly staleAfterMs: number,
  ) {}

  async issue(input: IssueInput): Promise<IssueResult> {
    const hash = requestHash(input.body);
    const flightKey = `${input.site.id}\u0000${input.key}`;
    const flight = this.inflight.get(flightKey);
    if (flight) {
      if (flight.hash !== hash) throw new ProxyError(409, 'idempotency.mismatch', { path: '' });
      return { ...(await flight.promise), replayed: true };
    }
    const promise = this.issueOnce(input, hash);
    this.inflight.set(flightKey, { hash, promise });
    try {
      return await promise;
    } finally {
      this.inflight.delete(flightKey);
    }
  }

  private async issueOnce(input: IssueInput, hash: string): Promise<IssueResult> {
    const { site, key, body } = input;
    // Free what a stopped process left pending, so neither this key nor this offer stays blocked.
    await this.store.releaseStaleAttempts(new Date(Date.now() - this.staleAfterMs).toISOString());
    const previous = await this.store.getAttempt(site.id, key);
    if (previous) return this.replay(previous, hash);

    const offer = await this.store.getOffer(UPSTREAM, body.offerId);
    if (!offer || offer.site !== site.id) throw new ProxyError(404, 'offer.notFound', { path: 'offerId', params: { offerId: String(body.offerId) } });
    const issued = await this.store.policyForOffer(UPSTREAM, offer.offerId);
    if (issued?.site === site.id) throw this.alreadyIssued(offer.offerId, issued.series, issued.number, issued.policyId);
    // Another site's policy for this id means the insurer reused an id: never show it, never issue over it.
    if (issued) throw new ProxyError(502, 'upstream.unavailable');
    if (isOfferExpired(offer.expiresOn, today()))
      throw new ProxyError(410, 'offer.expired', { path: 'offerId', params: { offerId: String(offer.offerId), date: offer.expiresOn } });

    const begun = await this.store.beginAttempt({ site: site.id, key, requestHash: hash, offerId: offer.offerId });
    if (begun.kind === 'existing') return this.replay(begun.attempt, hash);
    if (begun.kind === 'offerTaken') {
      const policy = begun.attempt.outcome?.state === 'succeeded' ? begun.attempt.outcome.policy : undefined;
      if (policy) throw this.alreadyIssued(offer.offerId, policy.series, policy.number, policy.policyId);
      throw new ProxyError(409, 'offer.issuing', { path: 'offerId', params: { offerId: String(offer.offerId) } });
    }
    return { policy: await this.callUpstream(input, offer), replayed: false };
  }

  /** The stored answer of an earlier attempt with this key. */
  private replay(attempt: IssuanceAttempt, hash: string): IssueResult {
    if (attempt.requestHash !== hash) throw new ProxyError(409, 'idempotency.mismatch');
    const outcome = attempt.outcome;
    if (attempt.state === 'succeeded' && outcome?.state === 'succeeded') return { policy: outcome.policy, replayed: true };
    if (attempt.state === 'failed' && outcome?.state === 'failed')
      throw new ProxyError(outcome.status as ContentfulStatusCode, undefined, { worded: outcome.errors });
    // Pending, and not in this process's flights: another process is on it, or one stopped mid-call.
    throw new ProxyError(409, 'idempotency.inProgress', { headers: { 'Retry-After': '2' } });
  }

  private alreadyIssued(offerId: number, series: string, number: string, policyId: number): ProxyError {
    return new ProxyError(409, 'offer.issued', {
      path: 'offerId',
      params: { offerId: String(offerId), series, number },
      data: { policy: { policyId, series, number } },
    });
  }

  /** POST /policy with the payment built from our record; records the outcome. */
  private async callUpstream(input: IssueInput, offer: OfferRecord): Promise<PublicPolicy> {
    const { site, key } = input;
    const request: PolicyRequest = {
      offerId: offer.offerId,
      payment: {
        method: site.payment.method,
        currency: PAYMENT_CURRENCIES[0],
        amount: offer.premiumAmount,
        date: today(),
        documentNumber: input.documentNumber,
      },
    };
    let json: unknown;
    try {
      json = await this.upstreamFor(offer.insurer).json({
        method: 'POST',
        path: '/policy',
        route: '/policy',
        body: request,
        locale: input.locale,
        correlationId: input.correlationId,
        // Never repeated: a second POST /policy could issue a second policy. (The client still retries once after a 401.)
        retrySafe: false,
        trace: input.trace,
        mapPath: (p) => (p === 'offerId' || p === 'payment.documentNumber' ? p : ''),
      });
    } catch (err) {
      // Only a refusal the customer can act on is kept under the key; a 502 (our credentials, a second 401)
      // must not outlive its cause, so the same key may try again once it is fixed.
      if (err instanceof UpstreamError && err.definitive && err.status < 500) {
        // The insurer answered and refused: nothing was issued; this key keeps that answer.
        await this.store.finishAttempt(site.id, key, { state: 'failed', status: err.status, errors: wordedOf(err) });
      } else {
        // Timeout, 5xx, unreachable: the outcome is unknown. Free the key so the same request may be retried.
        await this.store.abandonAttempt(site.id, key);
        input.log.warn('issuance outcome unknown; attempt released for a retry', { offerId: offer.offerId, error: (err as Error).name });
      }
      throw err;
    }

    const parsed = policyResponse.safeParse(json);
    if (!parsed.success) {
      await this.store.abandonAttempt(site.id, key);
      input.log.error('upstream policy answer unreadable; attempt released', { offerId: offer.offerId });
      throw new ProxyError(502, 'upstream.malformed');
    }
    const p = parsed.data.data.policies[0]!;
    const policy: PublicPolicy = {
      policyId: p.policyId,
      offerId: offer.offerId,
      product: offer.product,
      series: p.series,
      number: String(p.number),
      premiumAmount: p.premiumAmount,
      currency: p.currency,
      ...(p.startDate ? { startDate: p.startDate } : {}),
      ...(p.endDate ? { endDate: p.endDate } : {}),
    };
    const record = {
        upstream: UPSTREAM,
        policyId: policy.policyId,
        offerId: offer.offerId,
        site: site.id,
        product: offer.product,
        series: policy.series,
        number: policy.number,
        premiumAmount: policy.premiumAmount,
        currency: policy.currency,
        ...(policy.startDate ? { startDate: policy.startDate } : {}),
        ...(policy.endDate ? { endDate: policy.endDate } : {}),
        createdAt: new Date().toISOString(),
    };
    try {
      await this.store.finishAttempt(site.id, key, { state: 'succeeded', policy }, record);
    } catch (err) {
      // The insurer has issued: the customer gets the policy; the operator gets what to reconcile (no personal data).
      input.log.error('policy issued but not recorded', { offerId: offer.offerId, policyId: policy.policyId, series: policy.series, number: policy.number, error: (err as Error).message });
    }
    return policy;
  }
}

/** An error's messages in both languages, as the store keeps them. */
function wordedOf(err: ProxyError): WordedError[] {
  if (err.worded) return err.worded;
  const en = err.toPublic('en');
  const ro = err.toPublic('ro');
  return en.map((e, i) => ({ path: e.path, ...(e.key ? { key: e.key } : {}), message: { en: e.message, ro: ro[i]!.message } }));
}
