/**
 * Build stage times, read from Astro's per-route log lines ("  ├─ /exhibits/x.svg (+52ms)") so the engine needs
 * no timing code of its own. Each stage is printed as "stage: <name> <ms> ms"; the benchmark reads those lines.
 */

export interface StageTime {
  name: string;
  ms: number;
}

/** Which stage a route belongs to, by its output path. */
export function stageOf(route: string): string {
  if (/^\/exhibits\/[^/]+\.svg$/.test(route)) return 'static SVGs';
  if (/^\/og\/[^/]+\.png$/.test(route)) return 'social cards';
  return 'Astro pages';
}

const ANSI = /\u001b\[[0-9;]*m/g;
const ROUTE_LINE = /[├└]─\s+(\S+)\s+\(\+(\d+(?:\.\d+)?)(ms|s|m)\)/;

/**
 * Stage times of one `astro build` run from its output and its wall time: the routes' render times summed per
 * stage, and the rest of the wall time (config, content sync, bundling) as "Astro bundling".
 */
export function stageTimes(astroLog: string, astroWallMs: number): StageTime[] {
  const sums = new Map<string, number>([
    ['Astro pages', 0],
    ['static SVGs', 0],
    ['social cards', 0],
  ]);
  for (const line of astroLog.replace(ANSI, '').split('\n')) {
    const m = ROUTE_LINE.exec(line);
    if (!m) continue;
    const value = Number(m[2]);
    const ms = m[3] === 'ms' ? value : m[3] === 's' ? value * 1000 : value * 60_000;
    const stage = stageOf(m[1]!);
    sums.set(stage, (sums.get(stage) ?? 0) + ms);
  }
  const routes = [...sums.values()].reduce((a, b) => a + b, 0);
  return [{ name: 'Astro bundling', ms: Math.max(0, astroWallMs - routes) }, ...[...sums].map(([name, ms]) => ({ name, ms }))];
}

export function logStages(stages: StageTime[]): void {
  for (const s of stages) console.log(`stage: ${s.name} ${Math.round(s.ms)} ms`);
}
