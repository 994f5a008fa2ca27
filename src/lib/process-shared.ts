/**
 * State that one process keeps once, however many copies of a module it loads. `astro build` evaluates the
 * engine twice in one process (the Vite plugins' graph, for the remark plugin, and the prerender bundle,
 * for the pages); a cache in a module variable would be filled twice. Both copies reach the same object
 * through a registered symbol on globalThis.
 */
export function processShared<T extends object>(name: string, create: () => T): T {
  const slots = globalThis as unknown as Record<symbol, T | undefined>;
  return (slots[Symbol.for(`research.${name}`)] ??= create());
}
