/**
 * The proxy's durable record: the offers it handed out (so issuance takes the
 * amount from here, never from the browser), the policies it issued, and every
 * issuance attempt under its idempotency key. Async on purpose, so that a
 * PostgreSQL adapter can implement the same interface; SqliteStore is the
 * default. No personal data is stored: only ids, products, amounts and dates.
 *
 * Two kinds of id live here: the insurer's (`upstreamOfferId`,
 * `upstreamPolicyId`: its increasing numbers, never shown to a client) and our
 * public ones (`publicId`: random capabilities, the only ids a client sees).
 */
import type { Bilingual } from '../../contract/i18n/format.js';
import type { PublicPolicy } from '../../contract/public-api.js';
import type { ProductKey } from '../../contract/products/index.js';

export interface OfferRecord {
  upstream: string;
  /** The insurer's id: sent upstream only. */
  upstreamOfferId: number;
  /** The capability the quoting client received (`ofr_…`). */
  publicId: string;
  /** The offers of one POST /v1/offers share it: alternatives for one customer and one thing insured. */
  quoteId: string;
  site: string;
  /** An Assets product, or `casco` (the Casco API). */
  product: ProductKey | 'casco';
  insurer: string;
  premiumAmount: number;
  currency: string;
  /** What POST /policy pays when the insurer names it apart from the premium (casco: the first instalment, in RON). */
  payment?: { amount: number; currency: string };
  /** The last day the offer may be issued (YYYY-MM-DD, Europe/Bucharest). */
  expiresOn: string;
  startDate?: string;
  endDate?: string;
  package?: string;
  termTime?: number;
  createdAt: string;
}

/** A policy as the browser sees it (`policyId`, `offerId`: the public ids), plus where it came from and for which site. */
export interface PolicyRecord extends PublicPolicy {
  upstream: string;
  upstreamOfferId: number;
  /**
   * The insurer's policy id, when its answer said it. A policy found again
   * after a lost answer is known by series and number only (the documented
   * `GET /policy?series=&number=` reaches it).
   */
  upstreamPolicyId?: number;
  site: string;
  createdAt: string;
}

/** What an attempt finally answered: the policy, or the insurer's definitive refusal. */
export type AttemptOutcome =
  | { state: 'succeeded'; policy: PublicPolicy }
  | { state: 'failed'; status: number; errors: StoredError[] };

/** An error as it was answered, in both languages (the insurer's own messages are the same in both). */
export interface StoredError {
  path: string;
  key?: string;
  message: Bilingual;
}

/**
 * `pending`: a call is under way. `unknown`: the call ended without an answer
 * we could read (timeout, garbled body, dropped connection, a process that
 * stopped mid-call) — the insurer may or may not have issued; the next request
 * with this key (or for this offer) asks the insurer before anything else.
 */
export type AttemptState = 'pending' | 'unknown' | 'succeeded' | 'failed';

export interface IssuanceAttempt {
  site: string;
  key: string;
  requestHash: string;
  /** The API the offer came from: the insurer's offer ids are its own, so two APIs may give the same one. */
  upstream: string;
  upstreamOfferId: number;
  quoteId: string;
  state: AttemptState;
  outcome?: AttemptOutcome;
  createdAt: string;
  updatedAt: string;
}

/** The answer of `beginAttempt`: this request now owns the attempt, or someone else does. */
export type BeginResult =
  | { kind: 'started' }
  /** The same site already used this key (same or another body: the caller compares the hash). */
  | { kind: 'existing'; attempt: IssuanceAttempt }
  /** Another key is issuing, or has issued, this offer (or its outcome is unknown). */
  | { kind: 'offerTaken'; attempt: IssuanceAttempt }
  /** Another offer of the same quote is being issued or has an unknown outcome: one at a time per customer. */
  | { kind: 'quoteBusy'; attempt: IssuanceAttempt };

/** What `beginAttempt` records: the offer is named by its upstream and the insurer's id there. */
export interface BeginAttempt {
  site: string;
  key: string;
  requestHash: string;
  upstream: string;
  upstreamOfferId: number;
  quoteId: string;
}

export interface Store {
  saveOffers(offers: readonly OfferRecord[]): Promise<void>;
  /** By the public capability; the caller checks the site. */
  offerByRef(publicId: string): Promise<OfferRecord | undefined>;
  offerByUpstreamId(upstream: string, upstreamOfferId: number): Promise<OfferRecord | undefined>;
  /** The site a quote's offers were made for, or undefined for a quote we never made. */
  quoteSite(quoteId: string): Promise<string | undefined>;
  /** By the public capability; the caller checks the site. */
  policyByRef(publicId: string): Promise<PolicyRecord | undefined>;
  policyForOffer(upstream: string, upstreamOfferId: number): Promise<PolicyRecord | undefined>;
  getAttempt(site: string, key: string): Promise<IssuanceAttempt | undefined>;
  /** The live attempt (pending, unknown or succeeded) on an offer of one upstream, whatever its key. */
  liveAttemptForOffer(upstream: string, upstreamOfferId: number): Promise<IssuanceAttempt | undefined>;
  /**
   * Atomically records a pending attempt, unless the key is already used by
   * this site, the offer already has a live attempt, or another offer of the
   * same quote has a pending or unknown one.
   */
  beginAttempt(a: BeginAttempt): Promise<BeginResult>;
  /** Takes an unknown attempt back to pending for one resolving call; false when another request already has it. */
  claimUnknown(site: string, key: string): Promise<boolean>;
  /** Records the policy (if any) and the outcome in one transaction. */
  finishAttempt(site: string, key: string, outcome: AttemptOutcome, policy?: PolicyRecord): Promise<void>;
  /** The call ended without a readable answer: the insurer may have issued. Kept, never forgotten, until resolved. */
  markUnknown(site: string, key: string): Promise<void>;
  /** Forgets a pending attempt the insurer certainly did not act on (it refused us before issuing), so the key may retry. */
  abandonAttempt(site: string, key: string): Promise<void>;
  /**
   * Marks unknown the pending attempts last touched before `before` (ISO time):
   * left by a process that stopped mid-call, so their outcome is unknown.
   * Returns how many. Called at start-up and before each issuance.
   */
  releaseStaleAttempts(before: string): Promise<number>;
  close(): Promise<void>;
}
