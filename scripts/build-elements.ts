/**
 * Builds each product element into one self-contained ES module — what a host
 * loads with one script tag: the element, lit, the kit, its schemas and both
 * locales. Uses esbuild (Vite's own bundler for dependencies): Rollup, Vite's
 * production bundler, keeps more of zod's internals (35.2 against 33.9 kB gzip
 * for <lih-tire-quote> when measured), and the weight budget is tight.
 */
import { build, type Plugin } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Every product element with an entry: `src/elements/<name>/index.ts` → `lih-<name>`. */
export const elementEntries: Record<string, string> = Object.fromEntries(
  readdirSync(resolve(root, 'src/elements'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(resolve(root, 'src/elements', d.name, 'index.ts')))
    .map((d) => [`lih-${d.name}`, resolve(root, 'src/elements', d.name, 'index.ts')]),
);

const TICK = '\x60';
const TEMPLATE = /\b(html|css)\x60((?:[^\x60\\]|\\.)*)\x60/gs;

/** CSS needs no space around braces, semicolons, commas, combinators, nor after a property's colon. */
const minifyCss = (css: string) =>
  css
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/([{;])([\w-]+):\s+/g, '$1$2:')
    .replace(/;}/g, '}')
    .trim();

/** HTML and CSS treat a run of white space as one space: fold the indentation of our html`` and css`` templates. */
const collapseTemplates: Plugin = {
  name: 'collapse-template-whitespace',
  setup(b) {
    b.onLoad({ filter: /[/\\]src[/\\].*\.ts$/ }, (args) => ({
      loader: 'ts',
      contents: readFileSync(args.path, 'utf8').replace(TEMPLATE, (_m, tag: string, body: string) => {
        const folded = body.replace(/\n\s*/g, ' ');
        return tag + TICK + (tag === 'css' ? minifyCss(folded) : folded) + TICK;
      }),
    }));
  },
};

export async function buildElement(entry: string, outfile?: string): Promise<{ code: string; gzip: number }> {
  const r = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    legalComments: 'none',
    // Romanian text as UTF-8, not \u escapes (ă is 2 bytes, not 6).
    charset: 'utf8',
    tsconfig: resolve(root, 'tsconfig.json'),
    plugins: [collapseTemplates],
    write: !!outfile,
    outfile: outfile ?? 'out.js',
    metafile: false,
  });
  const code = outfile ? readFileSync(outfile, 'utf8') : r.outputFiles![0]!.text;
  return { code, gzip: gzipSync(code, { level: 9 }).length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [name, entry] of Object.entries(elementEntries)) {
    const { gzip } = await buildElement(entry, resolve(root, 'dist', `${name}.js`));
    console.log(`dist/${name}.js  ${(gzip / 1024).toFixed(1)} kB gzip`);
  }
}
