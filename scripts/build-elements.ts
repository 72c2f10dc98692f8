/**
 * Builds every product element with Vite in library mode (Rollup), all elements
 * in one build so that they share one runtime:
 *
 * - `dist/lih-runtime-<hash>.js`: lit, @lit/task, zod/mini, the kit and the
 *   contract core — every module an element's entry reaches statically that is
 *   not the element's own (src/elements/<name>/) nor its product schema
 *   (src/contract/products/). A page with two widgets loads it once.
 * - `dist/lih-<name>.js`: the thin entry a host's script tag loads (the
 *   element's own code and product schema; imports the runtime).
 * - `dist/lih-<name>.strings.<locale>-<hash>.js`: its words in one language,
 *   fetched before the first render, only for the language the page speaks.
 * - `dist/lih-kit.later-<hash>.js`: what every element fetches after its first
 *   render, in one file (the later steps, the person rules they and every
 *   product's rules check); `dist/lih-kit.<name>-<hash>.js`: what only some
 *   fetch (an offers view, a product's rules, the later steps' words in one
 *   language).
 * - `dist/standalone/lih-<name>.js`: for a page with one widget, the runtime and
 *   the entry in one file. Its language and later-step chunks stay separate
 *   files beside it: inlining them would load both languages and every step up
 *   front (~8 kB gzip more than the first-load budget allows) for one request
 *   saved.
 *
 * Serve each folder's files together: every file imports its chunks by a
 * relative URL. Templates are minified by lit's own plugin
 * (@lit-labs/rollup-plugin-minify-html-literals: html-minifier-next for html``,
 * lightningcss for css``), the JavaScript by terser.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { minify as terser } from 'terser';
import ts from 'typescript';
import { build, type Plugin, type Rollup } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const elementsDir = resolve(root, 'src/elements');
const productsDir = resolve(root, 'src/contract/products');

/** Every product element with an entry: `src/elements/<name>/index.ts` → `lih-<name>`. */
export const elementEntries: Record<string, string> = Object.fromEntries(
  readdirSync(elementsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(resolve(elementsDir, d.name, 'index.ts')))
    .map((d) => [`lih-${d.name}`, resolve(elementsDir, d.name, 'index.ts')]),
);

/**
 * One built file. `entry`: what a host's script tag loads; `runtime`: the shared runtime (imported
 * by every entry); `standalone`: runtime and entry in one file; `language`: an element's words in
 * one language (fetched before its first render); `lazy`: fetched after the first render.
 */
export interface BuiltFile {
  /** Path relative to the output folder (`standalone/…` for the single-widget files). */
  file: string;
  kind: 'entry' | 'runtime' | 'standalone' | 'language' | 'lazy';
  /** `lih-<name>` when the file is that element's own (its entry, standalone file and chunks). */
  element?: string;
  /** `en` / `ro` for words in one language. */
  locale?: string;
  /** Files it imports statically (loaded with it) and dynamically (loaded when asked). */
  imports: string[];
  dynamicImports: string[];
  bytes: number;
  gzip: number;
  /** Of `gzip`, the bytes that are each element's own modules (`lih-<name>` → bytes), pro rata of their minified code. */
  owned: Record<string, number>;
}

const gzipSize = (code: string) => gzipSync(code, { level: 9 }).length;

/** `lih-<name>` when `id` is a module of src/elements/<name>/. */
const ownerOf = (id: string | null | undefined) => (id?.startsWith(elementsDir + sep) ? `lih-${relative(elementsDir, id).split(sep)[0]}` : undefined);

/**
 * terser in renderChunk, as @rollup/plugin-terser does, rather than Vite's `minify: 'terser'`:
 * Vite keeps the /*#__PURE__*\/ comments in an ES library for its consumers' tree-shaking, but
 * these files are what a browser loads, already tree-shaken.
 */
const minifyJs = (): Plugin => ({
  name: 'lih-terser',
  renderChunk: {
    // After Vite's own esbuild pass, which reprints every chunk unminified in an ES library.
    order: 'post',
    async handler(code) {
      const r = await terser(code, { module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } });
      return { code: r.code!, map: null };
    },
  },
});

const plugins = (): Plugin[] => [
  {
    // Only our sources hold html``/css`` templates (lit's own are tiny and already minified).
    // conservativeCollapse: a run of white space becomes one space, never none — "Bloc (optional)"
    // is text beside an element, and collapsing it to nothing glued the words together.
    ...(minifyHtmlLiterals({ include: ['src/**/*.ts'], failOnError: true, options: { minifyOptions: { conservativeCollapse: true } } }) as Plugin),
    enforce: 'pre',
  },
  minifyJs(),
];

