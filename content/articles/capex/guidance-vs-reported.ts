/**
 * Exhibits that compare dataset editions. `capex-guidance-vs-reported`: what the four largest spenders
 * guided for 2025 capex in February 2025 (always read from edition 2025-02, frozen) against what they
 * reported for 2025 (read from the edition being published, once it has reported figures).
 */
import { getObservation, toQuantity } from '#engine/data/lookup.ts';
import type { Edition } from '#engine/data/schema.ts';
import { formatDate } from '#engine/format/date.ts';
import { listWords } from '#engine/format/list.ts';
import { formatQuantity } from '#engine/format/quantity.ts';
import type { ExhibitDefinition } from '#engine/exhibits/context.ts';
import { pointFrom, type PointInput } from '#engine/exhibits/helpers.ts';

/** The edition that holds the guidance as it stood in February 2025. */
export const GUIDANCE_EDITION = '2025-02';

interface Company {
  name: string;
  /** The same row id holds the guidance in 2025-02 and the reported figure in later editions. */
  key: string;
  /** False when guidance and the reported figure measure different things. */
  comparable: boolean;
}

const COMPANIES: Company[] = [
  { name: 'Amazon', key: 'capex.amazon.2025', comparable: true },
  { name: 'Microsoft (FY2025)', key: 'capex.microsoft.fy2025', comparable: false },
  { name: 'Alphabet', key: 'capex.alphabet.2025', comparable: true },
  { name: 'Meta', key: 'capex.meta.2025', comparable: true },
];

/** The reported 2025 row of `edition` for a company, or undefined while only guidance exists. */
function reportedRow(edition: Edition, c: Company) {
  const row = edition.observations.get(c.key);
  return row && row.kind === 'reported' && edition.version !== GUIDANCE_EDITION ? row : undefined;
}

/** The company without its period note: "Microsoft (FY2025)" -> "Microsoft". */
const bareName = (c: Company) => c.name.replace(/ \(.*\)$/, '');

function countWord(n: number): string {
  return ['no', 'one', 'two', 'three', 'four', 'five'][n] ?? String(n);
}

export const editionsExhibits: ExhibitDefinition[] = [
  {
    id: 'capex-guidance-vs-reported',
    build: ({ edition, loadEdition }) => {
      const guidanceEdition = edition.version === GUIDANCE_EDITION ? edition : loadEdition(GUIDANCE_EDITION);
      const guidanceAsOf = formatDate(guidanceEdition.asOf);
      // Guidance points keep the edition they were read from, so their sources are looked up there.
      const fromGuidance = guidanceEdition === edition ? {} : { edition: guidanceEdition.version };
      const guidance: PointInput[] = COMPANIES.map((c) => pointFrom(guidanceEdition, c.key, c.name, { scale: 'billion', ...fromGuidance }));
      const reportedRows = COMPANIES.map((c) => reportedRow(edition, c));
      const reported: PointInput[] = COMPANIES.map((c, i) => {
        const row = reportedRows[i];
        return row ? pointFrom(edition, c.key, c.name, { scale: 'billion' }) : { x: c.name, y: null, kind: 'reported' as const, keys: [] };
      });
      const haveReported = reportedRows.some(Boolean);

      const msGuidance = formatQuantity(toQuantity(guidanceEdition, 'capex.microsoft.fy2025'));
      const notes = [
        'Microsoft’s fiscal year ends on 30 June: its bars are fiscal 2025 (July 2024 to June 2025); the other three companies report calendar 2025.',
        `Microsoft gave no formal capex guidance: its ${msGuidance} was planned spending on AI-enabled datacenters in fiscal 2025, a broader measure than the reported cash additions to property and equipment, so its two bars are not like-for-like.`,
        'Meta’s figures include principal payments on finance leases; its guidance was a range: the bar is its midpoint and the whisker spans it.',
        `Guidance is read from dataset edition ${GUIDANCE_EDITION} (as of ${guidanceAsOf}), which is frozen; reported figures come from edition ${edition.version} (as of ${formatDate(edition.asOf)}).`,
      ];

      let takeaway: string;
      if (!haveReported) {
        takeaway = `As of ${formatDate(edition.asOf)} no company had reported full-year 2025 capex, so only the guidance given in early 2025 is shown; reported figures appear with a later dataset edition.`;
        notes.push(`No reported 2025 figures in edition ${edition.version}: the chart shows guidance only.`);
      } else {
        const comparable = COMPANIES.filter((c, i) => c.comparable && reportedRows[i]);
        const above = comparable.filter((c) => getObservation(edition, c.key).value > getObservation(guidanceEdition, c.key).value);
        const missing = COMPANIES.filter((_, i) => !reportedRows[i]).map((c) => c.name);
        const month = guidanceAsOf.replace(/^\d+ /, '');
        // Names and counts come from the companies drawn, so the text accounts for every one of them.
        const names = listWords(comparable.map(bareName));
        const n = countWord(comparable.length);
        const others = COMPANIES.filter((c, i) => !c.comparable && reportedRows[i]).map(bareName);
        takeaway = !comparable.length
          ? `Reported 2025 capex is not yet comparable with the guidance given in ${month}`
          : above.length === comparable.length
            ? `${names}, the ${n} companies with like-for-like figures, all reported more 2025 capex than they guided in ${month}`
            : `${countWord(above.length).replace(/^./, (ch) => ch.toUpperCase())} of the ${n} companies with like-for-like figures (${names}) reported more 2025 capex than they guided in ${month}`;
        if (others.length) takeaway += `; ${listWords(others)}’s guidance measured something broader`;
        takeaway += missing.length ? `; ${missing.join(' and ')} had not yet reported.` : '.';
        if (missing.length) notes.push(`Not yet reported in edition ${edition.version}: ${missing.join(', ')}.`);
      }

      return {
        id: 'capex-guidance-vs-reported',
        title: 'Capex in 2025: guidance given in early 2025 against what was reported',
        takeaway,
        chart: 'bar',
        x: { label: 'Company', type: 'category' },
        y: { label: 'Capital expenditure', type: 'linear', unit: 'USD', scale: 'billion', min: 0 },
        categories: COMPANIES.map((c) => c.name),
        series: [
          { id: 'guidance', label: `Guidance as of ${guidanceAsOf}`, points: guidance },
          ...(haveReported ? [{ id: 'reported', label: 'Reported for 2025', points: reported }] : []),
        ],
        notes,
      };
    },
  },
];
