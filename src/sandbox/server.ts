/**
 * The sandbox insurer as its own HTTP server. `startSandbox` is the
 * programmatic API the proxy tests, the browser test runner and the demo use;
 * `createSandboxApp` is for in-process use without a socket.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { DEFAULT_HOST, DEFAULT_PORT, resolveConfig, type SandboxConfig } from './config.js';
import { createSandboxApp } from './app.js';
import { SandboxState } from './state.js';

export { createSandboxApp } from './app.js';
export { SandboxState, type ResetOptions, type StoredOffer, type StoredPolicy, type SandboxOffer, type SandboxPolicy } from './state.js';
export { DEFAULT_HOST, DEFAULT_PORT, defaultConfig, resolveConfig, type SandboxConfig, type InsurerCredentials, type OperatorAccount } from './config.js';
export { NO_FAULTS, type Faults } from './faults.js';

export interface SandboxOptions {
  /** 0 = any free port; default 4010. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Operator accounts, insurer credentials, token TTLs, offer validity, JWT secret, admin routes, initial faults. */
  config?: Partial<SandboxConfig>;
  /** Where environment overrides are read from (default process.env); pass {} to ignore the environment. */
  env?: Record<string, string | undefined>;
}

export interface RunningSandbox {
  /** e.g. http://127.0.0.1:4010 (no trailing slash). */
  url: string;
  port: number;
  state: SandboxState;
  config: SandboxConfig;
  close(): Promise<void>;
}

const urlHost = (host: string): string => (host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '[::1]' : host.includes(':') ? `[${host}]` : host);

export async function startSandbox(opts: SandboxOptions = {}): Promise<RunningSandbox> {
  const config = resolveConfig(opts.config, opts.env ?? process.env);
  const state = new SandboxState(config.faults, config.firstId);
  const app = createSandboxApp(config, state);
  const host = opts.host ?? DEFAULT_HOST;

  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: opts.port ?? DEFAULT_PORT, hostname: host }, () => resolve(s as Server)) as Server;
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost(host)}:${port}`,
    port,
    state,
    config,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        // Held "timeout" requests and keep-alive sockets would keep close() waiting.
        state.releaseHangs();
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
