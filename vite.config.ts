import { defineConfig } from 'vitest/config';

// One Vitest run covers every package: `npm test` builds first, so cross-package imports resolve to dist/.
export default defineConfig({
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
    ],
  },
});
