/** POST /policy: an offer becomes a policy once and only once (issue-once.ts), paid in full. */
import { policyRequest } from '../../contract/policy.js';
import type { ProductKey } from '../../contract/products/index.js';
import { checkWire } from '../../contract/wire.js';
import { SandboxError, prefixed } from '../errors.js';
import { issueOnce } from '../issue-once.js';
import { readJson } from '../body.js';
import { route } from '../middleware.js';
import type { Deps, SandboxApp } from '../context.js';
import type { SandboxPolicy } from '../state.js';

/** Policy series per product (and insurer, for houseAssistance). SBX marks them as sandbox policies. */
const SERIES: Record<ProductKey, string> = {
  tire: 'SBX-MTR',
  tireFleet: 'SBX-MTF',
  electronics: 'SBX-LGE',
  extendedWarranty: 'SBX-PEW',
  solarPanel: 'SBX-CSP',
  gap: 'SBX-CGP',
  houseAssistance: 'SBX-PHA',
  digitalProtection: 'SBX-LDP',
  businessCyberProtection: 'SBX-LBC',
};
export const policySeries = (product: ProductKey, insurer: string): string =>
  product === 'houseAssistance' && insurer === 'allianz' ? 'SBX-AHA' : SERIES[product];

export function policyRoutes(app: SandboxApp, deps: Deps): void {
  route(app, deps, 'POST', '/policy', { auth: true }, async (c) => {
    // Wire mode: offerId and amount as JSON numbers, as the docs type them.
    const r = checkWire(policyRequest, await readJson(c));
    if (!r.ok) throw new SandboxError(400, prefixed('', r.errors));
    const { offerId, payment } = r.data;
    const { state } = deps;

    const policy = issueOnce({
      offers: state.offers,
      policies: state.policies,
      offerId,
      payment,
      expired: (stored) => state.isExpired(stored),
      due: (stored) => stored.offer.premiumAmount,
      build: ({ offer, product, insurer }, paid): SandboxPolicy => {
        const series = policySeries(product, insurer);
        return {
          policyId: state.nextPolicyId(),
          series,
          number: state.nextPolicyNumber(series),
          payment: paid,
          startDate: offer.startDate,
          endDate: offer.endDate,
          premiumAmount: offer.premiumAmount,
          currency: offer.currency,
          installments: offer.installments,
        };
      },
    });
    return c.json({ data: { policies: [policy] } });
  });
}
