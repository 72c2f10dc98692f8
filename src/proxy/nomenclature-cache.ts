/**
 * Nomenclatures change rarely and every form asks for them: the proxy keeps
 * each list (per parameter and language) for `cacheSeconds`, answers repeat
 * calls without an upstream call, and gives each list an ETag so a browser can
 * revalidate with If-None-Match (304). Concurrent misses share one upstream call.
 */
import { createHash } from 'node:crypto';

export interface CachedList {
  /** The JSON answer, serialised once. */
  body: string;
  etag: string;
  expiresAt: number;
}

export class NomenclatureCache {
  private readonly entries = new Map<string, CachedList>();
  private readonly loading = new Map<string, Promise<CachedList>>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The cached list, or `load()`'s answer (then cached). `hit` says which. */
  async get(key: string, load: () => Promise<unknown>): Promise<{ list: CachedList; hit: boolean }> {
    const cached = this.entries.get(key);
    if (cached && cached.expiresAt > this.now()) return { list: cached, hit: true };
    let pending = this.loading.get(key);
    if (!pending) {
      pending = load()
        .then((value) => this.put(key, value))
        .finally(() => this.loading.delete(key));
      this.loading.set(key, pending);
    }
    return { list: await pending, hit: false };
  }

  private put(key: string, value: unknown): CachedList {
    const body = JSON.stringify(value);
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    const list = { body, etag, expiresAt: this.now() + this.ttlMs };
    if (this.ttlMs <= 0) return list;
    this.entries.delete(key);
    this.entries.set(key, list);
    // Oldest first out: Map keeps insertion order.
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return list;
  }
}

/** Whether an If-None-Match header names this ETag (a list, weak or not, or *). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}
