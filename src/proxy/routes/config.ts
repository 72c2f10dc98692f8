/** GET /v1/config — what the calling site may use. Nothing secret: no credentials, no origins; casco's insurers by name only. */
import type { Hono } from 'hono';
import type { PublicSiteConfig } from '../../contract/public-api.js';
import { publicInsurer } from '../config.js';
import { siteOf, type Deps, type ProxyEnv } from '../context.js';

export function registerConfig(app: Hono<ProxyEnv>, deps: Pick<Deps, 'config'>): void {
  app.get('/v1/config', (c) => {
    const site = siteOf(c);
    const body: PublicSiteConfig = {
      site: site.id,
      products: [...site.products],
      locale: site.locale,
      issuance: site.issuance,
      payment: { method: site.payment.method, documentNumberRequired: site.payment.documentNumberRequired },
    };
    if (site.casco) body.casco = { insurers: site.casco.insurers.map((name) => publicInsurer(deps.config, name)) };
    return c.json(body);
  });
}
