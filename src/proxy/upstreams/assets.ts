/** The Assets API: one insurer per product, the product keyed in the body, documents by offer and policy id. */
import { NOMENCLATURES, isNomenclatureList, nomenclatureResponse, type NomenclatureItem } from '../../contract/nomenclature.js';
import { normaliseOffers } from '../../contract/offer.js';
import type { PolicyRequest } from '../../contract/policy.js';
import type { Secrets, UpstreamConfig } from '../config.js';
import { ProxyError } from '../errors.js';
import type { OfferRecord, PolicyRecord } from '../store/store.js';
import type { UpstreamClient } from '../upstream/client.js';
import type { CallOptions, QuotedOffer, UpstreamAdapter } from './adapter.js';
import { getDocuments, getList, getPolicy, listRoute, policyLookupPath, postPolicy } from './shared-calls.js';

/** The insurer answered 2xx with something that is not an offer answer. */
export class UnreadableAnswer extends ProxyError {
  constructor(readonly issues: string) {
    super(502, 'upstream.malformed');
  }
}

export class AssetsUpstream implements UpstreamAdapter {
  readonly name = 'assets' as const;

  constructor(
    private readonly client: UpstreamClient,
    private readonly config: UpstreamConfig,
    private readonly secrets: Secrets,
  ) {}

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
    const normalised = normaliseOffers(json);
    if (!normalised.ok) throw new UnreadableAnswer(normalised.issues);
    return normalised.offers.map((offer) => ({ offer }));
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
    // Known by the insurer's id when its answer gave one, else by series and number (a policy found again).
    return policy.upstreamPolicyId !== undefined
      ? getDocuments(this.client, `/policy/${policy.upstreamPolicyId}`, '/policy/:policyId', this.config.documentTimeoutMs, call)
      : getDocuments(this.client, policyLookupPath(policy.series, policy.number), '/policy?series&number', this.config.documentTimeoutMs, call);
  }

  nomenclatureParam(list: string): boolean | undefined {
    return isNomenclatureList(list) ? NOMENCLATURES[list].param : undefined;
  }

  async nomenclature(list: string, param: string | undefined, call: CallOptions): Promise<NomenclatureItem[]> {
    if (!isNomenclatureList(list)) throw new ProxyError(404, 'nomenclature.unknown', { params: { list } });
    const def = NOMENCLATURES[list];
    const toPublic = def.toPublic as (i: unknown) => NomenclatureItem;
    const read = (json: unknown) => {
      const parsed = nomenclatureResponse(def.item).safeParse(json);
      return parsed.success ? parsed.data.data.map((i) => toPublic(i)) : undefined;
    };
    return getList(this.client, def.path(param), listRoute(def.path, def.param), read, call);
  }
}
