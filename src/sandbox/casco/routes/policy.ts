/**
 * Casco issuance, once and only once: from the offer lookup to storing the
 * policy there is no await, so two concurrent requests for one offer cannot
 * both pass. A second attempt is a 409, an expired offer a 410, as in the
 * Assets sandbox. The payment is the offer's `payment` (its first instalment, in RON).
 */
import { randomUUID } from 'node:crypto';
import { today } from '../../../contract/clock.js';
import { isOfferExpired } from '../../../contract/offer.js';
import { cascoPolicyRequest } from '../../../contract/casco/index.js';
import { checkWire } from '../../../contract/wire.js';
import { readJson } from '../../body.js';
import { SandboxError, fail, prefixed } from '../../errors.js';
import { route } from '../../middleware.js';
import { OFFER_EXPIRED_STATUS } from '../../routes/policy.js';
import type { Deps, SandboxApp } from '../../context.js';
import { CASCO_INSURERS } from '../insurers.js';
import { policyRequestInsurer } from '../fault-targets.js';
import { CASCO_PATHS } from '../paths.js';
import { cascoStore, type CascoPolicyOut } from '../store.js';

export function cascoPolicyRoutes(app: SandboxApp, deps: Deps): void {
  route(app, deps, 'POST', CASCO_PATHS.policy, { auth: true, insurer: policyRequestInsurer(deps) }, async (c) => {
    const r = checkWire(cascoPolicyRequest, await readJson(c));
    if (!r.ok) throw new SandboxError(400, prefixed('', r.errors));
    const { offerId, payment } = r.data;
    const { state } = deps;
    const store = cascoStore(state);

    // From here on, no await until the policy is stored.
    const stored = store.offers.get(offerId);
    if (!stored) throw fail(404, 'offerId', 'offer.notFound');
    if (stored.policyId !== undefined) {
      const p = store.policies.get(stored.policyId)!.policy;
      throw fail(409, 'offerId', 'offer.alreadyIssued', { series: p.series, number: String(p.number) });
    }
    const offer = stored.offer;
    if (isOfferExpired(offer.offerExpiryDate, today())) throw fail(OFFER_EXPIRED_STATUS, 'offerId', 'offer.expired', { date: offer.offerExpiryDate });
    if (Math.round(payment.amount * 100) !== Math.round(offer.payment.amount * 100)) {
      throw fail(400, 'payment.amount', 'payment.amountMismatch', { amount: offer.payment.amount });
    }

    const series = CASCO_INSURERS[stored.insurer]!.series;
    const number = state.nextPolicyNumber(series);
    const policy: CascoPolicyOut = {
      provider: { organization: { businessName: stored.insurer } },
      product: { name: 'casco' },
      policyId: state.nextPolicyId(),
      providerPolicyCode: `${series}-${number}-${randomUUID().slice(0, 8)}`,
      series,
      number,
      payment: { method: payment.method, currency: payment.currency, amount: payment.amount, date: payment.date, documentNumber: payment.documentNumber },
      startDate: offer.startDate,
      endDate: offer.endDate,
      premiumAmount: offer.premiumAmount,
      currency: offer.currency,
      installments: offer.installments,
      coverages: offer.coverages,
      notes: offer.notes,
    };
    stored.policyId = policy.policyId;
    store.policies.set(policy.policyId, { policy, offerId, issuedOn: today() });
    return c.json({ data: { policies: [policy] } });
  });
}
