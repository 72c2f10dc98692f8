/**
 * Turning an offer into a policy, exactly once, and never losing one. The
 * same Idempotency-Key with the same body answers the stored result; with
 * another body, 409; concurrent requests with one key share one upstream call;
 * an offer already issued is never issued again. When the insurer's answer is
 * lost (timeout, garbled body, dropped connection) the attempt is kept as
 * `unknown` and the next request with its key asks the insurer again — which
 * either issues the offer now or names the policy it already became — so the
 * client always ends with the one policy, and no other offer of the same
 * quote can be issued meanwhile. The payment is built here,
 * from the proxy's record of the offer and the site's configuration — nothing
 * the browser sends can change the amount, currency, method or date.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { today } from '../contract/clock.js';
import type { Locale } from '../contract/i18n/format.js';
import { PAYMENT_CURRENCIES, type PolicyRequest } from '../contract/policy.js';
import { isOfferExpired } from '../contract/offer.js';
import type { IssueRequest, PublicPolicy } from '../contract/public-api.js';
import type { SiteConfig } from './config.js';
import { ProxyError, type WordedError } from './errors.js';
import type { Logger } from './logging.js';
import type { IssuanceAttempt, OfferRecord, PolicyRecord, Store } from './store/store.js';
import { policyNamedIn } from './upstream/already-issued.js';
import { UpstreamError, type CallSummary } from './upstream/client.js';
import type { IssuedPolicy, UpstreamAdapter } from './upstreams/adapter.js';

/** Our own documentNumber when the site does not ask the customer for one. */
export const generatedDocumentNumber = (upstreamOfferId: number) => `LIH-${upstreamOfferId}`;

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

/**
 * The hash of what an issuance request means: `payment` absent, `{}` or with a
 * blank documentNumber all ask the same, so one key may carry any of them.
 */
export function requestHash(body: IssueRequest): string {
  const documentNumber = body.payment?.documentNumber?.trim();
  const meaning = { offerId: body.offerId, ...(documentNumber ? { documentNumber } : {}) };
  return createHash('sha256').update(canonicalJson(meaning)).digest('hex');
}

export interface IssueInput {
  site: SiteConfig;
  key: string;
  body: IssueRequest;
  /** The customer's documentNumber, when the site requires one; otherwise ours is generated. */
  documentNumber: string | undefined;
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

/** How long a client should wait before asking again about an unknown outcome. */
const UNKNOWN_RETRY_SECONDS = 2;

export const newPolicyRef = (): string => `pol_${randomBytes(24).toString('base64url')}`;

/** What one call to POST /policy told us. */
type CallOutcome =
  | { kind: 'issued'; policy: PolicyRecord }
  | { kind: 'refused'; error: UpstreamError }
  /** Nothing readable came back: the insurer may or may not have issued. */
  | { kind: 'unknown'; error: UpstreamError | ProxyError };

export class Issuer {
  /** In-process single flight per site and key: followers wait for the leader's answer. */
  private readonly inflight = new Map<string, { hash: string; promise: Promise<IssueResult> }>();

