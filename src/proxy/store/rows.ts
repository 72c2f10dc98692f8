/**
 * Reading the store's rows into records, for every Store on SQL: both schemas
 * use the same column names, and each driver hands back ids as numbers and
 * instants as ISO strings (PostgresStore's type parsers see to that). Only an
 * attempt's outcome differs: SQLite keeps JSON text, PostgreSQL jsonb.
 */
import type { ProductKey } from '../../contract/products/index.js';
import type { AttemptOutcome, AttemptState, IssuanceAttempt, OfferRecord, PolicyRecord } from './store.js';

export type Row = Record<string, unknown>;
const opt = <T>(v: unknown): T | undefined => (v === null || v === undefined ? undefined : (v as T));

export function offerFromRow(r: Row): OfferRecord {
  const o: OfferRecord = {
    upstream: r.upstream as string,
    upstreamOfferId: r.upstream_offer_id as number,
    publicId: r.public_id as string,
    quoteId: r.quote_id as string,
    site: r.site as string,
    product: r.product as OfferRecord['product'],
    insurer: r.insurer as string,
    premiumAmount: r.premium_amount as number,
    currency: r.currency as string,
    expiresOn: r.expires_on as string,
    createdAt: r.created_at as string,
  };
  const startDate = opt<string>(r.start_date);
  if (startDate) o.startDate = startDate;
  const endDate = opt<string>(r.end_date);
  if (endDate) o.endDate = endDate;
  const pkg = opt<string>(r.package);
  if (pkg) o.package = pkg;
  const term = opt<number>(r.term_time);
  if (term !== undefined) o.termTime = term;
  const paymentAmount = opt<number>(r.payment_amount);
  const paymentCurrency = opt<string>(r.payment_currency);
  if (paymentAmount !== undefined && paymentCurrency) o.payment = { amount: paymentAmount, currency: paymentCurrency };
  return o;
}

export function policyFromRow(r: Row): PolicyRecord {
  const p: PolicyRecord = {
    upstream: r.upstream as string,
    policyId: r.public_id as string,
    offerId: r.offer_public_id as string,
    upstreamOfferId: r.upstream_offer_id as number,
    site: r.site as string,
    product: r.product as PolicyRecord['product'],
    series: r.series as string,
    number: r.number as string,
    premiumAmount: r.premium_amount as number,
    currency: r.currency as string,
    createdAt: r.created_at as string,
  };
  const upstreamPolicyId = opt<number>(r.upstream_policy_id);
  if (upstreamPolicyId !== undefined) p.upstreamPolicyId = upstreamPolicyId;
  const startDate = opt<string>(r.start_date);
  if (startDate) p.startDate = startDate;
  const endDate = opt<string>(r.end_date);
  if (endDate) p.endDate = endDate;
  return p;
}

export function attemptFromRow(r: Row): IssuanceAttempt {
  const a: IssuanceAttempt = {
    site: r.site as string,
    key: r.idempotency_key as string,
    requestHash: r.request_hash as string,
    upstream: r.upstream as string,
    upstreamOfferId: r.upstream_offer_id as number,
    quoteId: r.quote_id as string,
    state: r.state as AttemptState,
    createdAt: r.created_at as string,
    updatedAt: r.updated_at as string,
  };
  const outcome = opt<unknown>(r.outcome);
  if (outcome !== undefined) a.outcome = (typeof outcome === 'string' ? JSON.parse(outcome) : outcome) as AttemptOutcome;
  return a;
}
