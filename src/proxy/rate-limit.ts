/**
 * In-memory token buckets, one per client address and one per site. Enough
 * for one proxy process; several processes would each allow the full rate
 * (documented). Full buckets are forgotten, so memory follows active clients.
 */

export interface BucketSpec {
  burst: number;
  perMinute: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private takes = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** Takes one token from `key`'s bucket; when empty, says how many seconds until one is back. */
  take(key: string, spec: BucketSpec): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const t = this.now();
    const rate = spec.perMinute / 60_000; // tokens per ms
    const b = this.buckets.get(key);
    const tokens = b ? Math.min(spec.burst, b.tokens + (t - b.at) * rate) : spec.burst;
    if (++this.takes % 1000 === 0) this.sweep(t);
    if (tokens >= 1) {
      this.buckets.set(key, { tokens: tokens - 1, at: t });
      return { ok: true };
    }
    this.buckets.set(key, { tokens, at: t });
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / rate / 1000)) };
  }

  /** Drops buckets idle long enough to be full again (an hour covers any sane refill rate). */
  private sweep(t: number): void {
    for (const [k, b] of this.buckets) if (t - b.at > 3_600_000) this.buckets.delete(k);
  }

  get size(): number {
    return this.buckets.size;
  }
}
