/**
 * Load with autocannon, from the benchmark's own process. Latencies are taken
 * per response (autocannon's own histogram keeps whole milliseconds, too
 * coarse for a 5 % margin on 150 ms) so runs can be pooled before taking
 * percentiles; only 2xx answers count, as in autocannon's histogram.
 */
import autocannon from 'autocannon';

export interface Target {
  /** Tallies proxied and direct offers apart (for logins per 1,000 offers). */
  kind: 'direct' | 'proxied' | 'other';
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

export interface Measured {
  /** Requests per second, all targets together (autocannon's per-second average, summed). */
  rps: number;
  /** Latencies of the 2xx answers, ms. */
  latencies: number[];
  /** Socket errors, timeouts and non-2xx answers. */
  errors: number;
}

/** 2xx answers per kind over the whole benchmark. */
export const tally = { direct: 0, proxied: 0, other: 0 };

/**
 * Loads the targets at once for `seconds`, `connections` split between them
 * (two proxy instances: one autocannon per instance, half the connections each).
 */
export async function measure(targets: Target[], connections: number, seconds: number): Promise<Measured> {
  const latencies: number[] = [];
  const share = (i: number) => Math.floor(connections / targets.length) + (i < connections % targets.length ? 1 : 0);
  const results = await Promise.all(
    targets.map(
      (t, i) =>
        new Promise<autocannon.Result>((resolve, reject) => {
          // The callback form returns the instance, whose 'response' events carry each latency.
          const instance = autocannon(
            { url: t.url, method: t.method ?? 'GET', headers: t.headers, body: t.body, connections: Math.max(1, share(i)), duration: seconds },
            (err, result) => (err ? reject(err) : resolve(result)),
          );
          instance.on('response', (_client, status, _bytes, ms) => {
            if (status >= 200 && status < 300) {
              latencies.push(ms);
              tally[t.kind]++;
            }
          });
        }),
    ),
  );
  return {
    rps: results.reduce((n, r) => n + r.requests.average, 0),
    latencies,
    errors: results.reduce((n, r) => n + r.errors + r.non2xx, 0),
  };
}
