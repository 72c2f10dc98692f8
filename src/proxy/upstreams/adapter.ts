/**
 * One insurer API as the proxy's routes and Issuer see it: quote, read the
 * answer, issue, find a policy again, documents and nomenclatures. The routes
 * dispatch on an offer's recorded upstream, so a policy or document request
 * goes back to the API its offer came from.
 */
import type { DocumentFile } from '../../contract/documents.js';
import type { Locale } from '../../contract/i18n/format.js';
import type { NormalisedOffer } from '../../contract/offer.js';
import type { NomenclatureItem } from '../../contract/nomenclature.js';
import type { CascoOfferFacts } from '../../contract/casco/public-api.js';
import type { PolicyRequest } from '../../contract/policy.js';
import type { UpstreamName } from '../config.js';
import type { OfferRecord, PolicyRecord } from '../store/store.js';
import type { CallSummary } from '../upstream/client.js';

/** What every upstream call made for one proxy request carries. */
export interface CallOptions {
  locale: Locale;
  correlationId: string;
  trace?: CallSummary[];
}

/** One offer as its insurer answered it. */
export interface QuotedOffer {
  offer: NormalisedOffer;
  /** What issuance pays, when the insurer names it apart from the premium (casco: the first instalment, in RON). */
  payment?: { amount: number; currency: string };
  /** Casco's own facts, for comparing insurers. */
  casco?: CascoOfferFacts;
}

/** A policy as the insurer's POST /policy answer (or its 409) names it. */
export interface IssuedPolicy {
  series: string;
  number: string;
  upstreamPolicyId?: number;
  premiumAmount?: number;
  currency?: string;
  startDate?: string;
  endDate?: string;
}

export interface UpstreamAdapter {
  readonly name: UpstreamName;
  /**
   * POST /offer for one insurer: its offers, read. `mapPath` moves the
   * insurer's error paths to the public body's; `signal` abandons the call
   * (a multi-insurer quote past its deadline).
   */
  quote(insurer: string, product: unknown, call: CallOptions & { mapPath: (upstreamPath: string) => string; signal?: AbortSignal }): Promise<QuotedOffer[]>;
  /** POST /policy; undefined when the answer cannot be read (the outcome is then unknown). Throws the client's UpstreamError. */
  issue(request: PolicyRequest, call: CallOptions & { mapPath: (upstreamPath: string) => string }): Promise<IssuedPolicy | undefined>;
  /** GET /policy?series&number: confirms that the policy an insurer named exists. Throws when it cannot. */
  confirmPolicy(series: string, number: string, call: CallOptions): Promise<void>;
  offerDocuments(offer: OfferRecord, call: CallOptions): Promise<DocumentFile[]>;
  policyDocuments(policy: PolicyRecord, call: CallOptions): Promise<DocumentFile[]>;
  /** One of the proxy's nomenclature lists that this upstream serves (`nomenclatureParam` says which), read into public items. */
  nomenclature(list: string, param: string | undefined, call: CallOptions): Promise<NomenclatureItem[]>;
  /** Whether `list` needs a parameter; undefined when this upstream does not serve it. */
  nomenclatureParam(list: string): boolean | undefined;
}
