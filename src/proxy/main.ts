/**
 * `npm run proxy`: the proxy as a process.
 *   PROXY_PORT      default 4000
 *   PROXY_HOST      default 127.0.0.1
 *   PROXY_CONFIG    default config/proxy.config.json
 *   PROXY_ENV_FILE  a KEY=value file whose variables fill only what the
 *                   environment does not set; `none` for no file. When unset,
 *                   config/sandbox.env (the sandbox's public credentials) is
 *                   used only if every upstream baseUrl is on loopback (the
 *                   local sandbox); a proxy pointed anywhere else reads its
 *                   secrets from the environment and stops naming any missing one.
 *   PROXY_DB_PATH   overrides storage.sqlitePath (SQLite even when PostgreSQL is configured)
 *   DATABASE_URL    PostgreSQL instead of SQLite; overrides storage.postgresUrl
 * Whatever the env file, a proxy whose upstream is not on loopback refuses to
 * start when a secret it would send there holds a value from config/sandbox.env.
 * SIGINT/SIGTERM close gracefully: stop listening, revoke the upstream token, close the DB.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { configSchema, insurerUpstreams, readConfigFile, UPSTREAM_NAMES } from './config.js';
import { ConfigError, DEFAULT_HOST, DEFAULT_PORT, startProxy } from './server.js';

const SANDBOX_ENV_FILE = 'config/sandbox.env';

const info = (msg: string, fields: Record<string, unknown>) =>
  process.stdout.write(`${JSON.stringify({ ts: new Date().toISOString(), level: 'info', msg, ...fields })}\n`);

/** Fills unset variables from an env file; never overrides the real environment. Returns the names it set. */
function loadEnvFile(path: string): string[] {
  const values = parseEnv(readFileSync(path, 'utf8'));
  const set: string[] = [];
  for (const [k, v] of Object.entries(values)) {
    if (process.env[k] === undefined) {
      process.env[k] = v;
      set.push(k);
    }
  }
  return set;
}

/** The local sandbox: a loopback address (127.0.0.0/8, ::1, localhost). Anything else may be a real insurer. */
function isLoopback(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  let host: string;
  try {
    host = new URL(url).hostname; // normalised: 127.1 and 0x7f.1 read as 127.0.0.1
  } catch {
    return false;
  }
  return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** `upstreams.<name>.baseUrl` of every upstream the file configures, read before validation (which comes later). */
function upstreamUrls(raw: unknown): { key: string; url: unknown }[] {
  const upstreams = (raw as { upstreams?: unknown } | null)?.upstreams;
  if (typeof upstreams !== 'object' || upstreams === null) return [];
  return Object.entries(upstreams as Record<string, { baseUrl?: unknown } | null>)
    .filter(([, u]) => u !== undefined)
    .map(([name, u]) => ({ key: `upstreams.${name}.baseUrl`, url: u?.baseUrl }));
}

/**
 * Every variable that holds a secret the proxy sends to an upstream not on
 * loopback, and which still holds one of config/sandbox.env's public values:
 * those would go to a real insurer.
 */
function sandboxValuesForRealUpstreams(raw: unknown): string[] {
  const r = configSchema.safeParse(raw);
  if (!r.success || !existsSync(SANDBOX_ENV_FILE)) return []; // a bad file is reported, with its keys, by startProxy
  const cfg = r.data;
  const publicValues = new Set(Object.values(parseEnv(readFileSync(SANDBOX_ENV_FILE, 'utf8'))).filter((v): v is string => !!v));
  const refs: { env: string; key: string; upstream: string }[] = [];
  for (const name of UPSTREAM_NAMES) {
    const u = cfg.upstreams[name];
    if (u) refs.push({ env: u.operator.passwordEnv, key: `upstreams.${name}.operator.passwordEnv`, upstream: name });
  }
  for (const [name, ins] of Object.entries(cfg.insurers)) {
    // An insurer's credentials go to every upstream that asks it (allianz: Assets and Casco).
    for (const upstream of insurerUpstreams(cfg, name)) {
      if (ins.passwordEnv) refs.push({ env: ins.passwordEnv, key: `insurers.${name}.passwordEnv`, upstream });
      if (ins.codeEnv) refs.push({ env: ins.codeEnv, key: `insurers.${name}.codeEnv`, upstream });
    }
  }
  return refs
    .filter((ref) => {
      const u = cfg.upstreams[ref.upstream as keyof typeof cfg.upstreams];
      const value = process.env[ref.env];
      return u && !isLoopback(u.baseUrl) && value !== undefined && publicValues.has(value);
    })
    .map((ref) => {
      const url = cfg.upstreams[ref.upstream as keyof typeof cfg.upstreams]!.baseUrl;
      return `${ref.env} (${ref.key}) holds the sandbox's public value from ${SANDBOX_ENV_FILE}, but upstreams.${ref.upstream}.baseUrl is ${url}: set the real secret`;
    });
}

function port(): number {
  const raw = process.env.PROXY_PORT;
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new ConfigError([`PROXY_PORT: not a port number (${raw})`]);
  return n;
}

async function main(): Promise<void> {
  const configPath = process.env.PROXY_CONFIG || 'config/proxy.config.json';
  // Read once: the upstreams decide which secrets may come from the sandbox's file, and startProxy validates this same object.
  const raw = readConfigFile(configPath);
  const upstreams = upstreamUrls(raw);
  const notLocal = upstreams.filter((u) => !isLoopback(u.url));

  const chosen = process.env.PROXY_ENV_FILE;
  let envFile: string | undefined;
  if (chosen === undefined) {
    if (notLocal.length) info(`${SANDBOX_ENV_FILE} not loaded: an upstream is not the local sandbox`, { upstreams: notLocal.map((u) => `${u.key}=${String(u.url)}`) });
    else if (upstreams.length && existsSync(SANDBOX_ENV_FILE)) envFile = SANDBOX_ENV_FILE;
  } else if (chosen !== '' && chosen.toLowerCase() !== 'none') envFile = chosen;
  if (envFile) info('env file loaded', { file: envFile, variables: loadEnvFile(envFile) }); // names only, never values

  const sandboxValues = sandboxValuesForRealUpstreams(raw);
  if (sandboxValues.length) throw new ConfigError(sandboxValues);

  const starting = startProxy({
    config: raw as Record<string, unknown>,
    port: port(),
    host: process.env.PROXY_HOST || DEFAULT_HOST,
    ...(process.env.PROXY_DB_PATH ? { dbPath: process.env.PROXY_DB_PATH } : {}),
  }).catch((err: unknown) => {
    if (err instanceof ConfigError && chosen === undefined && notLocal.length && err.problems.some((p) => p.endsWith(' is not set'))) {
      // Say why the sandbox's public values did not fill the gap.
      throw new ConfigError([...err.problems, `${SANDBOX_ENV_FILE} fills secrets only when every upstream is the local sandbox: set the real ones in the environment`]);
    }
    throw err;
  });
  // Listening before startProxy returns: a signal in between must still close gracefully, not kill.
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    info('shutting down', { signal });
    starting.then((proxy) => proxy.close()).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  await starting;
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) process.stderr.write(`${err.message}\n`);
  else process.stderr.write(`Proxy failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
