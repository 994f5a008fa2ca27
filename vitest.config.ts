/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

import { ISOLATED } from './tests/isolated-unit-tests.ts';

// Astro's Vite config lets unit tests render .astro components through the container API.
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ISOLATED,
          environment: 'node',
          // Pure tests share one module graph per worker: the engine (Astro, KaTeX, zod schemas) is evaluated
          // once per worker instead of once per file, which halves the suite's time. Safe because these files
          // neither mock modules nor change process state; those that do are in unit-isolated below.
          isolate: false,
          // Some unit tests spawn the data CLI; on two busy cores a cold Node start can exceed vitest's 5 s.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'unit-isolated',
          include: ISOLATED,
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
