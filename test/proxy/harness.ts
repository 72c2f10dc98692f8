/**
 * One real sandbox insurer and one real proxy over HTTP per test file. The
 * harness records every response body and log line, and every token the
 * sandbox hands out, so each file can end by searching them all for secrets
 * and personal data.
 */
import assert from 'node:assert/strict';
import { startSandbox, type RunningSandbox, type SandboxConfig } from '../../src/sandbox/server.js';
import { startProxy, type RunningProxy, type StartProxyOptions } from '../../src/proxy/server.js';
import type { ProxyConfigInput } from '../../src/proxy/config.js';
import { PRODUCT_KEYS } from '../../src/contract/products/index.js';
import { VALID, company, individual } from '../support/fixtures.js';

export const INSURERS = ['michelin', 'lg', 'porsche', 'colonnade', 'pointer', 'allianz', 'levins'] as const;
/** The Casco insurers (allianz is also an Assets one: one account, two APIs). */
export const CASCO_INSURERS = ['groupama', 'allianz', 'omniasig'] as const;
const CASCO_ONLY = ['groupama', 'omniasig'] as const;
export const DEMO_ORIGIN = 'http://localhost:5173';
export const SHOP_ORIGIN = 'https://shop.example.ro';
export const SHOP_SECRET = 'shop-site-secret-0123456789-abcdefghij';
export const OPERATOR_PASSWORD = 'sandbox-operator-secret';

/** The environment the proxy reads its secrets from: the sandbox's defaults plus a server site's secret. */
export const ENV: Record<string, string> = {
  LIH_ASSETS_OPERATOR_PASSWORD: OPERATOR_PASSWORD,
  ...Object.fromEntries([...INSURERS, ...CASCO_ONLY].map((n) => [`LIH_INSURER_${n.toUpperCase()}_PASSWORD`, `${n}-sandbox-secret`])),
  LIH_CASCO_OPERATOR_PASSWORD: OPERATOR_PASSWORD,
  LIH_SITE_SHOP_SECRET: SHOP_SECRET,
};

/**
 * Casco on top of testConfig: the sandbox's Casco API as `upstreams.casco`,
 * its insurers, and site `demo` asking all three within `deadlineMs`.
 */
export const withCasco =
  (deadlineMs = 8000) =>
  (c: ProxyConfigInput): void => {
    c.upstreams.casco = { ...c.upstreams.assets, baseUrl: `${c.upstreams.assets.baseUrl}/casco/v1`, operator: { account: 'lih-operator', passwordEnv: 'LIH_CASCO_OPERATOR_PASSWORD' } };
    for (const n of CASCO_ONLY) c.insurers[n] = { upstream: 'casco', account: `${n}-sandbox`, passwordEnv: `LIH_INSURER_${n.toUpperCase()}_PASSWORD` };
    c.insurers.groupama!.displayName = 'Groupama Asigurări';
    c.insurers.allianz!.displayName = 'Allianz-Țiriac';
    c.sites[0]!.casco = { insurers: [...CASCO_INSURERS], deadlineMs };
  };

/**
 * A configuration like config/proxy.config.json, pointing at `baseUrl`: site
 * `demo` (browser issuance, every product) and site `shop` (server issuance,
 * a required documentNumber, tire and electronics only).
 */
export function testConfig(baseUrl: string, patch: (c: ProxyConfigInput) => void = () => {}): ProxyConfigInput {
  const config: ProxyConfigInput = {
    upstreams: {
      assets: { baseUrl, operator: { account: 'lih-operator', passwordEnv: 'LIH_ASSETS_OPERATOR_PASSWORD' }, timeoutMs: 5000, retryDelayMs: 20 },
    },
    insurers: Object.fromEntries(
      INSURERS.map((n) => [n, { account: `${n}-sandbox`, passwordEnv: `LIH_INSURER_${n.toUpperCase()}_PASSWORD` }]),
    ),
    sites: [
      {
        id: 'demo',
        origins: [DEMO_ORIGIN, 'http://127.0.0.1:5173'],
        products: [...PRODUCT_KEYS],
        insurers: { houseAssistance: 'pointer' },
        locale: 'ro',
        payment: { method: 'pos', documentNumberRequired: false },
        issuance: 'browser',
      },
      {
        id: 'shop',
        origins: [SHOP_ORIGIN],
        products: ['tire', 'electronics'],
        locale: 'en',
        payment: { method: 'broker payment order', documentNumberRequired: true },
        issuance: 'server',
        secretEnv: 'LIH_SITE_SHOP_SECRET',
      },
    ],
    rateLimits: {
      perClient: { requests: 6000, windowSeconds: 60 },
      perNetwork: { requests: 60000, windowSeconds: 60 },
      perSite: { requests: 60000, windowSeconds: 60 },
    },
  };
  patch(config);
  return config;
}

export interface Recorded {
  method: string;
  path: string;
  status: number;
  contentType: string;
  body: Buffer;
}

