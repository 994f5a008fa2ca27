// Steps that run over the freshly built site before it is swapped in. Each step is its own module in
// scripts/post-build/ and receives the temporary output folder; a throw fails the build and keeps the
// previous dist/ untouched. Order matters: search indexes the HTML, PDFs print the finished pages.
import { steps } from './post-build/steps.mjs';

export async function postBuild(outDir) {
  for (const step of steps) {
    const t0 = process.hrtime.bigint();
    await step.run(outDir);
    console.log(`post-build: ${step.name} (${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(0)} ms)`);
  }
}
