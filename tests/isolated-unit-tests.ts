/**
 * Unit test files that replace modules (vi.mock) or change process state (env, cwd, timers, globals). They run
 * in vitest's "unit-isolated" project, each in a fresh module graph, so what they replace cannot leak into
 * another file; every other unit file shares one module graph per worker (isolate: false), which is what
 * makes the suite fast. tests/unit/test-isolation.test.ts fails when a file that needs isolation is missing here.
 */
export const ISOLATED = ['tests/unit/content-frozen.test.ts', 'tests/unit/escaping-components.test.ts', 'tests/unit/output-cache.test.ts', 'tests/unit/render-exhibit-component.test.ts'];

/** What makes a test file need its own module graph. */
export const NEEDS_ISOLATION =
  /\bvi\.(?:mock|doMock|unmock|stubEnv|stubGlobal|useFakeTimers|resetModules)\(|process\.chdir\(|delete process\.env|process\.env(?:\.\w+|\[[^\]]+\])\s*=(?!=)|Object\.assign\(process\.env/;
