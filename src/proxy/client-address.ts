import { getConnInfo } from '@hono/node-server/conninfo';
import type { ProxyContext } from './context.js';

/** The client's address: the socket's, or the one our own trusted reverse proxies saw. */
export function clientAddress(c: ProxyContext, trustProxyHops: number): string {
  if (trustProxyHops > 0) {
    const hops = (c.req.header('X-Forwarded-For') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const seen = hops[hops.length - trustProxyHops];
    if (seen) return seen;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // app.request() in tests has no socket
  }
}
