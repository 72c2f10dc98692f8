/** Casco issuance, once and only once (issue-once.ts), paying the offer's `payment`: its first instalment, in RON. */
import { randomUUID } from 'node:crypto';
import { today } from '../../../contract/clock.js';
import { isOfferExpired } from '../../../contract/offer.js';
import { cascoPolicyRequest } from '../../../contract/casco/index.js';
import { checkWire } from '../../../contract/wire.js';
import { readJson } from '../../body.js';
import { SandboxError, prefixed } from '../../errors.js';
import { issueOnce } from '../../issue-once.js';
import { route } from '../../middleware.js';
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

    const policy = issueOnce({
      offers: store.offers,
      policies: store.policies,
      offerId,
      payment,
      expired: ({ offer }) => isOfferExpired(offer.offerExpiryDate, today()),
      // Casco pays the first instalment, in RON: the offer's `payment`.
      due: ({ offer }) => offer.payment.amount,
      build: ({ offer, insurer }, paid): CascoPolicyOut => {
        const series = CASCO_INSURERS[insurer]!.series;
        const number = state.nextPolicyNumber(series);
        return {
          provider: { organization: { businessName: insurer } },
          product: { name: 'casco' },
          policyId: state.nextPolicyId(),
          providerPolicyCode: `${series}-${number}-${randomUUID().slice(0, 8)}`,
          series,
          number,
          payment: paid,
          startDate: offer.startDate,
          endDate: offer.endDate,
          premiumAmount: offer.premiumAmount,
          currency: offer.currency,
          installments: offer.installments,
          coverages: offer.coverages,
          notes: offer.notes,
        };
      },
    });
    return c.json({ data: { policies: [policy] } });
  });
}
