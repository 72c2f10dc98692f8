/**
 * Issue 5, point 1: one configuration file plus environment variables for
 * secrets. The shipped file works against the sandbox out of the box; a bad
 * file or a missing secret stops start-up with a message naming the key.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../../src/proxy/config.js';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/server.js';
import { tireBody } from '../support/fixtures.js';
import { ENV, testConfig, withCasco } from './harness.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const shipped = () => JSON.parse(readFileSync(join(ROOT, 'config/proxy.config.json'), 'utf8')) as Record<string, any>;
const sandboxEnv = () => parseEnv(readFileSync(join(ROOT, 'config/sandbox.env'), 'utf8')) as Record<string, string>;

/** The problems loadConfig reports for `input`. */
function problems(input: unknown, env: Record<string, string | undefined> = ENV): string[] {
  try {
    loadConfig(input, env);
  } catch (err) {
    assert.ok(err instanceof ConfigError, String(err));
    return err.problems;
  }
  return [];
}

describe('proxy: configuration', () => {
  it('the shipped config/proxy.config.json with config/sandbox.env is valid and points at the sandbox', () => {
    const config = loadConfig(shipped(), sandboxEnv());
    assert.equal(config.upstreams.assets.baseUrl, 'http://127.0.0.1:4010');
    const demo = config.sites.find((s) => s.id === 'demo')!;
    assert.deepEqual(demo.origins, ['http://localhost:5173', 'http://127.0.0.1:5173']);
    assert.equal(demo.products.length, 9);
    assert.equal(config.storage.sqlitePath, '.data/proxy.sqlite');
  });

  it('the shipped file holds no secret, only the names of the variables that do', () => {
    const text = readFileSync(join(ROOT, 'config/proxy.config.json'), 'utf8');
    for (const value of Object.values(sandboxEnv())) assert.ok(!text.includes(value));
  });

  it('names the key of every problem', () => {
    const c = shipped();
    c.sites[0].origins[1] = 'http://127.0.0.1:5173/';
    c.sites[0].products.push('casco');
    c.sites[0].payment.method = 'cash';
    c.upstreams.assets.timeoutMs = -1;
    c.unexpected = true;
    const found = problems(c, sandboxEnv());
    const keys = found.map((p) => p.split(':')[0]);
    assert.ok(found.some((p) => p.startsWith('sites[0].origins[1]: not a URL origin')), found.join('\n'));
    assert.ok(keys.includes('sites[0].products[9]'), found.join('\n'));
    assert.ok(keys.includes('sites[0].payment.method'), found.join('\n'));
    assert.ok(keys.includes('upstreams.assets.timeoutMs'), found.join('\n'));
    assert.ok(found.includes('(root): unknown key unexpected'), found.join('\n'));
  });

  it('names bad limits: the old token-bucket keys, a reserve as large as the site budget, headers allowed longer than the request', () => {
    const c = shipped();
    c.rateLimits.perClient = { burst: 120, perMinute: 120 };
    c.rateLimits.perSite.reservedRequests = c.rateLimits.perSite.requests;
    c.server.headersTimeoutMs = c.server.requestTimeoutMs + 1;
    const found = problems(c, sandboxEnv());
    for (const expected of [
      'rateLimits.perClient: unknown keys burst, perMinute',
      'rateLimits.perSite.reservedRequests: must be less than requests',
      'server.headersTimeoutMs: must not be more than requestTimeoutMs',
    ])
      assert.ok(found.includes(expected), `${expected}\n in: ${found.join('\n')}`);
  });

  it('names a secret that is not set, with the key that names it', () => {
    const env = { ...sandboxEnv(), LIH_ASSETS_OPERATOR_PASSWORD: undefined };
    assert.deepEqual(problems(shipped(), env), ['LIH_ASSETS_OPERATOR_PASSWORD (upstreams.assets.operator.passwordEnv) is not set']);
  });

  it('checks the cross-key rules: server sites need a secret, insurers must serve the product and have credentials', () => {
    const c = testConfig('http://127.0.0.1:4010');
    c.sites[1]!.secretEnv = undefined;
    c.sites[0]!.insurers = { houseAssistance: 'michelin' };
    delete (c.insurers as Record<string, unknown>).lg;
    c.sites.push({ ...structuredClone(c.sites[0]!), id: 'demo', insurers: {} });
    const found = problems(c);
    for (const expected of [
      'sites[1].secretEnv: required when issuance is "server"',
      'sites[0].insurers.houseAssistance: houseAssistance is served by pointer or allianz, not michelin',
      'sites[0].products[2]: electronics needs insurer lg, which is not in insurers',
      'sites[2].id: site id demo is used twice',
      'sites[2].origins[0]: origin already belongs to site demo',
    ])
      assert.ok(found.includes(expected), `${expected}\nin\n${found.join('\n')}`);
  });

  it('ships casco on the demo site: three insurers through upstreams.casco, each credential named', () => {
    const config = loadConfig(shipped(), sandboxEnv());
    assert.equal(config.upstreams.casco?.baseUrl, 'http://127.0.0.1:4010/casco/v1');
    assert.deepEqual(config.sites.find((s) => s.id === 'demo')!.casco, { insurers: ['groupama', 'allianz', 'omniasig'], deadlineMs: 8000 });
    for (const name of ['groupama', 'allianz', 'omniasig']) assert.ok(config.insurers[name]?.passwordEnv && config.insurers[name]?.displayName, name);
  });

  it('checks the casco keys: known insurers, each once, the casco upstream configured, a positive deadline', () => {
    const c = testConfig('http://127.0.0.1:4010', withCasco());
    c.sites[0]!.casco = { insurers: ['groupama', 'generali', 'groupama'], deadlineMs: 0 };
    const found = problems(c);
    for (const expected of ['sites[0].casco.insurers[1]: generali is not in insurers', 'sites[0].casco.insurers[2]: groupama is listed twice'])
      assert.ok(found.includes(expected), `${expected}\nin\n${found.join('\n')}`);
    assert.ok(found.some((p) => p.startsWith('sites[0].casco.deadlineMs:')), found.join('\n'));
    const noUpstream = testConfig('http://127.0.0.1:4010', withCasco());
    delete noUpstream.upstreams.casco;
    assert.ok(problems(noUpstream).includes('sites[0].casco: needs upstreams.casco'));
    assert.deepEqual(problems(testConfig('http://127.0.0.1:4010', withCasco())), []);
  });

  it('refuses a site secret too short to be one', () => {
    assert.deepEqual(problems(testConfig('http://127.0.0.1:4010'), { ...ENV, LIH_SITE_SHOP_SECRET: 'short' }), [
      'LIH_SITE_SHOP_SECRET (sites[1].secretEnv) is too short: use at least 24 random characters',
    ]);
  });
});

