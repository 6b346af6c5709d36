// Builds the dashboard into dist/web/, where the gateway serves it at `/` (src/web/static.ts).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // The production build ships no source maps (issue 9) and no inline scripts (the page's CSP).
    sourcemap: false,
    modulePreload: { polyfill: false },
    target: 'es2022',
  },
  server: {
    // `npx vite web` during development: the API comes from a gateway on its default port.
    proxy: { '/graphql': 'http://localhost:4000' },
  },
});
