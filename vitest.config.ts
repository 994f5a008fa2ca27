/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

import { ISOLATED } from './tests/isolated-unit-tests.ts';
import StartOrder from './tests/sequencer.ts';
import { E2E_BUILDS } from './tests/test-projects.ts';

// Astro's Vite config lets unit tests render .astro components through the container API.
export default getViteConfig({
  test: {
    // Two workers, one per core of the CI machine, shared by every project: while one waits on a browser
    // or a throwaway build, the other runs. The order files start in is tests/sequencer.ts.
    maxWorkers: 2,
    sequence: { sequencer: StartOrder },
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
          // Suites that read the site built once by global-setup.ts (each file waits for it: site-ready.ts).
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: E2E_BUILDS,
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          setupFiles: ['tests/e2e/support/site-ready.ts'],
          // Browser suites check pages side by side (describe.concurrent): a page waits on its charts, its
          // fonts and axe much of the time, so a few at once keep both cores busy without starving each other.
          maxConcurrency: 3,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
      {
        extends: true,
        test: {
          // Suites that build their own throwaway copy of a project: they start while the shared site builds.
          name: 'e2e-builds',
          include: E2E_BUILDS,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
