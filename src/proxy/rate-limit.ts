/**
 * Fair limits on rate-limiter-flexible's fixed-window counters. Each request
 * is counted, in this order, against its client (address), its client's
 * network, and the site; a request refused at one step counts nowhere after
 * it, so a client over its own share spends none of the site's budget. The
 * last part of a site's window is reserved for light clients (customers going
 * through a form, not scripts), so clients spread over many addresses and
 * networks can use up the rest but not lock customers out.
 *
 * Counters come from one CounterFactory: RateLimiterMemory with SQLite (each
 * process counts for itself), RateLimiterPostgres with PostgreSQL (every
 * instance counts in the same table, so a limit holds across them).
 */
import { isIPv4, isIPv6 } from 'node:net';
import type { Pool } from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { ProxyConfig, SiteRateLimits, SiteWindowLimit, WindowLimit } from './config.js';
import { ProxyError } from './errors.js';

/** One family of counters; `keyPrefix` keeps families apart in a shared store. */
export type CounterFactory = (opts: { keyPrefix: string; points: number; duration: number }) => RateLimiterAbstract;

export const memoryCounters: CounterFactory = (opts) => new RateLimiterMemory(opts);

/**
 * Counters in PostgreSQL, shared by every instance on the database: one table
 * for all families (`keyPrefix` keeps them apart). The table must exist
 * already (PostgresStore's migrations create it, under their lock): the
 * limiter's own creation is asynchronous and would refuse the first requests.
 */
export function postgresCounters(pool: Pool, tableName: string): CounterFactory {
  let first = true;
  return (opts) => {
    // Expired rows are swept table-wide, so one limiter's sweep (every 5 minutes) is enough.
    const clearExpiredByTimeout = first;
    first = false;
    return new RateLimiterPostgres({ ...opts, storeClient: pool, storeType: 'pool', tableName, tableCreated: true, clearExpiredByTimeout });
  };
}

export type Verdict = { ok: true } | { ok: false; retryAfterSeconds: number; limit: 'client' | 'network' | 'site' };

/**
 * The address a limit counts by, and the network it belongs to. IPv4: the
 * address itself, network /24 (one provider's block; also where a cloud VM's
 * neighbours are). IPv6: /64, since one host may pick any address in its
 * subnet at will, network /48, the usual allocation to one customer site.
 * IPv4-mapped IPv6 counts as IPv4. Anything unparseable (a forwarded header
 * gone wrong) is its own client and network.
 */
export function addressGroups(address: string): { client: string; network: string } {
  let a = address.trim().toLowerCase();
  const zone = a.indexOf('%');
  if (zone >= 0) a = a.slice(0, zone);
  if (a.startsWith('::ffff:') && isIPv4(a.slice(7))) a = a.slice(7);
  if (isIPv4(a)) return { client: a, network: `${a.split('.').slice(0, 3).join('.')}.0/24` };
  const groups = isIPv6(a) ? expandIPv6(a) : undefined;
  if (!groups) {
    const raw = address.slice(0, 100);
    return { client: raw, network: raw };
  }
  return { client: `${groups.slice(0, 4).join(':')}::/64`, network: `${groups.slice(0, 3).join(':')}::/48` };
}

/** Eight 16-bit groups without leading zeros, e.g. `2001:db8:0:0:0:0:0:1`. */
function expandIPv6(a: string): string[] | undefined {
  const toGroups = (part: string): string[] => {
    if (!part) return [];
    const out: string[] = [];
    for (const g of part.split(':')) {
      if (g.includes('.')) {
        const [p, q, r, s] = g.split('.').map(Number) as [number, number, number, number];
        out.push(((p << 8) | q).toString(16), ((r << 8) | s).toString(16));
      } else out.push(parseInt(g, 16).toString(16));
    }
    return out;
  };
  const [head = '', tail] = a.split('::');
  const h = toGroups(head);
  const t = tail === undefined ? [] : toGroups(tail);
  const groups = tail === undefined ? h : [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t];
  return groups.length === 8 ? groups : undefined;
}

interface SiteCounters {
  client: RateLimiterAbstract;
  network: RateLimiterAbstract;
  shared: RateLimiterAbstract;
  reserve: RateLimiterAbstract | undefined;
  lightClientRequests: number;
}

