/**
 * The proxy's configuration: one JSON file (validated here) plus environment
 * variables for every secret. The file only *names* the variables, so it can be
 * committed and reviewed; a bad file or a missing secret stops start-up with a
 * message naming the key. Node only (full zod: size does not matter here).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { PAYMENT_METHODS } from '../contract/policy.js';
import { PRODUCTS, PRODUCT_KEYS, type ProductKey } from '../contract/products/index.js';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid proxy configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;
const envName = () => z.string().regex(ENV_NAME, 'not an environment variable name (A-Z, 0-9, _)');

/** `scheme://host[:port]` exactly as a browser sends it in `Origin`. */
const origin = () =>
  z.string().refine((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'http:' || u.protocol === 'https:') && u.origin === s;
    } catch {
      return false;
    }
  }, 'not a URL origin (scheme://host[:port], lower case, no path or trailing slash)');

const httpUrl = () =>
  z.string().refine((s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'http:' || u.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'not an http(s) URL');

const posInt = () => z.number().int().positive();

/** `postgres[ql]://user@host[:port]/database[?…]`, without a password: the file holds no secret. */
const postgresUrl = () =>
  z.string().superRefine((s, ctx) => {
    let u: URL;
    try {
      u = new URL(s);
    } catch {
      return void ctx.addIssue({ code: 'custom', message: 'not a URL (postgresql://user@host:5432/database)' });
    }
    if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') ctx.addIssue({ code: 'custom', message: 'must start with postgresql:// (or postgres://)' });
    else if (u.password || u.searchParams.has('password'))
      ctx.addIssue({ code: 'custom', message: 'holds a password: put it in PGPASSWORD, or give the whole URL as DATABASE_URL in the environment' });
  });

/**
 * A fixed window: at most `requests` in `windowSeconds` (rate-limiter-flexible's points and duration,
 * so the counters can live in PostgreSQL, shared by several proxy instances).
 */
const window = z.strictObject({ requests: posInt(), windowSeconds: posInt() });
/**
 * A site's budget, all clients together. Its last `reservedRequests` per window go only to light clients
 * (at most `lightClientRequests` in their own perClient window: a customer, not a script), so clients
 * refused their share cannot lock customers out.
 */
const siteWindow = z
  .strictObject({
    requests: posInt(),
    windowSeconds: posInt(),
    /** Default: a fifth of `requests`. */
    reservedRequests: z.number().int().min(0).optional(),
    lightClientRequests: posInt().default(30),
  })
  .superRefine((w, ctx) => {
    if (w.reservedRequests !== undefined && w.reservedRequests >= w.requests)
      ctx.addIssue({ code: 'custom', path: ['reservedRequests'], message: 'must be less than requests' });
  });
export type WindowLimit = z.output<typeof window>;
export type SiteWindowLimit = z.output<typeof siteWindow>;
const siteRateLimits = z.strictObject({ perClient: window.optional(), perNetwork: window.optional(), perSite: siteWindow.optional() });
export type SiteRateLimits = z.output<typeof siteRateLimits>;

const upstream = z.strictObject({
  baseUrl: httpUrl(),
  operator: z.strictObject({ account: z.string().min(1), passwordEnv: envName() }),
  /** Per-call timeout for offers, issuance, nomenclature. */
  timeoutMs: posInt().default(15_000),
  /** Document downloads are larger and slower. */
  documentTimeoutMs: posInt().default(30_000),
  /** Renew the JWT this long before `expires_at`. */
  renewBeforeSeconds: z.number().int().min(0).default(60),
  /** Pause before the one retry of a call that is safe to repeat. */
  retryDelayMs: z.number().int().min(0).default(250),
});
export type UpstreamConfig = z.output<typeof upstream>;

export const UPSTREAM_NAMES = ['assets', 'casco', 'liability', 'rotr'] as const;
export type UpstreamName = (typeof UPSTREAM_NAMES)[number];

const insurer = z.strictObject({
  /** Which API this insurer's products are reached through (the Assets products); a casco insurer is reached through `upstreams.casco` whatever this says. */
  upstream: z.enum(UPSTREAM_NAMES).default('assets'),
  /** The name a customer reads (`Groupama`); default the key. */
  displayName: z.string().min(1).optional(),
  account: z.string().min(1).optional(),
  passwordEnv: envName().optional(),
  codeEnv: envName().optional(),
});
export type InsurerConfig = z.output<typeof insurer>;

const site = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'use lower-case letters, digits and dashes'),
  origins: z.array(origin()).min(1),
  products: z.array(z.enum(PRODUCT_KEYS as [ProductKey, ...ProductKey[]])).min(1),
  /** Which insurer serves a product that has several (houseAssistance: pointer or allianz). */
  insurers: z.partialRecord(z.enum(PRODUCT_KEYS as [ProductKey, ...ProductKey[]]), z.string().min(1)).optional(),
  locale: z.enum(['en', 'ro']).default('ro'),
  payment: z.strictObject({
    method: z.enum(PAYMENT_METHODS),
    documentNumberRequired: z.boolean().default(false),
  }),
  issuance: z.enum(['browser', 'server']).default('browser'),
  /** For `server` issuance: the env var holding the secret the host's server sends as `Authorization: Bearer …`. */
  secretEnv: envName().optional(),
  rateLimits: siteRateLimits.optional(),
  /** Casco through `upstreams.casco`: the insurers one quote asks at once, and how long it waits for them. */
  casco: z
    .strictObject({
      insurers: z.array(z.string().regex(/^[a-z0-9_-]+$/, 'use the lower-case businessName')).min(1),
      /** A quote answers within this with the offers that came back; later answers are dropped. */
      deadlineMs: posInt().default(8000),
    })
    .optional(),
});
export type SiteConfig = z.output<typeof site>;

