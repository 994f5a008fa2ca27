import { describe, expect, it } from 'vitest';
import { stageTimes } from '../../scripts/lib/build-stages.ts';

const log = [
  '01:58:13 ▶ src/pages/articles/[slug].astro',
  '01:58:13   ├─ /articles/capex/index.html (+1.25s) ',
  '\u001b[2m01:58:13\u001b[22m   └─ /articles/inference/index.html \u001b[2m(+250ms)\u001b[22m ',
  '01:58:19   ├─ /og/site.png (+6ms) ',
  '01:58:19 ✓ Completed in 38.33s.',
  '01:58:20 [asset-files] 152 assets written beside the pages: static SVGs 3120 ms, downloads 410 ms, social cards 1204 ms; waited 300 ms after the pages.',
].join('\n');

describe('build stage times', () => {
  it('sums the pages, reads the asset writer\'s times, and counts the rest of the wall time as bundling', () => {
    expect(stageTimes(log, 10_000)).toEqual([
      { name: 'Astro bundling', ms: 10_000 - (1250 + 250 + 6) - 300 },
      { name: 'Astro pages', ms: 1250 + 250 + 6 },
      { name: 'static SVGs', ms: 3120 },
      { name: 'downloads', ms: 410 },
      { name: 'social cards', ms: 1204 },
      { name: 'waiting for assets', ms: 300 },
    ]);
  });

  it('reports no asset stages for a log without the writer\'s line', () => {
    expect(stageTimes('  ├─ /index.html (+5ms)', 1000).map((s) => s.name)).toEqual(['Astro bundling', 'Astro pages', 'waiting for assets']);
  });
});
