/**
 * The weight budget, from the real build (scripts/build-elements.ts), for every
 * element in src/elements, as a host's page loads it. Each file is gzipped on
 * its own (level 9), as it travels; the counts are bytes, so the same sources
 * give the same figures.
 * - first load: the element's entry and what it imports statically (the shared
 *   runtime: lit, @lit/task, zod/mini, the kit, the contract core), plus the
 *   words of the ONE language the page speaks — each language checked — at
 *   most 30 kB. The later steps' code and words, and a product's rules (fetched
 *   beside the words: the first render shows no error), come after the first
 *   render and are not in it. A first step's code is in its entry: the kit waits
 *   for a step's `load` before rendering it, so a first step has none. The
 *   standalone file's first load is held to it too.
 * - whole flow: every file the element can load, both languages and the later
 *   steps included — at most 50 kB.
 * - a further element on the same page: what the product adds over the kit and the
 *   contract every product shares — its own modules (src/elements/<name>/: its
 *   code and its words in both languages), wherever the build puts them — at
 *   most 8 kB. Bytes are counted per file, pro rata of the minified code of the
 *   modules in it, so moving a module between chunks never changes whose it is.
 *   The files only that element loads (its own, and the kit's and contract's
 *   modules no other element uses yet) are printed beside it.
 * Prints the figures per file and per element; exits 1 past any budget.
 */
import { buildElements, closure, reachable, type BuiltFile } from './build-elements.js';

export const FIRST_LOAD_BYTES = 30 * 1024;
export const WHOLE_FLOW_BYTES = 50 * 1024;
export const FURTHER_ELEMENT_BYTES = 8 * 1024;

const started = performance.now();
const files = await buildElements();
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const entries = files.filter((f) => f.kind === 'entry');
if (!entries.length) {
  console.error('No element entries found under src/elements/*/index.ts.');
  process.exit(1);
}

const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const sum = (list: BuiltFile[]) => list.reduce((n, f) => n + f.gzip, 0);
const union = (...lists: BuiltFile[][]) => [...new Set(lists.flat())];
let over = false;
const check = (label: string, list: BuiltFile[], limit: number) => {
  const bytes = sum(list);
  const ok = bytes <= limit;
  over ||= !ok;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${label}: ${kB(bytes)} gzip (${bytes} of ${limit} bytes: ${list.map((f) => f.file).join(' + ')})`);
};

for (const f of files)
  console.log(`     ${f.file.padEnd(54)} ${String(f.gzip).padStart(6)} B gzip  ${kB(f.bytes).padStart(8)} minified  ${f.kind}${f.locale ? ` ${f.locale}` : ''}`);
console.log(`built in ${seconds} s`);
if (entries.length === 1) console.log(`one element in src/elements (${entries[0]!.element}): "a further element" is what it would add to a page that has the runtime already`);

for (const entry of entries) {
  const name = entry.element!;
  console.log(`<${name}>`);
  const languages = (start: string) => reachable(files, start).filter((f) => f.kind === 'language' && f.element === name && f.locale);
  for (const [kind, start] of [['', entry.file], [' standalone', files.find((f) => f.kind === 'standalone' && f.element === name)?.file]] as const) {
    if (!start) continue;
    const loaded = closure(files, start);
    for (const l of languages(start)) check(`  <${name}>${kind} first load (${l.locale})`, union(loaded, closure(files, l.file)), FIRST_LOAD_BYTES);
    check(`  <${name}>${kind} whole flow, both languages`, reachable(files, start), WHOLE_FLOW_BYTES);
  }
  const flow = reachable(files, entry.file);
  const own = flow.reduce((n, f) => n + (f.owned[name] ?? 0), 0);
  const ok = own <= FURTHER_ELEMENT_BYTES;
  over ||= !ok;
  const others = entries.filter((e) => e !== entry).map((e) => new Set(reachable(files, e.file)));
  const alone = flow.filter((f) => !others.some((o) => o.has(f)));
  console.log(
    `${ok ? 'ok  ' : 'OVER'}   <${name}> as a further element, both languages: ${kB(own)} gzip (${own} of ${FURTHER_ELEMENT_BYTES} bytes: its own modules in ${flow.filter((f) => f.owned[name]).map((f) => f.file).join(' + ')})`,
  );
  if (others.length) console.log(`       files only it loads: ${kB(sum(alone))} gzip (${sum(alone)} bytes: ${alone.map((f) => f.file).join(' + ')})`);
}
if (entries.length > 1)
  for (const locale of ['ro', 'en']) {
    // What the shared runtime is for: every element on one page, each file fetched once.
    const page = union(...entries.map((e) => closure(files, e.file)), ...files.filter((f) => f.kind === 'language' && f.locale === locale && !f.file.startsWith('standalone/') && f.element).map((f) => closure(files, f.file)));
    console.log(`     a page with all ${entries.length} elements, first load (${locale}): ${kB(sum(page))} gzip (${sum(page)} bytes, ${page.length} files)`);
  }

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
if (over) process.exit(1);
