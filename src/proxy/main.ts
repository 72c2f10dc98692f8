/**
 * `npm run proxy`: the proxy as a process.
 *   PROXY_PORT      default 4000
 *   PROXY_HOST      default 127.0.0.1
 *   PROXY_CONFIG    default config/proxy.config.json
 *   PROXY_ENV_FILE  default config/sandbox.env (the sandbox's public credentials);
 *                   its variables fill only what the environment does not set.
 *                   Set it to `none` in production, or to your own file.
 *   PROXY_DB_PATH   overrides storage.sqlitePath
 * SIGINT/SIGTERM close gracefully: stop listening, revoke the upstream token, close the DB.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { ConfigError, DEFAULT_HOST, DEFAULT_PORT, startProxy } from './server.js';

const DEFAULT_ENV_FILE = 'config/sandbox.env';

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

function envFileToLoad(): string | undefined {
  const chosen = process.env.PROXY_ENV_FILE;
  if (chosen === undefined) return existsSync(DEFAULT_ENV_FILE) ? DEFAULT_ENV_FILE : undefined;
  return chosen === '' || chosen.toLowerCase() === 'none' ? undefined : chosen;
}

function port(): number {
  const raw = process.env.PROXY_PORT;
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new ConfigError([`PROXY_PORT: not a port number (${raw})`]);
  return n;
}

async function main(): Promise<void> {
  const envFile = envFileToLoad();
  if (envFile) {
    const names = loadEnvFile(envFile);
    // Names only, never values.
    process.stdout.write(`${JSON.stringify({ ts: new Date().toISOString(), level: 'info', msg: 'env file loaded', file: envFile, variables: names })}\n`);
  }
  const proxy = await startProxy({
    config: process.env.PROXY_CONFIG || 'config/proxy.config.json',
    port: port(),
    host: process.env.PROXY_HOST || DEFAULT_HOST,
    ...(process.env.PROXY_DB_PATH ? { dbPath: process.env.PROXY_DB_PATH } : {}),
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`${JSON.stringify({ ts: new Date().toISOString(), level: 'info', msg: 'shutting down', signal })}\n`);
    proxy.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) process.stderr.write(`${err.message}\n`);
  else process.stderr.write(`Proxy failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
