/**
 * `npm run bench`: what the proxy costs on top of the insurer, and what the
 * shared contract costs per request, measured on this machine. Machines here
 * are shared and noisy, so each figure is a median of several runs or a
 * percentile of the runs pooled, and every comparison is a ratio measured
 * side by side in the same run.
 *
 *   BENCH_SECONDS      seconds per load run (default 5; the 1-connection latency runs take twice that)
 *   BENCH_RUNS         load runs per scenario (default 3)
 *   BENCH_CONNECTIONS  concurrent connections for the throughput rows (default 10)
 *   BENCH_LATENCY_CONNECTIONS  concurrencies of the realistic-insurer scenario (default 1,16,64)
 *   BENCH_LATENCY_MS, BENCH_JITTER_MS  the realistic insurer's POST /offer time (default 150 ± 50 ms)
 *   BENCH_POSTGRES=0   skip the PostgreSQL rows (no PostgreSQL server binaries on the machine)
 *   BENCH_PROFILE=proxy  run the proxies under --cpu-prof (profiles in tmp/prof)
 *   BENCH_PROXY_LOG=file  the SQLite proxy's log lines (its own `ms` and the upstream call's) go to that file
 */
import { randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkProduct } from '../src/contract/products/index.js';
import { BODIES, tireBody } from '../test/support/fixtures.js';
import { startPostgres, type RunningPostgres } from '../test/support/postgres.js';
import { measure, tally, type Measured, type Target } from './load.js';
import { freePort, ready, rssMiB, start, stopAll, type Child } from './processes.js';
import { median, ms, percentile, times } from './stats.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const LATENCY_CONNECTIONS = (process.env.BENCH_LATENCY_CONNECTIONS ?? '1,16,64').split(',').map(Number);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 150);
const JITTER_MS = Number(process.env.BENCH_JITTER_MS ?? 50);
const POSTGRES = process.env.BENCH_POSTGRES !== '0';
const ORIGIN = 'http://bench.localhost';
const ADMIN_TOKEN = randomBytes(16).toString('hex');
const json = { 'Content-Type': 'application/json' };
const log = (line: string) => process.stderr.write(`${line}\n`);
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ');

const children: Child[] = [];
let postgres: RunningPostgres | undefined;
const dir = mkdtempSync(join(tmpdir(), 'lih-bench-'));
let cleaning: Promise<void> | undefined;
const cleanUp = () =>
  (cleaning ??= (async () => {
    // The proxies first (they revoke their upstream token and close their pools), then the insurer and the database.
    await stopAll(children.filter((c) => c.name !== 'sandbox'));
    await stopAll(children);
    await postgres?.stop();
    rmSync(dir, { recursive: true, force: true });
  })());
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
}

