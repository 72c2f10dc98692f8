/**
 * `npm start`: the sandbox insurer, the proxy and the demo pages on one
 * machine, with nothing else to set up. Ports: SANDBOX_PORT (4010),
 * PROXY_PORT (4000), DEMO_PORT (5173). The end-to-end tests start the same
 * thing on free ports through startDemo().
 *
 * The demo server answers only the demo pages (demo/*) and the built elements
 * (/elements/lih-<name>.js, the shared runtime and their chunks) — never config/, .data/, src/ or
 * anything else in the repository. It serves the production build, the very
 * file a host embeds, from a small allow-list server rather than Vite's dev
 * server: a dev server serves the repository root, and its fs.allow/deny rules
 * are a deny-list over a file server with many URL forms (/@fs/, ?raw,
 * ?import…), each of which has had bypasses. A reload rebuilds an element
 * whose sources changed, in place of hot reload.
 */
import { createServer as createNetServer } from 'node:net';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildElements, elementEntries } from './build-elements.js';
import { startStack, type Stack } from './stack.js';
import { startShop } from '../demo/shop-server.js';
import { randomBytes } from 'node:crypto';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface Demo {
  pageUrl: string;
  /** The LG store's checkout page, served by its own small server (demo/shop-server.ts) on its own origin. */
  checkoutUrl: string;
  shop: Awaited<ReturnType<typeof startShop>>;
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
    `connect-src 'self' ${proxyUrl}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The newest modification time under `dir` (an element's sources changed since it was built?). */
function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * The elements built into a private folder (all at once: they share one runtime
 * chunk), rebuilt when an entry is asked for after a source changed. `files` is
 * what may be served: the last build's output, by name.
 */
function elementBuilds() {
  const outdir = mkdtempSync(join(tmpdir(), 'lih-demo-elements-'));
  const src = resolve(root, 'src');
  let built = { at: -1, files: new Set<string>() };
  let building: Promise<void> | undefined;
  const build = () =>
    (building ??= (async () => {
      const at = newestChange(src);
      // The page loads the shared build; the standalone files are not needed here.
      const files = await buildElements(outdir, { standalone: false });
      built = { at, files: new Set(files.map((f) => f.file)) };
    })().finally(() => (building = undefined)));
  return {
    buildAll: build,
    /** The built file's path, or undefined when the build has no such file. */
    async file(file: string, fresh: boolean): Promise<string | undefined> {
      const entry = /^(lih-[a-z0-9-]+)\.js$/.exec(file)?.[1];
      if (fresh && entry && entry in elementEntries && built.at < newestChange(src)) await build();
      return built.files.has(file) ? join(outdir, file) : undefined;
    },
    remove: () => rmSync(outdir, { recursive: true, force: true }),
  };
}

/** The demo pages and the elements on `host:port`; every other path is a 404. */
async function startPages(o: { host: string; port: number; proxyUrl: string }): Promise<{ close(): Promise<void> }> {
  const demoDir = resolve(root, 'demo');
  const elements = elementBuilds();
  const headers = {
    'Content-Security-Policy': demoCsp(o.proxyUrl),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  };
  const send = (req: IncomingMessage, res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) => {
    res.writeHead(status, { ...headers, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), ...extra });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const notFound = (req: IncomingMessage, res: ServerResponse) => send(req, res, 404, 'text/plain; charset=utf-8', 'Not found\n');

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(req, res, 405, 'text/plain; charset=utf-8', 'Method not allowed\n', { Allow: 'GET, HEAD' });
    // The path exactly as sent: a name must equal a listed file, so no encoding or `..` can reach another one.
    const path = (req.url ?? '').split('?')[0]!;
    if (path === '/' || path === '/demo') return send(req, res, 302, 'text/plain; charset=utf-8', '', { Location: '/demo/' });
    const page = /^\/demo\/([^/]*)$/.exec(path)?.[1];
    if (page !== undefined) {
      const name = page || 'index.html';
      const listed = readdirSync(demoDir, { withFileTypes: true }).some((e) => e.isFile() && e.name === name);
      if (!listed || !TYPES[extname(name)]) return notFound(req, res);
      const body = readFileSync(join(demoDir, name));
      // The page learns the proxy's address here, as a host would write its own.
      if (name.endsWith('.html')) return send(req, res, 200, TYPES['.html']!, body.toString('utf8').replaceAll('%LIH_PROXY_URL%', o.proxyUrl));
      return send(req, res, 200, TYPES[extname(name)]!, body);
    }
    const element = /^\/elements\/([^/]+)$/.exec(path)?.[1];
    if (element !== undefined) {
      const file = await elements.file(element, req.method === 'GET');
      return file ? send(req, res, 200, TYPES['.js']!, readFileSync(file)) : notFound(req, res);
    }
    return notFound(req, res);
  };

  const server: Server = createHttpServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      // A build error: the details go to the console, not to the page.
      console.error(err);
      if (!res.headersSent) send(req, res, 500, 'text/plain; charset=utf-8', 'The demo server failed; see its console.\n');
    });
  });
  try {
    await elements.buildAll();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(o.port, o.host, () => resolve());
    });
  } catch (e) {
    elements.remove();
    throw e;
  }
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        elements.remove();
      }),
  };
}

/**
 * The LG checkout's site at the proxy: `server` issuance, so only the shop's server issues, with a
 * secret made for this run (nothing to keep in a file) that only the shop server is given.
 */
const checkoutSite = (origins: string[]) => ({
  id: 'lg-checkout',
  origins,
  products: ['electronics'],
  locale: 'ro',
  // The shop's order id goes to the insurer as the payment's document number.
  payment: { method: 'pos', documentNumberRequired: true },
  issuance: 'server',
  secretEnv: 'LIH_SITE_LG_CHECKOUT_SECRET',
});

export async function startDemo(o: {
  sandboxPort?: number;
  proxyPort?: number;
  demoPort?: number;
  shopPort?: number;
  host?: string;
  logger?: (line: string) => void;
  dbPath?: string;
  /** Passed to the shop server (tests: lost answers, short retries). */
  shop?: { loseAnswers?: number; retryDelays?: readonly number[] };
  /** Extra proxy configuration (a robot's own rate limits). */
  proxy?: Record<string, unknown>;
}): Promise<Demo> {
  const host = o.host ?? '127.0.0.1';
  const demoPort = o.demoPort || (await freePort());
  const shopPort = o.shopPort || (await freePort());
  const secret = randomBytes(32).toString('base64url');
  const stack = await startStack({
    sandboxPort: o.sandboxPort ?? 0,
    proxyPort: o.proxyPort ?? 0,
    origins: [`http://localhost:${demoPort}`, `http://127.0.0.1:${demoPort}`],
    extraSites: [checkoutSite([`http://localhost:${shopPort}`, `http://127.0.0.1:${shopPort}`])],
    env: { LIH_SITE_LG_CHECKOUT_SECRET: secret },
    ...(o.dbPath ? { dbPath: o.dbPath } : {}),
    ...(o.logger ? { logger: o.logger } : {}),
    ...(o.proxy ? { proxy: o.proxy } : {}),
  });
  try {
    const pages = await startPages({ host, port: demoPort, proxyUrl: stack.proxy.url });
    const origin = (port: number) => `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    const shop = await startShop({ host, port: shopPort, proxyUrl: stack.proxy.url, secret, elementsUrl: origin(demoPort), csp: demoCsp(stack.proxy.url), ...o.shop }).catch(async (e: unknown) => {
      await pages.close();
      throw e;
    });
    return {
      pageUrl: `${origin(demoPort)}/demo/`,
      checkoutUrl: `${origin(shopPort)}/checkout`,
      shop,
      stack,
      async close() {
        await shop.close();
        await pages.close();
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
    const name = err.port === port('DEMO_PORT', 5173) ? 'DEMO_PORT' : err.port === port('SHOP_PORT', 5174) ? 'SHOP_PORT' : err.port === port('PROXY_PORT', 4000) ? 'PROXY_PORT' : 'SANDBOX_PORT';
    console.error(`Port ${err.port} is already in use: stop what uses it, or pick another with ${name}=<port> npm start`);
  } else console.error(err);
  process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync('.data', { recursive: true });
  const demo = await startDemo({
    sandboxPort: port('SANDBOX_PORT', 4010),
    proxyPort: port('PROXY_PORT', 4000),
    demoPort: port('DEMO_PORT', 5173),
    shopPort: port('SHOP_PORT', 5174),
    host: process.env.DEMO_HOST || '127.0.0.1',
    dbPath: '.data/demo-proxy.sqlite',
    ...(process.env.DEMO_QUIET ? {} : { logger: (line: string) => process.stdout.write(`${line}\n`) }),
  }).catch(explain);
  console.log(`
  LIH quote widgets — demo is running
    Tyre retailer page   ${demo.pageUrl}
    LG checkout page     ${demo.checkoutUrl}  (its shop server issues on "Pay")
    Fleet manager page   ${demo.pageUrl}fleet.html
    Car dealer page      ${demo.pageUrl}dealer.html
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