/** The 429 every limit answers, in the error shape; `path` names a header when one is the reason. */
export const rateLimited = (seconds: number, path?: string) =>
  new ProxyError(429, 'rate.limited', { params: { seconds }, headers: { 'Retry-After': String(seconds) }, ...(path ? { path } : {}) });

const retryAfter = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

/** Consumes one point; a refusal is a RateLimiterRes, anything else (a store failing) is thrown on. */
async function consume(counter: RateLimiterAbstract, key: string): Promise<{ ok: boolean; res: RateLimiterRes }> {
  try {
    return { ok: true, res: await counter.consume(key) };
  } catch (err) {
    if (err instanceof RateLimiterRes) return { ok: false, res: err };
    throw err;
  }
}

export class RateLimiter {
  private readonly sites = new Map<string, SiteCounters>();
  private readonly failedSecrets: RateLimiterAbstract;
  private readonly failureLimit: number;

  constructor(
    private readonly limits: ProxyConfig['rateLimits'],
    private readonly siteLimits: Record<string, SiteRateLimits | undefined> = {},
    private readonly counters: CounterFactory = memoryCounters,
  ) {
    this.failureLimit = limits.failedSecrets.failures;
    this.failedSecrets = counters({ keyPrefix: 'lih:secret-failures', points: limits.failedSecrets.failures, duration: limits.failedSecrets.windowSeconds });
  }

  static fromConfig(config: Pick<ProxyConfig, 'rateLimits' | 'sites'>, counters?: CounterFactory): RateLimiter {
    return new RateLimiter(config.rateLimits, Object.fromEntries(config.sites.map((s) => [s.id, s.rateLimits])), counters);
  }

  /** Counts one request of `address` on `site`; refused requests say which limit and when to retry. */
  async take(site: string, address: string): Promise<Verdict> {
    const c = this.countersFor(site);
    const { client, network } = addressGroups(address);
    const byClient = await consume(c.client, client);
    if (!byClient.ok) return { ok: false, limit: 'client', retryAfterSeconds: retryAfter(byClient.res) };
    const byNetwork = await consume(c.network, network);
    if (!byNetwork.ok) return { ok: false, limit: 'network', retryAfterSeconds: retryAfter(byNetwork.res) };
    const shared = await consume(c.shared, site);
    if (shared.ok) return { ok: true };
    if (c.reserve && byClient.res.consumedPoints <= c.lightClientRequests) {
      const reserved = await consume(c.reserve, site);
      if (reserved.ok) return { ok: true };
    }
    return { ok: false, limit: 'site', retryAfterSeconds: retryAfter(shared.res) };
  }

  /** Seconds before `address` may present a site secret again, or undefined when it may now. */
  async secretBlockedFor(address: string): Promise<number | undefined> {
    const res = await this.failedSecrets.get(addressGroups(address).client);
    return res && res.consumedPoints >= this.failureLimit ? retryAfter(res) : undefined;
  }

  /** Counts one wrong site secret from `address`. */
  async secretFailed(address: string): Promise<void> {
    await consume(this.failedSecrets, addressGroups(address).client);
  }

  private countersFor(site: string): SiteCounters {
    let c = this.sites.get(site);
    if (!c) {
      const o = this.siteLimits[site];
      const perClient: WindowLimit = o?.perClient ?? this.limits.perClient;
      const perNetwork: WindowLimit = o?.perNetwork ?? this.limits.perNetwork;
      const perSite: SiteWindowLimit = o?.perSite ?? this.limits.perSite;
      const reserved = perSite.reservedRequests ?? Math.floor(perSite.requests / 5);
      const make = (kind: string, points: number, w: WindowLimit) => this.counters({ keyPrefix: `lih:${site}:${kind}`, points, duration: w.windowSeconds });
      c = {
        client: make('client', perClient.requests, perClient),
        network: make('network', perNetwork.requests, perNetwork),
        shared: make('site', perSite.requests - reserved, perSite),
        reserve: reserved > 0 ? make('reserve', reserved, perSite) : undefined,
        lightClientRequests: perSite.lightClientRequests,
      };
      this.sites.set(site, c);
    }
    return c;
  }
}
