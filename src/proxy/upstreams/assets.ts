/** The Assets API: one insurer per product, the product keyed in the body, documents by offer and policy id. */
import { NOMENCLATURES } from '../../contract/nomenclature.js';
import { normaliseOffers } from '../../contract/offer.js';
import type { Secrets, UpstreamConfig } from '../config.js';
import { ProxyError } from '../errors.js';
import type { PolicyRecord } from '../store/store.js';
import type { UpstreamClient } from '../upstream/client.js';
import type { CallOptions, QuotedOffer } from './adapter.js';
import { InsurerApi, type ListDef } from './insurer-api.js';
import { policyLookupPath } from './shared-calls.js';

/** The insurer answered 2xx with something that is not an offer answer. */
export class UnreadableAnswer extends ProxyError {
  constructor(readonly issues: string) {
    super(502, 'upstream.malformed');
  }
}

export class AssetsUpstream extends InsurerApi {
  readonly name = 'assets' as const;

  constructor(client: UpstreamClient, config: UpstreamConfig, secrets: Secrets) {
    super(client, config, secrets, NOMENCLATURES as unknown as Record<string, ListDef>);
  }

  async quote(insurer: string, product: unknown, call: CallOptions & { mapPath: (p: string) => string; signal?: AbortSignal }): Promise<QuotedOffer[]> {
    const normalised = normaliseOffers(await this.postOffer(insurer, product, call));
    if (!normalised.ok) throw new UnreadableAnswer(normalised.issues);
    return normalised.offers.map((offer) => ({ offer }));
  }

  policyDocuments(policy: PolicyRecord, call: CallOptions) {
    // Known by the insurer's id when its answer gave one, else by series and number (a policy found again).
    return policy.upstreamPolicyId !== undefined
      ? this.documents(`/policy/${policy.upstreamPolicyId}`, '/policy/:policyId', call)
      : this.documents(policyLookupPath(policy.series, policy.number), '/policy?series&number', call);
  }
}