  constructor(
    private readonly store: Store,
    /** The API an offer was made through (its recorded `upstream`): issuance goes back there. */
    private readonly adapterOf: (upstream: string) => UpstreamAdapter,
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
    // What a stopped process left pending has an unknown outcome: the next request for it asks the insurer.
    await this.store.releaseStaleAttempts(new Date(Date.now() - this.staleAfterMs).toISOString());
    const previous = await this.store.getAttempt(site.id, key);
    if (previous) return this.replay(previous, hash, input);

    // The capability: only the client that quoted holds this id, and only for its own site.
    const offer = await this.store.offerByRef(body.offerId);
    if (!offer || offer.site !== site.id) throw new ProxyError(404, 'offer.notFound', { path: 'offerId', params: { offerId: body.offerId.slice(0, 40) } });
    const issued = await this.store.policyForOffer(offer.upstream, offer.upstreamOfferId);
    if (issued) throw alreadyIssued(issued);
    if (isOfferExpired(offer.expiresOn, today()))
      throw new ProxyError(410, 'offer.expired', { path: 'offerId', params: { offerId: offer.publicId, date: offer.expiresOn } });

    const begun = await this.store.beginAttempt({
      site: site.id,
      key,
      requestHash: hash,
      upstream: offer.upstream,
      upstreamOfferId: offer.upstreamOfferId,
      quoteId: offer.quoteId,
    });
    if (begun.kind === 'existing') return this.replay(begun.attempt, hash, input);
    // Another offer of this quote is in flight or unknown: never a second policy for one customer by accident.
    // Only its own key may ask again (asking could issue it), so the client resolves that one first.
    if (begun.kind === 'quoteBusy') throw new ProxyError(409, 'quote.issuing', { path: 'offerId', headers: { 'Retry-After': String(UNKNOWN_RETRY_SECONDS) } });
    if (begun.kind === 'offerTaken') {
      // This very offer, under a key the client lost: asking again is what this request wants anyway.
      const policy = begun.attempt.state === 'unknown' ? await this.settleOther(begun.attempt, input, offer) : await this.store.policyForOffer(offer.upstream, offer.upstreamOfferId);
      if (policy) throw alreadyIssued(policy);
      throw new ProxyError(409, 'offer.issuing', { path: 'offerId', params: { offerId: offer.publicId } });
    }
    return { policy: await this.attempt(input, offer, { fresh: true }), replayed: false };
  }

  /** The stored answer of an earlier attempt with this key — or, if its outcome is unknown, the insurer's. */
  private async replay(attempt: IssuanceAttempt, hash: string, input: IssueInput): Promise<IssueResult> {
    if (attempt.requestHash !== hash) throw new ProxyError(409, 'idempotency.mismatch');
    const outcome = attempt.outcome;
    if (attempt.state === 'succeeded' && outcome?.state === 'succeeded') return { policy: outcome.policy, replayed: true };
    if (attempt.state === 'failed' && outcome?.state === 'failed')
      throw new ProxyError(outcome.status as ContentfulStatusCode, undefined, { worded: outcome.errors });
    if (attempt.state === 'unknown' && (await this.store.claimUnknown(attempt.site, attempt.key))) {
      const offer = await this.store.offerByUpstreamId(attempt.upstream, attempt.upstreamOfferId);
      if (!offer) throw new ProxyError(404, 'offer.notFound', { path: 'offerId' });
      // Asked the insurer anew: not a replay, even if the policy it names was issued by the first call.
      return { policy: await this.attempt(input, offer, { fresh: false }), replayed: false };
    }
    // Pending, and not in this process's flights: another process is on it, or one stopped mid-call.
    throw new ProxyError(409, 'idempotency.inProgress', { headers: { 'Retry-After': String(UNKNOWN_RETRY_SECONDS) } });
  }

  /** Resolves another key's unknown attempt on this same offer: its policy when the insurer issued it, else undefined. */
  private async settleOther(other: IssuanceAttempt, input: IssueInput, offer: OfferRecord): Promise<PolicyRecord | undefined> {
    if (await this.store.claimUnknown(other.site, other.key)) {
      try {
        await this.attempt({ ...input, key: other.key }, offer, { fresh: false });
      } catch {
        // Still unknown, or refused: that attempt keeps what it learnt.
      }
    }
    return this.store.policyForOffer(offer.upstream, offer.upstreamOfferId);
  }


