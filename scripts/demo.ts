/**
 * `npm start`: the sandbox insurer, the proxy and the demo pages, on one
 * machine, with nothing else to set up. Ports: SANDBOX_PORT (4010),
 * PROXY_PORT (4000), DEMO_PORT (5173).
 */
import { createServer } from 'vite';
import { mkdirSync } from 'node:fs';
import { startStack } from './stack.js';

const port = (name: string, fallback: number) => Number(process.env[name] || fallback);
const demoPort = port('DEMO_PORT', 5173);
const host = process.env.DEMO_HOST || '127.0.0.1';
mkdirSync('.data', { recursive: true });

/** A taken port is the likeliest start-up failure: say which and how to move it. */
function explain(e: unknown): never {
  const err = e as NodeJS.ErrnoException & { port?: number };
  if (err.code === 'EADDRINUSE') {
    const name = err.port === demoPort ? 'DEMO_PORT' : err.port === port('PROXY_PORT', 4000) ? 'PROXY_PORT' : 'SANDBOX_PORT';
    console.error(`Port ${err.port} is already in use: stop what uses it, or pick another with ${name}=<port> npm start`);
  } else console.error(err);
  process.exit(1);
}

const stack = await startStack({
  sandboxPort: port('SANDBOX_PORT', 4010),
  proxyPort: port('PROXY_PORT', 4000),
  origins: [`http://localhost:${demoPort}`, `http://127.0.0.1:${demoPort}`],
  dbPath: '.data/demo-proxy.sqlite',
  logger: process.env.DEMO_QUIET ? () => {} : (line) => process.stdout.write(`${line}\n`),
}).catch(explain);
// The demo pages read the proxy's address from here (Vite fills %VITE_…% in HTML).
process.env.VITE_LIH_PROXY_URL = stack.proxy.url;
const vite = await createServer({ server: { port: demoPort, host, strictPort: true } });
await vite.listen().catch(explain);

const demo = `http://${host}:${demoPort}`;
console.log(`
  LIH quote widgets — demo is running
    Tyre retailer page   ${demo}/demo/
    Proxy (public API)   ${stack.proxy.url}
    Sandbox insurer      ${stack.sandbox.url}
  Press Ctrl+C to stop.
`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void Promise.all([vite.close(), stack.close()]).finally(() => process.exit(0));
  });
}
