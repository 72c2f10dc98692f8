/**
 * An offer becomes a policy once and only once, for the Assets and the Casco API alike: from the
 * offer lookup to storing the policy nothing awaits, so two concurrent requests for one offer cannot
 * both pass. A second attempt is a 409 naming the policy, an expired offer a 410, a payment of the
 * wrong amount a 400 on `payment.amount`.
 */
import { today } from '../contract/clock.js';
import type { Payment } from '../contract/policy.js';
import { fail } from './errors.js';

/** Status for an offer past its expiry date: 410 Gone (the offer existed, it cannot be used any more). */
export const OFFER_EXPIRED_STATUS = 410;

interface IssuedPolicy {
  policyId: number;
  series: string;
  number: number;
}

export interface IssueOnce<S extends { policyId?: number; offer: { offerExpiryDate?: string } }, P extends IssuedPolicy> {
  offers: Map<number, S>;
  policies: Map<number, { policy: P; offerId: number; issuedOn: string }>;
  offerId: number;
  payment: Payment;
  expired(stored: S): boolean;
  /** What the payment must be: the whole premium (Assets) or the first instalment (Casco). */
  due(stored: S): number;
  /** The policy, with the payment as the insurer records it (its documented fields only). */
  build(stored: S, payment: Payment): P;
}

export function issueOnce<S extends { policyId?: number; offer: { offerExpiryDate?: string } }, P extends IssuedPolicy>(o: IssueOnce<S, P>): P {
  const stored = o.offers.get(o.offerId);
  if (!stored) throw fail(404, 'offerId', 'offer.notFound');
  if (stored.policyId !== undefined) {
    const p = o.policies.get(stored.policyId)!.policy;
    throw fail(409, 'offerId', 'offer.alreadyIssued', { series: p.series, number: String(p.number) });
  }
  if (o.expired(stored)) throw fail(OFFER_EXPIRED_STATUS, 'offerId', 'offer.expired', { date: stored.offer.offerExpiryDate ?? '' });
  const due = o.due(stored);
  if (Math.round(o.payment.amount * 100) !== Math.round(due * 100)) throw fail(400, 'payment.amount', 'payment.amountMismatch', { amount: due });
  const { method, currency, amount, date, documentNumber } = o.payment;
  const policy = o.build(stored, { method, currency, amount, date, documentNumber });
  stored.policyId = policy.policyId;
  o.policies.set(policy.policyId, { policy, offerId: o.offerId, issuedOn: today() });
  return policy;
}
