import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql 16 ships CJS (main) and ESM (module) builds. Node loads the CJS one for every dependency
  // (Pothos, Yoga); vite would give our inlined sources the ESM one, and two realms of graphql break
  // instanceof checks ("Cannot use GraphQLEnumType from another module or realm"). One realm: CJS.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // A poll waits for a state, not for a time: a busy machine may take seconds to reach it (vitest's 1 s default
    // failed a dashboard test in a loaded CI run), and the test's own timeout still bounds the wait.
    expect: { poll: { timeout: 20_000 } },
    // Every test file starts its own sandbox and gateway on port 0; two cores, so keep the pool small.
    maxWorkers: 2,
  },
});