export interface Harness {
  sandbox: RunningSandbox;
  proxy: RunningProxy;
  logs: string[];
  responses: Recorded[];
  /** Every JWT and refresh token the sandbox handed the proxy. */
  tokens: Set<string>;
  /** fetch() against the proxy, recorded. `origin: null` sends no Origin. */
  call(path: string, init?: CallInit): Promise<Response>;
  /** Convenience: JSON POST with the demo origin. */
  post(path: string, body: unknown, init?: CallInit): Promise<Response>;
  count(route: string): number;
  restartProxy(opts?: Partial<StartProxyOptions>): Promise<void>;
  close(): Promise<void>;
}

export interface CallInit extends Omit<RequestInit, 'headers'> {
  origin?: string | null;
  headers?: Record<string, string>;
}

export interface HarnessOptions {
  sandbox?: Partial<SandboxConfig>;
  config?: (c: ProxyConfigInput) => void;
  proxy?: Partial<StartProxyOptions>;
}

export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const sandbox = await startSandbox({ port: 0, env: {}, config: { admin: true, ...opts.sandbox } });
  const logs: string[] = [];
  const responses: Recorded[] = [];
  const tokens = new Set<string>();

  // Sees what the sandbox answers the proxy's /auth calls, so the leak search knows the real tokens.
  const upstreamFetch: typeof fetch = async (input, init) => {
    const res = await fetch(input, init);
    if (new URL(String(input instanceof Request ? input.url : input)).pathname.endsWith('/auth') && res.ok) {
      const copy = (await res.clone().json()) as { data?: { token?: string; refresh_token?: string } };
      if (copy.data?.token) tokens.add(copy.data.token);
      if (copy.data?.refresh_token) tokens.add(copy.data.refresh_token);
    }
    return res;
  };

  const start = (extra: Partial<StartProxyOptions> = {}) =>
    startProxy({
      config: testConfig(sandbox.url, opts.config),
      port: 0,
      env: ENV,
      dbPath: ':memory:',
      logger: (line) => logs.push(line),
      upstreamFetch,
      ...opts.proxy,
      ...extra,
    });

  const h: Harness = {
    sandbox,
    proxy: await start(),
    logs,
    responses,
    tokens,
    async call(path, init = {}) {
      const { origin = DEMO_ORIGIN, headers = {}, ...rest } = init;
      const res = await fetch(`${h.proxy.url}${path}`, { ...rest, headers: { ...(origin ? { Origin: origin } : {}), ...headers } });
      const body = Buffer.from(await res.arrayBuffer());
      responses.push({ method: rest.method ?? 'GET', path, status: res.status, contentType: res.headers.get('content-type') ?? '', body });
      // Hand back a fresh Response over the recorded bytes.
      return new Response(res.status === 204 || res.status === 304 ? null : body, { status: res.status, statusText: res.statusText, headers: res.headers });
    },
    post(path, body, init = {}) {
      return h.call(path, {
        ...init,
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...init.headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    },
    count: (route) => sandbox.state.count(route),
    async restartProxy(extra = {}) {
      await h.proxy.close();
      h.proxy = await start(extra);
    },
    async close() {
      await h.proxy.close();
      await sandbox.close();
    },
  };
  return h;
}

/** What must never appear in a log line or a response: credentials, tokens, and the fixtures' personal data. */
export function forbiddenStrings(h: Harness): { secrets: string[]; personal: string[] } {
  const person = individual();
  const firm = company();
  return {
    secrets: [OPERATOR_PASSWORD, ...[...INSURERS, ...CASCO_ONLY].map((n) => `${n}-sandbox-secret`), SHOP_SECRET, ...h.tokens],
    personal: [VALID.cnp, VALID.idCard, VALID.phone, person.email, firm.email],
  };
}

/**
 * Searches every log line and every response: secrets must appear nowhere
 * (PDFs included), personal data nowhere in logs or JSON answers. (The PDFs
 * are the customer's own documents and do name them.)
 */
export function assertNoLeaks(h: Harness): void {
  const { secrets, personal } = forbiddenStrings(h);
  assert.ok(h.tokens.size >= 2, 'the harness saw at least one JWT and refresh token');
  assert.ok(h.logs.length > 0 && h.responses.length > 0);
  for (const line of h.logs) {
    for (const s of [...secrets, ...personal]) assert.ok(!line.includes(s), `log line leaks ${s.slice(0, 6)}…: ${line.slice(0, 200)}`);
    assert.doesNotThrow(() => JSON.parse(line), `log line is JSON: ${line.slice(0, 100)}`);
  }
  for (const r of h.responses) {
    const text = r.body.toString('latin1');
    for (const s of secrets) assert.ok(!text.includes(s), `${r.method} ${r.path} (${r.status}) leaks a secret`);
    if (!r.contentType.includes('pdf')) {
      const utf8 = r.body.toString('utf8');
      for (const s of personal) assert.ok(!utf8.includes(s), `${r.method} ${r.path} (${r.status}) leaks personal data ${s.slice(0, 4)}…`);
    }
  }
}

export const json = async <T = Record<string, unknown>>(res: Response): Promise<T> => (await res.json()) as T;

export interface ErrorBody {
  errors: { path: string; message: string; key?: string }[];
  correlationId: string;
  data?: unknown;
}
