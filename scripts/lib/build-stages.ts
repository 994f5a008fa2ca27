/**
 * Build stage times, read from Astro's output so the engine needs no timing code of its own: the per-route
 * lines ("  ├─ /articles/x/index.html (+52ms)") and the asset-files integration's summary ("… assets written
 * beside the pages: static SVGs 3120 ms, downloads 410 ms, social cards 1204 ms; waited 0 ms after the pages.",
 * src/integrations/asset-files.ts). Each stage is printed as "stage: <name> <ms> ms"; the benchmark reads those.
 */

export interface StageTime {
  name: string;
  ms: number;
}

const ANSI = /\u001b\[[0-9;]*m/g;
const ROUTE_LINE = /[├└]─\s+(\S+)\s+\(\+(\d+(?:\.\d+)?)(ms|s|m)\)/;
const ASSETS_LINE = /assets written beside the pages: (.*); waited (\d+) ms after the pages\./;

/**
 * Stage times of one `astro build` run from its output and its wall time: the pages' render times summed, the
 * time the asset writer spent on each kind of asset (in a second process, beside Astro: not part of the wall
 * time, except what the pages then waited for it), and the rest of the wall time (config, content sync,
 * bundling) as "Astro bundling".
 */
export function stageTimes(astroLog: string, astroWallMs: number): StageTime[] {
  const text = astroLog.replace(ANSI, '');
  let pages = 0;
  for (const line of text.split('\n')) {
    const m = ROUTE_LINE.exec(line);
    if (!m) continue;
    const value = Number(m[2]);
    pages += m[3] === 'ms' ? value : m[3] === 's' ? value * 1000 : value * 60_000;
  }
  const assets = ASSETS_LINE.exec(text);
  const kinds = assets ? [...assets[1]!.matchAll(/([^,]+?) (\d+) ms/g)].map((m) => ({ name: m[1]!.trim(), ms: Number(m[2]) })) : [];
  const waited = assets ? Number(assets[2]) : 0;
  return [
    { name: 'Astro bundling', ms: Math.max(0, astroWallMs - pages - waited) },
    { name: 'Astro pages', ms: pages },
    ...kinds,
    { name: 'waiting for assets', ms: waited },
  ];
}

export function logStages(stages: StageTime[]): void {
  for (const s of stages) console.log(`stage: ${s.name} ${Math.round(s.ms)} ms`);
}
