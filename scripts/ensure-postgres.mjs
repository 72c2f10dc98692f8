#!/usr/bin/env node
// The PostgreSQL tests start a throwaway server (test/support/postgres.ts)
// from Debian's server binaries: install the `postgresql` package when they
// are missing and we are root; otherwise say how. Debian's package rather than
// binaries from npm: it is a supported release with security updates, has no
// install script for npm to block, and brings the `postgres` user a root test
// run needs (PostgreSQL refuses to run as root).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = '/usr/lib/postgresql';
const found = () =>
  (process.env.PG_BIN && existsSync(join(process.env.PG_BIN, 'postgres'))) ||
  (existsSync(root) && readdirSync(root).some((v) => existsSync(join(root, v, 'bin', 'initdb')) && existsSync(join(root, v, 'bin', 'postgres'))));
if (found()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(`PostgreSQL's server binaries are missing (${root}/<version>/bin): run \`sudo apt-get install -y postgresql\` (or set PG_BIN), then run the tests again.`);
  process.exit(1);
}
console.log(`PostgreSQL is missing at ${root}: installing Debian's postgresql package…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const run = (args) => execFileSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
run(['update', '-qq']);
run(['install', '-y', '-qq', '--no-install-recommends', 'postgresql']);
if (!found()) {
  console.error(`apt-get finished but no server binaries are in ${root}/<version>/bin.`);
  process.exit(1);
}
