/**
 * `npm run sandbox` (tsx src/sandbox/main.ts): starts on SANDBOX_PORT, logs
 * one line with its URL, accepts the default operator account, and stops
 * cleanly on SIGTERM.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

function run(env: Record<string, string>) {
  const child = spawn(tsx, ['src/sandbox/main.ts'], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const firstLine = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no output in 20 s; stderr: ${err}`)), 20_000);
    const check = () => {
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(out.split('\n')[0]!);
      }
    };
    child.stdout.on('data', check);
    void exited.then(() => {
      clearTimeout(timer);
      resolve(out.split('\n')[0] ?? '');
    });
  });
  return { child, firstLine, exited, stderr: () => err };
}

describe('npm run sandbox (src/sandbox/main.ts)', () => {
  it('serves on SANDBOX_PORT, logs its URL, takes the default operator login, stops on SIGTERM', async () => {
    const p = run({ SANDBOX_PORT: '0', SANDBOX_ADMIN: '' });
    try {
      const line = await p.firstLine;
      const url = /(http:\/\/127\.0\.0\.1:\d+)/.exec(line)?.[1];
      assert.ok(url, `URL in "${line}"`);
      const auth = await fetch(`${url}/auth`, { method: 'POST', body: JSON.stringify({ account: 'lih-operator', password: 'sandbox-operator-secret' }) });
      assert.equal(auth.status, 200);
      assert.equal((await fetch(`${url}/__sandbox/counters`)).status, 404, 'admin routes off by default');
      p.child.kill('SIGTERM');
      assert.equal(await p.exited, 0);
    } finally {
      p.child.kill('SIGKILL');
    }
  });

  it('refuses a SANDBOX_PORT that is not a port number, saying why', async () => {
    const p = run({ SANDBOX_PORT: 'eighty' });
    assert.equal(await p.exited, 1);
    assert.match(p.stderr(), /SANDBOX_PORT/);
  });
});
