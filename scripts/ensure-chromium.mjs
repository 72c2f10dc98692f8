#!/usr/bin/env node
// Browser tests need Debian's Chromium (a browser download fails on these
// machines). Install it when missing and we are root; otherwise say how.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(`Chromium is missing at ${path}: run \`sudo apt-get install -y chromium\` (or set CHROMIUM_PATH), then run the tests again.`);
  process.exit(1);
}
console.log(`Chromium is missing at ${path}: installing Debian's chromium package…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const run = (args) => execFileSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
run(['update', '-qq']);
run(['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core']);
if (!existsSync(path)) {
  console.error(`apt-get finished but ${path} is still missing.`);
  process.exit(1);
}
