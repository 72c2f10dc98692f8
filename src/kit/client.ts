import type { ErrorResponse, PublicError, PublicSiteConfig } from '../contract/public-api.js';
import type { NomenclatureItem, NomenclatureList as AssetsList } from '../contract/nomenclature.js';
import type { CascoNomenclatureList } from '../contract/casco/public-api.js';

/** A list the proxy answers: the Assets nomenclatures and the casco vehicles'. */
export type NomenclatureList = AssetsList | CascoNomenclatureList;
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

  /** One call to the proxy; a refusal or a network failure becomes a ProxyError. The later steps' calls are in calls.ts. */
  async call(path: string, init: RequestInit = {}): Promise<Response> {
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

  json = async <T>(path: string, init?: RequestInit): Promise<T> => (await this.call(path, init)).json() as Promise<T>;

  config(signal?: AbortSignal): Promise<PublicSiteConfig> {
    return this.json('/v1/config', { signal });
  }

  async nomenclature(list: NomenclatureList, param?: string, signal?: AbortSignal): Promise<NomenclatureItem[]> {
    const path = `/v1/nomenclature/${list}${param ? `/${encodeURIComponent(param)}` : ''}`;
    return (await this.json<{ items: NomenclatureItem[] }>(path, { signal })).items;
  }
}
