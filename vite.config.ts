import { defineConfig } from 'vite';

/**
 * Vite serves the demo pages (demo/…) from the repository root, so they load
 * the elements' sources with hot reload. The elements' production files are
 * built by scripts/build-elements.ts (see why there).
 */
export default defineConfig({
  root: import.meta.dirname,
  server: { port: Number(process.env.DEMO_PORT ?? 5173), strictPort: true, host: process.env.DEMO_HOST ?? '127.0.0.1' },
  esbuild: { target: 'es2022' },
});
