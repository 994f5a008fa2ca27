import { loadEdition } from './src/lib/data/load.ts';
import { exhibitIds } from './src/lib/exhibits/index.ts';
import { exhibitRevisions } from './src/lib/editions/revisions.ts';
import { revisedNote } from './src/lib/editions/revised-note.ts';
const v1 = loadEdition('2025-02'), v2 = loadEdition('2026-02');
for (const id of exhibitIds()) {
  const r = exhibitRevisions(id, v2, v1);
  const n = revisedNote(r);
  console.log(id, r.status, r.changes.map(c => c.type).join(','), n?.summary ?? '');
  if (id === 'hyperscaler-capex' || id==='capex-guidance-vs-reported') for (const c of r.changes) console.log('   ', c.line);
}
