/**
 * A web-test-runner plugin that gives browser tests the real proxy and
 * sandbox: it starts them next to the test server (allowing its origin) and
 * answers server commands from the tests:
 *   lih-stack    { site? }            → { proxyUrl } (one stack per site variant)
 *   lih-sandbox  { action, ... }      → reset | counters | faults | expire-offer | payments
 */
import type { TestRunnerPlugin } from '@web/test-runner';
import { startStack, type Stack } from '../../scripts/stack.js';
import { cascoStore } from '../../src/sandbox/casco/store.js';
import { addDays, today } from '../../src/contract/clock.js';

export function stackPlugin(): TestRunnerPlugin {
  const stacks = new Map<string, Promise<Stack>>();
  let origins: string[] = [];

  const stackFor = (site: Record<string, unknown> = {}) => {
    const key = JSON.stringify(site);
    let s = stacks.get(key);
    if (!s) {
      // A server-mode site needs its secret in the environment; tests never see it.
      const env = typeof site.secretEnv === 'string' ? { [site.secretEnv]: crypto.randomUUID() + crypto.randomUUID() } : {};
      s = startStack({ origins, site, env, proxy: { rateLimits: { perClient: { requests: 10000, windowSeconds: 60 }, perNetwork: { requests: 10000, windowSeconds: 60 }, perSite: { requests: 10000, windowSeconds: 60 } } } });
      stacks.set(key, s);
    }
    return s;
  };

  return {
    name: 'lih-stack',
    serverStart({ config }) {
      const host = config.hostname ?? 'localhost';
      origins = [...new Set([`http://${host}:${config.port}`, `http://127.0.0.1:${config.port}`, `http://localhost:${config.port}`])];
    },
    async serverStop() {
      await Promise.all([...stacks.values()].map(async (s) => (await s).close()));
    },
    async executeCommand({ command, payload }) {
      const p = (payload ?? {}) as { site?: Record<string, unknown>; action?: string; faults?: Record<string, unknown>; offerId?: string; offerIds?: string[] };
      if (command === 'lih-stack') return { proxyUrl: (await stackFor(p.site)).proxy.url };
      if (command === 'lih-sandbox') {
        const { sandbox, proxy } = await stackFor(p.site);
        switch (p.action) {
          case 'reset':
            sandbox.state.reset();
            return true;
          case 'counters':
            return { ...sandbox.state.counters };
          case 'faults':
            sandbox.state.faults = { ...sandbox.state.faults, ...p.faults };
            return true;
          case 'expire-offer': {
            // The page knows the public capability; the insurer knows its own id.
            const offer = await proxy.store.offerByRef(p.offerId!);
            if (!offer) return false;
            // A Casco offer expires by its date, as the Casco API reads it.
            const casco = cascoStore(sandbox.state).offers.get(offer.upstreamOfferId);
            if (casco) casco.offer.offerExpiryDate = addDays(today(), -1);
            return !!casco || sandbox.state.expireOffer(offer.upstreamOfferId);
          }
          case 'quotes-of':
            // Which quote the proxy filed each offer under (the page sees only the offers).
            return Promise.all((p.offerIds ?? []).map(async (id) => (await proxy.store.offerByRef(id))?.quoteId ?? null));
          case 'payments':
            // What reached the insurer with each policy: the payment the proxy built (nothing personal).
            // The Casco API's policies are kept apart from the Assets ones.
            return [...sandbox.state.policies.values(), ...cascoStore(sandbox.state).policies.values()].map((s) => ({ series: s.policy.series, number: String(s.policy.number), ...s.policy.payment }));
          default:
            throw new Error(`lih-sandbox: unknown action ${p.action}`);
        }
      }
      return undefined;
    },
  };
}
