#!/usr/bin/env node
// Generates custom-elements.json, or with --check fails when the committed
// file differs from what the sources generate (a stale manifest misleads hosts).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const check = process.argv.includes('--check');
// The analyzer resolves --outdir against the working directory: keep the check's copy inside it.
mkdirSync('node_modules/.cache', { recursive: true });
const outdir = check ? relative('.', mkdtempSync('node_modules/.cache/cem-')) : '.';
execFileSync('npx', ['--no-install', 'cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', outdir], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (check) {
  const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
  const committed = existsSync('custom-elements.json') ? readFileSync('custom-elements.json', 'utf8') : '';
  rmSync(outdir, { recursive: true, force: true });
  if (fresh !== committed) {
    console.error('custom-elements.json is stale: run `npm run manifest` and commit the result.');
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
}
