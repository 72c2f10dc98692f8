/**
 * The benchmark's child processes: the sandbox insurer and the proxies run as
 * the separate processes they are in real life (their own entry points), so
 * no two of them share an event loop with each other or with autocannon.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export interface Child {
  name: string;
  process: ChildProcess;
  exited: Promise<void>;
}

let stopping = false;

/** BENCH_PROFILE=proxy (or sandbox) runs the matching script under --cpu-prof; profiles land in tmp/prof. */
export function start(name: string, script: string, env: Record<string, string>, stdout: 'ignore' | number = 'ignore'): Child {
  const profile = process.env.BENCH_PROFILE && script.includes(process.env.BENCH_PROFILE) ? ['--cpu-prof', '--cpu-prof-dir=tmp/prof'] : [];
  // stdout ignored unless asked for: the proxy logs a line per request, and the benchmark's own output must stay readable.
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', script], { env: { ...process.env, ...env }, stdio: ['ignore', stdout, 'inherit'] });
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      if (!stopping) console.error(`${name} (${script}) exited early: ${code ?? signal}`);
      resolve();
    }),
  );
  return { name, process: child, exited };
}

export async function ready(url: string, child?: Child): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (child && child.process.exitCode !== null) break;
    if (await fetch(url).then((r) => r.status < 500, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not start`);
}

/** SIGTERM (graceful: the proxy revokes its token and closes its database), SIGKILL after 10 s. */
export async function stopAll(children: Child[]): Promise<void> {
  stopping = true;
  await Promise.all(
    children.map(async (c) => {
      if (c.process.exitCode !== null || c.process.signalCode !== null) return;
      c.process.kill('SIGTERM');
      const timer = setTimeout(() => c.process.kill('SIGKILL'), 10_000);
      await c.exited;
      clearTimeout(timer);
    }),
  );
}

/** Resident set size in MiB (Linux /proc; undefined elsewhere). */
export function rssMiB(child: Child): number | undefined {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.process.pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** A free TCP port on loopback. Here rather than imported from scripts/demo.ts, which drags in the demo's build. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}
