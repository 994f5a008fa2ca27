// The post-build pipeline, in order. Add a step by adding a module with `export const step = { name, run(outDir) }`.
export const steps = [];
