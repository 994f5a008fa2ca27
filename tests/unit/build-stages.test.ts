import { describe, expect, it } from 'vitest';
import { stageOf, stageTimes } from '../../scripts/lib/build-stages.ts';

const log = [
  '01:58:13 ▶ src/pages/articles/[slug].astro',
  '01:58:13   ├─ /articles/capex/index.html (+1.25s) ',
  '01:58:13   └─ /articles/inference/index.html (+250ms) ',
  '01:58:13   ├─ /exhibits/capex-growth.dark.svg (+30ms) ',
  '\u001b[2m01:58:13\u001b[22m   ├─ /exhibits/capex-growth.svg \u001b[2m(+20ms)\u001b[22m ',
  '01:58:19   ├─ /og/capex.png (+676ms) ',
  '01:58:19   ├─ /downloads/capex-growth/data.csv (+4ms) ',
  '01:58:19 ✓ Completed in 38.33s.',
].join('\n');

describe('build stage times', () => {
  it('sums the per-route times per stage and counts the rest of the wall time as bundling', () => {
    expect(stageTimes(log, 10_000)).toEqual([
      { name: 'Astro bundling', ms: 10_000 - (1250 + 250 + 4) - 50 - 676 },
      { name: 'Astro pages', ms: 1250 + 250 + 4 },
      { name: 'static SVGs', ms: 50 },
      { name: 'social cards', ms: 676 },
    ]);
  });

  it('puts each route in its stage', () => {
    expect(stageOf('/exhibits/a.dark.svg')).toBe('static SVGs');
    expect(stageOf('/og/site.png')).toBe('social cards');
    expect(stageOf('/data/2026-02/capex.csv')).toBe('Astro pages');
  });
});
