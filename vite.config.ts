import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// One Vitest run covers every package: `npm test` builds first, so cross-package imports resolve to dist/.
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['packages/*/src/**/*.test.ts', 'test/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['packages/*/src/**/*.test.tsx', 'test/dom/**/*.test.tsx'],
        },
      },
      {
        // Real Chromium (/usr/bin/chromium) driven by playwright-core: pages, hydration, axe, files.
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