/** One Vite library build of `input`, in memory. */
async function viteBuild(input: Record<string, string>, output: Rollup.OutputOptions): Promise<Rollup.OutputChunk[]> {
  // Vite sets NODE_ENV=production for the whole process; the demo runs the proxy in this process.
  const nodeEnv = process.env.NODE_ENV;
  const r = (await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: plugins(),
    esbuild: { target: 'es2022' },
    build: {
      target: 'es2022',
      write: false,
      minify: false,
      reportCompressedSize: false,
      copyPublicDir: false,
      lib: { entry: input, formats: ['es'], fileName: (_f, name) => `${name}.js` },
      rollupOptions: {
        output,
        // Lazy chunks may import from an entry: no facade file in front of it.
        preserveEntrySignatures: 'allow-extension',
        onwarn(w, warn) {
          // zod's comments that explain its own @__PURE__ annotations; harmless.
          if (w.code === 'INVALID_ANNOTATION' && w.id?.includes(`${sep}node_modules${sep}zod${sep}`)) return;
          warn(w);
        },
      },
    },
  }).finally(() => {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  return (Array.isArray(r) ? r : [r]).flatMap((o) => o.output.filter((c): c is Rollup.OutputChunk => c.type === 'chunk'));
}

const localeOf = (c: Rollup.OutputChunk) => /\.(en|ro)$/.exec(c.name)?.[1];

/** The shared build: a runtime chunk, a thin entry per element, language and later-step chunks. */
async function buildShared(entries: Record<string, string>): Promise<BuiltFile[]> {
  const entryPaths = Object.values(entries);
  // Per module, once the graph is known: is it loaded up front by some entry (static imports), and
  // by how many entries can it be loaded at all (dynamic imports too)?
  let upFront: Set<string> | undefined;
  const users = new Map<string, number>();
  const chunks = await viteBuild(entries, {
    manualChunks(id, { getModuleInfo }) {
      if (!upFront) {
        upFront = new Set();
        const walk = (entry: string, dynamic: boolean, seen = new Set<string>()) => {
          const visit = (m: string) => {
            if (seen.has(m)) return;
            seen.add(m);
            const info = getModuleInfo(m);
            for (const i of [...(info?.importedIds ?? []), ...(dynamic ? (info?.dynamicallyImportedIds ?? []) : [])]) visit(i);
          };
          visit(entry);
          return seen;
        };
        for (const entry of entryPaths) {
          for (const m of walk(entry, false)) upFront.add(m);
          for (const m of walk(entry, true)) users.set(m, (users.get(m) ?? 0) + 1);
        }
      }
      // The runtime: what an element loads up front, other than its own modules and product schema,
      // that another element loads too (up front or later). Once there are several elements, a module
      // only one of them ever uses stays in that element's entry: the others do not carry it.
      const shared = (users.get(id) ?? 0) >= Math.min(2, entryPaths.length);
      // A product's schema stays with its element; a piece of one that two elements share (Michelin's
      // agreements, for the tyre and the fleet) joins the runtime rather than a chunk of its own.
      const product = id.startsWith(productsDir + sep) && (users.get(id) ?? 0) < 2;
      if (upFront.has(id) && shared && !ownerOf(id) && !product) return 'runtime';
      // What every element loads after its first render (the later steps, the person rules they and
      // every product's rules check): one chunk, not a handful of small files. Words stay apart, one
      // file per language.
      if (!upFront.has(id) && (users.get(id) ?? 0) === entryPaths.length && entryPaths.length > 1 && !ownerOf(id) && !/\.(en|ro)\.ts$/.test(id)) return 'later';
      return undefined;
    },
    chunkFileNames: (c) => (c.name === 'runtime' ? 'lih-runtime-[hash].js' : `${ownerOf(c.facadeModuleId) ?? 'lih-kit'}.[name]-[hash].js`),
  });
  // `LIH_MODULES=1 npm run size`: what each chunk holds, module by module (bytes before minifying), to find what to move.
  if (process.env.LIH_MODULES)
    for (const c of chunks) {
      console.log(`  ${c.fileName}`);
      for (const [id, m] of Object.entries(c.modules).sort((a, b) => b[1].renderedLength - a[1].renderedLength))
        if (m.renderedLength) console.log(`    ${String(m.renderedLength).padStart(6)} ${relative(root, id)}`);
    }
  return Promise.all(
    chunks.map(async (c) => {
      const element = c.isEntry ? c.name : ownerOf(c.facadeModuleId);
      const locale = localeOf(c);
      const gzip = gzipSize(c.code);
      return {
        file: c.fileName,
        kind: c.isEntry ? 'entry' : c.name === 'runtime' ? 'runtime' : element && locale ? 'language' : 'lazy',
        ...(element ? { element } : {}),
        ...(locale ? { locale } : {}),
        imports: c.imports,
        dynamicImports: c.dynamicImports,
        bytes: Buffer.byteLength(c.code),
        gzip,
        owned: await ownedBytes(c, gzip),
        code: c.code,
      } satisfies BuiltFile & { code: string };
    }),
  );
}

/**
 * The file's gzip bytes that are an element's own modules' (src/elements/<name>/), by their share of the
 * minified code: where Rollup puts a module never changes whose it is.
 */
async function ownedBytes(c: Rollup.OutputChunk, gzip: number): Promise<Record<string, number>> {
  const modules = Object.entries(c.modules).filter(([, m]) => m.renderedLength);
  const owners = new Set(modules.map(([id]) => ownerOf(id)));
  if (owners.size === 1) {
    const [owner] = owners;
    return owner ? { [owner]: gzip } : {};
  }
  const size = async (code: string | null) => (code ? ((await terser(code, { module: true, compress: false })).code?.length ?? 0) : 0);
  const sized = await Promise.all(modules.map(async ([id, m]) => [ownerOf(id), await size(m.code)] as const));
  const total = sized.reduce((n, [, b]) => n + b, 0) || 1;
  const out: Record<string, number> = {};
  for (const [owner, b] of sized) if (owner) out[owner] = (out[owner] ?? 0) + (gzip * b) / total;
  for (const k of Object.keys(out)) out[k] = Math.round(out[k]!);
  return out;
}

/** One element alone: the runtime and its entry in one file, its lazy chunks beside it. */
async function buildStandalone(name: string, entry: string): Promise<BuiltFile[]> {
  const chunks = await viteBuild({ [name]: entry }, { chunkFileNames: `${name}.[name]-[hash].js` });
  return chunks.map((c) => {
    const locale = localeOf(c);
    const owned = !!ownerOf(c.facadeModuleId);
    const at = (f: string) => `standalone/${f}`;
    return {
      file: at(c.fileName),
      kind: c.isEntry ? 'standalone' : owned && locale ? 'language' : 'lazy',
      element: name,
      ...(locale ? { locale } : {}),
      imports: c.imports.map(at),
      dynamicImports: c.dynamicImports.map(at),
      bytes: Buffer.byteLength(c.code),
      gzip: gzipSize(c.code),
      owned: {},
      code: c.code,
    };
  });
}

/**
 * Builds every element (the shared build, and the standalone files unless `standalone: false`),
 * written to `outdir` when given, replacing an earlier build's .js files there.
 */
export async function buildElements(outdir?: string, o: { standalone?: boolean; entries?: Record<string, string> } = {}): Promise<BuiltFile[]> {
  const entries = o.entries ?? elementEntries;
  const built: (BuiltFile & { code?: string })[] = await buildShared(entries);
  if (o.standalone !== false) for (const [name, entry] of Object.entries(entries)) built.push(...(await buildStandalone(name, entry)));
  // The kit's words a language chunk imports (shared by the elements' words) load with it.
  for (const l of built.filter((f) => f.kind === 'language')) for (const f of closure(built, l.file)) if (f.kind === 'lazy') f.kind = 'language';
  if (outdir) {
    // An earlier build's chunks are stale (their hashes differ).
    for (const dir of [outdir, join(outdir, 'standalone')])
      if (existsSync(dir)) for (const old of readdirSync(dir)) if (/^lih-.*\.js$/.test(old)) rmSync(join(dir, old));
    for (const f of built) {
      mkdirSync(dirname(join(outdir, f.file)), { recursive: true });
      writeFileSync(join(outdir, f.file), f.code!);
    }
  }
  return built.map(({ code: _code, ...f }) => f);
}

/** A file and everything it imports statically: what the browser fetches once it asks for that file. */
export function closure(files: BuiltFile[], start: string): BuiltFile[] {
  const byName = new Map(files.map((f) => [f.file, f]));
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const i of byName.get(file)!.imports) visit(i);
  };
  visit(start);
  return [...seen].map((f) => byName.get(f)!);
}