const loadAtStart = load();
try {
  const [sandboxPort, ...proxyPorts] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
  const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
  const config = JSON.parse(readFileSync('config/proxy.config.json', 'utf8'));
  config.upstreams.assets.baseUrl = sandboxUrl;
  config.sites[0].origins = [ORIGIN];
  // The benchmark measures throughput, not the rate limiter (which still counts every request, in PostgreSQL too).
  config.rateLimits = { perClient: { requests: 1e9, windowSeconds: 60 }, perNetwork: { requests: 1e9, windowSeconds: 60 }, perSite: { requests: 1e9, windowSeconds: 60 } };
  writeFileSync(join(dir, 'proxy.config.json'), JSON.stringify(config));

  const sandbox = start('sandbox', 'src/sandbox/main.ts', { SANDBOX_PORT: String(sandboxPort), SANDBOX_ADMIN: '1', SANDBOX_ADMIN_TOKEN: ADMIN_TOKEN });
  children.push(sandbox);
  const proxyEnv = (port: number) => ({ PROXY_PORT: String(port), PROXY_HOST: '127.0.0.1', PROXY_CONFIG: join(dir, 'proxy.config.json') });
  const logFile = process.env.BENCH_PROXY_LOG ? openSync(process.env.BENCH_PROXY_LOG, 'w') : undefined;
  const sqliteProxy = start('proxy (SQLite)', 'src/proxy/main.ts', { ...proxyEnv(proxyPorts[0]!), PROXY_DB_PATH: join(dir, 'proxy.sqlite') }, logFile);
  if (logFile !== undefined) closeSync(logFile); // the child holds its own copy
  children.push(sqliteProxy);
  const proxies: { child: Child; url: string }[] = [{ child: sqliteProxy, url: `http://127.0.0.1:${proxyPorts[0]}` }];
  if (POSTGRES) {
    log('starting a throwaway PostgreSQL…');
    postgres = await startPostgres();
    const databaseUrl = await postgres.createDatabase('bench');
    // Both instances start together, as behind a load balancer: the migrations run once, under their lock.
    for (const [i, port] of proxyPorts.slice(1).entries()) {
      const child = start(`proxy ${i + 1} (PostgreSQL)`, 'src/proxy/main.ts', { ...proxyEnv(port), DATABASE_URL: databaseUrl });
      children.push(child);
      proxies.push({ child, url: `http://127.0.0.1:${port}` });
    }
  }
  await ready(`${sandboxUrl}/nomenclature/county`, sandbox);
  for (const p of proxies) await ready(`${p.url}/health`, p.child);

  const admin = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${sandboxUrl}/__sandbox/${path}`, { method, headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, ...json }, body: body === undefined ? null : JSON.stringify(body) });
    if (!res.ok) throw new Error(`sandbox admin ${method} ${path}: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { data: unknown }).data;
  };
  const authCalls = async () => {
    const { routes } = (await admin('GET', 'counters')) as { routes: Record<string, number> };
    return { logins: routes['POST /auth'] ?? 0, renewals: routes['PATCH /auth'] ?? 0 };
  };

  const login = (await (await fetch(`${sandboxUrl}/auth`, { method: 'POST', headers: json, body: JSON.stringify({ account: 'lih-operator', password: 'sandbox-operator-secret' }) })).json()) as { data: { token: string } };
  const authBefore = await authCalls(); // after the benchmark's own login: from here on, every login is a proxy's
  const upstreamTire = JSON.stringify({
    provider: { organization: { businessName: 'michelin' }, authentication: { account: 'michelin-sandbox', password: 'michelin-sandbox-secret' } },
    product: tireBody(),
  });
  const direct: Target = { kind: 'direct', url: `${sandboxUrl}/offer`, method: 'POST', headers: { ...json, Token: login.data.token }, body: upstreamTire };
  const proxied = (url: string): Target => ({ kind: 'proxied', url: `${url}/v1/offers`, method: 'POST', headers: { ...json, Origin: ORIGIN }, body: JSON.stringify(tireBody()) });
  const localities: Target = { kind: 'other', url: `${sandboxUrl}/nomenclature/locality/CJ`, headers: { Token: login.data.token } };
  const cachedLocalities: Target = { kind: 'other', url: `${proxies[0]!.url}/v1/nomenclature/locality/CJ`, headers: { Origin: ORIGIN } };

  // Warm up: each proxy's first login, caches, JIT.
  for (const t of [direct, localities, cachedLocalities, ...proxies.map((p) => proxied(p.url))]) {
    for (let i = 0; i < 20; i++) await fetch(t.url, { method: t.method ?? 'GET', headers: t.headers, body: t.body }).then((r) => r.arrayBuffer());
  }
  const rss: { at: string; mib: (number | undefined)[] }[] = [];
  const sampleRss = (at: string) => rss.push({ at, mib: proxies.map((p) => rssMiB(p.child)) });
  sampleRss('after warm-up');

  // --- throughput: an insurer answering at once, CONNECTIONS connections --------------------------
  interface Row {
    name: string;
    rps: number;
    p50: number;
    p99: number;
    errors: number;
  }
  const rows: Row[] = [];
  const throughput = async (name: string, targets: Target[]): Promise<Row> => {
    log(`running: ${name}…`);
    const runs: Measured[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(targets, CONNECTIONS, SECONDS));
    const row = {
      name,
      rps: median(runs.map((r) => r.rps)),
      p50: median(runs.map((r) => percentile(r.latencies, 50))),
      p99: median(runs.map((r) => percentile(r.latencies, 99))),
      errors: runs.reduce((n, r) => n + r.errors, 0),
    };
    rows.push(row);
    return row;
  };
  await admin('DELETE', 'faults');
  const insurerOffer = await throughput('insurer (sandbox) `POST /offer`, tire', [direct]);
  const proxyOffer = await throughput('proxy `POST /v1/offers`, tire (SQLite)', [proxied(proxies[0]!.url)]);
  const insurerLocalities = await throughput('insurer (sandbox) localities of Cluj', [localities]);
  const proxyLocalities = await throughput('proxy localities of Cluj (cached)', [cachedLocalities]);
  let onePg: Row | undefined;
  let twoPg: Row | undefined;
  if (POSTGRES) {
    onePg = await throughput('proxy `POST /v1/offers`, tire, PostgreSQL, 1 instance', [proxied(proxies[1]!.url)]);
    twoPg = await throughput('proxy `POST /v1/offers`, tire, PostgreSQL, 2 instances', [proxied(proxies[1]!.url), proxied(proxies[2]!.url)]);
  }
  sampleRss('after the throughput rows');

  // --- latency: a realistic insurer (POST /offer in LATENCY_MS ± JITTER_MS) ------------------------
  const realistic = { latencyMs: LATENCY_MS, latencyJitterMs: JITTER_MS, routes: ['POST /offer'] };
  interface LatencyRow {
    connections: number;
    direct: number[];
    proxied: number[];
    errors: number;
    p50Ratios: number[];
    p99Ratios: number[];
  }
  const latencyRows: LatencyRow[] = [];
  for (const connections of LATENCY_CONNECTIONS) {
    log(`running: realistic insurer, ${connections} connection(s)…`);
    // Below a few requests per second a run needs longer to say anything about its tail.
    const seconds = connections < 4 ? 2 * SECONDS : SECONDS;
    const row: LatencyRow = { connections, direct: [], proxied: [], errors: 0, p50Ratios: [], p99Ratios: [] };
    const target = { direct, proxied: proxied(proxies[0]!.url) };
    // Warm up at this concurrency: the proxy opens its upstream connections outside the measurement.
    await admin('PUT', 'faults', realistic);
    await measure([target.proxied], connections, 1);
    for (let i = 0; i < RUNS; i++) {
      const run: Record<'direct' | 'proxied', number[]> = { direct: [], proxied: [] };
      // Alternating order, so a drift in the machine's load favours neither side.
      for (const side of i % 2 ? (['proxied', 'direct'] as const) : (['direct', 'proxied'] as const)) {
        // A fresh setting restarts the seeded jitter: both sides meet the same sequence of insurer delays.
        await admin('PUT', 'faults', realistic);
        const m = await measure([target[side]], connections, seconds);
        run[side] = m.latencies;
        row[side].push(...m.latencies);
        row.errors += m.errors;
      }
      row.p50Ratios.push(percentile(run.proxied, 50) / percentile(run.direct, 50));
      row.p99Ratios.push(percentile(run.proxied, 99) / percentile(run.direct, 99));
    }
    latencyRows.push(row);
  }
  await admin('DELETE', 'faults');
  await new Promise((r) => setTimeout(r, 2000)); // let in-flight work and timers settle before the last memory sample
  sampleRss('at the end');
  const authAfter = await authCalls();

  // --- the contract on its own: how long one product body takes to check, per product ---------------
  log('running: contract checks…');
  const contract: [string, number][] = [];
  for (const [key, make] of Object.entries(BODIES)) {
    const body = make();
    const rates: number[] = [];
    for (let run = 0; run < 5; run++) {
      const started = process.hrtime.bigint();
      let n = 0;
      while (process.hrtime.bigint() - started < 200_000_000n) {
        checkProduct(body);
        n++;
      }
      rates.push((n / Number(process.hrtime.bigint() - started)) * 1e9);
    }
    contract.push([key, median(rates)]);
  }

  // --- report --------------------------------------------------------------------------------------
  const out = (line = '') => console.log(line);
  out(`\n## Benchmark (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} cores, load average ${loadAtStart} at start, ${load()} at the end)\n`);
  out(`Throughput: the insurer answering at once, ${CONNECTIONS} connections, median of ${RUNS} × ${SECONDS} s.\n`);
  out('| scenario | req/s | p50 ms | p99 ms | errors |');
  out('|---|---:|---:|---:|---:|');
  for (const r of rows) out(`| ${r.name} | ${Math.round(r.rps)} | ${ms(r.p50)} | ${ms(r.p99)} | ${r.errors} |`);
  out();
  out(`- proxy ÷ insurer throughput, offers: **${(proxyOffer.rps / insurerOffer.rps).toFixed(2)}×**`);
  out(`- cached proxy ÷ insurer throughput, localities: **${(proxyLocalities.rps / insurerLocalities.rps).toFixed(2)}×**`);
  if (onePg && twoPg) out(`- two instances on one PostgreSQL ÷ one: **${(twoPg.rps / onePg.rps).toFixed(2)}×**; one on PostgreSQL ÷ one on SQLite: **${(onePg.rps / proxyOffer.rps).toFixed(2)}×**`);

  const seconds = (c: number) => (c < 4 ? 2 * SECONDS : SECONDS);
  out(`\nA realistic insurer: \`POST /offer\` answers in ${LATENCY_MS} ± ${JITTER_MS} ms (sandbox faults \`latencyMs\`, \`latencyJitterMs\`), tire offer, direct and proxied (SQLite) runs alternating, ${RUNS} runs each, percentiles of the runs pooled; ratio = proxied ÷ direct (in brackets: the lowest and highest of the ${RUNS} runs).\n`);
  out('| connections | run s | insurer p50 / p99 ms | proxy p50 / p99 ms | p50 ratio (target ≤ 1.05×) | p99 ratio (target ≤ 1.10×) | errors |');
  out('|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of latencyRows) {
    const [d50, d99, p50, p99] = [percentile(r.direct, 50), percentile(r.direct, 99), percentile(r.proxied, 50), percentile(r.proxied, 99)];
    const range = (xs: number[]) => `(${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})`;
    out(`| ${r.connections} | ${seconds(r.connections)} | ${ms(d50)} / ${ms(d99)} | ${ms(p50)} / ${ms(p99)} | **${times(p50 / d50)}** ${range(r.p50Ratios)} | **${times(p99 / d99)}** ${range(r.p99Ratios)} | ${r.errors} |`);
  }

  const logins = authAfter.logins - authBefore.logins;
  const renewals = authAfter.renewals - authBefore.renewals;
  out(`\n- upstream logins (\`POST /auth\` at the insurer) per 1,000 proxied offers: **${((logins / tally.proxied) * 1000).toFixed(3)}** — ${logins} login(s), ${renewals} renewal(s) for ${tally.proxied.toLocaleString('en-GB')} offers by ${proxies.length} proxy process(es)`);
  const mib = (x: number | undefined) => (x === undefined ? '–' : `${Math.round(x)}`);
  out(`- proxy RSS, MiB (${proxies.map((p) => p.child.name).join('; ')}): ${rss.map((s) => `${s.at} ${s.mib.map(mib).join(' / ')}`).join(' → ')}`);

  out('\n| contract check (in process) | bodies/s |');
  out('|---|---:|');
  for (const [key, rate] of contract) out(`| ${key} | ${Math.round(rate).toLocaleString('en-GB')} |`);
} finally {
  await cleanUp();
}