  /**
   * One POST /policy for an attempt this request owns (state pending), and what
   * follows from its outcome. `fresh: false` asks again after an unknown
   * outcome: safe, because the insurer issues an offer once — a second call
   * either issues it now (the first never did) or says which policy it became.
   */
  private async attempt(input: IssueInput, offer: OfferRecord, opts: { fresh: boolean }): Promise<PublicPolicy> {
    const { site, key } = input;
    const documentNumber = input.documentNumber ?? generatedDocumentNumber(offer.upstreamOfferId);
    let outcome = await this.callPolicy(input, offer, documentNumber);
    // An answer lost quickly (garbled, connection dropped, a 5xx) is worth one immediate second question;
    // a timeout is not: the insurer is slow right now, and the client asks again after Retry-After.
    if (outcome.kind === 'unknown' && !(outcome.error instanceof UpstreamError && outcome.error.upstreamStatus === 'timeout')) {
      input.log.warn('issuance outcome unknown; asking the insurer again', { offerId: offer.upstreamOfferId });
      outcome = await this.callPolicy(input, offer, documentNumber);
    }

    if (outcome.kind === 'issued') {
      const recorded = await this.record(input, key, outcome.policy);
      if (recorded) return toPublic(recorded);
      // Issued but not in our record: an id we could not serve documents for is no answer. Ask again next time.
      await this.store.markUnknown(site.id, key).catch(() => {});
      throw new ProxyError(502, 'issuance.unknown', { headers: { 'Retry-After': String(UNKNOWN_RETRY_SECONDS) } });
    }
    if (outcome.kind === 'refused') {
      const err = outcome.error;
      if (err.status < 500) {
        // The insurer answered and refused: nothing was issued; this key keeps that answer.
        await this.store.finishAttempt(site.id, key, { state: 'failed', status: err.status, errors: wordedOf(err) });
      } else if (opts.fresh) {
        // Refused for a reason that is ours (credentials): the key may try again once that is fixed.
        await this.store.abandonAttempt(site.id, key);
      } else {
        await this.store.markUnknown(site.id, key);
      }
      throw err;
    }
    await this.store.markUnknown(site.id, key);
    input.log.error('issuance outcome unknown; kept for the next request with its key', {
      offerId: offer.upstreamOfferId,
      error: outcome.error.key ?? outcome.error.name,
    });
    const status = outcome.error.status === 504 ? 504 : 502;
    throw new ProxyError(status, 'issuance.unknown', { headers: { 'Retry-After': String(UNKNOWN_RETRY_SECONDS) } });
  }

  /**
   * POST /policy, to the offer's own API, with the payment built from our
   * record — what the insurer named to pay (casco: the first instalment, in
   * RON), else the premium — read into an outcome.
   */
  private async callPolicy(input: IssueInput, offer: OfferRecord, documentNumber: string): Promise<CallOutcome> {
    const { site } = input;
    const request: PolicyRequest = {
      offerId: offer.upstreamOfferId,
      payment: { method: site.payment.method, currency: PAYMENT_CURRENCIES[0], amount: offer.payment?.amount ?? offer.premiumAmount, date: today(), documentNumber },
    };
    const call = { locale: input.locale, correlationId: input.correlationId, trace: input.trace };
    const upstream = this.adapterOf(offer.upstream);
    let issued: IssuedPolicy | undefined;
    try {
      issued = await upstream.issue(request, {
        ...call,
        mapPath: (p) => (p === 'payment.documentNumber' ? p : p === 'offerId' ? 'offerId' : ''),
      });
    } catch (err) {
      // Anything unexpected may have happened after the request left: unknown, so the next request asks again.
      if (!(err instanceof UpstreamError)) return { kind: 'unknown', error: err instanceof ProxyError ? err : new ProxyError(502, 'upstream.unavailable', { cause: err }) };
      if (!err.definitive) return { kind: 'unknown', error: err };
      if (err.upstreamStatus === 409) {
        // Already a policy: which one? The insurer's message names it; the documented lookup confirms it.
        const named = policyNamedIn((err.worded ?? []).map((w) => w.message.en));
        if (!named) {
          input.log.error('insurer says the offer is already a policy but names none', { offerId: offer.upstreamOfferId });
          return { kind: 'unknown', error: err };
        }
        try {
          await upstream.confirmPolicy(named.series, named.number, call);
        } catch (lookupErr) {
          return { kind: 'unknown', error: lookupErr instanceof ProxyError ? lookupErr : err };
        }
        return { kind: 'issued', policy: policyRecord(site.id, offer, { ...named }) };
      }
      return { kind: 'refused', error: err };
    }
    if (!issued) return { kind: 'unknown', error: new UpstreamError(502, 'upstream.malformed', 'malformed', false) };
    return { kind: 'issued', policy: policyRecord(site.id, offer, issued) };
  }

