/**
 * POST /policy: an offer becomes a policy once and only once. Everything from
 * the offer lookup to storing the policy runs without an await, so two
 * concurrent requests for one offer cannot both pass the check.
 */
import { today } from '../../contract/clock.js';
import { policyRequest } from '../../contract/policy.js';
import type { ProductKey } from '../../contract/products/index.js';
import { checkWire } from '../../contract/wire.js';
import { SandboxError, fail, prefixed } from '../errors.js';
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

/** Status for an offer past its expiry date: 410 Gone (the offer existed, it cannot be used any more). */
export const OFFER_EXPIRED_STATUS = 410;

export function policyRoutes(app: SandboxApp, deps: Deps): void {
  route(app, deps, 'POST', '/policy', { auth: true }, async (c) => {
    // Wire mode: offerId and amount as JSON numbers, as the docs type them.
    const r = checkWire(policyRequest, await readJson(c));
    if (!r.ok) throw new SandboxError(400, prefixed('', r.errors));
    const { offerId, payment } = r.data;
    const { state } = deps;

    // From here on, no await until the policy is stored.
    const stored = state.offers.get(offerId);
    if (!stored) throw fail(404, 'offerId', 'offer.notFound');
    if (stored.policyId !== undefined) {
      const p = state.policies.get(stored.policyId)!.policy;
      throw fail(409, 'offerId', 'offer.alreadyIssued', { series: p.series, number: String(p.number) });
    }
    if (state.isExpired(stored)) throw fail(OFFER_EXPIRED_STATUS, 'offerId', 'offer.expired', { date: stored.offer.offerExpiryDate });
    const offer = stored.offer;
    if (Math.round(payment.amount * 100) !== Math.round(offer.premiumAmount * 100)) {
      throw fail(400, 'payment.amount', 'payment.amountMismatch', { amount: offer.premiumAmount });
    }

    const series = policySeries(stored.product, stored.insurer);
    const policy: SandboxPolicy = {
      policyId: state.nextPolicyId(),
      series,
      number: state.nextPolicyNumber(series),
      payment: { method: payment.method, currency: payment.currency, amount: payment.amount, date: payment.date, documentNumber: payment.documentNumber },
      startDate: offer.startDate,
      endDate: offer.endDate,
      premiumAmount: offer.premiumAmount,
      currency: offer.currency,
      installments: offer.installments,
    };
    stored.policyId = policy.policyId;
    state.policies.set(policy.policyId, { policy, offerId, issuedOn: today() });
    return c.json({ data: { policies: [policy] } });
  });
}
