/**
 * The sandbox insurer's configuration: who may log in, which insurer
 * credentials it accepts, how long tokens and offers live, and the faults it
 * starts with. Every value here is a sandbox-only default; real credentials
 * never live in this repository — they come from the environment of whatever
 * talks to the real API.
 */
import { randomBytes } from 'node:crypto';
import { NO_FAULTS, normaliseFaults, type Faults } from './faults.js';

export interface OperatorAccount {
  account: string;
  password: string;
}

export interface InsurerCredentials {
  account: string;
  password: string;
  /** When set, requests must send the same `provider.authentication.code`; when not, any code is ignored. */
  code?: string;
}

export interface SandboxConfig {
  /** Operator accounts accepted by POST /auth (the docs' "credentials provided by Life Is Hard SA as OPERATOR"). */
  operators: OperatorAccount[];
  /** Insurer credentials accepted in `provider.authentication`, by `provider.organization.businessName`. */
  insurers: Record<string, InsurerCredentials>;
  /** Lifetime of a JWT from POST/PATCH /auth. */
  tokenTtlSeconds: number;
  /** Lifetime of a refresh token. */
  refreshTokenTtlSeconds: number;
  /** Days an offer can be turned into a policy (offerExpiryDate = quote day + this). */
  offerValidityDays: number;
  /** HS256 secret for the JWTs; random per start unless configured. */
  jwtSecret: string;
  /** Test-only routes under /__sandbox/… — off unless asked for. */
  admin: boolean;
  /** What admin calls send as `Authorization: Bearer …`; random per start unless configured. */
  adminToken: string;
  /** Faults active from the start (and again after a reset). */
  faults: Faults;
  /** The longest a "timeout" fault holds a request when the client never gives up. */
  maxHangMs: number;
  /**
   * Where offer and policy ids start (offer ids are even, policy ids odd, so
   * the two never meet). A real insurer never reuses an id, and the proxy
   * keeps its record across restarts, so by default each start begins past
   * any id an earlier start could have given (twenty per millisecond of the
   * clock, ten of each); tests may start at 1.
   */
  firstId?: number;
}

/** The insurers the Assets API names, by businessName. */
export const INSURER_NAMES = ['michelin', 'lg', 'porsche', 'colonnade', 'pointer', 'allianz', 'levins'] as const;

export const DEFAULT_PORT = 4010;
export const DEFAULT_HOST = '127.0.0.1';

/** Sandbox-only insurer credentials: `<name>-sandbox` / `<name>-sandbox-secret`, no code. */
export const defaultInsurerCredentials = (): Record<string, InsurerCredentials> =>
  Object.fromEntries(INSURER_NAMES.map((n) => [n, { account: `${n}-sandbox`, password: `${n}-sandbox-secret` }]));

export function defaultConfig(): SandboxConfig {
  return {
    operators: [{ account: 'lih-operator', password: 'sandbox-operator-secret' }],
    insurers: defaultInsurerCredentials(),
    tokenTtlSeconds: 3600,
    refreshTokenTtlSeconds: 7 * 24 * 3600,
    offerValidityDays: 30,
    jwtSecret: randomBytes(32).toString('base64url'),
    admin: false,
    adminToken: randomBytes(24).toString('base64url'),
    faults: { ...NO_FAULTS },
    maxHangMs: 5 * 60_000,
  };
}

type Env = Record<string, string | undefined>;

