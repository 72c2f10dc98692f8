/** GET /v1/config — what the calling site may use. Nothing secret: no insurer, no credentials, no origins. */
import type { Hono } from 'hono';
import type { PublicSiteConfig } from '../../contract/public-api.js';
import { siteOf, type ProxyEnv } from '../context.js';

export function registerConfig(app: Hono<ProxyEnv>): void {
  app.get('/v1/config', (c) => {
    const site = siteOf(c);
    const body: PublicSiteConfig = {
      site: site.id,
      products: [...site.products],
      locale: site.locale,
      issuance: site.issuance,
      payment: { method: site.payment.method, documentNumberRequired: site.payment.documentNumberRequired },
    };
    return c.json(body);
  });
}
