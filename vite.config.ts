import { defineConfig } from 'vite';

/**
 * `npx vite`: the demo pages (demo/…) over the elements' sources with hot
 * reload, for local development only — it serves the whole repository, so it
 * listens on loopback and must never be exposed. `npm start` serves the
 * production build through scripts/demo.ts instead. That build —
 * `npm run build`, Vite in library mode with one shared runtime chunk — is
 * configured in scripts/build-elements.ts, where its outputs are named.
 */
export default defineConfig({
  root: import.meta.dirname,
  server: { port: Number(process.env.DEMO_PORT ?? 5173), strictPort: true, host: '127.0.0.1' },
  esbuild: { target: 'es2022' },
});