function envNumber(env: Env, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number, got "${raw}"`);
  return n;
}

const envFlag = (env: Env, name: string): boolean | undefined =>
  env[name] === undefined ? undefined : ['1', 'true', 'yes', 'on'].includes(env[name]!.trim().toLowerCase());

/**
 * What the environment overrides. SANDBOX_OPERATOR_ACCOUNT/PASSWORD replace the
 * operator; SANDBOX_INSURER_<NAME>_ACCOUNT/_PASSWORD/_CODE one insurer's
 * credentials; SANDBOX_FAULT_* the initial faults.
 */
export function configFromEnv(env: Env): Partial<SandboxConfig> {
  const out: Partial<SandboxConfig> = {};
  const account = env.SANDBOX_OPERATOR_ACCOUNT;
  const password = env.SANDBOX_OPERATOR_PASSWORD;
  if (account || password) {
    const d = defaultConfig().operators[0]!;
    out.operators = [{ account: account || d.account, password: password || d.password }];
  }
  const insurers: Record<string, InsurerCredentials> = {};
  const defaults = defaultInsurerCredentials();
  for (const name of INSURER_NAMES) {
    const prefix = `SANDBOX_INSURER_${name.toUpperCase()}_`;
    const a = env[`${prefix}ACCOUNT`];
    const p = env[`${prefix}PASSWORD`];
    const c = env[`${prefix}CODE`];
    if (a || p || c) insurers[name] = { account: a || defaults[name]!.account, password: p || defaults[name]!.password, ...(c ? { code: c } : {}) };
  }
  if (Object.keys(insurers).length) out.insurers = insurers;
  const ttl = envNumber(env, 'SANDBOX_TOKEN_TTL_SECONDS');
  if (ttl !== undefined) out.tokenTtlSeconds = ttl;
  const refreshTtl = envNumber(env, 'SANDBOX_REFRESH_TTL_SECONDS');
  if (refreshTtl !== undefined) out.refreshTokenTtlSeconds = refreshTtl;
  const validity = envNumber(env, 'SANDBOX_OFFER_VALIDITY_DAYS');
  if (validity !== undefined) out.offerValidityDays = validity;
  if (env.SANDBOX_JWT_SECRET) out.jwtSecret = env.SANDBOX_JWT_SECRET;
  const admin = envFlag(env, 'SANDBOX_ADMIN');
  if (admin !== undefined) out.admin = admin;
  if (env.SANDBOX_ADMIN_TOKEN) out.adminToken = env.SANDBOX_ADMIN_TOKEN;
  const faults: Partial<Faults> = {};
  const latency = envNumber(env, 'SANDBOX_FAULT_LATENCY_MS');
  if (latency !== undefined) faults.latencyMs = latency;
  const rates = [
    ['SANDBOX_FAULT_ERROR_RATE', 'errorRate'],
    ['SANDBOX_FAULT_TIMEOUT_RATE', 'timeoutRate'],
    ['SANDBOX_FAULT_MALFORMED_RATE', 'malformedRate'],
    ['SANDBOX_FAULT_DROP_RATE', 'dropRate'],
    ['SANDBOX_FAULT_TOKEN_EXPIRY_RATE', 'tokenExpiryRate'],
  ] as const;
  for (const [name, knob] of rates) {
    const v = envNumber(env, name);
    if (v !== undefined) faults[knob] = v;
  }
  const status = envNumber(env, 'SANDBOX_FAULT_ERROR_STATUS');
  if (status !== undefined) faults.errorStatus = status as Faults['errorStatus'];
  if (Object.keys(faults).length) out.faults = normaliseFaults(faults);
  return out;
}

/**
 * Defaults, then the environment, then the caller's config. Insurer
 * credentials merge per insurer (override one, keep the others); operators
 * and faults replace as a whole.
 */
export function resolveConfig(overrides: Partial<SandboxConfig> = {}, env: Env = process.env): SandboxConfig {
  const base = defaultConfig();
  const fromEnv = configFromEnv(env);
  const merged: SandboxConfig = { ...base, ...fromEnv, ...overrides };
  merged.insurers = { ...base.insurers, ...fromEnv.insurers, ...overrides.insurers };
  merged.faults = normaliseFaults({ ...(overrides.faults ?? fromEnv.faults ?? base.faults) });
  if (!merged.jwtSecret) merged.jwtSecret = base.jwtSecret;
  if (!merged.adminToken) merged.adminToken = base.adminToken;
  return merged;
}
