/** GET /health — for load balancers and uptime checks: no site needed, nothing about the upstream. */
import type { Hono } from 'hono';
import type { ProxyEnv } from '../context.js';

export function registerHealth(app: Hono<ProxyEnv>): void {
  app.get('/health', (c) => c.json({ status: 'ok' }));
}
