import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run fuzz`: the fuzz suite on its own, kept out of `npm test` (it takes about a minute on the 2-core machine) and
// run by `.ci/run` after the tests. FUZZ_RUNS sets the inputs per target (default 10,000), FUZZ_SEED replays a run.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    name: 'fuzz',
    environment: 'node',
    include: ['test/fuzz/**/*.fuzz.ts'],
    testTimeout: 600_000,
  },
});
