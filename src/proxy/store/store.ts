/**
 * The proxy's durable record: the offers it handed out (so issuance takes the
 * amount from here, never from the browser), the policies it issued, and every
 * issuance attempt under its idempotency key. Async on purpose, so that a
 * PostgreSQL adapter can implement the same interface; SqliteStore is the
 * default. No personal data is stored: only ids, products, amounts and dates.
 */
import type { Bilingual } from '../../contract/i18n/format.js';
import type { PublicPolicy } from '../../contract/public-api.js';
import type { ProductKey } from '../../contract/products/index.js';

export interface OfferRecord {
  upstream: string;
  offerId: number;
  site: string;
  product: ProductKey;
  insurer: string;
  premiumAmount: number;
  currency: string;
  /** The last day the offer may be issued (YYYY-MM-DD, Europe/Bucharest). */
  expiresOn: string;
  startDate?: string;
  endDate?: string;
  package?: string;
  termTime?: number;
  createdAt: string;
}

/** A policy as the browser sees it, plus where it came from and for which site. */
export interface PolicyRecord extends PublicPolicy {
  upstream: string;
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

export interface IssuanceAttempt {
  site: string;
  key: string;
  requestHash: string;
  offerId: number;
  state: 'pending' | 'succeeded' | 'failed';
  outcome?: AttemptOutcome;
  createdAt: string;
  updatedAt: string;
}

/** The answer of `beginAttempt`: this request now owns the attempt, or someone else does. */
export type BeginResult =
  | { kind: 'started' }
  /** The same site already used this key (same or another body: the caller compares the hash). */
  | { kind: 'existing'; attempt: IssuanceAttempt }
  /** Another key is issuing, or has issued, this offer. */
  | { kind: 'offerTaken'; attempt: IssuanceAttempt };

export interface Store {
  saveOffers(offers: readonly OfferRecord[]): Promise<void>;
  getOffer(upstream: string, offerId: number): Promise<OfferRecord | undefined>;
  getPolicy(upstream: string, policyId: number): Promise<PolicyRecord | undefined>;
  policyForOffer(upstream: string, offerId: number): Promise<PolicyRecord | undefined>;
  getAttempt(site: string, key: string): Promise<IssuanceAttempt | undefined>;
  /**
   * Atomically records a pending attempt, unless the key is already used by
   * this site or the offer already has a pending or successful attempt.
   */
  beginAttempt(a: { site: string; key: string; requestHash: string; offerId: number }): Promise<BeginResult>;
  /** Records the policy (if any) and the outcome in one transaction. */
  finishAttempt(site: string, key: string, outcome: AttemptOutcome, policy?: PolicyRecord): Promise<void>;
  /** Forgets a pending attempt whose outcome is unknown (timeout, 5xx), so the same key may retry. */
  abandonAttempt(site: string, key: string): Promise<void>;
  /**
   * Forgets pending attempts last touched before `before` (ISO time): left by a
   * process that stopped mid-call. Returns how many. Called at start-up.
   */
  releaseStaleAttempts(before: string): Promise<number>;
  close(): Promise<void>;
}
