/**
 * The Casco API: one insurer per offer request (several asked in parallel by
 * the multi-insurer quote), vehicle identification, offers with deductibles,
 * coverages, an exchange rate and a payment in RON; policy documents by
 * series and number only.
 */
import { cascoOffersResponse, vehicleIdentificationResponse, type VehicleIdentificationResponse } from '../../contract/casco/index.js';
import { CASCO_NOMENCLATURES, isCascoNomenclatureList } from '../../contract/casco/nomenclature.js';
import { cascoOfferFacts } from '../../contract/casco/offer-facts.js';
import { nomenclatureResponse, type NomenclatureItem } from '../../contract/nomenclature.js';
import type { NormalisedOffer } from '../../contract/offer.js';
import { PAYMENT_CURRENCIES, type PolicyRequest } from '../../contract/policy.js';
import type { Secrets, UpstreamConfig } from '../config.js';
import { ProxyError } from '../errors.js';
import type { OfferRecord, PolicyRecord } from '../store/store.js';
import type { UpstreamClient } from '../upstream/client.js';
import type { CallOptions, QuotedOffer, UpstreamAdapter } from './adapter.js';
import { UnreadableAnswer } from './assets.js';
import { getDocuments, getList, getPolicy, listRoute, policyLookupPath, postPolicy } from './shared-calls.js';

const PAID_IN = PAYMENT_CURRENCIES[0];

export class CascoUpstream implements UpstreamAdapter {
  readonly name = 'casco' as const;

  constructor(
    private readonly client: UpstreamClient,
    private readonly config: UpstreamConfig,
    private readonly secrets: Secrets,
  ) {}

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
    const json = await this.client.json({
      method: 'POST',
      path: '/offer',
      route: '/offer',
      body: { provider: { organization: { businessName: insurer }, authentication: this.secrets.insurer(insurer) }, product },
      // Creating an offer is not idempotent upstream: no blind retries (the 401 re-login retry stays).
      retrySafe: false,
      ...call,
    });
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

  issue(request: PolicyRequest, call: CallOptions & { mapPath: (p: string) => string }) {
    return postPolicy(this.client, request, call);
  }

  confirmPolicy(series: string, number: string, call: CallOptions): Promise<void> {
    return getPolicy(this.client, series, number, call);
  }

  offerDocuments(offer: OfferRecord, call: CallOptions) {
    return getDocuments(this.client, `/offer/${offer.upstreamOfferId}`, '/offer/:offerId', this.config.documentTimeoutMs, call);
  }

  policyDocuments(policy: PolicyRecord, call: CallOptions) {
    // The Casco API downloads a policy by series and number only.
    return getDocuments(this.client, policyLookupPath(policy.series, policy.number), '/policy?series&number', this.config.documentTimeoutMs, call);
  }

  nomenclatureParam(list: string): boolean | undefined {
    return isCascoNomenclatureList(list) ? CASCO_NOMENCLATURES[list].param : undefined;
  }

  async nomenclature(list: string, param: string | undefined, call: CallOptions): Promise<NomenclatureItem[]> {
    if (!isCascoNomenclatureList(list)) throw new ProxyError(404, 'nomenclature.unknown', { params: { list } });
    const def = CASCO_NOMENCLATURES[list];
    const toPublic = def.toPublic as (i: unknown) => NomenclatureItem;
    const read = (json: unknown) => {
      const parsed = nomenclatureResponse(def.item).safeParse(json);
      return parsed.success ? parsed.data.data.map((i) => toPublic(i)) : undefined;
    };
    return getList(this.client, def.path(param), listRoute(def.path, def.param), read, call);
  }
}
