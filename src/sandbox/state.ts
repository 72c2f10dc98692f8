/**
 * Everything the sandbox insurer remembers, in memory: sessions, offers,
 * policies, call counters and the active faults. One instance per running
 * sandbox; a test resets it instead of restarting the server.
 */
import type { DocumentFile } from '../contract/documents.js';
import type { PaymentMethod } from '../contract/policy.js';
import type { ProductBody, ProductKey } from '../contract/products/index.js';
import { now, today } from '../contract/clock.js';
import { isOfferExpired } from '../contract/offer.js';
import { FaultPlan, normaliseFaults, type Faults } from './faults.js';

export interface SandboxInstallment {
  id: number;
  amount: number;
  dueDate: string;
}

/** The Offer object as the sandbox answers it (the documented fields it fills). */
export interface SandboxOffer {
  offerId: number;
  providerOfferCode: string;
  premiumAmount: number;
  premiumAmountNet: number;
  currency: 'RON';
  startDate: string;
  endDate: string;
  commissionValue: number;
  commissionPercent: number;
  offerExpiryDate: string;
  installments: SandboxInstallment[];
}

export interface StoredOffer {
  offer: SandboxOffer;
  product: ProductKey;
  insurer: string;
  package: string;
  termTime: number;
  /** The validated `product` object of the request (policyholder, product fields). */
  body: ProductBody;
  account: string;
  quotedOn: string;
  /** Set by expireOffer(): expired whatever its expiry date says. */
  forcedExpired: boolean;
  policyId?: number;
}

export interface SandboxPolicy {
  policyId: number;
  series: string;
  number: number;
  payment: { method: PaymentMethod; currency: 'RON'; amount: number; date: string; documentNumber: string };
  startDate: string;
  endDate: string;
  premiumAmount: number;
  currency: 'RON';
  installments: SandboxInstallment[];
}

export interface StoredPolicy {
  policy: SandboxPolicy;
  offerId: number;
  issuedOn: string;
}

export interface TokenRecord {
  account: string;
  expiresAtMs: number;
  revoked: boolean;
  refreshToken: string;
}

export interface RefreshRecord {
  account: string;
  expiresAtMs: number;
  jti: string;
}

export interface ResetOptions {
  /** Also forget every session (tokens then answer 401). Default false: a client's cached session survives a reset. */
  tokens?: boolean;
}

export class SandboxState {
  readonly offers = new Map<number, StoredOffer>();
  readonly policies = new Map<number, StoredPolicy>();
  readonly tokens = new Map<string, TokenRecord>();
  readonly refreshTokens = new Map<string, RefreshRecord>();
  /** Rendered documents by `offer:<id>:<lang>` / `policy:<id>:<lang>`: a document does not change once issued. */
  readonly documents = new Map<string, DocumentFile[]>();

  private callCounts = new Map<string, number>();
  private total = 0;
  private nextOffer = 1;
  private nextPolicy = 1;
  private readonly numbers = new Map<string, number>();
  private plan: FaultPlan;
  private readonly hangs = new Set<() => void>();
  private readonly resetHooks: (() => void)[] = [];

  constructor(
    private readonly initialFaults: Faults,
    firstId = Date.now() * 20,
  ) {
    this.plan = new FaultPlan(initialFaults);
    // Two disjoint id spaces, so a client that sends a policy id to
    // GET /offer/{id} (or the reverse) gets a 404, never someone else's
    // documents: offer ids are even, policy ids odd, each counter steps by 2.
    const first = Math.max(0, Math.floor(firstId));
    this.nextOffer = first % 2 === 0 ? first : first + 1;
    this.nextPolicy = first % 2 === 1 ? first : first + 1;
  }

