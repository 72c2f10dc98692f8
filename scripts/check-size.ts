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

// Why zod/mini: the tyre product's schema alone, with its messages and validators,
// bundled against zod/mini and against classic zod (same sources, `zod/mini` aliased).
const probe = 'import { tireProduct } from "./src/contract/products/tire.ts"; import { checkWith } from "./src/contract/issues.ts"; console.log(checkWith(tireProduct, {}));';
const zodSize = async (alias: Record<string, string>) => {
  const { build } = await import('esbuild');
  const r = await build({ stdin: { contents: probe, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, minify: true, format: 'esm', charset: 'utf8', write: false, alias, logLevel: 'silent' });
  const { gzipSync } = await import('node:zlib');
  return (gzipSync(r.outputFiles[0]!.text, { level: 9 }).length / 1024).toFixed(1);
};
console.log(`tire schema alone: ${await zodSize({})} kB gzip with zod/mini, ${await zodSize({ 'zod/mini': 'zod' })} kB with classic zod`);
