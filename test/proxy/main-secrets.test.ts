/**
 * Issue 9, point 5: production cannot start on sandbox secrets. The real entry
 * point (`npm run proxy`'s src/proxy/main.ts) runs as a child process: the
 * sandbox's public credentials (config/sandbox.env) fill in only when every
 * upstream is the local sandbox; pointed at any other address it stops on a
 * missing secret, naming the variable, and refuses a sandbox value however it
 * arrives.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { after, before, describe, it } from 'node:test';

const ROOT = new URL('../../', import.meta.url).pathname;
const REAL_INSURER = 'https://api.insurer.example';
const shipped = () => JSON.parse(readFileSync(join(ROOT, 'config/proxy.config.json'), 'utf8')) as Record<string, any>;
const sandboxEnv = () => parseEnv(readFileSync(join(ROOT, 'config/sandbox.env'), 'utf8')) as Record<string, string>;
/** Every variable the shipped configuration names, with a value that is not the sandbox's. */
const realEnv = () => Object.fromEntries(Object.keys(sandboxEnv()).map((k) => [k, `real-${randomUUID()}`]));

interface Run {
  url?: string;
  exit: Promise<number | null>;
  out: () => string;
  err: () => string;
  stop(): Promise<number | null>;
}

/** Runs src/proxy/main.ts with only `env` (and PATH); resolves when it listens or exits. */
function runMain(env: Record<string, string>): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/proxy/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', PROXY_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const stop = () => {
    child.kill('SIGTERM');
    return exit;
  };
  return new Promise((resolve) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /"msg":"proxy listening","url":"([^"]+)"/.exec(out);
      if (m) resolve({ url: m[1], exit, out: () => out, err: () => err, stop });
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    void exit.then(() => resolve({ exit, out: () => out, err: () => err, stop }));
  });
}