export const configSchema = z
  .strictObject({
    $schema: z.string().optional(),
    server: z
      .strictObject({
        /** How many reverse proxies sit in front (their X-Forwarded-For entries are trusted). */
        trustProxyHops: z.number().int().min(0).default(0),
        /** Send Strict-Transport-Security (only when clients reach the proxy over https). */
        hsts: z.boolean().default(false),
        bodyLimitBytes: posInt().default(64 * 1024),
        corsMaxAgeSeconds: z.number().int().min(0).default(600),
        /** A connection whose request headers take longer is answered 408 and closed (slowloris). */
        headersTimeoutMs: posInt().default(10_000),
        /** The same for the whole request, headers and body (a trickled body). */
        requestTimeoutMs: posInt().default(20_000),
        /** An idle keep-alive connection is closed after this. */
        keepAliveTimeoutMs: posInt().default(5_000),
        /** Connections open at once; further ones are dropped as they arrive. */
        maxConnections: posInt().default(1000),
      })
      .superRefine((s, ctx) => {
        // Node refuses to start otherwise.
        if (s.headersTimeoutMs > s.requestTimeoutMs)
          ctx.addIssue({ code: 'custom', path: ['headersTimeoutMs'], message: 'must not be more than requestTimeoutMs' });
      })
      .prefault({}),
    upstreams: z.strictObject({
      assets: upstream,
      casco: upstream.optional(),
      liability: upstream.optional(),
      rotr: upstream.optional(),
    }),
    insurers: z.record(z.string().regex(/^[a-z0-9_-]+$/, 'use the lower-case businessName'), insurer),
    sites: z.array(site).min(1),
    rateLimits: z
      .strictObject({
        /** One address (IPv4 /32, IPv6 /64) on one site. */
        perClient: window.default({ requests: 120, windowSeconds: 60 }),
        /** One network (IPv4 /24, IPv6 /48) on one site: a client spread over many addresses. */
        perNetwork: window.default({ requests: 600, windowSeconds: 60 }),
        perSite: siteWindow.default({ requests: 3000, windowSeconds: 60, reservedRequests: 600, lightClientRequests: 30 }),
        /** Wrong site secrets per address (any site); past this the secret is not even checked. */
        failedSecrets: z
          .strictObject({ failures: posInt(), windowSeconds: posInt() })
          .default({ failures: 10, windowSeconds: 900 }),
      })
      .prefault({}),
    nomenclature: z
      .strictObject({ cacheSeconds: z.number().int().min(0).default(3600), maxEntries: posInt().default(500) })
      .prefault({}),
    offers: z
      .strictObject({
        /** When the insurer gives no offerExpiryDate, the offer may be issued for this many days. */
        defaultValidityDays: posInt().default(30),
      })
      .prefault({}),
    policies: z
      .strictObject({
        /** How long a signed policy-document link that a server-issuance site's server asks for stays valid. */
        documentLinkSeconds: posInt().max(86_400).default(900),
      })
      .prefault({}),
    storage: z
      .strictObject({
        sqlitePath: z.string().min(1).default('.data/proxy.sqlite'),
        /**
         * PostgreSQL instead of SQLite, shared by every proxy instance (`DATABASE_URL` in the environment overrides it).
         * No password here, like every secret: PGPASSWORD, or DATABASE_URL, holds it.
         */
        postgresUrl: postgresUrl().optional(),
      })
      .prefault({}),
  })
  .superRefine((cfg, ctx) => {
    const seenIds = new Map<string, number>();
    const seenOrigins = new Map<string, string>();
    cfg.sites.forEach((s, i) => {
      if (seenIds.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sites', i, 'id'], message: `site id ${s.id} is used twice` });
      seenIds.set(s.id, i);
      s.origins.forEach((o, j) => {
        const other = seenOrigins.get(o);
        if (other !== undefined) ctx.addIssue({ code: 'custom', path: ['sites', i, 'origins', j], message: `origin already belongs to site ${other}` });
        else seenOrigins.set(o, s.id);
      });
      if (s.issuance === 'server' && !s.secretEnv)
        ctx.addIssue({ code: 'custom', path: ['sites', i, 'secretEnv'], message: 'required when issuance is "server"' });
      if (s.issuance === 'browser' && s.secretEnv)
        ctx.addIssue({ code: 'custom', path: ['sites', i, 'secretEnv'], message: 'only used when issuance is "server"' });
      for (const [product, name] of Object.entries(s.insurers ?? {}) as [ProductKey, string][]) {
        if (!(PRODUCTS[product].insurers as readonly string[]).includes(name))
          ctx.addIssue({ code: 'custom', path: ['sites', i, 'insurers', product], message: `${product} is served by ${PRODUCTS[product].insurers.join(' or ')}, not ${name}` });
      }
      s.casco?.insurers.forEach((name, j) => {
        if (!cfg.insurers[name]) ctx.addIssue({ code: 'custom', path: ['sites', i, 'casco', 'insurers', j], message: `${name} is not in insurers` });
        if (s.casco!.insurers.indexOf(name) !== j) ctx.addIssue({ code: 'custom', path: ['sites', i, 'casco', 'insurers', j], message: `${name} is listed twice` });
      });
      if (s.casco && !cfg.upstreams.casco) ctx.addIssue({ code: 'custom', path: ['sites', i, 'casco'], message: 'needs upstreams.casco' });
      s.products.forEach((product, j) => {
        const name = insurerFor(s, product);
        const ins = cfg.insurers[name];
        if (!ins) ctx.addIssue({ code: 'custom', path: ['sites', i, 'products', j], message: `${product} needs insurer ${name}, which is not in insurers` });
        else if (!cfg.upstreams[ins.upstream])
          ctx.addIssue({ code: 'custom', path: ['insurers', name, 'upstream'], message: `upstream ${ins.upstream} is not configured` });
      });
    });
  });

export type ProxyConfigInput = z.input<typeof configSchema>;
export type ProxyConfig = z.output<typeof configSchema>;

/** The insurer that serves `product` on `site`: the site's choice, else the product's first insurer. */
export function insurerFor(s: Pick<SiteConfig, 'insurers'>, product: ProductKey): string {
  return s.insurers?.[product] ?? PRODUCTS[product].insurers[0];
}

/** Every upstream an insurer's credentials are sent to: its own, and Casco where a site asks it for casco. */
export function insurerUpstreams(cfg: Pick<ProxyConfig, 'insurers' | 'sites'>, name: string): UpstreamName[] {
  const own = cfg.insurers[name]?.upstream ?? 'assets';
  const casco = cfg.sites.some((s) => s.casco?.insurers.includes(name));
  return casco && own !== 'casco' ? [own, 'casco'] : [own];
}

/** An insurer as a customer may see it. */
export const publicInsurer = (cfg: Pick<ProxyConfig, 'insurers'>, name: string): { name: string; displayName: string } => ({
  name,
  displayName: cfg.insurers[name]?.displayName ?? name,
});

/** `sites[0].origins[1]` — the way a person finds the key in the file. */
export function keyPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');
}