  /** Records the policy and the attempt's success together. */
  /**
   * Records the policy and the attempt's success together; answers what the
   * record holds (another instance may have recorded this policy first), or
   * undefined when it could not be recorded.
   */
  private async record(input: IssueInput, key: string, policy: PolicyRecord): Promise<PolicyRecord | undefined> {
    try {
      await this.store.finishAttempt(input.site.id, key, { state: 'succeeded', policy: toPublic(policy) }, policy);
      return policy;
    } catch (err) {
      const existing = await this.store.policyForOffer(policy.upstream, policy.upstreamOfferId).catch(() => undefined);
      if (existing && existing.series === policy.series && existing.number === policy.number) {
        await this.store.finishAttempt(input.site.id, key, { state: 'succeeded', policy: toPublic(existing) }).catch(() => {});
        return existing;
      }
      // The insurer has issued; the operator gets what to reconcile (no personal data) and the key stays unknown.
      input.log.error('policy issued but not recorded', {
        offerId: policy.upstreamOfferId,
        series: policy.series,
        number: policy.number,
        error: (err as Error).message,
      });
      return undefined;
    }
  }
}

/** A new policy record for `offer`; what the insurer's answer lacks comes from our record of the offer. */
function policyRecord(site: string, offer: OfferRecord, p: IssuedPolicy): PolicyRecord {
  const startDate = p.startDate ?? offer.startDate;
  const endDate = p.endDate ?? offer.endDate;
  return {
    policyId: newPolicyRef(),
    offerId: offer.publicId,
    product: offer.product,
    series: p.series,
    number: p.number,
    premiumAmount: p.premiumAmount ?? offer.premiumAmount,
    currency: p.currency ?? offer.currency,
    ...(startDate ? { startDate } : {}),
    ...(endDate ? { endDate } : {}),
    upstream: offer.upstream,
    upstreamOfferId: offer.upstreamOfferId,
    ...(p.upstreamPolicyId !== undefined ? { upstreamPolicyId: p.upstreamPolicyId } : {}),
    site,
    createdAt: new Date().toISOString(),
  };
}

/** The policy as a client sees it: no insurer ids, no site. */
export function toPublic(p: PolicyRecord): PublicPolicy {
  return {
    policyId: p.policyId,
    offerId: p.offerId,
    product: p.product,
    series: p.series,
    number: p.number,
    premiumAmount: p.premiumAmount,
    currency: p.currency,
    ...(p.startDate ? { startDate: p.startDate } : {}),
    ...(p.endDate ? { endDate: p.endDate } : {}),
  };
}

/** 409 for an offer that already became a policy, carrying it (the caller holds the offer's capability). */
function alreadyIssued(p: PolicyRecord): ProxyError {
  return new ProxyError(409, 'offer.issued', {
    path: 'offerId',
    params: { offerId: p.offerId, series: p.series, number: p.number },
    data: { policy: toPublic(p) },
  });
}


/** An error's messages in both languages, as the store keeps them. */
function wordedOf(err: ProxyError): WordedError[] {
  if (err.worded) return err.worded;
  const en = err.toPublic('en');
  const ro = err.toPublic('ro');
  return en.map((e, i) => ({ path: e.path, ...(e.key ? { key: e.key } : {}), message: { en: e.message, ro: ro[i]!.message } }));
}
