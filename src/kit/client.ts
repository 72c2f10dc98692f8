import { IDEMPOTENCY_HEADER, QUOTE_HEADER, type ErrorResponse, type IssueResponse, type OffersResponse, type PublicError, type PublicSiteConfig } from '../contract/public-api.js';
import type { NomenclatureItem, NomenclatureList } from '../contract/nomenclature.js';
import type { Locale } from '../contract/i18n/format.js';

/**
 * A failed call to the proxy. `status` 0 means the network failed before any
 * answer. `errors` carry field paths when the proxy rejected the input;
 * `data` what the proxy adds (the policy an offer already became, on a 409).
 */
export class ProxyError extends Error {
  constructor(
    readonly status: number,
    readonly errors: PublicError[] = [],
    readonly correlationId?: string,
    readonly data?: ErrorResponse['data'],
  ) {
    super(errors[0]?.message ?? `HTTP ${status}`);
  }
  /** The message key of the first error (`offer.expired`…), when the proxy gave one. */
  get key(): string | undefined {
    return this.errors[0]?.key;
  }
}

/** The typed client for the proxy's public API, the only server the elements talk to. */
export class ProxyClient {
  constructor(
    readonly endpoint: string,
    readonly locale: () => Locale,
  ) {}

  private async call(path: string, init: RequestInit = {}): Promise<Response> {
    let res: Response;
    try {
      res = await fetch(this.endpoint.replace(/\/$/, '') + path, {
        ...init,
        headers: { 'Accept-Language': this.locale(), ...(init.body ? { 'Content-Type': 'application/json' } : {}), ...init.headers },
      });
    } catch (e) {
      if ((e as Error).name === 'AbortError') throw e;
      throw new ProxyError(0);
    }
    if (!res.ok) {
      const body = (await res.json().catch(() => null)) as ErrorResponse | null;
      throw new ProxyError(res.status, body?.errors ?? [], body?.correlationId, body?.data);
    }
    return res;
  }

  private json = async <T>(path: string, init?: RequestInit): Promise<T> => (await this.call(path, init)).json() as Promise<T>;

  config(signal?: AbortSignal): Promise<PublicSiteConfig> {
    return this.json('/v1/config', { signal });
  }

  async nomenclature(list: NomenclatureList, param?: string, signal?: AbortSignal): Promise<NomenclatureItem[]> {
    const path = `/v1/nomenclature/${list}${param ? `/${encodeURIComponent(param)}` : ''}`;
    return (await this.json<{ items: NomenclatureItem[] }>(path, { signal })).items;
  }

  /** `quoteId` ties the variants of one quote together: the proxy issues one of them at a time. */
  quote(body: unknown, quoteId?: string, signal?: AbortSignal): Promise<OffersResponse> {
    return this.json('/v1/offers', { method: 'POST', body: JSON.stringify(body), signal, ...(quoteId ? { headers: { [QUOTE_HEADER]: quoteId } } : {}) });
  }

  /**
   * The key is made once per attempt by the caller, so a retry or a double click can never issue
   * twice; the same key and body again also asks the proxy for an outcome it did not know yet.
   */
  issue(offerId: string, idempotencyKey: string, documentNumber?: string): Promise<IssueResponse> {
    const payment = documentNumber ? { documentNumber } : {};
    return this.json('/v1/policies', {
      method: 'POST',
      body: JSON.stringify({ offerId, payment }),
      headers: { [IDEMPOTENCY_HEADER]: idempotencyKey },
    });
  }

  /** `id` is the opaque `ofr_…` / `pol_…` capability, never parsed. */
  async document(kind: 'offers' | 'policies', id: string): Promise<Blob> {
    return (await this.call(`/v1/${kind}/${encodeURIComponent(id)}/document`)).blob();
  }
}
