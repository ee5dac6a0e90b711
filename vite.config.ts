import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import chromium from './test/browser/support/chromium.json' with { type: 'json' };

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
          include: ['packages/*/src/**/*.test.ts', 'test/unit/**/*.test.ts', 'stories/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          // Role queries over a whole policy page are slow in jsdom: on a shared 2-core machine a page test can pass
          // Vitest's 5 s default while other work runs.
          testTimeout: 20_000,
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
      {
        // The packed packages as users install them (npm pack tarballs in projects of their own): React 18 and 19
        // server rendering and hydration, and a Next.js App Router app under a strict CSP. Installs from the registry.
        extends: true,
        test: {
          name: 'packed',
          environment: 'node',
          include: ['test/packed/**/*.test.ts'],
          globalSetup: ['test/packed/globalSetup.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
      {
        // Every Storybook story runs as a test in Chromium; the a11y addon fails a story with any axe violation.
        extends: true,
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            // Debian's Chromium: no browser downloads exist on this machine or in CI.
            provider: playwright({ launchOptions: chromium }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