  /** Back to a fresh start: no offers, policies or counts, the configured faults; policy numbers restart at 100001 (ids go on from where they were). */
  reset(opts: ResetOptions = {}): void {
    this.offers.clear();
    this.policies.clear();
    this.documents.clear();
    this.numbers.clear();
    this.callCounts = new Map();
    this.total = 0;
    // Ids keep running: a proxy keeps its record across a reset, and an insurer never reuses an id.
    this.plan = new FaultPlan(this.initialFaults);
    if (opts.tokens) {
      this.tokens.clear();
      this.refreshTokens.clear();
    }
    for (const hook of this.resetHooks) hook();
  }

  /** Runs `hook` on every reset: another API's records (Casco's) are forgotten with these. */
  onReset(hook: () => void): void {
    this.resetHooks.push(hook);
  }

  // --- counters -----------------------------------------------------------

  /** Counts one call of a known route, keyed 'METHOD /pattern'. */
  countRoute(route: string): void {
    this.callCounts.set(route, (this.callCounts.get(route) ?? 0) + 1);
  }

  /** Counts one call of any non-admin request, known route or not. */
  countCall(): void {
    this.total += 1;
  }

  /** Calls per route since the last reset, e.g. `{ 'POST /offer': 3 }`. */
  get counters(): Record<string, number> {
    return Object.fromEntries(this.callCounts);
  }

  count(route: string): number {
    return this.callCounts.get(route) ?? 0;
  }

  get totalCalls(): number {
    return this.total;
  }

  // --- faults -------------------------------------------------------------

  get faults(): Faults {
    return this.plan.faults;
  }

  /** Replaces the active faults (knobs left out are off); shares count afresh. */
  set faults(next: Partial<Faults>) {
    this.plan = new FaultPlan(normaliseFaults(next));
  }

  get faultPlan(): FaultPlan {
    return this.plan;
  }

  /** Holds a request open until the client aborts, the sandbox closes, or `maxMs` pass. */
  hang(signal: AbortSignal, maxMs: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        this.hangs.delete(done);
        resolve();
      };
      const timer = setTimeout(done, maxMs);
      signal.addEventListener('abort', done);
      this.hangs.add(done);
      if (signal.aborted) done();
    });
  }

  /** Lets every held request go (on close). */
  releaseHangs(): void {
    for (const done of [...this.hangs]) done();
  }

  // --- sessions -----------------------------------------------------------

  /** Every issued token is expired from now on (their refresh tokens still renew). */
  expireTokens(): void {
    const t0 = now().getTime();
    for (const t of this.tokens.values()) t.expiresAtMs = Math.min(t.expiresAtMs, t0);
  }

  /** Every session ends: tokens and refresh tokens are refused. */
  revokeAllTokens(): void {
    for (const t of this.tokens.values()) t.revoked = true;
    this.refreshTokens.clear();
  }

  // --- offers and policies ------------------------------------------------

  /** The next offer id: even (policy ids are odd). */
  nextOfferId(): number {
    const id = this.nextOffer;
    this.nextOffer += 2;
    return id;
  }

  /** The next policy id: odd (offer ids are even). */
  nextPolicyId(): number {
    const id = this.nextPolicy;
    this.nextPolicy += 2;
    return id;
  }

  /** The next number in a policy series (series start at 100001). */
  nextPolicyNumber(series: string): number {
    const n = (this.numbers.get(series) ?? 100_000) + 1;
    this.numbers.set(series, n);
    return n;
  }

  /** Makes an offer expired now; false when there is no such offer. */
  expireOffer(offerId: number): boolean {
    const o = this.offers.get(offerId);
    if (!o) return false;
    o.forcedExpired = true;
    return true;
  }

  isExpired(o: StoredOffer): boolean {
    return o.forcedExpired || isOfferExpired(o.offer.offerExpiryDate, today());
  }

  findPolicy(series: string, number: string | number): StoredPolicy | undefined {
    for (const p of this.policies.values()) {
      if (p.policy.series === series && String(p.policy.number) === String(number)) return p;
    }
    return undefined;
  }
}
