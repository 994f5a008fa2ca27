import { loadEdition } from '/work/main/src/lib/data/load.ts';
import { buildExhibit } from '/work/main/src/lib/exhibits/index.ts';
const [ed, ...ids] = process.argv.slice(2);
const e = loadEdition(ed!);
for (const id of ids) {
  const s = buildExhibit(id, e);
  console.log(JSON.stringify({ ...s, series: s.series.map((x) => ({ ...x, points: x.points.map((p) => `${p.x}: ${p.y}${p.low !== undefined ? ` [${p.low}-${p.high}]` : ''} ${p.kind}${p.label ? ' ' + p.label : ''}`) })) }, null, 1));
}