type Env = Record<string, string | undefined>;

/** Every env var the configuration names, with the key that names it. */
export function secretRefs(cfg: ProxyConfig): { env: string; key: string; required: boolean }[] {
  const refs: { env: string; key: string; required: boolean }[] = [];
  for (const name of UPSTREAM_NAMES) {
    const u = cfg.upstreams[name];
    if (u) refs.push({ env: u.operator.passwordEnv, key: `upstreams.${name}.operator.passwordEnv`, required: true });
  }
  for (const [name, ins] of Object.entries(cfg.insurers)) {
    if (ins.passwordEnv) refs.push({ env: ins.passwordEnv, key: `insurers.${name}.passwordEnv`, required: true });
    if (ins.codeEnv) refs.push({ env: ins.codeEnv, key: `insurers.${name}.codeEnv`, required: true });
  }
  cfg.sites.forEach((s, i) => {
    if (s.secretEnv) refs.push({ env: s.secretEnv, key: `sites[${i}].secretEnv`, required: true });
  });
  return refs;
}

/** Validates the configuration and checks that every secret it names is set. Throws ConfigError naming each bad key. */
export function loadConfig(input: unknown, env: Env = process.env): ProxyConfig {
  const r = configSchema.safeParse(input);
  if (!r.success) {
    throw new ConfigError(r.error.issues.map((i) => `${keyPath(i.path) || '(root)'}: ${describeIssue(i)}`));
  }
  const missing = secretRefs(r.data)
    .filter((ref) => ref.required && !env[ref.env])
    .map((ref) => `${ref.env} (${ref.key}) is not set`);
  const shortSecrets = r.data.sites
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.secretEnv && env[s.secretEnv] && env[s.secretEnv]!.length < 24)
    .map(({ s, i }) => `${s.secretEnv} (sites[${i}].secretEnv) is too short: use at least 24 random characters`);
  if (missing.length || shortSecrets.length) throw new ConfigError([...missing, ...shortSecrets]);
  return r.data;
}

