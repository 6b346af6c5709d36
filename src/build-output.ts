/**
 * Where the build's output is, seen from the running code: the bundle runs as `dist/main.js`, so it is the
 * bundle's own folder; from source (tsx, tests) it is the checkout's `dist/` (scripts/build.mjs writes it).
 */
import { fileURLToPath } from 'node:url';

export const BUILD_DIR = fileURLToPath(new URL(import.meta.url.endsWith('.ts') ? '../dist/' : './', import.meta.url));
