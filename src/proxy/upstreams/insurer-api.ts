/**
 * What every insurer API's adapter shares: the offer request's envelope (the insurer and its
 * credentials around the product), issuance, the policy lookup, offer documents and nomenclature
 * lists read from a table. An adapter adds how it reads its offers, how a policy is downloaded and
 * which lists it serves.
 */
import type * as z from 'zod/mini';
import type { DocumentFile } from '../../contract/documents.js';
import { nomenclatureResponse, type NomenclatureItem } from '../../contract/nomenclature.js';
import type { PolicyRequest } from '../../contract/policy.js';
import type { Secrets, UpstreamConfig, UpstreamName } from '../config.js';
import { ProxyError } from '../errors.js';
import type { OfferRecord, PolicyRecord } from '../store/store.js';
import type { UpstreamClient } from '../upstream/client.js';
import type { CallOptions, QuotedOffer, UpstreamAdapter } from './adapter.js';
import { getDocuments, getList, getPolicy, listRoute, postPolicy } from './shared-calls.js';

/** One list an API serves: its path, its items as the API writes them, and how they read publicly. */
export interface ListDef {
  param: boolean;
  path: (param?: string) => string;
  item: z.ZodMiniType;
  toPublic: (item: never) => NomenclatureItem;
}

export abstract class InsurerApi implements UpstreamAdapter {
  abstract readonly name: UpstreamName;

  constructor(
    protected readonly client: UpstreamClient,
    protected readonly config: UpstreamConfig,
    protected readonly secrets: Secrets,
    private readonly lists: Readonly<Record<string, ListDef>>,
  ) {}

  abstract quote(insurer: string, product: unknown, call: CallOptions & { mapPath: (p: string) => string; signal?: AbortSignal }): Promise<QuotedOffer[]>;
  abstract policyDocuments(policy: PolicyRecord, call: CallOptions): Promise<DocumentFile[]>;

  /** POST /offer for one insurer, its answer as JSON for the adapter to read. */
  protected postOffer(insurer: string, product: unknown, call: CallOptions & { mapPath: (p: string) => string; signal?: AbortSignal }): Promise<unknown> {
    return this.client.json({
      method: 'POST',
      path: '/offer',
      route: '/offer',
      body: { provider: { organization: { businessName: insurer }, authentication: this.secrets.insurer(insurer) }, product },
      // Creating an offer is not idempotent upstream: no blind retries (the 401 re-login retry stays).
      retrySafe: false,
      ...call,
    });
  }

  protected documents(path: string, route: string, call: CallOptions): Promise<DocumentFile[]> {
    return getDocuments(this.client, path, route, this.config.documentTimeoutMs, call);
  }

  issue(request: PolicyRequest, call: CallOptions & { mapPath: (p: string) => string }) {
    return postPolicy(this.client, request, call);
  }

  confirmPolicy(series: string, number: string, call: CallOptions): Promise<void> {
    return getPolicy(this.client, series, number, call);
  }

  offerDocuments(offer: OfferRecord, call: CallOptions) {
    return this.documents(`/offer/${offer.upstreamOfferId}`, '/offer/:offerId', call);
  }

  nomenclatureParam(list: string): boolean | undefined {
    return Object.hasOwn(this.lists, list) ? this.lists[list]!.param : undefined;
  }

  async nomenclature(list: string, param: string | undefined, call: CallOptions): Promise<NomenclatureItem[]> {
    if (!Object.hasOwn(this.lists, list)) throw new ProxyError(404, 'nomenclature.unknown', { params: { list } });
    const def = this.lists[list]!;
    const toPublic = def.toPublic as (i: unknown) => NomenclatureItem;
    const read = (json: unknown) => {
      const parsed = nomenclatureResponse(def.item).safeParse(json);
      return parsed.success ? parsed.data.data.map((i) => toPublic(i)) : undefined;
    };
    return getList(this.client, def.path(param), listRoute(def.path, def.param), read, call);
  }
}
