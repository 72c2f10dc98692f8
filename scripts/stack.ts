/**
 * The sandbox insurer and the proxy, started in-process and wired together
 * with the repository's default proxy configuration: what the demo, the
 * browser tests, the end-to-end tests and the benchmark run against.
 */
import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../src/sandbox/server.js';
import { startProxy, type RunningProxy } from '../src/proxy/server.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface StackOptions {
  sandboxPort?: number;
  proxyPort?: number;
  /** Origins of the pages that embed the elements (the `demo` site's allowed origins). */
  origins: string[];
  /** SQLite file for the proxy; ':memory:' by default. */
  dbPath?: string;
  /** Changes to the demo site (payment, issuance…). */
  site?: Record<string, unknown>;
  /** Further sites after the demo site (the LG checkout's `server` site; its secret goes in `env`). */
  extraSites?: Record<string, unknown>[];
  /** Extra proxy configuration merged at the top level (rate limits…). */
  proxy?: Record<string, unknown>;
  sandbox?: SandboxOptions['config'];
  /** Extra secrets (a server-mode site's secret). */
  env?: Record<string, string>;
  /** Proxy log lines; default: dropped (tests) — the demo prints them. */
  logger?: (line: string) => void;
}

export interface Stack {
  sandbox: RunningSandbox;
  proxy: RunningProxy;
  close(): Promise<void>;
}

/** The sandbox's public default credentials, in the variable names the proxy configuration uses. */
export const sandboxEnv = (): Record<string, string> => parseEnv(readFileSync(resolve(root, 'config/sandbox.env'), 'utf8')) as Record<string, string>;

export async function startStack(o: StackOptions): Promise<Stack> {
  const sandbox = await startSandbox({ port: o.sandboxPort ?? 0, env: {}, config: { admin: true, ...o.sandbox } });
  const base = JSON.parse(readFileSync(resolve(root, 'config/proxy.config.json'), 'utf8')) as {
    upstreams: { assets: Record<string, unknown>; casco?: Record<string, unknown> };
    sites: Record<string, unknown>[];
  } & Record<string, unknown>;
  const config = {
    ...base,
    ...o.proxy,
    upstreams: {
      ...base.upstreams,
      assets: { ...base.upstreams.assets, baseUrl: sandbox.url },
      // The same sandbox answers the Casco API under its own base path.
      ...(base.upstreams.casco ? { casco: { ...base.upstreams.casco, baseUrl: `${sandbox.url}/casco/v1` } } : {}),
    },
    // A key set to null in `site` is left out (a test site without what the demo site has).
    sites: [Object.fromEntries(Object.entries({ ...base.sites[0], origins: o.origins, ...o.site }).filter(([, v]) => v !== null)), ...(o.extraSites ?? [])],
  };
  let proxy: RunningProxy;
  try {
    proxy = await startProxy({
      config,
      port: o.proxyPort ?? 0,
      env: { ...sandboxEnv(), ...process.env, ...o.env },
      dbPath: o.dbPath ?? ':memory:',
      logger: o.logger ?? (() => {}),
    });
  } catch (e) {
    await sandbox.close();
    throw e;
  }
  return {
    sandbox,
    proxy,
    async close() {
      await proxy.close();
      await sandbox.close();
    },
  };
}