/** A file and everything it can ever load, statically or when asked: a whole flow. */
export function reachable(files: BuiltFile[], start: string): BuiltFile[] {
  const byName = new Map(files.map((f) => [f.file, f]));
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const f = byName.get(file)!;
    for (const i of [...f.imports, ...f.dynamicImports]) visit(i);
  };
  visit(start);
  return [...seen].map((f) => byName.get(f)!);
}

/**
 * Declarations for the npm entries (package.json `exports`: `./<name>` → `dist/lih-<name>.js` and
 * `dist/types/elements/<name>/index.d.ts`). Type errors are `npm run typecheck`'s to report.
 */
export function emitTypes(outdir: string, entries = elementEntries): void {
  const config = ts.getParsedCommandLineOfConfigFile(resolve(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
  rmSync(outdir, { recursive: true, force: true });
  const program = ts.createProgram(Object.values(entries), {
    ...config.options,
    noEmit: false,
    declaration: true,
    emitDeclarationOnly: true,
    outDir: outdir,
    rootDir: resolve(root, 'src'),
    types: [],
  });
  program.emit(undefined, undefined, undefined, true);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const dist = resolve(root, 'dist');
  const files = await buildElements(dist);
  for (const f of files) console.log(`dist/${f.file.padEnd(54)} ${(f.gzip / 1024).toFixed(1).padStart(5)} kB gzip  (${f.kind})`);
  const built = performance.now();
  emitTypes(join(dist, 'types'));
  console.log(`${Object.keys(elementEntries).length} element(s) in ${((built - started) / 1000).toFixed(1)} s, their types in ${((performance.now() - built) / 1000).toFixed(1)} s`);
}
