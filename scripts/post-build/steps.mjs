// The post-build pipeline, in order. Add a step by adding a module with `export const step = { name, run(outDir) }`
// (and optionally `warm()`, called while Astro is still building: see post-build.mjs).
// Search indexes the finished HTML; PDFs print the finished pages last.
import { step as search } from './search.mjs';
import { step as pdf } from './pdf.mjs';

export const steps = [search, pdf];
