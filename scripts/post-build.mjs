// Steps that run over the freshly built site before it is swapped in. Each step is its own module in
// scripts/post-build/ and receives the temporary output folder; a throw fails the build and keeps the
// previous dist/ untouched. Order matters: search indexes the HTML, PDFs print the finished pages.
import { steps } from './post-build/steps.mjs';

/**
 * Lets each step start what does not need the built site (a step's optional `warm()`: loading its modules,
 * starting a browser) while Astro builds, on the core Astro leaves idle much of the time.
 */
export function warmPostBuild() {
  for (const step of steps) step.warm?.();
}

export async function postBuild(outDir) {
  for (const step of steps) {
    const t0 = process.hrtime.bigint();
    await step.run(outDir);
    const ms = (Number(process.hrtime.bigint() - t0) / 1e6).toFixed(0);
    console.log(`post-build: ${step.name} (${ms} ms)`);
    // The same figure in the form the benchmark reads for every stage (scripts/lib/build-stages.ts).
    console.log(`stage: ${step.name === 'search' ? 'search index' : step.name === 'pdf' ? 'PDFs' : step.name} ${ms} ms`);
  }
}
