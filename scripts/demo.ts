/**
 * `npm start`: the sandbox insurer, the proxy and the demo pages on one
 * machine, with nothing else to set up. Ports: SANDBOX_PORT (4010),
 * PROXY_PORT (4000), DEMO_PORT (5173). The end-to-end tests start the same
 * thing on free ports through startDemo().
 */
import { createServer as createNetServer } from 'node:net';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { startStack, type Stack } from './stack.js';

export interface Demo {
  pageUrl: string;
  stack: Stack;
  close(): Promise<void>;
}

/** A free TCP port on loopback (the demo's origin must be known before the proxy starts). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createNetServer().once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/**
 * The demo page is served under a strict Content-Security-Policy, as careful
 * retailers do: no inline script or style, no eval, network only to the page
 * and the proxy. The widget must work under it.
 */
export const demoCsp = (proxyUrl: string) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ws: ${proxyUrl}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');

export async function startDemo(o: { sandboxPort?: number; proxyPort?: number; demoPort?: number; host?: string; logger?: (line: string) => void; dbPath?: string }): Promise<Demo> {
  const host = o.host ?? '127.0.0.1';
  const demoPort = o.demoPort || (await freePort());
  const stack = await startStack({
    sandboxPort: o.sandboxPort ?? 0,
    proxyPort: o.proxyPort ?? 0,
    origins: [`http://localhost:${demoPort}`, `http://127.0.0.1:${demoPort}`],
    ...(o.dbPath ? { dbPath: o.dbPath } : {}),
    ...(o.logger ? { logger: o.logger } : {}),
  });
  // The demo page reads the proxy's address from here (Vite fills %VITE_…% in HTML).
  process.env.VITE_LIH_PROXY_URL = stack.proxy.url;
  try {
    const vite = await createServer({
      logLevel: 'warn',
      server: { port: demoPort, host, strictPort: true, headers: { 'Content-Security-Policy': demoCsp(stack.proxy.url) } },
    });
    await vite.listen();
    return {
      pageUrl: `http://${host}:${demoPort}/demo/`,
      stack,
      async close() {
        await vite.close();
        await stack.close();
      },
    };
  } catch (e) {
    await stack.close();
    throw e;
  }
}

const port = (name: string, fallback: number) => Number(process.env[name] || fallback);

/** A taken port is the likeliest start-up failure: say which and how to move it. */
function explain(e: unknown): never {
  const err = e as NodeJS.ErrnoException & { port?: number };
  if (err.code === 'EADDRINUSE') {
    const name = err.port === port('DEMO_PORT', 5173) ? 'DEMO_PORT' : err.port === port('PROXY_PORT', 4000) ? 'PROXY_PORT' : 'SANDBOX_PORT';
    console.error(`Port ${err.port} is already in use: stop what uses it, or pick another with ${name}=<port> npm start`);
  } else if (/Port \d+ is in use/.test(String(err.message))) {
    console.error(`${err.message}: stop what uses it, or pick another with DEMO_PORT=<port> npm start`);
  } else console.error(err);
  process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync('.data', { recursive: true });
  const demo = await startDemo({
    sandboxPort: port('SANDBOX_PORT', 4010),
    proxyPort: port('PROXY_PORT', 4000),
    demoPort: port('DEMO_PORT', 5173),
    host: process.env.DEMO_HOST || '127.0.0.1',
    dbPath: '.data/demo-proxy.sqlite',
    ...(process.env.DEMO_QUIET ? {} : { logger: (line: string) => process.stdout.write(`${line}\n`) }),
  }).catch(explain);
  console.log(`
  LIH quote widgets — demo is running
    Tyre retailer page   ${demo.pageUrl}
    Proxy (public API)   ${demo.stack.proxy.url}
    Sandbox insurer      ${demo.stack.sandbox.url}
  Press Ctrl+C to stop.
`);
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      void demo.close().finally(() => process.exit(0));
    });
  }
}