describe('proxy: production cannot start on sandbox secrets (src/proxy/main.ts)', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'lih-proxy-secrets-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** The shipped configuration with its upstreams moved to `baseUrl` (Casco below it, as on the sandbox), written to a file. */
  const configAt = (baseUrl: string, patch: (c: Record<string, any>) => void = () => {}) => {
    const c = shipped();
    c.upstreams.assets.baseUrl = baseUrl;
    c.upstreams.casco.baseUrl = `${baseUrl}/casco/v1`;
    patch(c);
    const path = join(dir, `${randomUUID()}.json`);
    writeFileSync(path, JSON.stringify(c));
    return path;
  };

  it('pointed at a real insurer with no secrets set, it exits 1 naming every variable, without loading config/sandbox.env', async () => {
    const run = await runMain({ PROXY_CONFIG: configAt(REAL_INSURER) });
    assert.equal(await run.exit, 1, run.out());
    assert.equal(run.url, undefined);
    for (const [name, key] of [
      ['LIH_ASSETS_OPERATOR_PASSWORD', 'upstreams.assets.operator.passwordEnv'],
      ['LIH_INSURER_MICHELIN_PASSWORD', 'insurers.michelin.passwordEnv'],
      ['LIH_INSURER_LEVINS_PASSWORD', 'insurers.levins.passwordEnv'],
    ])
      assert.ok(run.err().includes(`${name} (${key}) is not set`), run.err());
    assert.match(run.err(), /config\/sandbox\.env fills secrets only when every upstream is the local sandbox/);
    assert.doesNotMatch(run.out(), /env file loaded/);
    assert.match(run.out(), /config\/sandbox\.env not loaded: an upstream is not the local sandbox.*upstreams\.assets\.baseUrl=https:\/\/api\.insurer\.example/);
  });

  it('one secret missing: it names that variable alone', async () => {
    const env = realEnv();
    delete env.LIH_INSURER_LG_PASSWORD;
    const run = await runMain({ ...env, PROXY_CONFIG: configAt(REAL_INSURER) });
    assert.equal(await run.exit, 1);
    const notSet = run.err().split('\n').filter((l) => l.includes(' is not set'));
    assert.deepEqual(notSet, ['  - LIH_INSURER_LG_PASSWORD (insurers.lg.passwordEnv) is not set']);
  });

  it('refuses config/sandbox.env named in PROXY_ENV_FILE for a real insurer, naming each variable and no value', async () => {
    const run = await runMain({ PROXY_CONFIG: configAt(REAL_INSURER), PROXY_ENV_FILE: 'config/sandbox.env' });
    assert.equal(await run.exit, 1);
    for (const name of Object.keys(sandboxEnv()))
      assert.match(run.err(), new RegExp(`${name} \\([A-Za-z.]+\\) holds the sandbox's public value from config/sandbox.env, but upstreams.(assets|casco).baseUrl is ${REAL_INSURER}`));
    for (const value of Object.values(sandboxEnv())) assert.ok(!run.err().includes(value) && !run.out().includes(value));
  });

  it('refuses a sandbox value set in the environment for a real insurer', async () => {
    const run = await runMain({ ...realEnv(), LIH_INSURER_POINTER_PASSWORD: 'pointer-sandbox-secret', PROXY_CONFIG: configAt(REAL_INSURER) });
    assert.equal(await run.exit, 1);
    const problems = run.err().split('\n').filter((l) => l.startsWith('  - '));
    assert.equal(problems.length, 1, run.err());
    assert.match(problems[0]!, /^ {2}- LIH_INSURER_POINTER_PASSWORD \(insurers\.pointer\.passwordEnv\) holds the sandbox's public value/);
  });

  it('an insurer asked for casco too (allianz) may not send a sandbox value to a real Casco API, even with Assets on loopback', async () => {
    const path = configAt('http://127.0.0.1:4010', (c) => {
      c.upstreams.casco.baseUrl = 'https://casco.insurer.example';
    });
    const run = await runMain({ ...realEnv(), LIH_INSURER_ALLIANZ_PASSWORD: 'allianz-sandbox-secret', PROXY_CONFIG: path });
    assert.equal(await run.exit, 1);
    const problems = run.err().split('\n').filter((l) => l.startsWith('  - '));
    assert.deepEqual(problems, [
      "  - LIH_INSURER_ALLIANZ_PASSWORD (insurers.allianz.passwordEnv) holds the sandbox's public value from config/sandbox.env, but upstreams.casco.baseUrl is https://casco.insurer.example: set the real secret",
    ]);
  });

  it('one upstream on loopback and another elsewhere is not the sandbox either: nothing is filled', async () => {
    const path = configAt('http://127.0.0.1:4010', (c) => {
      c.upstreams.casco = { ...c.upstreams.assets, baseUrl: 'https://casco.insurer.example', operator: { account: 'op', passwordEnv: 'LIH_CASCO_OPERATOR_PASSWORD' } };
    });
    const run = await runMain({ PROXY_CONFIG: path, LIH_CASCO_OPERATOR_PASSWORD: `real-${randomUUID()}` });
    assert.equal(await run.exit, 1);
    assert.match(run.err(), /LIH_ASSETS_OPERATOR_PASSWORD \(upstreams\.assets\.operator\.passwordEnv\) is not set/);
  });

  it('with real secrets in the environment it starts against the real insurer', async () => {
    const run = await runMain({ ...realEnv(), PROXY_CONFIG: configAt(REAL_INSURER), PROXY_DB_PATH: join(dir, 'real.sqlite') });
    assert.ok(run.url, `started: ${run.out()} ${run.err()}`);
    assert.doesNotMatch(run.out(), /env file loaded/);
    assert.equal(await run.stop(), 0);
  });

  it('`npm run proxy` with the default configuration (the sandbox on :4010) still starts on config/sandbox.env', async () => {
    const run = await runMain({ PROXY_DB_PATH: join(dir, 'default.sqlite') });
    assert.ok(run.url, `started: ${run.out()} ${run.err()}`);
    const loaded = /"msg":"env file loaded","file":"config\/sandbox.env","variables":(\[[^\]]*\])/.exec(run.out());
    assert.ok(loaded, run.out());
    assert.deepEqual(JSON.parse(loaded[1]!), Object.keys(sandboxEnv()));
    assert.equal(await run.stop(), 0);
  });
});
