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
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Every product element with an entry: `src/elements/<name>/index.ts` → `lih-<name>`. */
export const elementEntries: Record<string, string> = Object.fromEntries(
  readdirSync(resolve(root, 'src/elements'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(resolve(root, 'src/elements', d.name, 'index.ts')))
    .map((d) => [`lih-${d.name}`, resolve(root, 'src/elements', d.name, 'index.ts')]),
);

/** CSS needs no space around braces, semicolons, commas, combinators, nor after a property's colon. */
const minifyCss = (css: string) =>
  css
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/([{;])([\w-]+):\s+/g, '$1$2:')
    .replace(/;}/g, '}')
    // 0.5em → .5em; [type='radio'] → [type=radio]
    .replace(/([\s:,(])0\.(\d)/g, '$1.$2')
    .replace(/=['"]([\w-]+)['"]\]/g, '=$1]')
    .trim();

/**
 * HTML and CSS treat a run of white space as one space: fold the indentation
 * inside our html`` and css`` templates (found with TypeScript's parser, so
 * templates nested in ${…} are handled too).
 */
function foldTemplates(path: string, source: string): string {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'html' || node.tag.text === 'css')) {
      const isCss = node.tag.text === 'css';
      const t = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((s) => s.literal)];
      for (const part of parts) {
        // Only the literal text between the delimiters (`, ${, }) is rewritten.
        const start = part.getStart(file) + 1;
        const end = part.getEnd() - (ts.isTemplateTail(part) || ts.isNoSubstitutionTemplateLiteral(part) ? 1 : 2);
        const raw = source.slice(start, end);
        const folded = raw.replace(/\n\s*/g, ' ');
        const text = isCss && parts.length === 1 ? minifyCss(folded) : folded;
        if (text !== raw) edits.push({ start, end, text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** Source edits before bundling (none in the build; size experiments pass some). */
export type SourceEdit = (path: string, source: string) => string;

const collapseTemplates = (edit: SourceEdit): Plugin => ({
  name: 'fold-template-whitespace',
  setup(b) {
    b.onLoad({ filter: /[/\\]src[/\\].*\.ts$/ }, (args) => ({ loader: 'ts', contents: foldTemplates(args.path, edit(args.path, readFileSync(args.path, 'utf8'))) }));
  },
});

export async function buildElement(entry: string, outfile?: string, edit: SourceEdit = (_p, src) => src): Promise<{ code: string; gzip: number }> {
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
    plugins: [collapseTemplates(edit)],
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
