/**
 * The Casco API: one insurer per offer request (several asked in parallel by
 * the multi-insurer quote), vehicle identification, offers with deductibles,
 * coverages, an exchange rate and a payment in RON; policy documents by
 * series and number only.
 */
import { cascoOffersResponse, vehicleIdentificationResponse, type VehicleIdentificationResponse } from '../../contract/casco/index.js';
import { CASCO_NOMENCLATURES } from '../../contract/casco/nomenclature.js';
import { cascoOfferFacts } from '../../contract/casco/offer-facts.js';
import type { NormalisedOffer } from '../../contract/offer.js';
import { PAYMENT_CURRENCIES } from '../../contract/policy.js';
import type { Secrets, UpstreamConfig } from '../config.js';
import type { PolicyRecord } from '../store/store.js';
import type { UpstreamClient } from '../upstream/client.js';
import type { CallOptions, QuotedOffer } from './adapter.js';
import { UnreadableAnswer } from './assets.js';
import { InsurerApi, type ListDef } from './insurer-api.js';
import { policyLookupPath } from './shared-calls.js';

const PAID_IN = PAYMENT_CURRENCIES[0];

export class CascoUpstream extends InsurerApi {
  readonly name = 'casco' as const;

  constructor(client: UpstreamClient, config: UpstreamConfig, secrets: Secrets) {
    super(client, config, secrets, CASCO_NOMENCLATURES as unknown as Record<string, ListDef>);
  }

  /** POST /vehicle/identification: every insurer's versions of the vehicle, in one call. */
  async identify(mechanics: unknown, call: CallOptions & { mapPath: (p: string) => string }): Promise<VehicleIdentificationResponse['data']> {
    const json = await this.client.json({
      method: 'POST',
      path: '/vehicle/identification',
      route: '/vehicle/identification',
      body: mechanics,
      // Identification creates nothing: a second try cannot do harm.
      retrySafe: true,
      ...call,
    });
    const parsed = vehicleIdentificationResponse.safeParse(json);
    if (!parsed.success) throw new UnreadableAnswer(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.code}`).join('; '));
    return parsed.data.data;
  }

  async quote(insurer: string, product: unknown, call: CallOptions & { mapPath: (p: string) => string; signal?: AbortSignal }): Promise<QuotedOffer[]> {
    const json = await this.postOffer(insurer, product, call);
    const parsed = cascoOffersResponse.safeParse(json);
    if (!parsed.success) throw new UnreadableAnswer(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.code}`).join('; '));
    return parsed.data.data.offers.map((o) => {
      const offer: NormalisedOffer = {
        offerId: o.offerId,
        premiumAmount: o.premiumAmount,
        currency: o.currency,
        startDate: o.startDate,
        endDate: o.endDate,
        installments: o.installments,
        ...(o.providerOfferCode ? { providerOfferCode: o.providerOfferCode } : {}),
        ...(o.offerExpiryDate ? { offerExpiryDate: o.offerExpiryDate } : {}),
        ...(o.notes ? { notes: o.notes } : {}),
      };
      // Issuance pays the offer's `payment` exactly; one in another currency than the policy request allows is not ours to convert.
      const payment = o.payment && o.payment.currency === PAID_IN ? { amount: o.payment.amount, currency: o.payment.currency } : undefined;
      return { offer, casco: cascoOfferFacts(o), ...(payment ? { payment } : {}) };
    });
  }

  policyDocuments(policy: PolicyRecord, call: CallOptions) {
    // The Casco API downloads a policy by series and number only.
    return this.documents(policyLookupPath(policy.series, policy.number), '/policy?series&number', call);
  }
}
