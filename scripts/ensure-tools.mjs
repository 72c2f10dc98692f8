#!/usr/bin/env node
// Command-line tools the tests run, from Debian: mutool (mupdf-tools) renders
// the sandbox's PDFs with FreeType, as a customer's viewer does. Install the
// missing ones when we are root; otherwise say how.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** binary → the Debian package that ships it. */
const TOOLS = { mutool: 'mupdf-tools' };

const onPath = (bin) => (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, bin)));
const missing = Object.entries(TOOLS).filter(([bin]) => !onPath(bin));
if (!missing.length) process.exit(0);

const packages = [...new Set(missing.map(([, pkg]) => pkg))];
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(`${missing.map(([bin]) => bin).join(', ')} missing: run \`sudo apt-get install -y ${packages.join(' ')}\`, then run the tests again.`);
  process.exit(1);
}
console.log(`${missing.map(([bin]) => bin).join(', ')} missing: installing Debian's ${packages.join(' ')}…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const run = (args) => execFileSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
run(['update', '-qq']);
run(['install', '-y', '-qq', '--no-install-recommends', ...packages]);
const still = missing.filter(([bin]) => !onPath(bin));
if (still.length) {
  console.error(`apt-get finished but ${still.map(([bin]) => bin).join(', ')} is still missing.`);
  process.exit(1);
}
