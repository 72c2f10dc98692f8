/**
 * Which embedding site a request speaks for. A browser call is mapped by its
 * `Origin` header (which a browser sets and page scripts cannot change — but
 * any other client can, so it selects a site's public permissions, it does not
 * authenticate); a host's server call by its bearer site secret. The
 * middleware that applies this to each request is identify-site.ts.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { ProxyConfig, Secrets, SiteConfig } from './config.js';

export type Caller = 'browser' | 'server';

const digest = (s: string) => createHash('sha256').update(s).digest();

export class Sites {
  private readonly byOriginMap = new Map<string, SiteConfig>();
  /** Secrets are compared as SHA-256 digests, in constant time. */
  private readonly secretDigests: { site: SiteConfig; digest: Buffer }[] = [];

  constructor(config: ProxyConfig, secrets: Secrets) {
    for (const site of config.sites) {
      for (const origin of site.origins) this.byOriginMap.set(origin, site);
      const secret = secrets.siteSecret(site.id);
      if (site.issuance === 'server' && secret) this.secretDigests.push({ site, digest: digest(secret) });
    }
  }

  byOrigin(origin: string | undefined): SiteConfig | undefined {
    return origin ? this.byOriginMap.get(origin) : undefined;
  }

  bySecret(secret: string): SiteConfig | undefined {
    const d = digest(secret);
    let found: SiteConfig | undefined;
    // Compare with every site, so the time taken says nothing about which one matched.
    for (const s of this.secretDigests) if (timingSafeEqual(s.digest, d)) found = s.site;
    return found;
  }
}
