#!/usr/bin/env node
// Every dependency that runs an install script must be reviewed in
// package.json's allowScripts: npm 12 skips the unreviewed ones (better-sqlite3
// would not be built and nothing would work on a fresh machine). npm 10 and 11
// only warn, so the test command checks it itself, from the lock file, with
// any npm.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const allow = pkg.allowScripts ?? {};

/** allowScripts keys: "name" (every version) or "name@1.2.3 || 1.2.4"; either way the entry is a review. */
function reviewed(name, version) {
  for (const key of Object.keys(allow)) {
    const at = key.lastIndexOf('@');
    const keyName = at > 0 ? key.slice(0, at) : key;
    if (keyName !== name) continue;
    if (at <= 0) return true;
    if (key.slice(at + 1).split('||').map((v) => v.trim()).includes(version)) return true;
  }
  return false;
}

const unreviewed = [];
for (const [path, entry] of Object.entries(lock.packages ?? {})) {
  if (!path || !entry.hasInstallScript) continue;
  const name = entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
  if (!reviewed(name, entry.version)) unreviewed.push(`${name}@${entry.version}`);
}
if (unreviewed.length) {
  console.error(
    `Install scripts not reviewed in package.json's allowScripts: ${unreviewed.join(', ')}.\n` +
      'Read what each runs, then `npm install-scripts approve <name>` (or `deny`), and commit package.json.',
  );
  process.exit(1);
}