/** Runs `npm run proxy`'s command as a child process; resolves when it prints its URL (or exits). */
function runMain(env: Record<string, string>): Promise<{ url?: string; child: ReturnType<typeof spawn>; exit: Promise<number | null>; out: () => string; err: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/proxy/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /"msg":"proxy listening","url":"([^"]+)"/.exec(out);
      if (m) resolve({ url: m[1], child, exit, out: () => out, err: () => err });
    });
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
    });
    void exit.then(() => resolve({ child, exit, out: () => out, err: () => err }));
  });
}

describe('proxy: npm run proxy (src/proxy/main.ts)', () => {
  let sandbox: RunningSandbox;
  let dir: string;
  before(async () => {
    sandbox = await startSandbox({ port: 0, env: {} });
    dir = mkdtempSync(join(tmpdir(), 'lih-proxy-main-'));
  });
  after(async () => {
    await sandbox.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts from the shipped config and sandbox.env, serves, and revokes its token on SIGTERM', async () => {
    const config = shipped();
    config.upstreams.assets.baseUrl = sandbox.url; // the shipped file says :4010; this test's sandbox is elsewhere
    const path = join(dir, 'proxy.config.json');
    writeFileSync(path, JSON.stringify(config));
    const run = await runMain({ PROXY_PORT: '0', PROXY_CONFIG: path, PROXY_DB_PATH: join(dir, 'proxy.sqlite') });
    assert.ok(run.url, `started: ${run.out()} ${run.err()}`);
    assert.match(run.out(), /"msg":"env file loaded","file":"config\/sandbox.env"/);

    const res = await fetch(`${run.url}/v1/offers`, {
      method: 'POST',
      headers: { Origin: 'http://localhost:5173', 'Content-Type': 'application/json' },
      body: JSON.stringify(tireBody()),
    });
    assert.equal(res.status, 200);
    run.child.kill('SIGTERM');
    assert.equal(await run.exit, 0);
    assert.equal(sandbox.state.count('DELETE /auth'), 1, 'revoked on shutdown');
    assert.ok(!run.out().includes('sandbox-operator-secret'));
  });

  it('stops with exit code 1 and a message naming the key when the config is bad', async () => {
    const config = shipped();
    config.sites[0].origins[1] = 'localhost:5173';
    const path = join(dir, 'bad.config.json');
    writeFileSync(path, JSON.stringify(config));
    const run = await runMain({ PROXY_PORT: '0', PROXY_CONFIG: path });
    assert.equal(await run.exit, 1);
    assert.match(run.err(), /sites\[0\]\.origins\[1\]: not a URL origin/);
  });

  it('stops naming the variable when a secret is missing (PROXY_ENV_FILE=none skips sandbox.env)', async () => {
    const run = await runMain({ PROXY_PORT: '0', PROXY_ENV_FILE: 'none' });
    assert.equal(await run.exit, 1);
    assert.match(run.err(), /LIH_ASSETS_OPERATOR_PASSWORD \(upstreams\.assets\.operator\.passwordEnv\) is not set/);
  });
});

describe('proxy: config/proxy.config.schema.json', () => {
  it('is generated from the current schema (run `npx tsx src/proxy/config-schema.ts` after changing it)', async () => {
    const { configJsonSchema, SCHEMA_PATH } = await import('../../src/proxy/config-schema.js');
    assert.equal(readFileSync(join(ROOT, SCHEMA_PATH), 'utf8'), configJsonSchema());
  });
});
