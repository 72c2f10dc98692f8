/**
 * A throwaway PostgreSQL server for one test file: `startPostgres()` in
 * `before`, `stop()` in `after`. It runs the machine's own server binaries
 * (Debian's `postgresql` package; `node scripts/ensure-postgres.mjs`
 * installs it as root) on a fresh cluster in a temporary folder, reachable
 * only through a Unix socket in that folder: no port to collide with another
 * test run, no password, nothing left behind.
 *
 * PostgreSQL refuses to run as root, so as root the cluster belongs to the
 * `postgres` user the package creates, and the server runs as that user.
 * The server is started under a small shell watchdog that reads our end of a
 * pipe: when this process exits, however it exits, the pipe closes and the
 * watchdog stops the server — no orphaned postgres after a crashed test run.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface RunningPostgres {
  /** Connection URL of the `postgres` database (superuser, trust authentication over the socket). */
  url: string;
  /** A new, empty database on this server; its URL. */
  createDatabase(name: string): Promise<string>;
  /** A URL whose connections use schema `name` (created empty), for a fresh store without a new database. */
  createSchema(name: string, database?: string): Promise<string>;
  stop(): Promise<void>;
}

/** The newest server binaries on the machine: PG_BIN, else Debian's /usr/lib/postgresql/<version>/bin. */
export function findPostgresBin(): string | undefined {
  const candidates: string[] = [];
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN);
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    for (const v of readdirSync(root).filter((d) => /^\d+$/.test(d)).sort((a, b) => Number(b) - Number(a))) candidates.push(join(root, v, 'bin'));
  }
  return candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'postgres')));
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function postgresUser(): { uid: number; gid: number } {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (uid === undefined || gid === undefined) throw new Error('Running as root, and there is no `postgres` user to run PostgreSQL as: run `node scripts/ensure-postgres.mjs`.');
  return { uid: Number(uid), gid: Number(gid) };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Stops the server when our end of its stdin closes (stop(), or this process gone), then removes the
 * cluster's folder; the server logs to a file there.
 */
const WATCHDOG = `"$0" "$@" & pid=$!
cat > /dev/null
kill -INT "$pid" 2>/dev/null
wait "$pid"
rm -rf "$LIH_PG_DIR"`;

export async function startPostgres(): Promise<RunningPostgres> {
  const bin = findPostgresBin();
  if (!bin) throw new Error('PostgreSQL server binaries not found (/usr/lib/postgresql/*/bin or PG_BIN): run `node scripts/ensure-postgres.mjs` (as root it installs Debian\'s postgresql package).');
  const owner = isRoot() ? postgresUser() : undefined;
  // As root, in /tmp: the postgres user must reach the folder, and TMPDIR may be under root's home.
  const dir = mkdtempSync(join(owner ? '/tmp' : tmpdir(), 'lih-pg-'));
  const data = join(dir, 'data');
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const asOwner = owner ? { uid: owner.uid, gid: owner.gid } : {};
  const env = { ...process.env, LC_ALL: 'C', LANG: 'C', HOME: dir };

  try {
    // --no-sync and the settings below: a throwaway cluster needs no durability, and the tests run faster without it.
    execFileSync(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'], {
      ...asOwner,
      env,
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb failed: ${String((err as { stderr?: Buffer }).stderr ?? err)}`);
  }

  const logPath = join(dir, 'postgres.log');
  const log = openSync(logPath, 'a');
  const server: ChildProcess = spawn(
    'sh',
    [
      '-c',
      WATCHDOG,
      join(bin, 'postgres'),
      '-D', data,
      '-k', dir,
      '-c', 'listen_addresses=',
      '-c', 'fsync=off',
      '-c', 'synchronous_commit=off',
      '-c', 'full_page_writes=off',
      '-c', 'shared_buffers=32MB',
      '-c', 'max_connections=100',
    ],
    { ...asOwner, env: { ...env, LIH_PG_DIR: dir }, cwd: tmpdir(), stdio: ['pipe', log, log] },
  );
  closeSync(log);
  let exited = false;
  const exit = new Promise<void>((resolve) => server.once('exit', () => ((exited = true), resolve())));

  const url = (database = 'postgres', extra = '') => `postgresql://postgres@localhost/${database}?host=${encodeURIComponent(dir)}${extra}`;
  const stop = async () => {
    if (!exited) {
      server.stdin?.end();
      const timer = setTimeout(() => server.kill('SIGKILL'), 10_000);
      await exit;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  // Ready when it accepts a connection (a few hundred milliseconds after start here).
  const deadline = Date.now() + 30_000;
  for (;;) {
    const client = new pg.Client({ connectionString: url() });
    try {
      await client.connect();
      await client.end();
      break;
    } catch (err) {
      await client.end().catch(() => {});
      if (exited || Date.now() > deadline) {
        const tail = existsSync(logPath) ? readFileSync(logPath, 'utf8').slice(-2000) : '';
        await stop();
        throw new Error(`PostgreSQL did not start: ${(err as Error).message}\n${tail}`);
      }
      await sleep(100);
    }
  }

  const admin = async <T>(database: string, fn: (c: pg.Client) => Promise<T>): Promise<T> => {
    const c = new pg.Client({ connectionString: url(database) });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  };
  const ident = (name: string) => {
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain identifier: ${name}`);
    return name;
  };

  return {
    url: url(),
    async createDatabase(name) {
      await admin('postgres', (c) => c.query(`CREATE DATABASE ${ident(name)}`));
      return url(name);
    },
    async createSchema(name, database = 'postgres') {
      await admin(database, (c) => c.query(`CREATE SCHEMA ${ident(name)}`));
      return url(database, `&options=${encodeURIComponent(`-c search_path=${name}`)}`);
    },
    stop,
  };
}
