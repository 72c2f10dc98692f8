/**
 * A small HTTP client for the sandbox tests: real fetch calls, the `Token`
 * header, `Content-Language`, and the request bodies the API documents.
 */
import { after, before } from 'node:test';
import { PRODUCTS, type ProductKey } from '../../../src/contract/products/index.js';
import { today } from '../../../src/contract/clock.js';
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../../src/sandbox/server.js';
import { BODIES } from '../../support/fixtures.js';

export const OPERATOR = { account: 'lih-operator', password: 'sandbox-operator-secret' } as const;

export interface Reply<T = any> {
  status: number;
  headers: Headers;
  /** Parsed JSON, or undefined when the body was not JSON. */
  body: T;
  text: string;
}

export interface CallOptions {
  body?: unknown;
  /** Sent as is (a string body is not JSON-encoded). */
  rawBody?: string;
  token?: string | null;
  lang?: 'en' | 'ro';
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export class SandboxClient {
  token: string | undefined;
  refreshToken: string | undefined;

  constructor(readonly url: string) {}

  async call<T = any>(method: string, path: string, opts: CallOptions = {}): Promise<Reply<T>> {
    const headers: Record<string, string> = { ...opts.headers };
    const token = opts.token === undefined ? this.token : opts.token;
    if (token) headers.Token = token;
    if (opts.lang) headers['Content-Language'] = opts.lang;
    let body: string | undefined;
    if (opts.rawBody !== undefined) body = opts.rawBody;
    else if (opts.body !== undefined) {
      body = JSON.stringify(opts.body);
      headers['Content-Type'] = 'application/json';
    }
    const res = await fetch(`${this.url}${path}`, { method, headers, body, ...(opts.signal ? { signal: opts.signal } : {}) });
    const text = await res.text();
    let parsed: any;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return { status: res.status, headers: res.headers, body: parsed, text };
  }

  /** Logs in and keeps the token for later calls. */
  async login(account: string = OPERATOR.account, password: string = OPERATOR.password): Promise<Reply> {
    const r = await this.call('POST', '/auth', { body: { account, password }, token: null });
    if (r.status === 200) {
      this.token = r.body.data.token;
      this.refreshToken = r.body.data.refresh_token;
    }
    return r;
  }

  offer(product: unknown, opts: { insurer?: string; authentication?: Record<string, string>; lang?: 'en' | 'ro'; key?: ProductKey } = {}): Promise<Reply> {
    const key = opts.key ?? productKeyOf(product);
    const insurer = opts.insurer ?? PRODUCTS[key].insurers[0];
    return this.call('POST', '/offer', {
      body: { provider: provider(insurer, opts.authentication), product },
      ...(opts.lang ? { lang: opts.lang } : {}),
    });
  }

  /** POST /offer for a product's fixture body, expecting success; returns the offers. */
  async offersFor(key: ProductKey, product: unknown = BODIES[key]()): Promise<any[]> {
    const r = await this.offer(product, { key });
    if (r.status !== 200) throw new Error(`POST /offer ${key}: ${r.status} ${r.text}`);
    return 'offers' in r.body.data ? r.body.data.offers : [r.body.data];
  }

  policy(offerId: number, payment: Record<string, unknown>): Promise<Reply> {
    return this.call('POST', '/policy', { body: { offerId, payment } });
  }
}

export const provider = (insurer: string, authentication?: Record<string, string>) => ({
  organization: { businessName: insurer },
  authentication: authentication ?? { account: `${insurer}-sandbox`, password: `${insurer}-sandbox-secret` },
});

/** The product key of a body built by the fixtures (its one product key). */
export function productKeyOf(product: unknown): ProductKey {
  const key = Object.keys(product as object).find((k) => k in PRODUCTS);
  if (!key) throw new Error('no product key in body');
  return key as ProductKey;
}

/** A payment that pays an offer in full, today. */
export const paymentFor = (offer: { premiumAmount: number }, extra: Record<string, unknown> = {}) => ({
  method: 'pos',
  currency: 'RON',
  amount: offer.premiumAmount,
  date: today(),
  documentNumber: 'POS-0001',
  ...extra,
});

/**
 * Starts a sandbox on a free port for the file's tests and closes it after
 * them. The environment is ignored so a developer's SANDBOX_* variables never
 * change a test.
 */
export function useSandbox(options: SandboxOptions = {}, opts: { login?: boolean } = { login: true }) {
  const ctx = {} as { sb: RunningSandbox; client: SandboxClient };
  before(async () => {
    ctx.sb = await startSandbox({ port: 0, env: {}, ...options });
    ctx.client = new SandboxClient(ctx.sb.url);
    if (opts.login !== false) {
      const r = await ctx.client.login();
      if (r.status !== 200) throw new Error(`login failed: ${r.status} ${r.text}`);
    }
  });
  after(() => ctx.sb?.close());
  return ctx;
}
