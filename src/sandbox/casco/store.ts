/**
 * The Casco offers and policies the sandbox remembers. They live beside the
 * Assets ones (one store per SandboxState, forgotten on its reset) and draw
 * their ids and policy numbers from the same state, so an offer id is never
 * both an Assets and a Casco offer, and offer and policy ids stay disjoint.
 */
import type { CascoProduct } from '../../contract/casco/index.js';
import type { PaymentMethod } from '../../contract/policy.js';
import type { SandboxInstallment, SandboxState } from '../state.js';

export interface CascoOfferOut {
  offerId: number;
  providerOfferCode: string;
  premiumAmount: number;
  currency: 'RON' | 'EUR';
  exchangeRate: { currency: 'RON'; amount: number; exchangeRate: number };
  /** What POST /policy pays: the first instalment, in RON. */
  payment: { currency: 'RON'; amount: number };
  startDate: string;
  endDate: string;
  installments: SandboxInstallment[];
  coverages: { code: string; notes: string }[];
  offerExpiryDate: string;
  notes: string;
}

export interface CascoStoredOffer {
  offer: CascoOfferOut;
  insurer: string;
  product: CascoProduct;
  /** The identified version the offer is for. */
  modelName: string;
  insuredSum: number;
  quotedOn: string;
  policyId?: number;
}

export interface CascoPolicyOut {
  provider: { organization: { businessName: string } };
  product: { name: 'casco' };
  policyId: number;
  providerPolicyCode: string;
  series: string;
  number: number;
  payment: { method: PaymentMethod; currency: 'RON'; amount: number; date: string; documentNumber: string };
  startDate: string;
  endDate: string;
  premiumAmount: number;
  currency: 'RON' | 'EUR';
  installments: SandboxInstallment[];
  coverages: { code: string; notes: string }[];
  notes: string;
}

export interface CascoStoredPolicy {
  policy: CascoPolicyOut;
  offerId: number;
  issuedOn: string;
}

export class CascoStore {
  readonly offers = new Map<number, CascoStoredOffer>();
  readonly policies = new Map<number, CascoStoredPolicy>();

  findPolicy(series: string, number: string): CascoStoredPolicy | undefined {
    for (const p of this.policies.values()) if (p.policy.series === series && String(p.policy.number) === number) return p;
    return undefined;
  }
}

const stores = new WeakMap<SandboxState, CascoStore>();

/** The Casco store of this sandbox state (created on first use, emptied on reset). */
export function cascoStore(state: SandboxState): CascoStore {
  let store = stores.get(state);
  if (!store) {
    const fresh = new CascoStore();
    state.onReset(() => {
      fresh.offers.clear();
      fresh.policies.clear();
    });
    stores.set(state, fresh);
    store = fresh;
  }
  return store;
}
