/**
 * `npm run bench`: what the proxy costs on top of the insurer, and what the
 * shared contract costs per request, measured on this machine. Machines here
 * are shared and noisy, so each figure is the median of several runs and the
 * comparisons are ratios measured side by side.
 *
 *   BENCH_SECONDS  seconds per load run (default 5)
 *   BENCH_RUNS     load runs per scenario (default 3)
 *   BENCH_CONNECTIONS  concurrent connections (default 10)
 */
import autocannon, { type Result } from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../scripts/demo.js';
import { checkProduct } from '../src/contract/products/index.js';
import { BODIES, tireBody } from '../test/support/fixtures.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const ORIGIN = 'http://bench.localhost';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

interface Scenario {
  name: string;
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

async function load(s: Scenario): Promise<{ rps: number; p50: number; p99: number; errors: number }> {
  const runs: Result[] = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(
      await autocannon({
        url: s.url,
        method: s.method ?? 'GET',
        headers: s.headers,
        body: s.body,
        connections: CONNECTIONS,
        duration: SECONDS,
      }),
    );
  }
  return {
    rps: median(runs.map((r) => r.requests.average)),
    p50: median(runs.map((r) => r.latency.p50)),
    p99: median(runs.map((r) => r.latency.p99)),
    errors: runs.reduce((n, r) => n + r.errors + r.non2xx, 0),
  };
}

/**
 * The insurer and the proxy run as the separate processes they are in real
 * life (started with their own npm scripts' entry points), and the load comes
 * from this process, so no two of them share an event loop.
 */
function start(script: string, env: Record<string, string>): ChildProcess {
  const profile = process.env.BENCH_PROFILE && script.includes(process.env.BENCH_PROFILE) ? ['--cpu-prof', '--cpu-prof-dir=tmp/prof'] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', script], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  child.on('exit', (code) => {
    if (code && !stopping) console.error(`${script} exited with ${code}`);
  });
  return child;
}
async function ready(url: string) {
  for (let i = 0; i < 200; i++) {
    if (await fetch(url).then((r) => r.status < 500, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not start`);
}

let stopping = false;
const dir = mkdtempSync(join(tmpdir(), 'lih-bench-'));
const [sandboxPort, proxyPort] = [await freePort(), await freePort()];
const sandbox = { url: `http://127.0.0.1:${sandboxPort}` };
const proxy = { url: `http://127.0.0.1:${proxyPort}` };
const config = JSON.parse(readFileSync('config/proxy.config.json', 'utf8'));
config.upstreams.assets.baseUrl = sandbox.url;
config.sites[0].origins = [ORIGIN];
// The benchmark measures throughput, not the rate limiter.
config.rateLimits = { perClient: { burst: 1e9, perMinute: 1e9 }, perSite: { burst: 1e9, perMinute: 1e9 } };
writeFileSync(join(dir, 'proxy.config.json'), JSON.stringify(config));
const children = [
  start('src/sandbox/main.ts', { SANDBOX_PORT: String(sandboxPort) }),
  start('src/proxy/main.ts', { PROXY_PORT: String(proxyPort), PROXY_CONFIG: join(dir, 'proxy.config.json'), PROXY_DB_PATH: join(dir, 'proxy.sqlite') }),
];
await ready(`${sandbox.url}/nomenclature/county`);
await ready(`${proxy.url}/health`);
try {
  const login = (await (await fetch(`${sandbox.url}/auth`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ account: 'lih-operator', password: 'sandbox-operator-secret' }) })).json()) as { data: { token: string } };
  const token = login.data.token;
  const upstreamTire = JSON.stringify({
    provider: { organization: { businessName: 'michelin' }, authentication: { account: 'michelin-sandbox', password: 'michelin-sandbox-secret' } },
    product: tireBody(),
  });
  const json = { 'Content-Type': 'application/json' };
  const scenarios: Scenario[] = [
    { name: 'insurer (sandbox) POST /offer, tire', url: `${sandbox.url}/offer`, method: 'POST', headers: { ...json, Token: token }, body: upstreamTire },
    { name: 'proxy POST /v1/offers, tire', url: `${proxy.url}/v1/offers`, method: 'POST', headers: { ...json, Origin: ORIGIN }, body: JSON.stringify(tireBody()) },
    { name: 'insurer (sandbox) GET localities of Cluj', url: `${sandbox.url}/nomenclature/locality/CJ`, headers: { Token: token } },
    { name: 'proxy GET /v1/nomenclature/locality/CJ (cached)', url: `${proxy.url}/v1/nomenclature/locality/CJ`, headers: { Origin: ORIGIN } },
  ];
  // Warm up: first login, caches, JIT.
  for (const s of scenarios) await fetch(s.url, { method: s.method ?? 'GET', headers: s.headers, body: s.body });

  const results = new Map<string, Awaited<ReturnType<typeof load>>>();
  for (const s of scenarios) {
    process.stderr.write(`running: ${s.name}…\n`);
    results.set(s.name, await load(s));
  }

  // The contract on its own: how long one product body takes to check, per product.
  const contract: [string, number][] = [];
  for (const [key, make] of Object.entries(BODIES)) {
    const body = make();
    const rates: number[] = [];
    for (let run = 0; run < 5; run++) {
      const start = process.hrtime.bigint();
      let n = 0;
      while (process.hrtime.bigint() - start < 200_000_000n) {
        checkProduct(body);
        n++;
      }
      rates.push((n / Number(process.hrtime.bigint() - start)) * 1e9);
    }
    contract.push([key, median(rates)]);
  }

  const row = (name: string) => {
    const r = results.get(name)!;
    return `| ${name} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${r.errors} |`;
  };
  const ratio = (a: string, b: string) => (results.get(a)!.rps / results.get(b)!.rps).toFixed(2);
  console.log(`\n## Benchmark (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${CONNECTIONS} connections, median of ${RUNS} × ${SECONDS} s)\n`);
  console.log('| scenario | req/s | p50 ms | p99 ms | errors |');
  console.log('|---|---:|---:|---:|---:|');
  for (const s of scenarios) console.log(row(s.name));
  console.log(`\n- proxy ÷ insurer throughput, offers: **${ratio(scenarios[1]!.name, scenarios[0]!.name)}** (each proxied offer also costs the insurer a request: the proxy validates, forwards, records the offer in SQLite)`);
  console.log(`- cached proxy ÷ insurer throughput, localities: **${ratio(scenarios[3]!.name, scenarios[2]!.name)}**`);
  console.log('\n| contract check (in process) | bodies/s |');
  console.log('|---|---:|');
  for (const [key, rate] of contract) console.log(`| ${key} | ${Math.round(rate).toLocaleString('en-GB')} |`);
} finally {
  stopping = true;
  for (const c of children) c.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
