// Which vitest project an end-to-end file belongs to, and the order files start in (vitest.config.ts,
// tests/sequencer.ts). Plain data, so tests/unit/test-projects.test.ts can check it against the files.

/**
 * End-to-end files that build their own throwaway project (tests/e2e/rebuild-project.ts) or folder and never
 * read the shared site: vitest project `e2e-builds`, which has no global setup, so they start while the site builds.
 */
export const E2E_BUILDS = ['analyst-path', 'base-path', 'frontmatter-build', 'injection', 'pdf-print', 'rebuild-dev-reload', 'rebuild-editions', 'second-report'].map((f) => `tests/e2e/${f}.test.ts`);

/**
 * The order in which test files start. Every project shares two workers (one per core of the CI machine),
 * and a worker takes the next file when it finishes one, so the suite ends soonest when long files start
 * first and short ones fill in at the end. CI runs on a clean clone, where vitest has no timings from an
 * earlier run to sort by, hence this list, about longest first (seconds measured on two cores). A suite
 * that builds its own throwaway project (project e2e-builds) starts first, while global-setup.ts builds the
 * shared site that the e2e project's files wait for; then the two alternate, so that a build and a browser
 * share the cores. exhibits, a11y, exhibit-fallback and csp share one browser pass per page
 * (support/sweep.ts): a pass one of them is doing, the others wait for instead of repeating. The unit
 * tests run early, while the shared site builds.
 * An entry matches a file whose path contains it; files no entry matches start last, in vitest's order.
 */
export const START_ORDER = [
  'tests/e2e/rebuild-editions.test.ts', // ~45 s: two builds of a throwaway copy
  'tests/unit/', // ~35 s in all: while the shared site builds
  'tests/e2e/exhibits.test.ts', // ~85 s: most of the browser passes, and each article at 390 px, once the site is built
  'tests/e2e/injection.test.ts', // ~50 s: a build with hostile content, every page loaded
  'tests/e2e/a11y.test.ts', // ~25 s: keyboard visits, and the passes exhibits has not done yet
  'tests/e2e/base-path.test.ts', // ~20 s: a build under a sub-path (without PDFs)
  'tests/e2e/exhibit-fallback.test.ts', // ~27 s: each article without JavaScript, and printed straight after load
  'tests/e2e/analyst-path.test.ts', // ~20 s: a build of an analyst's new article
  'tests/e2e/pdf-print.test.ts', // ~6 s: the PDF printer on a folder of its own
  'tests/e2e/rebuild-dev-reload.test.ts', // ~12 s: the dev server
  'tests/e2e/theme.test.ts', // ~12 s
  'tests/e2e/pdf.test.ts', // ~9 s
  'tests/e2e/second-report.test.ts', // ~8 s: a build of a second report
  'tests/e2e/frontmatter-build.test.ts', // ~4 s: a build that fails
  'tests/e2e/search.test.ts', // ~6 s
];