function describeIssue(i: z.core.$ZodIssue): string {
  if (i.code === 'unrecognized_keys') return `unknown key${i.keys.length > 1 ? 's' : ''} ${i.keys.join(', ')}`;
  if (i.code === 'invalid_type' && (i as { input?: unknown }).input === undefined) return 'required';
  return i.message;
}

/** Reads and parses the JSON file; a missing or unreadable file is a ConfigError too. */
export function readConfigFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError([`${path}: cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new ConfigError([`${path}: not valid JSON (${(err as Error).message})`]);
  }
}

/** The secrets the configuration names, read once from the environment. */
export interface Secrets {
  operatorPassword(upstream: UpstreamName): string;
  insurer(name: string): { account?: string; password?: string; code?: string };
  siteSecret(siteId: string): string | undefined;
  /** Every secret value, for the log and response redaction guard. */
  all(): string[];
}

export function readSecrets(cfg: ProxyConfig, env: Env): Secrets {
  const get = (name: string | undefined) => (name ? env[name] : undefined);
  const values = secretRefs(cfg)
    .map((r) => env[r.env])
    .filter((v): v is string => !!v);
  return {
    operatorPassword: (u) => get(cfg.upstreams[u]?.operator.passwordEnv) ?? '',
    insurer: (name) => {
      const ins = cfg.insurers[name];
      const out: { account?: string; password?: string; code?: string } = {};
      if (ins?.account) out.account = ins.account;
      const password = get(ins?.passwordEnv);
      if (password) out.password = password;
      const code = get(ins?.codeEnv);
      if (code) out.code = code;
      return out;
    },
    siteSecret: (id) => get(cfg.sites.find((s) => s.id === id)?.secretEnv),
    all: () => [...values],
  };
}
