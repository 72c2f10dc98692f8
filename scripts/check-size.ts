/**
 * The weight budget: each element as a host loads it — its entry with lit,
 * the kit, its schemas and both locales, in one file — must stay within
 * 30 kB gzip. Builds every element and prints the figures; fails past it.
 */
import { buildElement, elementEntries } from './build-elements.js';

export const BUDGET_BYTES = 30 * 1024;

const names = Object.keys(elementEntries);
if (!names.length) {
  console.error('No element entries found under src/elements/*/index.ts.');
  process.exit(1);
}
let over = false;
for (const name of names) {
  const { code, gzip } = await buildElement(elementEntries[name]!);
  const ok = gzip <= BUDGET_BYTES;
  over ||= !ok;
  console.log(`${ok ? 'ok  ' : 'OVER'} <${name}>  ${(gzip / 1024).toFixed(1)} kB gzip (${gzip} of ${BUDGET_BYTES} bytes; ${(code.length / 1024).toFixed(1)} kB minified)`);
}
if (over) process.exit(1);
